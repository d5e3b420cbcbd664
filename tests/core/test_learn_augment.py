"""Swapped-name copies of training sentences (models.learn.augment), on sentences written here."""

from __future__ import annotations

from models.domain import Span
from models.learn.augment import copies_for, swapped_names, with_swapped_names
from models.learn.examples import Example

LABELS = {"PERSON", "ORG", "LOCATION"}


def _ex(text: str, names: list[tuple[str, str]], anchors: list[int] | None = None) -> Example:
    spans = []
    for name, label in names:
        start = text.index(name)
        spans.append(Span(start, start + len(name), label, name, "gold"))
    return Example(text, spans, None, anchors, key=text[:12])


def _examples() -> list[Example]:
    return [
        _ex("한도윤 대표는 빛글재단에서 계획을 밝혔다.", [("한도윤", "PERSON"), ("빛글재단", "ORG")]),
        _ex("서민재 씨는 나주에서 열린 행사에 갔다.", [("서민재", "PERSON"), ("나주", "LOCATION")]),
        _ex("박하늘 이사는 다온은행과 목포를 찾았다.",
            [("박하늘", "PERSON"), ("다온은행", "ORG"), ("목포", "LOCATION")]),
        _ex("날씨가 맑았다.", []),
    ]


def test_names_are_swapped_for_names_of_their_label_and_the_spans_follow() -> None:
    originals = _examples()
    names = {(s.text, s.label) for ex in originals for s in ex.spans}
    copies = swapped_names(originals, LABELS, seed=3)
    assert len(copies) == 3  # a sentence without names has nothing to swap
    for ex in copies:
        assert ex.synthetic
        for s in ex.spans:
            assert ex.text[s.start:s.end] == s.text
            assert (s.text, s.label) in names
    # the words around the names stay as they were
    assert copies[0].text.endswith("에서 계획을 밝혔다.") and " 대표는 " in copies[0].text


def test_a_swapped_name_ends_like_the_one_it_replaces() -> None:
    """은/는, 이/가 after the name must still fit: a name with a final consonant (한도윤, 빛글재단)
    is swapped only for one with a final consonant, one without (서민재, 목포) for one without."""
    def coda(word: str) -> bool:
        return (ord(word[-1]) - 0xAC00) % 28 != 0

    originals = {ex.key: ex for ex in _examples()}
    swapped = 0
    for seed in range(10):
        for copy in swapped_names(list(originals.values()), LABELS, seed=seed):
            for old, new in zip(originals[copy.key].spans, copy.spans, strict=True):
                assert old.label == new.label and coda(old.text) == coda(new.text)
                swapped += old.text != new.text
    assert swapped > 0


def test_anchors_move_with_the_text_and_copies_keep_their_key() -> None:
    text = "한도윤 대표는 빛글재단에서 계획을 밝혔다."
    ex = _ex(text, [("한도윤", "PERSON"), ("빛글재단", "ORG")], anchors=[text.index("계획")])
    other = _ex("이 행사는 다온은행과 함께 연다.", [("다온은행", "ORG")])
    for seed in range(6):
        copy = next(c for c in swapped_names([ex, other], LABELS, seed=seed) if c.key == ex.key)
        assert copy.anchors is not None
        assert copy.text[copy.anchors[0]:copy.anchors[0] + 2] == "계획"


def test_how_many_copies_depends_on_the_size() -> None:
    small = _examples()
    assert copies_for(small) == 2
    assert len(with_swapped_names(small, LABELS)) == len(small) + 2 * 3
    big = [Example("가" * 500_000, [])]
    assert copies_for(big) == 1
    assert copies_for(big * 3) == 0
    assert with_swapped_names(big * 3, LABELS) == big * 3


def test_a_name_inside_a_project_stays_and_the_project_follows_the_swaps_before_it() -> None:
    text = "한도윤 대표는 나주 빛가람 에너지밸리 조성 사업을 소개했다."
    ex = _ex(text, [("한도윤", "PERSON"), ("나주", "LOCATION"),
                    ("나주 빛가람 에너지밸리 조성 사업", "PROJECT")])
    pool = _ex("서민재 씨가 왔다.", [("서민재", "PERSON")])
    for seed in range(6):
        copy = next(c for c in swapped_names([ex, pool], LABELS, seed=seed) if c.key == ex.key)
        by_label = {s.label: s for s in copy.spans}
        for s in copy.spans:
            assert copy.text[s.start:s.end] == s.text
        assert by_label["LOCATION"].text == "나주"
        assert by_label["PROJECT"].text == "나주 빛가람 에너지밸리 조성 사업"


def test_a_model_counts_only_the_sentences_it_was_given(kiwi) -> None:
    """The copies are learned from but not reported: 80 one-sentence documents are 80 documents
    and 80 sentences in the model's record, not three times as many."""
    from models.learn.examples import from_docs
    from models.learn.train import fit_set
    from tests.core.test_learn_model import corpus

    docs = corpus(80)
    _blob, info = fit_set(from_docs(docs, "test"), evaluate=False, kiwi=kiwi)
    assert info.n_documents == 80 and info.n_sentences == 80
    assert info.n_spans == sum(len(d.spans) for d in docs)
