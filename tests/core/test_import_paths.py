"""Importing files into a project (the import dialog's job): one transaction per file, a report."""

from __future__ import annotations

from pathlib import Path

from models.importing import import_paths
from models.store.project import ProjectStore


def _files(folder: Path) -> list[Path]:
    folder.mkdir()
    first = folder / "1-예산.txt"
    first.write_text("경기도는 내년 교통 예산 2조원을 배정했다고 밝혔다.\n", encoding="utf-8")
    second = folder / "2-항만.txt"
    second.write_text("울산시는 항만 정비에 450억원을 쓴다.\n", encoding="utf-8")
    return [first, second]


def test_every_file_is_reported_and_a_bad_one_stops_nothing(tmp_path: Path) -> None:
    files = _files(tmp_path / "in")
    store = ProjectStore.open(tmp_path / "p.sqlite3", "tester")
    seen: list[tuple[int, int, str]] = []
    progress: list[tuple[int, int]] = []
    report = import_paths(store, [*files, tmp_path / "없는파일.csv"],
                          on_file=lambda i, n, name: seen.append((i, n, name)),
                          progress=lambda done, total: progress.append((done, total)))
    assert [f.error is not None for f in report.files] == [False, False, True]
    assert "없는파일.csv" in report.files[2].path and not report.cancelled
    assert seen == [(0, 3, "1-예산.txt"), (1, 3, "2-항만.txt"), (2, 3, "없는파일.csv")]
    assert report.added == 2 and len(report.failed) == 1
    assert progress and len(store.document_ids()) == 2 == len(report.document_ids)
    again = import_paths(store, files)
    assert again.added == 0 and again.duplicates == 2
    store.close()


def test_cancel_stops_between_files(tmp_path: Path) -> None:
    files = _files(tmp_path / "in")
    store = ProjectStore.open(tmp_path / "p.sqlite3", "tester")
    started: list[int] = []
    report = import_paths(store, files, on_file=lambda i, n, name: started.append(i),
                          cancel=lambda: len(started) == 1)
    assert report.cancelled and started == [0]
    assert report.added == 1 and len(store.document_ids()) == 1  # the first file, whole
    store.close()
