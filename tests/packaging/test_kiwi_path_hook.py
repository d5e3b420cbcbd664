"""The frozen app's runtime hook that gives Kiwi an ASCII path to its model on Windows.

The hook only acts when ``sys.platform == "win32"``; here it is run with the platform set to
win32 so that its fallback (no 8.3 short names: ctypes has no windll off Windows) copies the
model into an ASCII folder, exactly as on a Windows volume without short names.
"""

from __future__ import annotations

import runpy
import shutil
import sys
import types
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HOOK = REPO / "packaging" / "hooks" / "rthooks" / "pyi_rth_kiwi_ascii_path.py"
MODEL_FILES = ("extract.mdl", "cong.mdl", "sj.morph", "default.dict")


def _fake_model(folder: Path) -> types.ModuleType:
    folder.mkdir(parents=True)
    for name in MODEL_FILES:
        (folder / name).write_bytes(name.encode() * 100)
    (folder / "__init__.py").write_text("# not model data\n", encoding="utf-8")
    module = types.ModuleType("kiwipiepy_model")
    module.__version__ = "9.9.9"  # type: ignore[attr-defined]
    module.get_model_path = lambda: str(folder)  # type: ignore[attr-defined]
    return module


@pytest.fixture
def as_windows(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "ProgramData"))
    monkeypatch.delenv("PUBLIC", raising=False)
    return tmp_path


def test_hangul_model_path_is_replaced_by_an_ascii_copy(as_windows, monkeypatch):
    source = as_windows / "빛글 설치본" / "_internal" / "kiwipiepy_model"
    fake = _fake_model(source)
    monkeypatch.setitem(sys.modules, "kiwipiepy_model", fake)
    runpy.run_path(str(HOOK))

    path = fake.get_model_path()
    assert path.isascii()
    assert Path(path) == as_windows / "ProgramData" / "Bitgeul" / "kiwi-model-9.9.9"
    for name in MODEL_FILES:
        assert (Path(path) / name).read_bytes() == (source / name).read_bytes()
    assert not (Path(path) / "__init__.py").exists()
    assert fake.get_model_path() == path  # resolved once per process
    leftovers = [p.name for p in (as_windows / "ProgramData" / "Bitgeul").iterdir()]
    assert leftovers == ["kiwi-model-9.9.9"]


def test_a_second_process_reuses_the_complete_copy(as_windows, monkeypatch):
    source = as_windows / "빛글" / "kiwipiepy_model"
    first = _fake_model(source)
    monkeypatch.setitem(sys.modules, "kiwipiepy_model", first)
    runpy.run_path(str(HOOK))
    copy = Path(first.get_model_path())
    marker = copy / "extract.mdl"
    stamp = marker.stat().st_mtime_ns

    second = types.ModuleType("kiwipiepy_model")
    second.__version__ = "9.9.9"  # type: ignore[attr-defined]
    second.get_model_path = lambda: str(source)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kiwipiepy_model", second)
    runpy.run_path(str(HOOK))
    assert Path(second.get_model_path()) == copy
    assert marker.stat().st_mtime_ns == stamp  # not copied again


def test_ascii_paths_and_other_platforms_are_left_alone(as_windows, monkeypatch):
    fake = _fake_model(as_windows / "plain" / "kiwipiepy_model")
    monkeypatch.setitem(sys.modules, "kiwipiepy_model", fake)
    runpy.run_path(str(HOOK))
    assert fake.get_model_path() == str(as_windows / "plain" / "kiwipiepy_model")
    assert not (as_windows / "ProgramData").exists()

    monkeypatch.setattr(sys, "platform", "linux")
    other = _fake_model(as_windows / "한글" / "kiwipiepy_model")
    original = other.get_model_path
    monkeypatch.setitem(sys.modules, "kiwipiepy_model", other)
    runpy.run_path(str(HOOK))
    assert other.get_model_path is original


@pytest.mark.slow
def test_real_kiwi_loads_through_the_hook(as_windows, monkeypatch):
    """The copied model is complete: Kiwi builds and analyses from the ASCII copy."""
    kiwipiepy_model = pytest.importorskip("kiwipiepy_model")
    from kiwipiepy import Kiwi

    hangul = as_windows / "빛글 설치본" / "kiwipiepy_model"
    shutil.copytree(kiwipiepy_model.get_model_path(), hangul,
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(kiwipiepy_model, "get_model_path", lambda: str(hangul))
    runpy.run_path(str(HOOK))
    path = kiwipiepy_model.get_model_path()
    assert path.isascii() and path != str(hangul)
    shutil.rmtree(hangul)  # so Kiwi can only have read the copy
    kiwi = Kiwi(load_multi_dict=False, load_typo_dict=False)
    assert [t.form for t in kiwi.tokenize("광주시는 사업을 발표했다")][:2] == ["광주시", "는"]
