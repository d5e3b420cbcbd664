"""One document's text geometry for the report (models.export.report_data): its paragraphs and
sentences, its annotations by label, and where a repeated paragraph or lead first stood."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from models.domain import Value
from models.textnorm import paragraphs

RelTuple = tuple[int, int, int, str, str, float, dict[str, Any] | None]


class Ann(NamedTuple):
    id: int
    start: int
    end: int
    label: str
    status: str
    value: Value | None
    annotator: str


@dataclass(slots=True)
class DocData:
    id: int
    title: str
    date: date | None
    outlet: str | None
    author: str | None
    url: str | None
    text: str
    repeats: list[tuple[int, int, int]]
    source_file: str | None
    status: str
    anns: list[Ann] = field(default_factory=list)  # sorted by (start, end)
    # id, head, tail, label, status, score, attrs
    rels: list[RelTuple] = field(default_factory=list)
    places: dict[str, Any] | None = None  # file, pages or paragraphs (importers/document.py)


SENTENCE_CHARS = 300  # longer sentences are cut around the span
MIN_SENTENCE_REPEAT = 20  # a shorter sentence may come twice by chance ("사진=연합뉴스")
# "시는 … 96억원을 투입한다고 20일 밝혔다." and, closing the story, "시는 … 96억원을 투입한다.":
# one sentence told first as reported, then plainly; both end as the plain one for comparing
_REPORTED_TAIL = re.compile(r"다고\s*(?:(?:\d{1,2}일|이날|지난\s?\d{1,2}일)\s*)?(?:밝혔|발표했|전했|말했)다\s*[.。]?\s*$|"
                            r"다\s*[.。]?\s*$")
# "[요약] 군은 … 36억 원을 투입한다." over the story's own first sentence: a label in brackets
# opening a summary line is no part of what it says; nor is a wire story's dateline and byline
# ("(세종=누리통신) 오세린 기자 = 정부가 …", the lead its body says again word for word)
_LEAD_LABEL = re.compile(r"\s*(?:[\[【〔][^\]】〕\n]{1,6}[\]】〕]\s*|"
                         r"[(\[【]\s*[가-힣]{1,8}\s*=\s*[^)\]】\n]{1,20}[)\]】]\s*"
                         r"(?:[가-힣]{2,4}\s?(?:기자|특파원)\s*=\s*)?)")

# A sentence ends at . ! ? 。 (and any closing quotes or brackets) followed by a blank.
_SENT_END = re.compile(r"[.!?。][\"'”’」』)\]]*(?=\s)")


def sentence_spans(text: str, paras: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for ps, pe in paras if paras is not None else paragraphs(text):
        pos = ps
        for m in _SENT_END.finditer(text, ps, pe):
            out.append((pos, m.end()))
            pos = m.end()
            while pos < pe and text[pos].isspace():
                pos += 1
        if pos < pe:
            out.append((pos, pe))
    return out


class _Regions:
    """Sorted (start, end) regions with lookup of the one containing an offset."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [a for a, _ in spans]

    def index(self, pos: int) -> int | None:
        i = bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.spans[i][1] else None

    def at(self, pos: int) -> tuple[int, int] | None:
        i = self.index(pos)
        return None if i is None else self.spans[i]


class DocIndex:
    """One document's paragraphs, sentences and annotations by label, for quick lookups."""

    def __init__(self, doc: DocData) -> None:
        self.doc = doc
        text = doc.text
        paras = paragraphs(text)
        self.paras = _Regions(paras)
        self.sents = _Regions(sentence_spans(text, paras))
        # a sentence said again word for word inside a paragraph ("총사업비 3870억원 가운데 민간
        # 투자는 2750억원이다." twice): where it first stood
        seen: dict[str, int] = {}
        self._sent_first: dict[int, int] = {}
        for lo, hi in self.sents.spans:
            if hi - lo >= MIN_SENTENCE_REPEAT:
                label = _LEAD_LABEL.match(text, lo, hi)
                cut = label.end() - lo if label else 0  # offsets are compared past the label
                first = seen.setdefault(_REPORTED_TAIL.sub("다", text[lo + cut:hi]), lo + cut)
                if first != lo + cut:
                    self._sent_first[lo] = first - cut
        self.by_label: dict[str, list[Ann]] = {}
        for a in doc.anns:
            self.by_label.setdefault(a.label, []).append(a)
        self._starts = {k: [a.start for a in v] for k, v in self.by_label.items()}
        self.repeats = _Regions(sorted((a, b) for a, b, _ in doc.repeats))
        self._first = {a: f for a, _, f in doc.repeats}

    def text_of(self, a: Ann) -> str:
        return self.doc.text[a.start:a.end]

    def sentence(self, start: int, end: int) -> str:
        text = self.doc.text
        lo, hi = self.sents.at(start) or self.paras.at(start) or (start, end)
        hi = max(hi, end)
        if hi - lo <= SENTENCE_CHARS:
            return text[lo:hi]
        half = (SENTENCE_CHARS - (end - start)) // 2
        a, b = max(lo, start - max(half, 0)), min(hi, end + max(half, 0))
        return ("…" if a > lo else "") + text[a:b] + ("…" if b < hi else "")

    def nearest(self, label: str, region: tuple[int, int], start: int, end: int) -> Ann | None:
        """The annotation of ``label`` inside ``region`` closest to [start, end) (before wins)."""
        cands = self.by_label.get(label)
        if not cands:
            return None
        starts = self._starts[label]
        lo, hi = region
        best: Ann | None = None
        best_key = (1 << 62, 1)
        for a in cands[bisect_left(starts, lo):bisect_left(starts, hi)]:
            if a.end > hi:
                continue
            gap = start - a.end if a.end <= start else a.start - end if a.start >= end else 0
            key = (gap, 0 if a.start < start else 1)
            if key < best_key:
                best, best_key = a, key
        return best

    def in_repeat(self, pos: int) -> bool:
        return self.repeats.index(pos) is not None

    def repeat_source(self, pos: int) -> int | None:
        """Where the text at ``pos``, inside a repeated paragraph, first stood (a lead repeated at
        the end of a story may stand inside a longer first paragraph); None outside repeats."""
        region = self.repeats.at(pos)
        if region is not None:
            return self._first[region[0]] + pos - region[0]
        sent = self.sents.at(pos)
        if sent is not None and sent[0] in self._sent_first:
            return self._sent_first[sent[0]] + pos - sent[0]
        return None
