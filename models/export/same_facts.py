"""Another outlet's story of the same announcement, in its own words: the same project given the
same amount in another document holds no new money (for ``models.export.report_data``)."""

from __future__ import annotations

import re
from datetime import date

from models.export.dedupe import project_key
from models.text_cache import per_text

# How far apart two articles may be and still report the same budget of the same project.
SAME_FACT_DAYS = 180


_GENERIC_NAME = 3  # characters
_CONTEXT = 300  # characters of a story's lead kept, where the body of its amount is unknown
# "재난관리기금 40억원": a source of money named as the project, which many bodies have; two
# stories naming the same fund and sum are not one fact by that alone
_SOURCE_NAME = re.compile(r"(?:기금|잉여금|교부세|교부금|지방채|예비비)$")


# "한울배터리는 미국 …": the subject a story's first lines open with (three letters at least:
# "시는", "회사는" name no one), or a roundup's item past its bullet ("▲소담군은 …")
_LEAD_SUBJECT = re.compile(r"[ \t]*([▲△▶▷►■□●○◆◇※·•◎★☆*\-]+[ \t]*)?([가-힣A-Za-z0-9]{3,20})(?:은|는|이|가)\s")


@per_text
def _lead_subject(text: str) -> str | None:
    """The subject the headline or the lead opens with, if either does (kept per text: asked
    of every amount, and splitting off the first lines copies the rest of the text)."""
    for line in text.split("\n", 2)[:2]:
        if (m := _LEAD_SUBJECT.match(line)) is not None:
            return m.group(2)
    return None


def _subjects(text: str, at: int) -> tuple[str, ...]:
    """The subject the amount's own line opens with and the one the story's lead opens with,
    those of them told; a bulleted item's alone (a roundup's "▲소담군은 …", whose lead may
    open with another item's)."""
    line = _LEAD_SUBJECT.match(text, text.rfind("\n", 0, at) + 1)
    if line is not None and line.group(1):
        return (line.group(2),)
    return tuple(dict.fromkeys(s for s in (line.group(2) if line else None, _lead_subject(text)) if s))


def _other_subjects(subjects: tuple[str, ...], firsts: tuple[str, ...], keys: tuple[str, ...]) -> bool:
    """Two stories whose bodies the engine knew in neither open with different subjects
    ("한울배터리는 …", "한결에너지솔루션은 …": two companies' plants; the amount's own line
    first, "▲소담군은 …" of a roundup), and the project is not named after the first (마루
    생태숲 of 마루군, which another county's story may report)."""
    if not subjects or not firsts or any(s in f or f in s for s in subjects for f in firsts):
        return False
    return not any(f.startswith(k[:2]) for f in firsts for k in keys)


def _squeezed(text: str) -> str:
    return "".join(text.split())


class SameFacts:
    """The first counted amount of each project and value: another document that gives the
    same project the same amount (another outlet's story of the same announcement, in its own
    words) holds no new money. Within one document that is left to the other rules (a budget by
    years may give the same sum twice). Documents more than :data:`SAME_FACT_DAYS` apart are
    other budgets.

    Two stories of one announcement name one body. Where the engine found the body in one story
    and not in the other, the other must still name it somewhere (its lead or the amount's
    sentence, for the story read first): "반디화학 … 양극재 공장 … 12억 달러" and "한결배터리 …
    양극재 공장 … 12억 달러" are two companies' plants, though the engine knew only the first."""

    def __init__(self) -> None:
        self._first: dict[tuple[tuple[str, ...], str, float],
                          list[tuple[int, int, date | None, str | None, str, tuple[str, ...]]]] = {}

    def check(self, names: list[str], currency: str, value: float, doc_id: int,
              day: date | None, row: int, where: str | None = None, text: str = "",
              sentence: tuple[int, int] = (0, 0)) -> tuple[int, int] | None:
        """(document, row) of the same fact counted before, or None (and remember this one).
        ``where``: the body the amount is of, when known: "스마트팜 보급 12억원" of one county is
        not another county's (a region may be named finer in one story than in another).
        ``text``: the document's text, ``sentence``: the amount's sentence in it."""
        if not names or all(len(project_key(n)) <= _GENERIC_NAME or _SOURCE_NAME.search(project_key(n))
                            for n in names):
            return None  # "동부권": a table row's name, too short to be one project's anywhere
        if where is not None and len(_squeezed(where)) <= 1:
            where = None  # "군은": the body named by its kind alone, which any county's story has
        key = (tuple(sorted(project_key(n) for n in names)), currency, float(value))
        seen = self._first.setdefault(key, [])
        subject = _subjects(text, sentence[0]) if where is None else ()
        for first_doc, first_row, first_day, first_where, first_context, first_subject in seen:
            if first_doc != doc_id and (day is None or first_day is None
                                        or abs((day - first_day).days) <= SAME_FACT_DAYS) and \
                    self._same_body(where, text, first_where, first_context) and \
                    not _other_subjects(subject, first_subject, key[0]):
                return first_doc, first_row
        context = "" if where is not None else _squeezed(
            text[:_CONTEXT] + " " + text[sentence[0]:sentence[1]])
        seen.append((doc_id, row, day, where, context, subject))
        return None

    @staticmethod
    def _same_body(where: str | None, text: str, first_where: str | None,
                   first_context: str) -> bool:
        if where is not None and first_where is not None:
            return where == first_where
        if first_where is not None:  # known in the first story only: named in this one?
            return not text or _squeezed(first_where) in _squeezed(text)
        if where is not None:
            return not first_context or _squeezed(where) in first_context
        return True


