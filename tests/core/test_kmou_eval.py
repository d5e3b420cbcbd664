"""The KMOU reader (on small files written here, and on the real corpus when present) and the
evaluation metrics."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.domain import InputError, Span, Value
from models.evaluate import evaluate
from models.importers.kmou import KmouStats, iter_kmou_corpus, parse_inline, read_kmou

REPO = Path(__file__).resolve().parents[2]
KMOU = REPO.parent / "shared" / "data" / "kmou-ner" / "corpus"

SAMPLE = """## 1
## 서울시는 3일 예산 2조 원을 확정했다.
## <서울시:ORG>는 <3일:DAT> 예산 <2조 원:MNY>을 확정했다.
서울시	서울시	NNP	B-ORG
는	는	JX	O

## 2
## 김민수 대표는 <신작> 발표회에서 1억~10억원을 말했다.
## <김민수:PER> 대표는 <신작> 발표회에서 <1억:MNY>~<10억원:MNY>을 말했다.
김민수	김민수	NNP	B-PER

## 3
## 잘못된 문장이다.
## <잘못된:ORG> 문장이 아니다.
잘못	잘못	NNG	B-ORG

"""


def write(tmp_path: Path, name: str, text: str, bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_parse_inline_keeps_literal_angle_brackets() -> None:
    plain, spans = parse_inline("<<트럼보:POH>>가 <10:30:TIM>에")
    assert plain == "<트럼보>가 10:30에"
    assert [(plain[s:e], t) for s, e, t in spans] == [("트럼보", "POH"), ("10:30", "TIM")]


def test_read_kmou_spans_lines_and_skips(tmp_path: Path) -> None:
    path = write(tmp_path, "00001_NER.txt", SAMPLE, bom=True)
    stats = KmouStats()
    docs = list(read_kmou(path, stats))
    assert stats.sentences == 3 and stats.skipped == 1
    assert stats.skipped_where == ["00001_NER.txt:13"]
    assert len(docs) == 2
    first, second = docs
    assert first.text == "서울시는 3일 예산 2조 원을 확정했다."
    assert first.line == 2 and first.source_file == str(path)
    assert [(s.text, s.label, s.source) for s in first.spans] == [
        ("서울시", "ORG", "import"),
        ("3일", "DATE", "import"),
        ("2조 원", "MONEY", "import"),
    ]
    for doc in docs:
        for s in doc.spans:
            assert doc.text[s.start : s.end] == s.text
    assert [s.text for s in second.spans] == ["김민수", "1억", "10억원"]
    assert second.line == 8


def test_read_kmou_malformed(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad_NER.txt", "## 1\n## 문장 하나.\n그냥 줄\n")
    with pytest.raises(InputError) as err:
        list(read_kmou(bad))
    assert err.value.line == 3 and "bad_NER.txt" in str(err.value)
    junk = write(tmp_path, "junk_NER.txt", "이 파일은 KMOU 형식이 아니다.\n")
    with pytest.raises(InputError):
        list(read_kmou(junk))
    with pytest.raises(InputError):
        list(read_kmou(tmp_path / "missing_NER.txt"))


def test_iter_corpus_order(tmp_path: Path) -> None:
    write(tmp_path, "00002_NER.txt", SAMPLE)
    write(tmp_path, "00001_NER.txt", SAMPLE)
    write(tmp_path, "EXOBRAIN_NE_CORPUS_001.txt", SAMPLE)
    write(tmp_path, "README.md", "not a corpus file")
    files = [Path(d.source_file or "").name for d in iter_kmou_corpus(tmp_path)]
    assert files == ["00001_NER.txt"] * 2 + ["00002_NER.txt"] * 2 + ["EXOBRAIN_NE_CORPUS_001.txt"] * 2


@pytest.mark.kmou
@pytest.mark.slow
def test_real_corpus_reads() -> None:
    if not KMOU.is_dir():
        pytest.skip("KMOU corpus not present")
    stats = KmouStats()
    labels: dict[str, int] = {}
    for doc in iter_kmou_corpus(KMOU, stats):
        for s in doc.spans:
            assert doc.text[s.start : s.end] == s.text
            labels[s.label] = labels.get(s.label, 0) + 1
    assert stats.sentences > 23_000
    assert stats.skipped <= 3
    assert labels["PERSON"] > 18_000 and labels["MONEY"] > 1_500


# --- evaluate ---------------------------------------------------------------------------------


def sp(text: str, piece: str, label: str, value: Value | None = None, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece), label, piece, value=value)


def test_evaluate_exact_and_overlap() -> None:
    text = "홍길동 의원은 서울 종로구에서 말했다"
    gold = [sp(text, "홍길동", "PERSON"), sp(text, "서울 종로구", "LOCATION")]
    pred = [sp(text, "홍길동 의원", "PERSON"), sp(text, "서울 종로구", "LOCATION"), sp(text, "말", "ORG")]
    report = evaluate([(gold, pred)])
    person = report.label("PERSON")
    assert person is not None
    assert (person.exact.tp, person.overlap.tp) == (0, 1)
    loc = report.label("LOCATION")
    assert loc is not None and loc.exact.f1 == 1.0
    org = report.label("ORG")
    assert org is not None and org.exact.fp == 1 and org.exact.precision == 0.0
    assert report.micro_exact.tp == 1 and report.micro_exact.fp == 2 and report.micro_exact.fn == 1
    assert report.micro_overlap.tp == 2
    js = report.to_json()
    assert js["labels"]["PERSON"]["overlap"]["f1"] == 1.0
    assert "PERSON" in report.to_table()


def test_overlap_is_one_to_one() -> None:
    text = "가나다라마바사"
    gold = [sp(text, "가나", "ORG"), sp(text, "다라", "ORG")]
    pred = [sp(text, "가나다라", "ORG")]
    report = evaluate([(gold, pred)], labels=["ORG"])
    assert report.micro_overlap.tp == 1 and report.micro_overlap.fn == 1


def test_money_value_and_split_ranges() -> None:
    text = "예산은 75~80만원이고 기금 10억, 수천억원이다"
    gold = [
        sp(text, "75", "MONEY"),
        sp(text, "80만원", "MONEY"),
        sp(text, "10억", "MONEY"),
        sp(text, "수천억원", "MONEY"),
    ]
    pred = [
        sp(text, "75~80만원", "MONEY", Value(None, 75e4, 80e4, "KRW")),
        sp(text, "10억", "MONEY", Value(1e9, 1e9, 1e9, "KRW")),
        sp(text, "수천억원", "MONEY", Value(None, 1e11, 9e11, "KRW", approx=True)),
    ]
    report = evaluate([(gold, pred)], labels=["MONEY"])
    mv = report.money_value
    assert mv is not None
    assert mv.precision == 1.0 and mv.recall == 1.0
    # A wrong value still overlaps but is not value-correct.
    wrong = [sp(text, "10억", "MONEY", Value(1e8, 1e8, 1e8, "KRW"))]
    report = evaluate([([gold[2]], wrong)], labels=["MONEY"])
    assert report.micro_overlap.f1 == 1.0
    assert report.money_value is not None and report.money_value.f1 == 0.0
    # Currency must agree when the gold text names one; a bare gold "10억" does not say.
    usd = [sp(text, "10억", "MONEY", Value(1e9, 1e9, 1e9, "USD"))]
    report = evaluate([([gold[2]], usd)], labels=["MONEY"])
    assert report.money_value is not None and report.money_value.tp == 1
    text2 = "기금 10억원을 모았다"
    usd2 = [sp(text2, "10억원", "MONEY", Value(1e9, 1e9, 1e9, "USD"))]
    report = evaluate([([sp(text2, "10억원", "MONEY")], usd2)], labels=["MONEY"])
    assert report.money_value is not None and report.money_value.tp == 0


def test_evaluate_empty_and_label_filter() -> None:
    report = evaluate([([], [])], labels=["MONEY", "DATE"])
    assert report.documents == 1
    assert [s.label for s in report.labels] == ["MONEY", "DATE"]
    assert report.micro_exact.f1 == 0.0
    assert evaluate([], labels=["DATE"]).money_value is None


@pytest.mark.kmou
@pytest.mark.slow
def test_money_rules_on_real_corpus() -> None:
    """The MONEY rules keep their measured quality (value-correct F1 0.977 when written)."""
    if not KMOU.is_dir():
        pytest.skip("KMOU corpus not present")
    from models.rules.money import find_money

    pairs = [
        ([s for s in doc.spans if s.label == "MONEY"], find_money(doc.text))
        for doc in iter_kmou_corpus(KMOU)
    ]
    report = evaluate(pairs, ["MONEY"])
    assert report.money_value is not None
    assert report.money_value.f1 >= 0.97
    assert report.micro_overlap.f1 >= 0.95
