"""The combined engine: rules + Kiwi entities + projects, overlaps, relations by index, threads,
process pools and the shared Kiwi's warm-up. Sentences written for these tests."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import date
from multiprocessing import get_context
from pathlib import Path

import pytest

from models.domain import AMOUNT_FOR, Analysis
from models.engine import analyze, analyze_many, analyze_rules

REPO = Path(__file__).resolve().parents[2]

TEXT = (
    "빛고을시는 5월 12일 ▲남도 수소항만 조성(3000억원) ▲청년 창업허브 구축(450억원)을 "
    "정부에 건의했다. 박지훈 빛고을시 정책보좌관은 “두 사업에 3750억원이 든다”고 말했다."
)
TEXTS = [
    TEXT,
    "김민수 장관은 서울에서 열린 회의에서 1조2000억원 규모의 지원을 약속했다.",
    "중국은 관세를 올렸고 한국토지주택공사는 세종시에 본사를 두고 있다.",
]


def summary(a: Analysis) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in a.spans]


def links(a: Analysis) -> list[tuple[str, str]]:
    out = []
    for r in a.relations:
        if r.label != AMOUNT_FOR:
            continue  # the other relations have their own tests (test_relations.py)
        out.append((a.spans[r.head].text, a.spans[r.tail].text))
    return out


def test_analyze_combines_everything(kiwi):
    a = analyze(TEXT, date(2025, 5, 1), kiwi=kiwi)
    got = summary(a)
    assert ("5월 12일", "DATE") in got
    assert ("3000억원", "MONEY") in got and ("450억원", "MONEY") in got
    assert ("남도 수소항만 조성", "PROJECT") in got
    assert ("박지훈", "PERSON") in got
    assert links(a) == [("3000억원", "남도 수소항만 조성"), ("450억원", "청년 창업허브 구축")]
    money = {s.text: s.value.value for s in a.spans if s.label == "MONEY" and s.value}
    assert money["3000억원"] == 3e11 and money["3750억원"] == 3.75e11
    date_span = next(s for s in a.spans if s.label == "DATE")
    assert date_span.value is not None and date_span.value.date == "2025-05-12"


def test_spans_are_sorted_and_the_flat_layer_never_overlaps(kiwi):
    for text in TEXTS:
        a = analyze(text, kiwi=kiwi)
        assert [(s.start, -s.end) for s in a.spans] == sorted((s.start, -s.end) for s in a.spans)
        flat = [s for s in a.spans if s.label != "PROJECT"]
        assert all(x.end <= y.start for x, y in zip(flat, flat[1:], strict=False))
        for s in a.spans:
            assert text[s.start : s.end] == s.text


def test_rules_only(kiwi):
    rules = analyze_rules(TEXT, date(2025, 5, 1))
    labels = {s.label for s in rules.spans}
    assert labels <= {"MONEY", "DATE", "QUANTITY", "PROJECT"}
    assert links(rules) == links(analyze(TEXT, date(2025, 5, 1), kiwi=kiwi))
    assert summary(analyze(TEXT, date(2025, 5, 1), kiwi=None)) == summary(rules)


def test_label_filter(kiwi):
    a = analyze(TEXT, kiwi=kiwi, labels={"MONEY", "PROJECT"})
    assert {s.label for s in a.spans} == {"MONEY", "PROJECT"}
    assert len(links(a)) == 2
    people = analyze(TEXT, kiwi=kiwi, labels={"PERSON"})
    assert summary(people) == [("박지훈", "PERSON")]
    assert people.relations == []


def test_given_tokens_are_used(kiwi):
    tokens = kiwi.tokenize(TEXTS[1])
    assert summary(analyze(TEXTS[1], kiwi=None, tokens=tokens)) == summary(
        analyze(TEXTS[1], kiwi=kiwi)
    )


def test_every_analysis_calls_kiwi_without_attached_codas(kiwi):
    """kiwi_runtime.tokenize is the one call: no coda split off a particle or an ending (Kiwi's
    default reads "부럽당" as 부럽다 + ㅇ), which edited news does not write."""
    from models.nlp.kiwi_runtime import tokenize

    text = "누리꾼들은 정말 부럽당 하고 말했다."
    assert any(t.tag == "Z_CODA" for t in kiwi.tokenize(text))  # Kiwi's default call
    assert not any(t.tag == "Z_CODA" for t in tokenize(kiwi, text))
    batch = next(iter(tokenize(kiwi, [text])))  # many texts: the same options
    assert [(t.form, t.tag) for t in batch] == [(t.form, t.tag) for t in tokenize(kiwi, text)]


def _worker_cutoff() -> float:
    from models.nlp.kiwi_runtime import get_kiwi

    k = get_kiwi(wait=True)
    assert k is not None
    return float(k.global_config.cutoff_threshold)


@pytest.mark.slow
def test_every_kiwi_searches_with_the_narrower_beam(kiwi):
    """kiwi_runtime.CUTOFF_THRESHOLD is set where every Kiwi is built: the shared one, a pool
    worker's (a model trained on one beam's tokens predicts on the same beam's)."""
    from models.nlp.kiwi_runtime import CUTOFF_THRESHOLD, init_worker

    assert CUTOFF_THRESHOLD < 8.0  # Kiwi's default, which costs 7-9 % more for no better names
    assert kiwi.global_config.cutoff_threshold == CUTOFF_THRESHOLD
    with ProcessPoolExecutor(1, mp_context=get_context("spawn"), initializer=init_worker) as pool:
        assert pool.submit(_worker_cutoff).result() == CUTOFF_THRESHOLD


def test_analyze_many_matches_analyze(kiwi):
    one_by_one = [summary(analyze(t, kiwi=kiwi)) for t in TEXTS]
    batch = [summary(a) for a in analyze_many(TEXTS, kiwi=kiwi)]
    assert batch == one_by_one
    dated = list(analyze_many([(TEXT, date(2025, 5, 1))], kiwi=kiwi))
    assert links(dated[0]) == links(analyze(TEXT, date(2025, 5, 1), kiwi=kiwi))
    assert [summary(a) for a in analyze_many(TEXTS, kiwi=None)] == [
        summary(analyze_rules(t)) for t in TEXTS
    ]


def test_analyze_many_in_real_batches_equals_analyze_text_by_text(kiwi):
    # Enough texts that the rules run over several at once (batches of up to 32, see
    # engine._combine_many): the demo articles and the sentences above, spans and relations.
    import json

    demo = REPO / "resources" / "demo" / "articles.jsonl"
    texts = [json.loads(line)["text"] for line in demo.read_text("utf-8").splitlines()
             if line.strip()] + TEXTS * 10
    assert list(analyze_many(texts, kiwi=kiwi)) == [analyze(t, kiwi=kiwi) for t in texts]
    some = {"PERSON", "MONEY", "PROJECT"}
    assert list(analyze_many(texts, kiwi=kiwi, labels=some)) == [
        analyze(t, kiwi=kiwi, labels=some) for t in texts]


def test_threads_share_one_kiwi(kiwi):
    expected = [summary(analyze(t, kiwi=kiwi)) for t in TEXTS]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: summary(analyze(t, kiwi=kiwi)), TEXTS * 8))
    assert got == expected * 8


def test_shared_kiwi_warmup():
    from models.nlp import kiwi_runtime

    kiwi_runtime.start_warmup()
    assert kiwi_runtime.state() in ("loading", "ready")
    k = kiwi_runtime.get_kiwi(wait=True)
    assert k is not None and kiwi_runtime.is_ready() and kiwi_runtime.state() == "ready"
    assert kiwi_runtime.last_error() is None
    assert kiwi_runtime.get_kiwi(wait=False) is k
    a = analyze(TEXTS[1], kiwi="auto")
    assert ("김민수", "PERSON") in summary(a)


def test_rules_never_load_kiwi():
    code = (
        "import sys; from models.engine import analyze_rules; "
        "a = analyze_rules('시는 ▲남도 수소항만 조성(3000억원)을 건의했다.'); "
        "from models.nlp import kiwi_runtime; "
        "print(len(a.relations), kiwi_runtime.state(), 'kiwipiepy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["1", "not", "loaded", "False"]


def _analyze_auto(text: str) -> Analysis:
    return analyze(text, kiwi="auto")


@pytest.mark.slow
def test_process_pool_builds_kiwi_per_worker():
    from models.nlp.kiwi_runtime import build_kiwi, init_worker

    words = [("빛고을시", "LOCATION")]  # a project term: workers get it in their own Kiwi
    local = build_kiwi(words)
    expected = [summary(analyze(t, kiwi=local)) for t in TEXTS]
    assert ("빛고을시", "LOCATION") in expected[0]
    ctx = get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=ctx, initializer=init_worker,
                             initargs=(words,)) as pool:
        got = [summary(a) for a in pool.map(_analyze_auto, TEXTS)]
    assert got == expected


def test_project_gazetteer_terms(kiwi):
    from models.nlp.gazetteer import builtin_gazetteer

    gaz = builtin_gazetteer().copy()
    gaz.add("햇살마을", "PROJECT")  # an accepted project name of another document
    gaz.add("누리봄", "POLICY")  # a project-specific label
    gaz.add("3000억원", "MONEY")  # amounts stay the rules' job
    text = "군은 햇살마을 사업에 3000억원을 쓰고 누리봄을 알렸다."
    got = summary(analyze(text, kiwi=kiwi, gazetteer=gaz))
    assert ("햇살마을", "PROJECT") in got
    assert ("누리봄", "POLICY") in got
    assert [s for s in got if s[0] == "3000억원"] == [("3000억원", "MONEY")]
    assert summary(analyze(text, kiwi=kiwi, gazetteer=gaz, labels={"POLICY"})) == [
        ("누리봄", "POLICY")
    ]
