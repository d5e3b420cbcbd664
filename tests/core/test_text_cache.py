"""Answers kept per text object (models.text_cache) and the figure lookup built on one
(models.export.refuted.same_figures)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from models.export.refuted import same_figures
from models.text_cache import RECENT, per_text


def _counted() -> tuple[list[tuple[str, int]], Callable[[str, int], int]]:
    calls: list[tuple[str, int]] = []

    @per_text
    def first_digit(text: str, start: int) -> int:
        calls.append((text, start))
        return next(i for i in range(start, len(text)) if text[i].isdigit())

    return calls, first_digit


def test_an_answer_is_kept_for_the_same_text_object() -> None:
    calls, first_digit = _counted()
    text = "군은 올해 12억원을 쓴다."
    assert first_digit(text, 0) == 6
    assert first_digit(text, 0) == 6
    assert first_digit(text, 7) == 7
    assert len(calls) == 2


def test_an_equal_text_read_again_is_asked_afresh_not_compared() -> None:
    # an export reads the document again: a new string of the same value is a new text
    calls, first_digit = _counted()
    text = "군은 올해 12억원을 쓴다." * 3
    again = "".join(list(text))
    assert again == text and again is not text
    first_digit(text, 0)
    first_digit(again, 0)
    assert len(calls) == 2


def test_a_few_recent_texts_are_kept_and_the_oldest_let_go() -> None:
    calls, first_digit = _counted()
    texts = [f"문서 {n}번" for n in range(RECENT + 1)]
    for text in texts[:RECENT]:
        first_digit(text, 0)
    first_digit(texts[0], 0)  # kept: asked before
    assert len(calls) == RECENT
    first_digit(texts[RECENT], 0)  # new: the least recent goes
    first_digit(texts[0], 0)
    assert len(calls) == RECENT + 1
    first_digit(texts[1], 0)
    assert len(calls) == RECENT + 2


def test_each_thread_keeps_its_own_answers() -> None:
    calls, first_digit = _counted()
    text = "예산 7억원"
    first_digit(text, 0)
    seen: list[int] = []
    worker = threading.Thread(target=lambda: seen.append(first_digit(text, 0)))
    worker.start()
    worker.join()
    assert seen == [3] and len(calls) == 2


def _tellings(text: str, figure: str, lo: int = 0, hi: int | None = None) -> list[str]:
    start = text.index(figure)
    return [text[a:b] for a, b in same_figures(text, start, start + len(figure), lo,
                                               len(text) if hi is None else hi)]


def test_same_figures_finds_the_figure_with_or_without_won() -> None:
    text = "사업비 900억원을 들인다. 900억은 국비다. 1,900억원과 9000억원, 900억 달러는 다르다. 900억원"
    assert _tellings(text, "900억원") == ["900억원", "900억", "900억원"]


def test_same_figures_keeps_to_its_stretch_and_to_whole_runs_of_digits() -> None:
    text = "12억5000만원을 쓴다. 2억5000만원이 아니라 12억5000만원이다. 12억5000만원"
    start = text.index("12억5000만원")
    found = list(same_figures(text, start, start + len("12억5000만원"), 1, len(text) - 3))
    assert [text[a:b] for a, b in found] == ["12억5000만원"]  # the last does not fit the stretch
    assert _tellings("지원금 1,200원과 21,200원, 1,200원", "1,200원") == ["1,200", "1,200"]  # the figure without its 원


def test_same_figures_of_a_figure_in_hangul_numerals() -> None:
    text = "삼백억원을 들인다고 했다. 삼백억원설은 사실이 아니다."
    assert _tellings(text, "삼백억원") == ["삼백억원", "삼백억원"]
