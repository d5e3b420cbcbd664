"""Before the window starts on Linux/X11: are the libraries Qt's xcb plugin loads there?

Without them Qt aborts with a core dump and names only the first missing one, so a researcher
installs one package per try. This module imports no Qt (it runs before the QApplication) and
asks the dynamic loader itself, by the same names the plugin asks for.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

# What ``ldd`` lists for PySide6's platforms/libqxcb.so and lib/libQt6XcbQpa.so.6 outside the
# wheel (PySide6 6.11): shared-object name → the Debian/Ubuntu package that installs it.
# tests/desktop/test_linux_libs.py checks this table against the plugin on the test machine.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def uses_xcb(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Will Qt pick its X11 (xcb) plugin? As Qt 6 decides: $QT_QPA_PLATFORM first, else
    Wayland in a Wayland session, else xcb."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY")
    return not wayland


def missing_libraries(load: Callable[[str], object] = ctypes.CDLL) -> list[str]:
    """Shared-object names from :data:`XCB_LIBRARIES` the dynamic loader cannot find."""
    # A frozen bundle may carry some of them beside the program.
    bundled = getattr(sys, "_MEIPASS", None)
    missing = []
    for soname in XCB_LIBRARIES:
        for candidate in (soname, *([os.path.join(bundled, soname)] if bundled else [])):
            try:
                load(candidate)
                break
            except OSError:
                continue
        else:
            missing.append(soname)
    return missing


def problem(environ: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """One line naming the missing packages and the command that installs them, or None."""
    if not uses_xcb(environ):
        return None
    missing = missing_libraries()
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[s] for s in missing))
    return (f"bitgeul: the window needs system libraries that are missing here "
            f"({', '.join(missing)}); install them with: sudo apt install {packages}  "
            "(Debian/Ubuntu package names)")
