"""Tables lined up with spaces (text copied from a PDF or HWP file) are read like barred ones."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from models.nlp.aligned_tables import barred_view

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

TABLE = ("해솔시 2027년 주요 사업 예산안\n"
         "(단위: 백만원)\n"
         "사업명                        2026년 예산      2027년 예산      증감\n"
         "해솔 스마트 도서관 건립           4,200           5,100       +900\n"
         "청년 창업 지원                    1,850           2,300       +450\n"
         "노후 하수관로 정비                6,000           5,400       -600\n"
         "자료: 해솔시 기획예산과")


def _sums(text: str, kiwi) -> tuple[dict[str, float], list[str]]:  # type: ignore[no-untyped-def]
    from bench_totals import TotalPassage, report_sums

    return report_sums([TotalPassage("x", "test", text, {})], kiwi)["x"]


def test_a_table_lined_up_with_spaces_is_summed_like_a_barred_one(kiwi) -> None:
    got, rows = _sums(TABLE, kiwi)
    # the 2027 column: 5,100 + 2,300 + 5,400 (백만원); 2026 is the budget before, 증감 a change
    assert got == {"KRW": 12_800 * 10**6}, rows
    # the same as the table written with bars, as the importers of reports give it
    barred = "\n".join(" | ".join(re.split(" {3,}", line)) for line in TABLE.split("\n"))
    assert " | " in barred and _sums(barred, kiwi)[0] == got


def test_the_view_keeps_the_length_and_every_offset() -> None:
    view = barred_view(TABLE)
    assert view != TABLE and len(view) == len(TABLE)
    lines = view.split("\n")
    assert all(line.count(" | ") == 3 for line in lines[2:6])
    assert lines[3].startswith("해솔 스마트 도서관 건립         | 4,200")
    # the lines around the table, and every character but the gaps' last two, are the text's own
    assert lines[:2] == TABLE.split("\n")[:2] and lines[6] == "자료: 해솔시 기획예산과"
    assert all(a == b or a == " " and b in "| " for a, b in zip(TABLE, view, strict=True))
    for word in ("해솔 스마트 도서관 건립", "5,100", "2,300", "-600", "노후 하수관로 정비"):
        assert view.find(word) == TABLE.find(word)


def test_prose_poetry_and_lists_with_big_gaps_are_left_alone() -> None:
    prose = ("시는 올해   예산 120억원을   들여 해솔 공원을 만든다고   밝혔다.\n"
             "공원은 내년   봄에   문을 연다.\n"
             "시 관계자는   \"시민 의견을   듣겠다\"고   말했다.")
    poem = ("바람이 분다      그대 이름을 부른다\n"
            "강물은 흐르고      나는 여기 서 있다\n"
            "봄이 오면      다시 만나리")
    items = ("   1. 참여 기관   12곳\n"
             "   2. 참여 인원   340명\n"
             "   3. 행사 기간   3일")
    # a head line over rows whose later cells are not all numbers, or rows of unlike widths
    uneven = ("사업명      예산      비고\n"
              "해솔 공원      120      내년 착공\n"
              "다온 도서관      80")
    for text in (prose, poem, items, uneven):
        assert barred_view(text) == text
