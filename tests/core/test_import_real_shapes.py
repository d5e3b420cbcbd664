"""Files as other tools and databases really write them (our own texts, their shapes): an
Apache POI workbook (BigKinds), Prodigy's ner.teach and rel.manual answers, word-level CoNLL
(doccano, CoNLL-2003, Naver NER), doccano 1.x exports, empty records; and our JSONL export in
the shapes doccano's and Prodigy's importers read."""

from __future__ import annotations

import json
import warnings

import openpyxl
import pytest
from sqlalchemy import text as sql

from models.cli.main import main
from models.domain import ImportedDoc
from models.export.run import export
from models.importers.registry import read_file, sniff_text_format
from models.store.ingest import document_key
from models.store.project import ProjectStore
from tests.core.test_import_tables import BIGKINDS_HEADER, BIGKINDS_ROWS
from tests.samples.poi_xlsx import write_poi_xlsx

CUT = "정부는 내년 예산안에서 지역 균형 발전 사업에 3조원을 배정했다. 각 시도는 사업 계획을"


def bigkinds_rows(n_same: int = 2) -> list[list[object]]:
    """BigKinds rows; the last ``n_same`` share one cut 본문 under different 뉴스 식별자."""
    rows = [list(r) for r in BIGKINDS_ROWS]
    for k in range(n_same):
        row = list(BIGKINDS_ROWS[0])
        row[0] = f"01100101.2025051000000{k}"
        row[4] = f"균형 발전 예산 기사 {k}"
        row[16] = CUT
        row[17] = f"https://news.example.kr/b/{k}"
        rows.append(row)
    return rows


@pytest.mark.parametrize("shared", [False, True])
def test_poi_workbook_with_a1_dimension_is_read_whole_and_quietly(tmp_path, shared):
    path = write_poi_xlsx(tmp_path / "NewsResult_20250510.xlsx",
                          [BIGKINDS_HEADER, *bigkinds_rows()], shared=shared)
    # The cause: openpyxl's read-only mode trusts the declared dimension.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(path, read_only=True)
        assert [len(r) for r in wb.active.iter_rows(values_only=True)] == [1]
        wb.close()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "no default style" must not reach the terminal
        docs = read_file(path).docs
    assert len(docs) == 4
    assert docs[0].text == BIGKINDS_ROWS[0][16]
    assert docs[0].external_id == BIGKINDS_ROWS[0][0]
    assert docs[0].hints["PERSON"] == ["김하늘", "박지훈"]
    assert [d.text for d in docs[2:]] == [CUT, CUT]


def test_articles_with_one_cut_text_are_told_apart_by_their_identifier(tmp_path, store):
    path = write_poi_xlsx(tmp_path / "news.xlsx", [BIGKINDS_HEADER, *bigkinds_rows(3)])
    first = store.add_documents(read_file(path).docs)
    assert (first.added, first.duplicates) == (5, 0)
    again = store.add_documents(read_file(path).docs)
    assert (again.added, again.duplicates) == (0, 5)
    # Without an identifier the text still decides.
    plain = ImportedDoc(text=CUT + " 계속", outlet="가상일보")
    assert store.add_documents([plain, plain]).added == 1


def test_project_stored_before_identity_keys_is_not_doubled(tmp_path):
    """A project where the old text key merged the same-text articles: a re-import stores the
    missing ones and leaves the stored one alone."""
    path = write_poi_xlsx(tmp_path / "news.xlsx", [BIGKINDS_HEADER, *bigkinds_rows(2)])
    docs = read_file(path).docs
    store = ProjectStore.open(tmp_path / "old.sqlite3", "tester")
    try:
        store.add_documents(docs[:3])
        with store.session() as session:  # as the old importer keyed it
            session.execute(sql("UPDATE documents SET content_hash = :k WHERE external_id = :i"),
                            {"k": document_key(CUT, docs[2].outlet), "i": docs[2].external_id})
        result = store.add_documents(docs)
        assert (result.added, result.duplicates) == (1, 3)
    finally:
        store.close()


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def test_prodigy_ner_teach_answers(tmp_path):
    text = "김서윤 장관은 세종시에서 연구개발 예산 5천억원을 발표했다."

    def task(start, end, label, answer, h=101):
        return {"text": text, "_input_hash": h, "_task_hash": start,
                "spans": [{"start": start, "end": end, "label": label}],
                "meta": {"score": 0.5}, "answer": answer}

    other = "전북도는 새만금 도로에 1천억원을 쓴다."
    path = write_jsonl(tmp_path / "teach.jsonl", [
        task(0, 3, "PERSON", "accept"), task(8, 11, "ORG", "reject"),
        task(22, 26, "MONEY", "ignore"), task(22, 26, "MONEY", "accept"),
        {"text": other, "_input_hash": 7, "spans": [{"start": 0, "end": 3, "label": "ORG"}],
         "answer": "reject"},
    ])
    docs = read_file(path).docs
    assert [d.text for d in docs] == [text, other]
    assert [(s.text, s.label) for s in docs[0].spans] == [("김서윤", "PERSON"), ("5천억원", "MONEY")]
    assert docs[1].spans == []


def rel_manual_record() -> dict:
    text = "행정안전부는 디지털 전환 사업에 2천억원을 편성했다."
    words = [("행정안전부는", 0), ("디지털", 7), ("전환", 11), ("사업에", 14), ("2천억원을", 18),
             ("편성했다", 24), (".", 28)]
    tokens = [{"text": w, "start": s, "end": s + len(w), "id": i, "ws": i < 5}
              for i, (w, s) in enumerate(words)]
    project = {"start": 7, "end": 13, "token_start": 1, "token_end": 2, "label": "PROJECT"}
    money = {"start": 18, "end": 22, "token_start": 4, "token_end": 4, "label": "MONEY"}
    rel = {"head": 4, "child": 2, "head_span": money, "child_span": project,
           "label": "AMOUNT_FOR", "color": "#c5bdf4"}
    return {"text": text, "tokens": tokens, "spans": [project, money],
            "relations": [rel, dict(rel)], "_view_id": "relations", "answer": "accept"}


def test_prodigy_rel_manual_with_a_relation_twice(tmp_path, capsys):
    record = rel_manual_record()
    record["spans"].append(dict(record["spans"][1]))  # and a span twice
    path = write_jsonl(tmp_path / "rel.jsonl", [record])
    db = tmp_path / "p.sqlite3"
    assert main(["--db", str(db), "--annotator", "tester", "import", str(path)]) == 0
    assert "1 documents added, 0 already stored, 2 spans" in capsys.readouterr().out
    store = ProjectStore.open(db, "tester")
    try:
        view = store.document(store.document_ids()[0])
        assert sorted((a.text, a.label) for a in view.annotations) == [
            ("2천억원", "MONEY"), ("디지털 전환", "PROJECT")]
        assert len(view.relations) == 1
    finally:
        store.close()


CONLL_DOCCANO = "서울시는\tB-ORG\n청년\tO\n주거\tO\n사업에\tO\n\n김하늘\tB-PER\n시장은\tO\n"
CONLL_2003 = ("-DOCSTART- -X- -X- O\n\n대전시는 NNP B-NP B-ORG\n과학 NNG I-NP O\n"
              "도시를 NNG I-NP O\n\n이준호 NNP B-NP B-PER\n국장 NNG I-NP O\n\n"
              "-DOCSTART- -X- -X- O\n\n부산 NNP B-NP B-LOC\n항만 NNG I-NP I-LOC\n")
CONLL_NAVER = "1\t한국은행\tORG_B\n2\t총재가\tCVL_B\n3\t물가를\t-\n\n1\t울산시\tORG_B\n2\t발표\t-\n"


@pytest.mark.parametrize(("content", "texts", "spans"), [
    (CONLL_DOCCANO, ["서울시는 청년 주거 사업에", "김하늘 시장은"],
     [[("서울시는", "ORG")], [("김하늘", "PERSON")]]),
    (CONLL_2003, ["대전시는 과학 도시를\n이준호 국장", "부산 항만"],
     [[("대전시는", "ORG"), ("이준호", "PERSON")], [("부산 항만", "LOCATION")]]),
    (CONLL_NAVER, ["한국은행 총재가 물가를", "울산시 발표"],
     [[("한국은행", "ORG"), ("총재가", "CVL")], [("울산시", "ORG")]]),
])
def test_word_level_conll(tmp_path, content, texts, spans):
    path = tmp_path / "ner.conll"
    path.write_text(content, encoding="utf-8")
    assert sniff_text_format(content) == "conll"
    docs = read_file(path).docs
    assert [d.text for d in docs] == texts
    assert [[(s.text, s.label) for s in d.spans] for d in docs] == spans


def test_doccano_1x_labels_and_annotations_with_label_ids(tmp_path):
    text = "충남도는 탄소중립 기금 1200억원을 만든다."
    path = write_jsonl(tmp_path / "doccano.jsonl", [
        {"id": 1, "text": text, "meta": {}, "annotation_approver": None,
         "labels": [[0, 4, "ORG"], [13, 19, "MONEY"]]},
        {"id": 2, "text": text + " 끝.", "meta": {},
         "annotations": [{"label": 3, "start_offset": 0, "end_offset": 4, "user": 1},
                         {"label": 3, "start_offset": 0, "end_offset": 4, "user": 2}]},
    ])
    docs = read_file(path).docs
    assert [(s.text, s.label) for s in docs[0].spans] == [("충남도는", "ORG"), ("1200억원", "MONEY")]
    assert [(s.text, s.label) for s in docs[1].spans] == [("충남도는", "label 3")]
    assert "labels" not in docs[0].meta and "annotations" not in docs[1].meta


def test_empty_records_and_rows_are_skipped_and_counted(tmp_path, capsys):
    jsonl = write_jsonl(tmp_path / "a.jsonl", [{"text": "강원도는 산불 예방에 50억원을 쓴다."},
                                               {"text": "  "}, {"text": ""}])
    csv_path = tmp_path / "b.csv"
    csv_path.write_text("제목,본문\n빈 기사,\n예산,경북도는 200억원을 쓴다.\n", encoding="utf-8")
    rows = [BIGKINDS_HEADER, list(BIGKINDS_ROWS[0]), list(BIGKINDS_ROWS[1])]
    rows[2][16] = ""
    xlsx = write_poi_xlsx(tmp_path / "c.xlsx", rows)
    for path in (jsonl, csv_path, xlsx):
        result = read_file(path)
        assert (len(result.docs), result.skipped) == (1, [])
        assert result.empty == (2 if path == jsonl else 1)
    db = tmp_path / "p.sqlite3"
    assert main(["--db", str(db), "import", str(jsonl)]) == 0
    assert "2 without text skipped" in capsys.readouterr().out


def test_jsonl_export_reads_back_and_has_doccano_and_prodigy_shapes(tmp_path, store):
    record = rel_manual_record()
    del record["relations"][1]
    path = write_jsonl(tmp_path / "in.jsonl", [record])
    untitled = tmp_path / "untitled.jsonl"
    write_jsonl(untitled, [{"text": "제목 같은 첫 줄   \n 둘째 줄에 100억원이 있다."}])
    store.add_documents(read_file(path).docs + read_file(untitled).docs)
    out = tmp_path / "out.jsonl"
    export(store, "jsonl", out)
    first, second = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    text, tokens = first["text"], first["tokens"]
    assert first["label"] == [[7, 13, "PROJECT"], [18, 22, "MONEY"]]  # doccano's import
    assert "".join(t["text"] + (" " if t["ws"] else "") for t in tokens) == text
    for span in first["spans"]:  # Prodigy's: spans on token boundaries
        assert tokens[span["token_start"]]["start"] == span["start"]
        assert tokens[span["token_end"]]["end"] == span["end"]
    (rel,) = first["relations"]
    assert rel["head"] == rel["head_span"]["token_end"] == 4
    assert rel["child"] == rel["child_span"]["token_end"]
    assert text[rel["child_span"]["start"]:rel["child_span"]["end"]] == "디지털 전환"
    assert second["meta"]["title"] == "제목 같은 첫 줄"
    back = ProjectStore.open(tmp_path / "back.sqlite3", "tester")
    try:
        assert back.add_documents(read_file(out).docs).added == 2
        ids = back.document_ids()
        view = back.document(ids[0])
        assert [(a.start, a.end, a.label) for a in view.annotations] == [
            (7, 13, "PROJECT"), (18, 22, "MONEY")]
        assert len(view.relations) == 1
        assert back.document(ids[1]).title == "제목 같은 첫 줄"
    finally:
        back.close()
