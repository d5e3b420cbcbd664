"""The window fits a 1280×720 screen, also after selecting an amount (the side panel grows)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


def test_the_window_fits_a_1280x720_screen(tmp_path: Path, demo_db: Path) -> None:
    screens = tmp_path / "screen.json"
    screens.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280,
                                                "height": 720, "logicalDpiX": 96,
                                                "logicalDpiY": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
           "BITGEUL_CONFIG_DIR": str(tmp_path / "cfg"),
           "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests" / "desktop")])}
    done = subprocess.run([sys.executable, str(REPO / "tests" / "desktop" /
                                               "small_screen_driver.py"), str(demo_db)],
                          cwd=REPO, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screen"] == [0, 0, 1280, 720]
    assert seen["label"] == "MONEY"
    assert _inside(seen["before"], seen["screen"]), seen
    assert _inside(seen["after"], seen["screen"]), seen
    # What the side panel shows for an amount (value editor, linked project) must not raise
    # the window's minimum height: on a real screen, with its title bar and larger fonts, that
    # pushed the window, and the status bar with it, past the bottom edge.
    assert seen["min_after"] <= seen["min_before"] + 8, seen
    assert seen["status_visible"] and _inside(seen["status"], seen["screen"]), seen
