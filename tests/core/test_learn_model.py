"""The project's CRF model: features and BIO, a real CRF trained on a small corpus written here,
training from a project's decisions, versions in the project, combination with the rules,
uncertainty order, the isolated (child process) training and ``bitgeul train``/``model``."""

from __future__ import annotations

import argparse
import json
from datetime import date
from functools import partial

import pytest

from models.domain import Analysis, ImportedDoc, Relation, Span
from models.learn.combine import POLICIES, combine, order_by_uncertainty
from models.learn.examples import from_docs
from models.learn.features import Morph, project_spans, run_span, runs, sentences
from models.learn.modelstore import (
    KEEP_BLOBS,
    ModelInfo,
    activate,
    list_models,
    load_blob,
    model_status,
    now,
    save_model,
)
from models.learn.predict import LoadedModel, analyzer_for
from models.learn.train import TrainingError, fit_set, train
from models.progress import Cancelled
from models.store.commands import Accept, Create, SetStatus
from models.store.project import ProjectStore

# Invented names in a few news-like frames: enough for a CRF to learn the frames. The names
# used to test it (오세린, 가람기술원) are never in the training sentences.
SURNAMES = ["김", "이", "박", "최", "정", "한", "윤", "강", "서", "송"]
GIVEN = ["하늘", "도윤", "서준", "지우", "민재", "소율", "태호", "다인", "가온", "나래", "보람"]
PEOPLE = [s + g for s in SURNAMES for g in GIVEN]
ORGS = [p + s for p in ["빛글", "한누리", "다온", "새빛", "푸른숲", "늘봄", "온새미"]
        for s in ["연구원", "재단", "전자", "은행", "협회", "물산"]]
PLACES = ["나주", "목포", "여수", "순천", "광양", "담양", "해남", "보성"]
FRAMES = [
    "{p} 대표는 {o}에서 새 계획을 소개했다.",
    "{o}는 {l}에 새 공장을 짓는다고 밝혔다.",
    "{p} 씨는 {l}에서 열린 행사에 참석했다.",
    "{l} 시민들은 {o}의 발표를 환영했다.",
]


def _doc(frame: str, p: str, o: str, loc: str) -> ImportedDoc:
    text = frame.format(p=p, o=o, l=loc)
    spans = []
    for name, label in ((p, "PERSON"), (o, "ORG"), (loc, "LOCATION")):
        if "{" + {"PERSON": "p", "ORG": "o", "LOCATION": "l"}[label] + "}" in frame:
            start = text.index(name)
            spans.append(Span(start, start + len(name), label, name, "gold"))
    return ImportedDoc(text=text, spans=sorted(spans, key=lambda s: s.start))


def corpus(n: int = 80) -> list[ImportedDoc]:
    """``n`` different sentences: every frame, names taken in strides through the lists."""
    out: list[ImportedDoc] = []
    seen: set[str] = set()
    i = 0
    while len(out) < n:
        doc = _doc(FRAMES[i % len(FRAMES)], PEOPLE[(i * 7) % len(PEOPLE)],
                   ORGS[(i * 5) % len(ORGS)], PLACES[(i * 3) % len(PLACES)])
        i += 1
        if doc.text not in seen:
            seen.add(doc.text)
            out.append(doc)
    return out


@pytest.fixture
def project(tmp_path):
    store = ProjectStore.open(tmp_path / "model.sqlite3", "tester")
    yield store
    store.close()


# -- features and BIO -----------------------------------------------------------------------------


def test_bio_round_trip_on_morphemes() -> None:
    text = "홍길동은 빛글연구원에서 일한다."
    morphs = [Morph(0, 3, "홍길동", "NNP"), Morph(3, 4, "은", "JX"), Morph(5, 10, "빛글연구원", "NNP"),
              Morph(10, 12, "에서", "JKB"), Morph(13, 15, "일하", "VV"), Morph(15, 16, "ㄴ다", "EF"),
              Morph(16, 17, ".", "SF")]
    tags = project_spans(morphs, [Span(0, 3, "PERSON", "홍길동"), Span(5, 12, "ORG", "빛글연구원에서")])
    assert tags == ["B-PERSON", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    # Mapped back, a span never ends in a particle.
    got = [(run_span(text, morphs, a, b), label) for a, b, label in runs(tags)]
    assert got == [((0, 3), "PERSON"), ((5, 10), "ORG")]
    assert runs(["I-ORG", "I-ORG", "O", "B-X", "I-Y"]) == [(0, 2, "ORG"), (3, 4, "X"), (4, 5, "Y")]


def test_runs_are_cut_at_brackets_without_a_partner() -> None:
    from models.learn.features import balanced_parts

    def m(*forms: str) -> list[Morph]:
        return [Morph(i, i + 1, f, "SSO" if f in "(" else "SSC" if f in ")" else "NNP")
                for i, f in enumerate(forms)]

    assert balanced_parts(m("J리그", ")", "FC도쿄"), 0, 3) == [(0, 1), (2, 3)]
    assert balanced_parts(m("히토쓰바시", "(", "一橋", ")", "대"), 0, 5) == [(0, 5)]
    assert balanced_parts(m("(", "주", ")", "빛글", "("), 0, 5) == [(0, 4)]


def test_sentences_split_after_final_punctuation_and_lines() -> None:
    text = "가. 나\n다"
    morphs = [Morph(0, 1, "가", "NNG"), Morph(1, 2, ".", "SF"), Morph(3, 4, "나", "NP"),
              Morph(5, 6, "다", "NNG")]
    assert sentences(text, morphs) == [(0, 2), (2, 3), (3, 4)]


# -- a real CRF -------------------------------------------------------------------------------------


def test_a_noun_carries_its_nearest_morphemes_from_kiwis_embedding(kiwi) -> None:
    from models.learn.features import neighbours, to_morphs

    morphs = to_morphs(kiwi.tokenize("검찰은 김 씨와 서초구에서"))
    forms = {m.form: m for m in morphs}
    assert any(x.startswith("nb=경찰/") for x in neighbours(forms["검찰"].kid))
    assert any(x.startswith("nb=박/") for x in neighbours(forms["김"].kid))  # other surnames
    # A word added to Kiwi (here a gazetteer place) has no embedding: its features are the
    # gazetteer's and the user word's label instead.
    assert neighbours(forms["서초구"].kid) == ()
    assert neighbours(10**9) == ()


def test_the_embedding_is_read_from_the_kiwi_a_bulk_run_built_not_a_second_one() -> None:
    # A pool worker builds its Kiwi itself (models.bulk.kiwi_for); a second one for the
    # features would cost another 500 MB and seconds of loading in every worker.
    import subprocess
    import sys

    code = ("from models.bulk import kiwi_for\n"
            "from models.learn.features import neighbours, to_morphs\n"
            "from models.nlp import kiwi_runtime\n"
            "k = kiwi_for((), 1)\n"
            "near = neighbours(to_morphs(k.tokenize('검찰은'))[0].kid)\n"
            "print(len(near), kiwi_runtime.state())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True).stdout.split()
    assert int(out[0]) > 0 and out[1:] == ["not", "loaded"]


def test_a_crf_learns_the_frames_and_finds_new_names(kiwi) -> None:
    blob, info = fit_set(from_docs(corpus(), "test"), evaluate=False, kiwi=kiwi)
    assert set(info.labels) == {"PERSON", "ORG", "LOCATION"} and info.evaluation is None
    model = LoadedModel(blob)
    from models.learn.predict import Analyzer

    analyzer = Analyzer(model, kiwi=kiwi)
    text = "오세린 대표는 가람기술원에서 새 계획을 소개했다."  # names it never saw
    spans = {(s.text, s.label): s for s in analyzer(text, None).spans}
    assert ("오세린", "PERSON") in spans
    assert ("가람기술원", "ORG") in spans
    assert all(0.0 < s.score <= 1.0 for s in spans.values())


def test_a_small_set_is_scored_half_by_half(kiwi) -> None:
    """Every document is scored by a model trained on the other half, the policy is chosen on
    all of them, and the model learns from all of them (too few for a ranker)."""
    seen: list[tuple[int, int]] = []
    blob, info = fit_set(from_docs(corpus(60), "test"), kiwi=kiwi,
                         progress=lambda d, t: seen.append((d, t)))
    ev = info.evaluation
    assert ev is not None and ev["method"] == "2-fold" and ev["documents"] == 60
    assert info.n_documents == 60  # the model itself learns from all of them
    assert "ranked" not in ev["policies"] and LoadedModel(blob).blob.ranker is None
    assert ev["policy"] in POLICIES and LoadedModel(blob).policy.name == ev["policy"]
    assert ev["model"]["f1"] > ev["rules"]["f1"]  # the frames are learnable
    assert seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)  # the bar never goes back


def test_a_larger_set_learns_which_names_to_keep(kiwi) -> None:
    """Enough documents for a ranker: the "ranked" combination is learned from each half's
    candidates as the other half's tagger makes them, stored with the model, scored beside the
    fixed policies on every document (each half by the other half's tagger and ranker) and
    used by the model."""
    from dataclasses import replace

    from models.learn.crf import ModelBlob, ModelError

    # This project's convention: the town before 시민들 is not annotated (the rules find it, so
    # the ranker has wrong candidates to learn from as well as right ones).
    docs = [replace(d, spans=[sp for sp in d.spans if sp.label != "LOCATION"])
            if "시민들" in d.text else d for d in corpus(320)]
    seen: list[tuple[int, int]] = []
    blob, info = fit_set(from_docs(docs, "test"), kiwi=kiwi,
                         progress=lambda d, t: seen.append((d, t)))
    ev = info.evaluation
    assert ev is not None and ev["method"] == "2-fold" and "ranked" in ev["policies"]
    assert ev["documents"] == 320 and info.n_documents == 320
    model = LoadedModel(blob)  # from bytes: the ranker round-trips and is tried in a child
    assert model.blob.ranker is not None and "ranked" in model.policies()
    from models.learn.pipeline import prepare
    from models.learn.predict import build_gazetteer

    text = "오세린 대표는 가람기술원에서 새 계획을 소개했다."  # names it never saw
    prep = prepare(text, None, kiwi.tokenize(text), build_gazetteer(model.terms))
    ranked = model.analyze_prepared(prep, policy=POLICIES["ranked"])
    got = {(s.text, s.label): s for s in ranked.spans}
    assert ("오세린", "PERSON") in got and ("가람기술원", "ORG") in got
    assert all(s.source == "model:ranked" and 0.0 < s.score <= 1.0 for s in got.values())
    text = "벌교 시민들은 가람기술원의 발표를 환영했다."  # the project's convention, learned
    prep = prepare(text, None, kiwi.tokenize(text), build_gazetteer(model.terms))
    labels = {s.text: s.label for s in model.analyze_prepared(prep, policy=POLICIES["ranked"]).spans}
    assert labels == {"가람기술원": "ORG"}
    assert seen[-1][0] == seen[-1][1] and [d for d, _t in seen] == sorted(d for d, _t in seen)
    # a damaged ranker makes the whole model refused, in one line
    bad = ModelBlob(model.blob.crf, model.blob.header, b"lCRF" + b"\0" * 60).to_bytes()
    with pytest.raises(ModelError, match="damaged"):
        LoadedModel(bad)


def test_too_little_to_learn_from_is_refused(kiwi) -> None:
    with pytest.raises(TrainingError, match="annotated spans"):
        fit_set(from_docs(corpus(1), "test"), evaluate=False, kiwi=kiwi)


# -- training from the project's decisions, versions --------------------------------------------


def _annotate(store: ProjectStore, docs: list[ImportedDoc]) -> None:
    """Store documents and make their gold spans decisions of the researcher."""
    ids = store.add_documents([ImportedDoc(text=d.text, date=date(2025, 5, 1)) for d in docs]
                              ).document_ids
    for doc_id, d in zip(ids, docs, strict=True):
        store.execute([*(Create(doc_id, s.start, s.end, s.label) for s in d.spans),
                       SetStatus(doc_id, "done")])


def test_train_from_decisions_versions_and_suggests_with_scores(project: ProjectStore) -> None:
    from models.suggest import run_suggestions

    _annotate(project, corpus(60))
    assert model_status(project).model is None
    seen: list[tuple[int, int]] = []
    info = train(project, lambda d, t: seen.append((d, t)))
    assert info.version == 1 and info.active and info.source == "project"
    assert seen and seen[-1][0] == seen[-1][1]
    status = model_status(project)
    assert status.version == 1 and status.decisions_since == 0 and not status.should_retrain

    new = project.add_documents([ImportedDoc(text="임채운 씨는 여수에서 열린 행사에 참석했다.")])
    analyzer = analyzer_for(project)
    assert "+crf/v1+learned/" in analyzer.name  # the model, and what the decisions taught
    run_suggestions(project, new.document_ids, workers=1)
    view = project.document(new.document_ids[0])
    assert ("임채운", "PERSON") in [(s.text, s.label) for s in view.suggestions]
    ordered = order_by_uncertainty(view.suggestions)
    assert sorted(s.id for s in ordered) == sorted(s.id for s in view.suggestions)
    # Decisions after the training count towards the next one.
    project.execute(Accept(view.suggestions[0].id))
    assert model_status(project).decisions_since == 1

    again = train(project)
    assert again.version == 2
    assert [m.version for m in list_models(project)] == [2, 1]
    assert activate(project, 1).version == 1
    found = load_blob(project)
    assert found is not None and found[0].version == 1


def test_old_versions_keep_their_metadata_but_not_their_bytes(project: ProjectStore) -> None:
    info = ModelInfo(None, now(), "test", 1, 1, 1, ("ORG",))
    for n in range(KEEP_BLOBS + 2):
        stored = save_model(project, f"model {n}".encode(), info)
    assert stored.version == KEEP_BLOBS + 2 and stored.active
    versions = list_models(project)
    assert len(versions) == KEEP_BLOBS + 2 and [v.active for v in versions].count(True) == 1
    assert load_blob(project, 1) is None  # pruned
    assert load_blob(project, KEEP_BLOBS + 2) == (versions[0], b"model %d" % (KEEP_BLOBS + 1))
    with pytest.raises(KeyError):
        activate(project, 1)


def test_training_in_a_child_process_reports_and_can_be_cancelled(project: ProjectStore) -> None:
    _annotate(project, corpus(40))
    with pytest.raises(Cancelled):
        train(project, cancel=lambda: True, isolate=True)
    assert list_models(project) == []
    seen: list[int] = []
    info = train(project, lambda d, t: seen.append(d), isolate=True)
    assert info.version == 1 and seen and load_blob(project) is not None


# -- combination with the rules ------------------------------------------------------------------


def _span_at(text: str, piece: str, label: str, source: str = "rule", score: float = 1.0) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece), label, piece, source, score)


def test_rules_win_for_money_and_dates() -> None:
    text = "김하늘 대표는 5월 8일 10조원을 나주 사업에 쓴다"

    at = partial(_span_at, text)

    money, when, project_span = at("10조원", "MONEY"), at("5월 8일", "DATE"), at("나주 사업", "PROJECT")
    rule_person = at("김하늘", "PERSON", "kiwi:name", 0.6)
    base = Analysis([rule_person, when, money, project_span], [Relation(2, 3)])
    model = [at("10", "ORG", "model:crf", 0.99),  # cuts an amount: dropped
             at("5월 8일", "DATE", "model:crf", 0.99),  # the rules' label: ignored
             at("김하늘 대표", "ORG", "model:crf", 0.95),
             at("나주", "LOCATION", "model:crf", 0.9)]
    out = combine(base, model, POLICIES["union"], model_labels=("PERSON", "ORG", "LOCATION"))
    got = [(s.text, s.label, s.source) for s in out.spans]
    assert ("10조원", "MONEY", "rule") in got and ("5월 8일", "DATE", "rule") in got
    assert ("김하늘 대표", "ORG", "model:crf") in got and ("김하늘", "PERSON", "kiwi:name") not in got
    assert ("나주", "LOCATION", "model:crf") in got  # inside the project: allowed
    (rel,) = out.relations
    assert (out.spans[rel.head].label, out.spans[rel.tail].label) == ("MONEY", "PROJECT")
    # The out-of-the-box policy keeps the rules' entities and adds nothing.
    plain = combine(base, model, POLICIES["rules"], model_labels=("PERSON", "ORG", "LOCATION"))
    assert [s.text for s in plain.spans] == [s.text for s in base.spans]


def test_the_ranked_pick_replaces_the_names_and_keeps_amounts_and_projects() -> None:
    from models.learn.combine import combine_ranked

    text = "김하늘 대표는 5월 8일 10조원을 나주 사업에 쓴다고 빛글재단이 밝혔다"

    at = partial(_span_at, text)

    money, when, project_span = at("10조원", "MONEY"), at("5월 8일", "DATE"), at("나주 사업", "PROJECT")
    base = Analysis([at("김하늘", "PERSON", "kiwi:name", 0.6), when, money, project_span,
                     at("빛글재단", "ORG", "kiwi:suffix", 0.7)], [Relation(2, 3)])
    chosen = [at("김하늘", "PERSON", "model:ranked", 0.9), at("나주", "LOCATION", "model:ranked", 0.8),
              at("10조", "ORG", "model:ranked", 0.9),  # cuts an amount: dropped
              at("나주 사업", "PROJECT", "model:ranked", 0.9)]  # projects are the rules'
    learned_project = [at("나주 사업", "PROJECT", "model:crf", 0.9),  # the rules' one: not twice
                       at("빛글재단", "PROJECT", "model:crf", 0.3)]  # unsure: left out
    out = combine_ranked(base, chosen, model_labels=("PERSON", "ORG", "LOCATION", "PROJECT"),
                         model_projects=learned_project)
    got = sorted((s.text, s.label, s.source) for s in out.spans)
    assert got == sorted([("김하늘", "PERSON", "model:ranked"), ("5월 8일", "DATE", "rule"),
                          ("10조원", "MONEY", "rule"), ("나주", "LOCATION", "model:ranked"),
                          ("나주 사업", "PROJECT", "rule")])  # 빛글재단: the ranker dropped it
    (rel,) = out.relations
    assert (out.spans[rel.head].label, out.spans[rel.tail].label) == ("MONEY", "PROJECT")


def test_a_confident_policy_drops_rule_entities_the_model_rejects() -> None:
    base = Analysis([Span(0, 2, "LOCATION", "경기", "gazetteer", 0.9)], [])
    sure_no = combine(base, [], POLICIES["confident"], model_labels=("LOCATION",),
                      rescore=lambda s: 0.05)
    assert sure_no.spans == []
    unknown_label = combine(base, [], POLICIES["model"], model_labels=("PERSON",))
    assert [s.text for s in unknown_label.spans] == ["경기"]  # the model knows no places


def test_order_by_uncertainty_puts_the_closest_to_even_first() -> None:
    spans = [Span(0, 1, "ORG", "a", score=s) for s in (1.0, 0.55, 0.9, 0.2, 0.5)]
    assert [s.score for s in order_by_uncertainty(spans)] == [0.5, 0.55, 0.2, 0.9, 1.0]
    # a rule's fixed confidence is not a probability: rule projects do not all come first
    rule = Span(2, 3, "PROJECT", "b", source="rule:project", score=0.5)
    assert order_by_uncertainty([rule, *spans])[-1] is rule


# -- the command line ---------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    from models.cli.learn import register

    p = argparse.ArgumentParser()
    p.add_argument("--db")
    p.add_argument("--annotator")
    register(p.add_subparsers(dest="command"))
    return p


def test_bitgeul_train_from_a_corpus_and_model_status(tmp_path, capsys) -> None:
    from models.cli.common import eval_analyzer, project_analyzer
    from models.cli.learn import cmd_model, cmd_train

    gold = tmp_path / "gold.jsonl"
    with gold.open("w", encoding="utf-8") as fh:
        for d in corpus(60):
            fh.write(json.dumps({"text": d.text, "spans": [
                {"start": s.start, "end": s.end, "label": s.label} for s in d.spans]},
                ensure_ascii=False) + "\n")
    db = str(tmp_path / "p.sqlite3")
    args = _parser().parse_args(["--db", db, "train", "--from", str(gold), "--format", "jsonl",
                                 "--no-progress", "--json"])
    assert cmd_train(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["version"] == 1 and out["source"].startswith("file:")
    assert cmd_model(_parser().parse_args(["--db", db, "model", "--json"])) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["model"]["version"] == 1 and status["decisions_since"] == 0
    analyzer = project_analyzer(_parser().parse_args(["--db", db, "model"]))
    assert analyzer is not None
    assert ("오세린", "PERSON") in [(s.text, s.label) for s in analyzer(
        "오세린 대표는 다온전자에서 새 계획을 소개했다.", None).spans]
    assert project_analyzer(_parser().parse_args(["model"])) is None
    assert callable(eval_analyzer(_parser().parse_args(["model"])))
    # without the scoring the model keeps the default combination
    args = _parser().parse_args(["--db", db, "train", "--from", str(gold), "--format", "jsonl",
                                 "--no-progress", "--no-evaluation"])
    assert cmd_train(args) == 0 and "each half" not in capsys.readouterr().out
    store = ProjectStore.open(db)
    status_now = model_status(store)
    store.close()
    assert status_now.version == 2 and status_now.model is not None
    assert status_now.model.evaluation is None


def test_bitgeul_train_refuses_a_corpus_without_spans(tmp_path) -> None:
    from models.cli.learn import cmd_train
    from models.domain import InputError

    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps({"text": "그냥 글이다."}, ensure_ascii=False) + "\n", "utf-8")
    args = _parser().parse_args(["--db", str(tmp_path / "p.sqlite3"), "train", "--from",
                                 str(plain), "--no-progress"])
    with pytest.raises(InputError, match="no annotated spans"):
        cmd_train(args)


@pytest.mark.kmou
def test_bootstrap_from_kmou_read_in_place(kmou_dir, project: ProjectStore) -> None:
    from models.learn.examples import read_corpus

    tset = read_corpus([kmou_dir], "kmou", limit=400)
    info = train(tset, save_to=project, labels=["PERSON", "ORG", "LOCATION"])
    assert info.version == 1 and set(info.labels) == {"PERSON", "ORG", "LOCATION"}
    ev = info.evaluation
    assert ev is not None and ev["documents"] >= 10 and ev["policy"] in POLICIES
    assert 0.0 <= ev["model"]["f1"] <= 1.0 and ev["rules"]["f1"] > 0.2


def test_a_near_tie_between_policies_goes_to_the_steadier_one() -> None:
    from models.learn.choice import choose_policy

    # A held-out tenth that puts "union" 0.0007 ahead cannot tell it from "confident".
    scores = {"rules": 0.8175, "model": 0.838, "union": 0.8394, "confident": 0.8387,
              "careful": 0.8364}
    assert choose_policy(scores) == "confident"
    # A clear lead is taken; below the tie, careful before the rules.
    assert choose_policy({**scores, "union": 0.86}) == "union"
    assert choose_policy({"rules": 0.70, "careful": 0.702, "confident": 0.69}) == "careful"
    assert choose_policy({"rules": 0.70, "careful": 0.65, "confident": 0.66}) == "rules"


def test_a_bold_policy_must_win_the_resamples_not_only_the_sum() -> None:
    from models.learn.choice import choose_policy

    # 100 documents of 3 names each. "model" is ahead overall, but only by being better on six
    # documents and worse on four: one resample in three puts it behind.
    steady = [(2, 1, 1)] * 100
    lucky = [(2, 1, 1)] * 90 + [(3, 0, 0)] * 6 + [(1, 2, 2)] * 4
    f1 = {"rules": 0.60, "careful": 0.64, "confident": 0.65, "model": 0.67, "union": 0.62}
    per_doc = {"rules": steady, "careful": steady, "confident": steady, "model": lucky,
               "union": steady}
    assert choose_policy(f1) == "model"  # by the sums alone
    assert choose_policy(f1, per_doc) == "confident"
    # Ahead in nearly every document, it is taken.
    per_doc["model"] = [(3, 0, 0)] * 96 + [(2, 1, 1)] * 4
    assert choose_policy(f1, per_doc) == "model"


def test_the_learned_combination_stays_unless_the_scored_documents_clearly_refuse_it() -> None:
    from models.learn.choice import RANKED_MARGIN, choose_policy

    steady = [(2, 1, 1)] * 100
    lucky = [(2, 1, 1)] * 90 + [(3, 0, 0)] * 6 + [(1, 2, 2)] * 4
    ahead = 0.65 + RANKED_MARGIN + 0.01
    f1 = {"rules": 0.60, "careful": 0.64, "confident": ahead, "model": 0.62, "union": 0.61,
          "ranked": 0.65}
    per_doc = {"rules": steady, "careful": steady, "confident": lucky, "model": steady,
               "union": steady, "ranked": steady}
    # "confident" is ahead by more than the margin, but by a few documents only: ranked stays
    assert choose_policy(f1, per_doc) == "ranked"
    assert choose_policy({**f1, "confident": 0.652}) == "ranked"  # within a tie
    # within its margin even in every document: half-by-half scores undersell it
    assert choose_policy({**f1, "confident": 0.649 + RANKED_MARGIN},
                         {**per_doc, "confident": [(3, 0, 0)] * 100}) == "ranked"
    # ahead in nearly every document, it is taken
    per_doc["confident"] = [(3, 0, 0)] * 96 + [(2, 1, 1)] * 4
    assert choose_policy(f1, per_doc) == "confident"


def test_with_a_model_only_a_stated_name_relabels_a_known_one(project: ProjectStore) -> None:
    """Imported or accepted names join the gazetteer as the model learned them (added, never
    relabelling a built-in name); a name the researcher drew or corrected relabels it."""
    team = ImportedDoc(text="울산이 전북을 2-1로 이겼다.",
                       spans=[Span(0, 2, "ORG", "울산", "gold"), Span(4, 6, "ORG", "전북", "gold")])
    ids = project.add_documents([*corpus(60), team]).document_ids
    project.execute([SetStatus(i, "done") for i in ids])
    train(project)
    analyzer = analyzer_for(project)
    assert analyzer.model is not None and ("울산", "ORG") in analyzer.terms
    assert analyzer.gazetteer().label_of("울산") == "LOCATION"  # the built-in city stays
    before = analyzer.name
    doc = project.add_documents([ImportedDoc(text="울산은 새 구단주를 맞았다.")]).document_ids[0]
    project.execute(Create(doc, 0, 2, "ORG"))  # the researcher says so
    analyzer = analyzer_for(project)
    assert analyzer.gazetteer().label_of("울산") == "ORG" and analyzer.name != before


def test_a_ranker_candidate_carries_the_tags_of_its_morphemes(kiwi) -> None:
    """The ranker sees whether a name is a word Kiwi knows as a common noun (상태) or a proper
    noun it does not (오세린)."""
    from models.learn.pipeline import prepare
    from models.learn.predict import build_gazetteer
    from models.learn.rerank import candidates, features
    from models.nlp.kiwi_runtime import tokenize

    text = "오세린 대표는 그 상태를 설명했다."
    prep = prepare(text, None, tokenize(kiwi, text), build_gazetteer([]))
    margs = [[{} for _ in range(b - a)] for a, b in prep.sents]
    guessed = [Span(text.index("상태"), text.index("상태") + 2, "PERSON", "상태", "model:crf", 0.6)]
    found = {c.text: c for c in candidates(prep, guessed, margs, ["PERSON"], set())}
    assert found["상태"].shape == "NNG" and "Lt=PERSONNNG" in features(found["상태"])
    assert found["오세린"].shape.startswith("NNP")


def test_training_features_add_hints_as_the_analyzer_will_never_relabelling() -> None:
    """A BigKinds hint (ORG 울산, a team) joins a fold's gazetteer beside the other fold's
    names as an Analyzer with a model adds it: new names are added, a built-in city stays."""
    from models.learn.train import fold_gazetteer

    other = from_docs([ImportedDoc(text="해솔마루 구단이 이겼다.",
                                   spans=[Span(0, 4, "ORG", "해솔마루", "gold")])], "t").examples
    gaz = fold_gazetteer(other, [("울산", "ORG"), ("빛가람스타즈", "ORG")], ["ORG"])
    assert gaz.label_of("울산") == "LOCATION"
    assert gaz.label_of("빛가람스타즈") == "ORG" and gaz.label_of("해솔마루") == "ORG"


def test_a_ranker_candidate_carries_its_text_and_the_words_near_it(kiwi) -> None:
    """The ranker learns of the name itself and of the words Kiwi's embedding puts nearest its
    last morpheme (a word like 상황 is no PERSON however the tagger guessed)."""
    from models.learn.pipeline import prepare
    from models.learn.predict import build_gazetteer
    from models.learn.rerank import candidates, features
    from models.nlp.kiwi_runtime import tokenize

    text = "그 상태를 설명했다."
    prep = prepare(text, None, tokenize(kiwi, text), build_gazetteer([]))
    margs = [[{} for _ in range(b - a)] for a, b in prep.sents]
    guessed = [Span(2, 4, "PERSON", "상태", "model:crf", 0.6)]
    (found,) = candidates(prep, guessed, margs, ["PERSON"], set())
    f = features(found)
    assert "Lw=PERSON상태" in f
    assert found.near and all("LPERSON" + nb in f for nb in found.near)
