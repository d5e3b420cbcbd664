"""Character-level BIO in the KLUE NER layout, for training and evaluating NER models.

Layout (as in klue-ner-v1.1_*.tsv, read back by ``models.importers.klue``)::

    ## bitgeul_d12_c340<TAB>광주시는 AI 인프라에 10조원을 요구했다.
    광<TAB>B-LOCATION
    주<TAB>I-LOCATION
    시<TAB>I-LOCATION
    는<TAB>O
     <TAB>O               <- a space is a character with its own line
    …
    (a blank line after every sentence)

One block per sentence; the id names the document and the sentence's character offset, so every
line can be traced back. Two tag sets: "native" keeps our labels (MONEY, PROJECT …: a lossless
round trip), "klue" writes KLUE's PS/LC/OG/DT/TI/QT (MONEY becomes QT, labels KLUE lacks are O)
and puts KLUE's inline markup "<광주시:LC>" in the comment, as KLUE does.

Only documents with annotations are written (others were never reviewed), and paragraphs that
repeat an earlier one of the same document are skipped (duplicate training sentences).
Overlapping annotations cannot both be BIO: the earlier (then longer) one wins; the others are
counted in ``skipped``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO

from sqlalchemy.orm import Session

from models.export.doc_index import Ann, DocData, sentence_spans
from models.export.gather import iter_documents
from models.export.report_data import ExportFilters
from models.progress import Cancel, Progress
from models.textnorm import paragraphs

KLUE_TAGS: dict[str, str] = {"PERSON": "PS", "LOCATION": "LC", "ORG": "OG", "DATE": "DT",
                             "TIME": "TI", "QUANTITY": "QT", "MONEY": "QT"}
TAGSETS = ("native", "klue")


@dataclass(slots=True)
class BioStats:
    documents: int = 0
    sentences: int = 0
    spans: int = 0
    skipped: int = 0  # overlapping, crossing a line, or a label the tag set lacks


def _keep(anns: Sequence[Ann], text: str, filters: ExportFilters, tagset: str,
          stats: BioStats) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, tag) spans, earlier then longer first."""
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for a in sorted(anns, key=lambda a: (a.start, -(a.end - a.start))):
        if not filters.keeps(a.label):
            continue
        tag = a.label if tagset == "native" else KLUE_TAGS.get(a.label)
        if tag is None or a.start < last_end or "\n" in text[a.start:a.end]:
            stats.skipped += 1
            continue
        out.append((a.start, a.end, tag))
        last_end = a.end
    return out


def _units(doc: DocData, spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Sentences outside repeated paragraphs, merged where an annotation would be cut."""
    text = doc.text
    repeated = {(a, b) for a, b, _ in doc.repeats}
    paras = [p for p in paragraphs(text) if p not in repeated]
    units: list[tuple[int, int]] = []
    for start, end in sentence_spans(text, paras):
        # Merge with the previous sentence when a span straddles them (spans never cross a
        # line, so the previous sentence is in the same paragraph).
        if units and any(s < start < e for s, e, _ in spans):
            units[-1] = (units[-1][0], end)
        else:
            units.append((start, end))
    return units


def _markup(text: str, lo: int, hi: int, spans: list[tuple[int, int, str]]) -> str:
    parts: list[str] = []
    pos = lo
    for s, e, tag in spans:
        if s < lo or e > hi:
            continue
        parts.append(text[pos:s])
        parts.append(f"<{text[s:e]}:{tag}>")
        pos = e
    parts.append(text[pos:hi])
    return "".join(parts)


def write_doc(fh: IO[str], doc: DocData, filters: ExportFilters, tagset: str,
              stats: BioStats) -> None:
    text = doc.text
    spans = _keep(doc.anns, text, filters, tagset, stats)
    stats.documents += 1
    i = 0
    for lo, hi in _units(doc, spans):
        while i < len(spans) and spans[i][1] <= lo:
            i += 1
        inside = [sp for sp in spans[i:] if sp[0] < hi]
        tags = ["O"] * (hi - lo)
        for s, e, tag in inside:
            tags[s - lo] = f"B-{tag}"
            for k in range(s - lo + 1, e - lo):
                tags[k] = f"I-{tag}"
        chars = text[lo:hi].replace("\t", " ")
        comment = chars if tagset == "native" else _markup(chars, 0, hi - lo,
                                                            [(s - lo, e - lo, t)
                                                             for s, e, t in inside])
        lines = [f"## bitgeul_d{doc.id}_c{lo}\t{comment}"]
        lines.extend(f"{ch}\t{tag}" for ch, tag in zip(chars, tags, strict=True))
        fh.write("\n".join(lines))
        fh.write("\n\n")
        stats.sentences += 1
        stats.spans += len(inside)


def write_bio(fh: IO[str], session: Session, ids: Sequence[int], who: str,
              filters: ExportFilters, *, tagset: str = "native",
              progress: Progress | None = None, cancel: Cancel | None = None) -> BioStats:
    if tagset not in TAGSETS:
        raise ValueError(f"unknown tag set {tagset!r} (choose from {', '.join(TAGSETS)})")
    stats = BioStats()
    total = len(ids)
    for n, doc in enumerate(iter_documents(session, ids, who, cancel=cancel), 1):
        if doc.anns:
            write_doc(fh, doc, filters, tagset, stats)
        if progress is not None and (n % 200 == 0 or n == total):
            progress(n, total)
    return stats
