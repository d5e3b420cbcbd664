"""models.textnorm: normalisation steps, the exact offset map, hashes, repeated paragraphs."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from models.textnorm import (
    clean_field,
    content_hash,
    normalize,
    paragraphs,
    repeated_paragraphs,
)

SENTENCE = "국토교통부는 광역교통 개선 사업에 3조 2천억원을 투입한다고 밝혔다."


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def test_plain_nfc_text_is_unchanged_and_maps_to_itself():
    n = normalize(SENTENCE)
    assert n.text == SENTENCE
    assert n.identity
    assert n.map_span(0, 5) == (0, 5)
    assert n.map_span(3, 3) is None
    assert n.map_span(-1, 2) is None
    assert n.map_span(0, len(SENTENCE) + 1) is None


def test_bom_crlf_cr_and_controls():
    raw = "\ufeff첫 줄\r\n둘째\x07 줄\r셋째\t줄\x00\u0085넷째\u2028끝"
    n = normalize(raw)
    assert n.text == "첫 줄\n둘째 줄\n셋째 줄\n넷째\n끝"
    # "둘째" starts at raw 6 (after BOM + "첫 줄" + CR + LF) and at 4 in the output.
    assert raw[6:8] == "둘째"
    assert n.map_span(6, 8) == (4, 6)
    # A span over "둘째\x07 줄" loses the bell but keeps its ends.
    assert n.text[slice(*n.map_span(6, 11))] == "둘째 줄"
    # A span that starts on the dropped CR moves to the LF; one holding only the CR is empty.
    assert n.map_span(4, 6) == (3, 4)
    assert n.map_span(4, 5) is None
    assert n.map_span(0, 1) is None  # the BOM alone


def test_invisible_characters_and_no_break_spaces():
    n = normalize("10\u00a0조\u200b원, 재\u00ad정")
    assert n.text == "10 조원, 재정"


def test_lone_surrogate_becomes_replacement_character():
    n = normalize("앞\ud83d뒤")
    assert n.text == "앞\ufffd뒤"
    assert len(content_hash("앞\ud83d뒤")) == 64


def test_nfd_hangul_becomes_nfc_with_exact_offsets():
    words = ["정부는", "예산", "10조원을", "편성했다"]
    raw = " ".join(nfd(w) for w in words)
    n = normalize(raw)
    assert n.text == " ".join(words)
    assert unicodedata.is_normalized("NFC", n.text)
    # Every word boundary of the raw text maps to the same word in the output.
    pos = 0
    for w in words:
        raw_len = len(nfd(w))
        s, e = n.map_span(pos, pos + raw_len)
        assert n.text[s:e] == w
        pos += raw_len + 1
    # A boundary between the initial and the vowel of a syllable cannot be represented.
    assert n.map_span(0, 1) is None
    assert n.map_offset(1) is None
    assert n.map_offset(0) == 0
    assert n.map_offset(len(raw)) == len(n.text)


def test_stray_conjoining_jamo_become_compatibility_jamo():
    # ᄏ ᄏ alone (typed laughter in NFD), a trailing final after a full syllable composes,
    # a lone final does not.
    raw = "\u110f\u110f 가\u11a8 \u11ab"
    n = normalize(raw)
    assert n.text == "ㅋㅋ 각 ㄴ"
    assert n.map_span(3, 5) == (3, 4)  # "가" + final → "각"
    assert n.map_span(3, 4) is None  # cuts the syllable


def test_conjoining_vowel_after_compatibility_consonant():
    n = normalize("ㄱ\u1161")  # a compatibility ㄱ cannot take a conjoining vowel
    assert n.text == "ㄱㅏ"
    assert unicodedata.is_normalized("NFC", n.text)


def test_jamo_fillers_are_dropped():
    n = normalize("\u115f\u1161 값")
    assert n.text == "ㅏ 값"


def test_mixed_nfd_and_crlf_offsets():
    raw = nfd("서울시는\r\n") + nfd("올해 예산") + "\r\n"
    n = normalize(raw)
    assert n.text == "서울시는\n올해 예산\n"
    start = len(nfd("서울시는\r\n"))
    end = start + len(nfd("올해 예산"))
    assert n.map_span(start, end) == (5, 10)


def test_content_hash_is_stable_across_forms():
    assert content_hash(SENTENCE) == content_hash(nfd(SENTENCE))
    assert content_hash(SENTENCE) == content_hash("\ufeff" + SENTENCE)
    assert content_hash(SENTENCE) != content_hash(SENTENCE + "!")
    assert len(content_hash("")) == 64


def test_clean_field():
    assert clean_field("  서울 \n 특별시\t") == "서울 특별시"
    assert clean_field("   ") is None
    assert clean_field(None) is None
    assert clean_field(2025) == "2025"


def test_paragraphs():
    text = "  첫 문단입니다. \n\n둘째 문단\n   \n"
    assert paragraphs(text) == [(2, 10), (13, 18)]
    assert [text[s:e] for s, e in paragraphs(text)] == ["첫 문단입니다.", "둘째 문단"]


def test_repeated_paragraphs():
    lead = "정부는 내년 예산안에 지역 균형 발전 사업비 5천억원을 반영했다고 밝혔다."
    text = "\n".join(
        [
            lead,
            "사진=연합뉴스",
            "----------------------------------",
            "본문 중간의 다른 문장이 여기에 들어갑니다. 충분히 깁니다.",
            "사진=연합뉴스",
            "----------------------------------",
            "  " + lead.replace(" ", "  ") + " ",  # same words, other spacing
        ]
    )
    reps = repeated_paragraphs(text)
    assert len(reps) == 1
    (rep,) = reps
    assert rep.first_start == 0
    assert " ".join(text[rep.start : rep.end].split()) == lead


# --- properties --------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("가각힣 ab1.\n\t")
    + ["\r", "\ufeff", "\x00", "\x07", "\x85", "\u00a0", "\u200b", "\u2028"]
    + ["\u1100", "\u1161", "\u11a8", "\u110f", "\u115f", "\u1160", "\ua960", "\ud7b0", "\ud7cb"]
    + ["\u3131", "\u314f", "e", "\u0301", "\u0323", "\u0b47", "\u0b3e", "\u0f73", "\u212b"]
    + ["\U0001f600", "\u3000", "\u00c5"]
)
RAW = st.one_of(st.text(_ALPHABET, max_size=40), st.text(max_size=40))


@given(RAW)
@settings(max_examples=400, deadline=None)
def test_output_is_nfc_clean_and_idempotent(raw):
    n = normalize(raw)
    assert unicodedata.is_normalized("NFC", n.text)
    assert "\r" not in n.text and "\t" not in n.text and "\ufeff" not in n.text
    assert all(c == "\n" or unicodedata.category(c) != "Cc" for c in n.text)
    again = normalize(n.text)
    assert again.text == n.text
    assert again.identity


@given(RAW, st.data())
@settings(max_examples=400, deadline=None)
def test_map_span_yields_valid_spans(raw, data):
    n = normalize(raw)
    if not raw:
        return
    a = data.draw(st.integers(0, len(raw) - 1))
    b = data.draw(st.integers(a + 1, len(raw)))
    mapped = n.map_span(a, b)
    if mapped is not None:
        s, e = mapped
        assert 0 <= s < e <= len(n.text)
    # The whole text always maps (unless it normalises to nothing).
    whole = n.map_span(0, len(raw))
    assert whole == ((0, len(n.text)) if n.text else None)


@given(st.text(_ALPHABET.filter(lambda c: c != "\r"), max_size=40), st.data())
@settings(max_examples=400, deadline=None)
def test_mapped_span_holds_the_normalised_raw_span(raw, data):
    """Where a span maps, it covers exactly what normalising its raw text alone gives."""
    n = normalize(raw)
    if not raw:
        return
    a = data.draw(st.integers(0, len(raw) - 1))
    b = data.draw(st.integers(a + 1, len(raw)))
    mapped = n.map_span(a, b)
    if mapped is not None:
        assert n.text[mapped[0] : mapped[1]] == normalize(raw[a:b]).text


@given(st.lists(st.sampled_from(["정부", "예산", "10조원", "을", " ", "\n"]), max_size=20))
def test_nfd_words_always_map_back(words):
    raw = "".join(nfd(w) for w in words)
    n = normalize(raw)
    assert n.text == "".join(words)
    pos = 0
    for w in words:
        length = len(nfd(w))
        mapped = n.map_span(pos, pos + length)
        assert mapped is not None
        assert n.text[mapped[0] : mapped[1]] == w
        pos += length
