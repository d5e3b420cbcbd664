"""Bulk suggestion (models.bulk, models.pool, run_suggestions): the same spans as the engine on
one text at a time, cancelling keeps what is done, and workers never outlive their parent.

The demo corpus (resources/) and sentences written here; KMOU sentences too when the corpus is
present (read in place)."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from models import suggest
from models.domain import ImportedDoc
from models.store import schema as s
from models.store.commands import Accept, Reject
from models.store.project import ProjectStore
from tests.processes import alive, descendants

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo" / "articles.jsonl"
OWN = [
    "부산시는 3일 북항 재개발 2단계 사업(4조원)을 발표했다.",
    "김도윤 부산시 해양국장은 이날 항만 예산 1200억원을 설명했다.",
    "울산시는 수소 충전소 구축(350억원)을 추진한다.",
    "한빛전력은 2027년까지 해상풍력 단지에 5000억원을 투자하기로 했다.",
]


def _docs(kmou: Path | None = None) -> list[ImportedDoc]:
    docs = [ImportedDoc(d["text"], title=d.get("title"))
            for d in map(json.loads, DEMO.read_text(encoding="utf-8").splitlines())]
    docs += [ImportedDoc(" ".join(OWN[i:] + OWN[:i]), title=f"own {i}") for i in range(4)]
    if kmou is not None:
        from models.importers.kmou import iter_kmou_corpus

        for n, doc in enumerate(iter_kmou_corpus(kmou)):
            if n >= 120:
                break
            docs.append(ImportedDoc(doc.text, title=f"kmou {n}"))
    # copies from other outlets make it a bulk run (more than BULK_THRESHOLD documents)
    while len(docs) < suggest.BULK_THRESHOLD + 5:
        docs += [ImportedDoc(d.text, title=d.title, outlet=f"copy {len(docs)}") for d in docs]
    return docs


def _stored(store: ProjectStore) -> dict[int, list[tuple[object, ...]]]:
    out: dict[int, list[tuple[object, ...]]] = {}
    with store.session() as ses:
        rows = ses.execute(select(s.Suggestion.id, s.Suggestion.document_id, s.Suggestion.start,
                                  s.Suggestion.end, s.Suggestion.label, s.Suggestion.source,
                                  s.Suggestion.score, s.Suggestion.value)).all()
        link_rows = ses.execute(select(s.SuggestionLink.head_id, s.SuggestionLink.tail_id,
                                       s.SuggestionLink.label)).all()
    where = {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}
    for _, doc, start, end, label, source, score, value in rows:
        out.setdefault(doc, []).append((start, end, label, source, round(score, 6),
                                        json.dumps(value, sort_keys=True)))
    for head, tail, label in link_rows:
        out[where[head][0]].append(("link", where[head][1:], where[tail][1:], label))
    return {doc: sorted(v, key=repr) for doc, v in out.items()}


def _one_at_a_time(store: ProjectStore) -> dict[int, list[tuple[object, ...]]]:
    """What the engine gives each text on its own (the path before bulk runs)."""
    from models.bulk import kiwi_for, kiwi_words
    from models.learn.predict import analyzer_for

    analyzer = analyzer_for(store)
    analyzer.kiwi = kiwi_for(kiwi_words(analyzer.terms), 1)
    out = {}
    for doc_id, text, day in store.texts(store.document_ids()):
        a = analyzer(text, day)
        spans = [(sp.start, sp.end, sp.label, sp.source, round(float(sp.score), 6),
                  json.dumps(sp.value.to_json() if sp.value else None, sort_keys=True))
                 for sp in a.spans]
        spans += [("link", spans[r.head][:3], spans[r.tail][:3], r.label) for r in a.relations]
        if spans:
            out[doc_id] = sorted(spans, key=repr)
    return out


def test_a_kiwi_built_ahead_and_given_the_words_later_tokenizes_as_one_built_with_them(
) -> None:
    """A pool worker builds its Kiwi before it knows the project's words (models.bulk.prebuild)
    and adds them when the run asks: the tokens must be those of a Kiwi built with them."""
    from models import bulk
    from models.nlp.kiwi_runtime import build_kiwi

    words = bulk.kiwi_words([("한빛전력", "ORG"), ("김도윤", "PERSON"), ("북항", "LOCATION"),
                             ("빛고을데이터센터", "PROJECT")])
    with bulk._lock:
        bulk._cache.clear()
    bulk.prebuild(1).join()
    assert list(bulk._cache) == [((), 1)]
    ahead = bulk.kiwi_for(words, 1)
    assert list(bulk._cache) == [(words, 1)]
    fresh = build_kiwi(list(words), num_workers=1)
    texts = [d["text"] for d in map(json.loads, DEMO.read_text(encoding="utf-8").splitlines())]

    def tokens(kiwi, text):  # type: ignore[no-untyped-def]
        return [(t.form, t.tag, t.start, t.len, t.oov, repr(t.user_value))
                for t in kiwi.tokenize(text)]

    assert any(t[0] == "한빛전력" for text in OWN for t in tokens(ahead, text))
    for text in [*OWN, *texts]:
        assert tokens(ahead, text) == tokens(fresh, text)


@pytest.fixture
def corpus_store(tmp_path, request):
    kmou = REPO.parent / "shared" / "data" / "kmou-ner" / "corpus"
    store = ProjectStore.open(tmp_path / "bulk.sqlite3", "tester")
    store.add_documents(_docs(kmou if kmou.exists() else None))
    yield store
    store.close()


@pytest.mark.slow
def test_a_bulk_run_stores_what_the_engine_gives_each_text_alone(corpus_store) -> None:
    total = len(corpus_store.document_ids())
    assert suggest.run_suggestions(corpus_store, workers=2) == total
    assert _stored(corpus_store) == _one_at_a_time(corpus_store)


@pytest.mark.slow
def test_a_worker_pool_stores_the_same_and_resumes(corpus_store, tmp_path) -> None:
    from models.pool import WorkerPool

    expected = _one_at_a_time(corpus_store)
    seen: list[tuple[int, int]] = []
    with WorkerPool(2, 1) as pool:
        n = suggest.run_suggestions(corpus_store, pool=pool,
                                    progress=lambda done, total: seen.append((done, total)))
        assert n == len(corpus_store.document_ids()) == seen[-1][0] == seen[-1][1]
        assert _stored(corpus_store) == expected
        # the same workers serve the next run (started once per session)
        pids = pool.pids
        assert suggest.run_suggestions(corpus_store, pool=pool, force=True) == n
        assert pool.pids == pids and pool.alive()
    assert _stored(corpus_store) == expected
    assert suggest.run_suggestions(corpus_store) == 0  # nothing left to do


@pytest.mark.slow
@pytest.mark.parametrize("with_pool", [False, True])
def test_cancelling_keeps_what_is_done_and_the_next_run_does_the_rest(corpus_store, with_pool
                                                                      ) -> None:
    from models.pool import WorkerPool

    total = len(corpus_store.document_ids())
    seen: list[int] = []
    # The researcher cancels once a few documents are under way. Counted in calls, not by the
    # first progress report: that comes after 0.5 s, and a quick machine does all 42 in less.
    # The pool asks once per page of 16 handed out and may have 96 in flight, so without KMOU's
    # documents (a fresh clone) five asks would hand out all 42: it is told after the first page.
    asked = itertools.count()
    enough = 1 if with_pool else 5
    pool = WorkerPool(1, 2) if with_pool else None
    try:
        done = suggest.run_suggestions(corpus_store, pool=pool,
                                       progress=lambda d, t: seen.append(d),
                                       cancel=lambda: next(asked) >= enough)
    finally:
        if pool is not None:
            pool.close()
    assert 0 < done < total and seen[-1] == done
    engine = suggest.ENGINE_NAME
    assert len(corpus_store.unanalysed(engine)) == total - done
    assert suggest.run_suggestions(corpus_store) == total - done
    assert _stored(corpus_store) == _one_at_a_time(corpus_store)


def test_a_bulk_rerun_keeps_decided_suggestions_and_rejections(store) -> None:
    from models.engine import analyze_rules

    ids = store.add_documents([ImportedDoc(OWN[0] + " " + OWN[1]),
                               ImportedDoc(OWN[2])]).document_ids
    first = [(doc, analyze_rules(text, day)) for doc, text, day in store.texts(ids)]
    store.save_analyses("v1", first)
    money = [sg for sg in store.document(ids[0]).suggestions if sg.label == "MONEY"]
    store.execute(Reject(money[0].id))
    store.execute(Accept(money[1].id))
    store.save_analyses("v2", first)
    with store.session() as ses:
        rejected = ses.execute(select(s.Suggestion.start, s.Suggestion.end, s.Run.engine)
                               .join(s.Rejection, s.Rejection.suggestion_id == s.Suggestion.id)
                               .join(s.Run, s.Run.id == s.Suggestion.run_id)).all()
        kept = ses.scalar(select(s.Suggestion.id).where(s.Suggestion.id == money[1].id))
        runs = ses.scalars(select(s.Run.engine).order_by(s.Run.id)).all()
    # rejected in the first pass, still rejected in the second; the accepted one stays
    assert sorted(rejected) == sorted([(money[0].start, money[0].end, "v1"),
                                       (money[0].start, money[0].end, "v2")])
    assert kept == money[1].id
    assert runs == ["v1", "v1", "v2", "v2"]
    assert store.unanalysed("v2") == []
    v2_money = [sg for sg in store.document(ids[0]).suggestions if sg.label == "MONEY"]
    assert (money[0].start, money[0].end) not in {(sg.start, sg.end) for sg in v2_money}


WORKER_PARENT = """
import sys
from models.domain import ImportedDoc
from models.pool import WorkerPool
from models.store.project import ProjectStore
from models.suggest import run_suggestions

if __name__ == "__main__":
    store = ProjectStore.open(sys.argv[1], "tester")
    texts = sys.argv[2:]
    store.add_documents([ImportedDoc(f"{texts[i % len(texts)]} ({i})") for i in range(400)])
    pool = WorkerPool(2, 1)

    def progress(done, total):
        if done:  # mid-run: tell the test who the workers are, then keep going
            print(" ".join(map(str, pool.pids)), flush=True)

    run_suggestions(store, pool=pool, progress=progress)
"""



@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_workers_die_with_their_parent_killed_mid_run(how, tmp_path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    parent = subprocess.Popen([sys.executable, "-c", WORKER_PARENT,
                               str(tmp_path / "p.sqlite3"), *OWN], cwd=REPO, env=env,
                              stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert len(workers) == 2 and all(alive(p) for p in workers)
    pids = descendants(parent.pid)  # the workers and anything multiprocessing started
    assert set(workers) <= set(pids)
    parent.send_signal(how)
    parent.wait()
    # The workers are not our children: poll until they are gone (they go within milliseconds;
    # the loop only keeps a loaded machine from failing the test).
    deadline = time.monotonic() + 60
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(p) for p in pids)


# -- the stream's batches -------------------------------------------------------------------------


def _stream_texts() -> list[tuple[int, str, object]]:
    """Enough different texts for batches of many short ones, of a few long ones and the
    halving ones at the end (the demo articles and sentences written here), some dated."""
    from datetime import date

    texts = [f"{OWN[n % 4]} 관계자는 {n + 1}일 이같이 말했다." for n in range(60)]
    texts += [d["text"] for d in map(json.loads, DEMO.read_text(encoding="utf-8").splitlines())]
    texts += [" ".join(OWN[i:] + OWN[:i]) for i in range(4)]
    return [(n, t, date(2024, 5, 8) if n % 3 else None) for n, t in enumerate(texts)]


def _stream_analyzers(kiwi, with_model: bool):  # type: ignore[no-untyped-def]
    """The plain engine (``bitgeul analyze`` without a project) and a project's analyzer with
    terms and a memory, and with a model trained here when asked."""
    from models.cli.analyze import _Engine
    from models.learn.memory import Memory
    from models.learn.predict import Analyzer

    terms = [("한빛전력", "ORG"), ("북항 재개발", "PROJECT"), ("김도윤", "PERSON")]
    memory = Memory(terms=[("해양국장", "TEAM"), ("수소 충전소", "PROJECT")],
                    user_labels=frozenset({"TEAM"}))
    out = {"engine": _Engine(), "project": Analyzer(None, memory, terms, kiwi=kiwi)}
    if with_model:
        from models.learn.examples import from_docs
        from models.learn.predict import LoadedModel
        from models.learn.train import fit_set
        from tests.core.test_learn_model import corpus

        blob, _ = fit_set(from_docs(corpus(), "test"), evaluate=False, kiwi=kiwi)
        out["model"] = Analyzer(LoadedModel(blob), memory, terms, kiwi=kiwi)
    return out


def _text_by_text(analyzer, items, kiwi):  # type: ignore[no-untyped-def]
    return [(key, analyzer.analyze_tokens(text, day, kiwi.tokenize(text) if kiwi else None))
            for key, text, day in items]


def _batch_sizes(analyzer):  # type: ignore[no-untyped-def]
    """The sizes of the batches the stream hands ``analyzer`` (its own method, noted)."""
    sizes: list[int] = []
    run = analyzer.analyze_tokens_many

    def noted(items):  # type: ignore[no-untyped-def]
        sizes.append(len(items))
        return run(items)

    analyzer.analyze_tokens_many = noted
    return sizes


@pytest.mark.parametrize("with_model", [False, True])
def test_analyze_stream_in_real_batches_equals_analyze_text_by_text(kiwi, with_model) -> None:
    """The stream runs the rules over batches of texts (models.nlp.batching, halving at the end);
    each text must get what it gets alone, in order: spans, relations, scores and values."""
    from models.bulk import analyze_stream

    items = _stream_texts()
    for name, analyzer in _stream_analyzers(kiwi, with_model).items():
        if with_model and name != "model":
            continue
        expected = _text_by_text(analyzer, items, kiwi)
        sizes = _batch_sizes(analyzer)
        assert list(analyze_stream(analyzer, iter(items), kiwi)) == expected, name
        # real batches of many texts, and halving towards the end
        assert sum(sizes) == len(items) and max(sizes) >= 16 and sizes[-1] == 1, sizes
        # rules only (Kiwi failed to load): batches too
        sizes.clear()
        assert list(analyze_stream(analyzer, iter(items), None)) == _text_by_text(
            analyzer, items, None), name
        assert max(sizes) >= 16, sizes


def test_analyze_stream_answers_what_it_holds_before_a_read_that_would_wait(kiwi) -> None:
    """A pool worker reads its items from a pipe: where the next read would wait (``ready``
    says no), the stream answers the texts it holds first, and still gives each text what it
    gets alone."""
    from models.bulk import analyze_stream

    items = _stream_texts()
    analyzer = _stream_analyzers(kiwi, False)["project"]
    expected = _text_by_text(analyzer, items, kiwi)
    sizes = _batch_sizes(analyzer)
    read: list[int] = []

    def reading():  # type: ignore[no-untyped-def]
        yield from items
        read.append(len(sizes))  # the batches handed over while a read could still wait

    assert list(analyze_stream(analyzer, reading(), kiwi, lambda: False)) == expected
    # never a second text held while a read would wait; once all is read, no read waits
    assert read[0] > 0 and set(sizes[:read[0]]) == {1}, sizes
    sizes.clear()
    pauses = itertools.cycle([True] * 6 + [False])  # input waiting now and then
    assert list(analyze_stream(analyzer, iter(items), kiwi, lambda: next(pauses))) == expected
    assert 1 < max(sizes) < len(items), sizes
