# PyInstaller runtime hook: give Kiwi an ASCII path to its model on Windows.
#
# Kiwi's C++ core has opened its model files through the ANSI ("narrow") Windows file API in
# several releases (bab2min/Kiwi#87, bab2min/kiwipiepy#221). A path that the ANSI code page
# cannot spell - Hangul on an English Windows, or any folder name outside CP949 on a Korean one -
# then fails with "Cannot open extract.mdl". Researchers do install into folders such as
# "C:\Users\홍길동\AppData\Local\Programs\빛글", so the frozen app must not depend on it.
#
# Kiwi asks ``kiwipiepy_model.get_model_path()`` for the folder when no model_path is given, so
# this hook wraps that function. On first use (not at start-up) it returns, in order:
#   1. the real folder when its path is plain ASCII (the usual case: nothing happens);
#   2. its 8.3 short path ("C:\BD81~1\...") when the volume keeps short names;
#   3. a copy of the model in an ASCII folder (ProgramData or Public), made once per version.
# Everything here is best effort: on any failure Kiwi gets the real path and reports its own error.

import os
import sys


def _install() -> None:
    if sys.platform != "win32":
        return
    try:
        import kiwipiepy_model
    except ImportError:
        return
    original = kiwipiepy_model.get_model_path
    cache: list = []

    def _short_path(path):
        import ctypes
        from ctypes import wintypes

        fn = ctypes.windll.kernel32.GetShortPathNameW
        fn.argtypes = [wintypes.LPCWSTR, wintypes.LPWSTR, wintypes.DWORD]
        fn.restype = wintypes.DWORD
        size = fn(path, None, 0)
        if not size:
            return None
        buf = ctypes.create_unicode_buffer(size)
        return buf.value if fn(path, buf, size) else None

    def _usable(path):
        return bool(path) and path.isascii() and os.path.isfile(os.path.join(path, "extract.mdl"))

    def _copy_to_ascii_folder(src):
        # Several processes may get here at once (bitgeul suggest's pool workers): each copies
        # into its own folder, marks it complete, then renames it into place; the losers of
        # that race use the winner's copy. A folder in place is always complete.
        import shutil

        version = getattr(kiwipiepy_model, "__version__", "0")
        roots = [os.environ.get("PROGRAMDATA"), os.environ.get("PUBLIC"),
                 os.environ.get("SYSTEMDRIVE", "C:") + "\\Users\\Public"]
        for root in roots:
            if not root or not root.isascii():
                continue
            dest = os.path.join(root, "Bitgeul", "kiwi-model-" + version)
            if os.path.isfile(os.path.join(dest, ".complete")):
                return dest
            tmp = f"{dest}.part-{os.getpid()}"
            try:
                shutil.copytree(src, tmp, ignore=shutil.ignore_patterns(
                    "*.py", "*.pyc", "__pycache__"))
                with open(os.path.join(tmp, ".complete"), "w", encoding="ascii") as f:
                    f.write(version)
                try:
                    os.replace(tmp, dest)
                except OSError:
                    if not os.path.isfile(os.path.join(dest, ".complete")):
                        raise
                return dest
            except OSError:
                continue
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        return None

    def _safe(fn, path):
        try:
            return fn(path)
        except Exception:  # never make things worse than Kiwi's own error
            return None

    def get_model_path():
        if cache:
            return cache[0]
        path = original()
        chosen = path
        if not path.isascii():
            short = _safe(_short_path, path)
            if _usable(short):
                chosen = short
            else:
                copied = _safe(_copy_to_ascii_folder, path)
                if _usable(copied):
                    chosen = copied
        cache.append(chosen)
        return chosen

    kiwipiepy_model.get_model_path = get_model_path


_install()
del _install
