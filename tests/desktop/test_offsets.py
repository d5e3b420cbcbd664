"""Code points ↔ Qt positions, with emoji and other characters outside the BMP."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop.annotate.offsets import OffsetMap, utf16_len

EMOJI_TEXT = "광주🚀시는 8일 𠀀𠀁 예산 1조원을 👩‍👩‍👧 발표했다.\n둘째 문단 😀 끝."


def reference(text: str, gap: bool) -> list[int]:
    """Qt position of every code point, by walking the text one character at a time."""
    gaps = {m.start() for m in re.finditer(r"(?<!\n)\n(?!\n)", text)} if gap else set()
    out, qt = [], 0
    for i, ch in enumerate(text):
        out.append(qt)
        qt += 2 if ord(ch) > 0xFFFF else 1
        qt += 1 if i in gaps else 0
    out.append(qt)
    return out


def test_bmp_text_needs_no_table() -> None:
    m = OffsetMap("광주시는 8일 예산을 발표했다.")
    assert m.is_identity and m.to_qt(5) == 5 and m.to_store(5) == 5


def test_emoji_and_plane_two_hanja() -> None:
    m = OffsetMap(EMOJI_TEXT)
    ref = reference(EMOJI_TEXT, gap=False)
    assert m.u16_length == utf16_len(EMOJI_TEXT) == len(EMOJI_TEXT.encode("utf-16-le")) // 2
    for cp, qt in enumerate(ref):
        assert m.to_qt(cp) == qt
        assert m.to_store(qt) == cp
    rocket = EMOJI_TEXT.index("🚀")
    # A Qt position inside the rocket's surrogate pair maps to the rocket itself.
    assert m.to_store(m.to_qt(rocket) + 1) == rocket
    # A Qt selection ending inside the pair includes the whole character.
    assert m.span_to_store(0, m.to_qt(rocket) + 1) == (0, rocket + 1)
    start = EMOJI_TEXT.index("1조원")
    assert EMOJI_TEXT[slice(*m.span_to_store(*m.span_to_qt(start, start + 3)))] == "1조원"


def test_paragraph_gap_inserts_a_blank_line() -> None:
    m = OffsetMap(EMOJI_TEXT, paragraph_gap=True)
    assert m.display_text == EMOJI_TEXT.replace("\n", "\n\n")
    second = EMOJI_TEXT.index("둘째")
    # The display text holds UTF-16 positions only through the map; check via the reference.
    shown = m.display_text.encode("utf-16-le")
    assert shown[2 * (m.to_qt(second) - 2):2 * m.to_qt(second)].decode("utf-16-le") == "\n\n"
    assert m.to_qt(second) == reference(EMOJI_TEXT, gap=True)[second]
    blank = m.to_qt(EMOJI_TEXT.index("\n")) + 1
    assert m.to_store(blank) == second  # a click on the blank line goes to the next paragraph


@given(st.lists(st.sampled_from(["가", "a", " ", "\n", "😀", "𠀀", "1", "\n\n"]), max_size=40),
       st.booleans())
def test_round_trip_everywhere(parts: list[str], gap: bool) -> None:
    text = "".join(parts)
    m = OffsetMap(text, paragraph_gap=gap)
    ref = reference(text, gap)
    assert m.u16_length == ref[-1] == len(m.display_text.encode("utf-16-le")) // 2
    for cp, qt in enumerate(ref):
        assert m.to_qt(cp) == qt
        assert m.to_store(qt) == cp


def test_large_document_is_fast_to_map() -> None:
    text = ("가나다라 " * 60_000) + "😀"
    m = OffsetMap(text, paragraph_gap=True)
    assert m.to_qt(len(text)) == len(text) + 1
