"""Linux start: the libraries Qt's xcb plugin loads are checked before the window starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.shell import linux_libs

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def _qt_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


def _needed(lib: Path) -> set[str]:
    """The shared objects ``lib`` names itself (DT_NEEDED), as readelf shows them."""
    out = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True,
                         check=True).stdout
    return {line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines()
            if "(NEEDED)" in line}


@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs readelf (binutils)")
def test_the_table_covers_every_library_the_xcb_plugin_needs() -> None:
    plugin = _qt_dir() / "plugins" / "platforms" / "libqxcb.so"
    qpa = next((_qt_dir() / "lib").glob("libQt6XcbQpa.so.*"))
    base = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"}
    needed = {n for n in _needed(plugin) | _needed(qpa) if not n.startswith("libQt6")} - base
    assert needed - set(linux_libs.XCB_LIBRARIES) == set()


def test_xcb_is_checked_only_where_qt_would_use_it() -> None:
    assert linux_libs.uses_xcb({"DISPLAY": ":0"})
    assert linux_libs.uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not linux_libs.uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not linux_libs.uses_xcb({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"})


def test_a_missing_library_gives_one_line_naming_the_packages(tmp_path: Path) -> None:
    missing = linux_libs.missing_libraries()
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99",
           "BITGEUL_CONFIG_DIR": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, "-m", "desktop"], cwd=REPO, capture_output=True,
                          text=True, timeout=120, env=env)
    if not missing:
        assert "sudo apt install" not in done.stderr
        pytest.skip("every library is installed here: nothing to name")
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 1 and len(lines) == 1, done.stderr[-2000:]
    packages = {linux_libs.XCB_LIBRARIES[s] for s in missing}
    assert "sudo apt install" in lines[0] and all(p in lines[0] for p in packages)
