"""JSONL importer: Prodigy and doccano spans, relations, offsets remapped after NFD → NFC."""

from __future__ import annotations

import json
import unicodedata
from datetime import date

import pytest

from models.domain import AMOUNT_FOR, InputError, Value
from models.importers.registry import read_file

TEXT = "교육부는 늘봄학교 사업에 약 2천억원을 지원한다고 15일 밝혔다."


def find(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def write_jsonl(path, records, raw_lines=()):
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(raw_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_prodigy_spans_values_relations_after_nfd(tmp_path):
    raw = unicodedata.normalize("NFD", TEXT)
    assert len(raw) > len(TEXT)
    money = find(raw, unicodedata.normalize("NFD", "약 2천억원"))
    project = find(raw, unicodedata.normalize("NFD", "늘봄학교 사업"))
    org = find(raw, unicodedata.normalize("NFD", "교육부"))
    record = {
        "text": raw,
        "title": "늘봄학교 예산",
        "meta": {"date": "2025-05-15", "outlet": "가상신문", "section": "사회"},
        "id": 17,
        "spans": [
            {"start": money[0], "end": money[1], "label": "MONEY", "value": 2e11, "low": 2e11,
             "high": 2e11, "currency": "KRW", "approx": True, "markers": ["약"]},
            {"start": project[0], "end": project[1], "label": "PROJECT"},
            {"start": org[0], "end": org[1], "label": "ORG", "text": raw[org[0] : org[1]]},
        ],
        "relations": [{"head": 0, "child": 1, "label": AMOUNT_FOR}],
        "_input_hash": 123,
        "tokens": [{"text": "x"}],
        "answer": "accept",
    }
    path = write_jsonl(tmp_path / "gold.jsonl", [record])
    (doc,) = read_file(path).docs
    assert doc.text == TEXT
    assert [(s.label, s.text) for s in doc.spans] == [
        ("MONEY", "약 2천억원"), ("PROJECT", "늘봄학교 사업"), ("ORG", "교육부"),
    ]
    assert (doc.spans[0].start, doc.spans[0].end) == find(TEXT, "약 2천억원")
    assert doc.spans[0].value == Value(value=2e11, low=2e11, high=2e11, currency="KRW",
                                       approx=True, markers=("약",))
    assert doc.spans[1].value is None
    assert all(s.source == "import" for s in doc.spans)
    assert [(r.head, r.tail, r.label) for r in doc.relations] == [(0, 1, AMOUNT_FOR)]
    assert doc.title == "늘봄학교 예산"
    assert doc.date == date(2025, 5, 15)
    assert doc.outlet == "가상신문"
    assert doc.external_id == "17"
    assert doc.meta == {"section": "사회", "answer": "accept"}
    assert doc.line == 1
    assert doc.source_file == str(path)


def test_doccano_forms(tmp_path):
    start, end = find(TEXT, "교육부")
    old = {"id": 5, "text": TEXT, "label": [[start, end, "ORG"]], "Comments": []}
    m0, m1 = find(TEXT, "약 2천억원")
    p0, p1 = find(TEXT, "늘봄학교 사업")
    new = {
        "id": 6,
        "text": TEXT,
        "entities": [
            {"id": 40, "label": "MONEY", "start_offset": m0, "end_offset": m1},
            {"id": 41, "label": "PROJECT", "start_offset": p0, "end_offset": p1},
        ],
        "relations": [{"id": 1, "from_id": 40, "to_id": 41, "type": "AMOUNT_FOR"}],
    }
    classified = {"text": TEXT, "label": ["교육"]}
    docs = read_file(write_jsonl(tmp_path / "doccano.jsonl", [old, new, classified])).docs
    assert [(s.label, s.text) for s in docs[0].spans] == [("ORG", "교육부")]
    assert docs[0].meta == {"Comments": []}
    assert [(s.label, s.text) for s in docs[1].spans] == [("MONEY", "약 2천억원"),
                                                          ("PROJECT", "늘봄학교 사업")]
    assert [(r.head, r.tail, r.label) for r in docs[1].relations] == [(0, 1, "AMOUNT_FOR")]
    assert docs[2].spans == [] and docs[2].meta == {"label": ["교육"]}


def test_from_to_relations_and_crlf_remap(tmp_path):
    raw = "첫 줄\r\n" + TEXT
    m = find(raw, "약 2천억원")
    p = find(raw, "늘봄학교 사업")
    record = {"text": raw, "spans": [{"start": m[0], "end": m[1], "label": "MONEY"},
                                     {"start": p[0], "end": p[1], "label": "PROJECT"}],
              "relations": [{"from": 0, "to": 1, "label": "AMOUNT_FOR"}]}
    (doc,) = read_file(write_jsonl(tmp_path / "r.jsonl", [record])).docs
    assert doc.text == "첫 줄\n" + TEXT
    assert [s.text for s in doc.spans] == ["약 2천억원", "늘봄학교 사업"]
    assert doc.relations[0].head == 0 and doc.relations[0].tail == 1


def test_malformed_line_names_file_and_line(tmp_path):
    path = write_jsonl(tmp_path / "bad.jsonl", [{"text": "첫 문서"}],
                       raw_lines=['{"text": "둘째 문서"', '{"text": "셋째 문서"}'])
    with pytest.raises(InputError) as err:
        read_file(path)
    assert err.value.line == 2
    assert err.value.path == str(path)
    assert str(err.value).startswith(f"{path}:2: line 2: invalid JSON")
    result = read_file(path, skip_invalid=True)
    assert [d.text for d in result.docs] == ["첫 문서", "셋째 문서"]
    assert [d.line for d in result.docs] == [1, 3]
    assert [e.line for e in result.skipped] == [2]


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"title": "본문 없음"}, 'no "text"'),
        ({"text": 3}, '"text" is not a string'),
        ([1, 2], "expected a JSON object"),
        ({"text": "짧은 글", "spans": [{"start": 2, "end": 9, "label": "ORG"}]}, "outside"),
        ({"text": "짧은 글", "spans": [{"start": 0, "end": 2}]}, "missing label"),
        ({"text": "짧은 글", "spans": [{"start": "0", "end": 2, "label": "X"}]}, "integer"),
        ({"text": "짧은 글", "spans": [{"start": 0, "end": 2, "label": "X", "text": "긴"}]},
         "differs"),
        ({"text": "짧은 글", "spans": [{"start": 0, "end": 2, "label": "X", "value": "많이"}]},
         "bad value"),
        ({"text": "짧은 글", "spans": [{"start": 0, "end": 2, "label": "X"}],
          "relations": [{"head": 0, "child": 3}]}, "does not exist"),
    ],
)
def test_bad_records(tmp_path, record, problem):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=problem) as err:
        read_file(path)
    assert err.value.line == 1


def test_span_that_cuts_an_nfd_syllable_is_an_error(tmp_path):
    raw = unicodedata.normalize("NFD", "한국은행")
    record = {"text": raw, "spans": [{"start": 0, "end": 1, "label": "ORG"}]}
    path = write_jsonl(tmp_path / "cut.jsonl", [record, {"text": "정상 문서"}])
    with pytest.raises(InputError, match="does not fit the text after normalisation"):
        read_file(path)
    result = read_file(path, skip_invalid=True)
    assert len(result.docs) == 1 and len(result.skipped) == 1


def test_json_array_and_single_object(tmp_path):
    arr = tmp_path / "docs.json"
    arr.write_text(json.dumps([{"text": "하나"}, {"text": "둘", "url": "https://x.kr/2"}],
                              ensure_ascii=False, indent=2), encoding="utf-8")
    docs = read_file(arr).docs
    assert [d.text for d in docs] == ["하나", "둘"]
    assert docs[1].url == "https://x.kr/2"
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "혼자"}, indent=2, ensure_ascii=False), encoding="utf-8")
    assert [d.text for d in read_file(single).docs] == ["혼자"]
    broken = tmp_path / "broken.json"
    broken.write_text('[{"text": "하나"},', encoding="utf-8")
    with pytest.raises(InputError, match="invalid JSON"):
        read_file(broken)


def test_line_separator_inside_a_string_does_not_split_the_record(tmp_path):
    path = tmp_path / "ls.jsonl"
    path.write_text('{"text": "앞\u2028뒤"}\n', encoding="utf-8")
    (doc,) = read_file(path).docs
    assert doc.text == "앞\n뒤"


def test_utf8_bom_and_blank_lines(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + '{"text": "하나"}\n\n{"text": "둘"}\r\n'.encode())
    docs = read_file(path).docs
    assert [(d.text, d.line) for d in docs] == [("하나", 1), ("둘", 3)]


def test_prodigy_relations_by_span_offsets_and_nested_value(tmp_path):
    m = find(TEXT, "약 2천억원")
    p = find(TEXT, "늘봄학교 사업")
    record = {
        "text": TEXT,
        "spans": [
            {"start": p[0], "end": p[1], "label": "PROJECT"},
            {"start": m[0], "end": m[1], "label": "MONEY",
             "value": {"value": 2e11, "currency": "KRW", "approx": True}},
        ],
        "relations": [{
            "head": 9, "child": 3, "label": "AMOUNT_FOR",  # token indices in Prodigy: ignored
            "head_span": {"start": m[0], "end": m[1], "label": "MONEY"},
            "child_span": {"start": p[0], "end": p[1], "label": "PROJECT"},
        }],
    }
    (doc,) = read_file(write_jsonl(tmp_path / "p.jsonl", [record])).docs
    assert [(r.head, r.tail) for r in doc.relations] == [(1, 0)]
    assert doc.spans[1].value == Value(value=2e11, currency="KRW", approx=True)


def test_progress_reaches_the_end(tmp_path):
    records = [{"text": f"{i}번째 문서입니다."} for i in range(450)]
    seen: list[tuple[int, int]] = []
    path = write_jsonl(tmp_path / "many.jsonl", records)
    assert len(read_file(path, progress=lambda d, t: seen.append((d, t))).docs) == 450
    assert len(seen) >= 3
    assert seen[-1][0] == seen[-1][1]
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))
