"""Char-level BIO in the KLUE layout: written here, read back by models.importers.klue."""

from __future__ import annotations

import re

import pytest
from test_export_corpus import TEXT_C, build_corpus

from models.export.run import ExportFilters, export
from models.importers.klue import read_klue
from models.store.commands import Create

ID = re.compile(r"bitgeul_d(\d+)_c(\d+)")


@pytest.fixture
def corpus(store):
    return build_corpus(store)


def _read(path):
    docs = list(read_klue(path))
    assert all(not isinstance(d, Exception) for d in docs), docs
    return docs


def test_round_trip_native_labels(store, corpus, tmp_path):
    start = TEXT_C.index("해상풍력")
    store.execute(Create(corpus["C"], start, start + 4, "ORG"))  # overlaps the PROJECT
    out = tmp_path / "ner.tsv"
    result = export(store, "bio", out, filters=ExportFilters())
    assert result.rows["documents"] == 3  # D has no annotations
    assert result.warnings and "1 annotations left out" in result.warnings[0]
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[0].startswith("## bitgeul_d") and "\t" in lines[0]
    assert "광\tB-LOCATION" in lines and " \tO" in lines  # a space is its own line
    imported = _read(out)
    assert len(imported) == result.rows["sentences"]
    seen_spans = 0
    views = {i: store.document(i) for i in corpus.values()}
    for doc in imported:
        doc_id, offset = map(int, ID.fullmatch(doc.external_id).groups())
        view = views[doc_id]
        assert view.text[offset:offset + len(doc.text)] == doc.text
        got = {(sp.start + offset, sp.end + offset, sp.label) for sp in doc.spans}
        want = {(a.start, a.end, a.label) for a in view.annotations
                if offset <= a.start and a.end <= offset + len(doc.text)
                and not (a.label == "ORG" and a.end - a.start == 4 and a.start == start)}
        assert got == want, doc.text
        assert "comment_text" not in doc.meta  # the comment is the sentence itself
        seen_spans += len(got)
    assert seen_spans == result.rows["spans"]
    # The repeated paragraph of A is written once: no sentence of A starts past line 2.
    a_offsets = [int(ID.fullmatch(d.external_id).group(2)) for d in imported
                 if ID.fullmatch(d.external_id).group(1) == str(corpus["A"])]
    assert len(a_offsets) == 2


def test_klue_tag_set(store, corpus, tmp_path):
    out = tmp_path / "klue.tsv"
    export(store, "klue", out, filters=ExportFilters())
    text = out.read_text(encoding="utf-8")
    assert "<광주시:LC>" in text and "\tB-QT" in text and "PROJECT" not in text
    labels = {sp.label for d in _read(out) for sp in d.spans}
    assert labels == {"LOCATION", "PERSON", "ORG", "QUANTITY"}  # KLUE has no MONEY tag


def test_label_filter(store, corpus, tmp_path):
    out = tmp_path / "money.tsv"
    export(store, "bio", out, filters=ExportFilters(labels=("MONEY",)))
    labels = {sp.label for d in _read(out) for sp in d.spans}
    assert labels == {"MONEY"}
