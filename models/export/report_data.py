"""Gathering the report's rows from the store, a batch of documents at a time.

:class:`ReportBuilder` streams rows for the Amounts, Entities, Documents and Relations tables in
one pass over the documents (oldest first, so that the original of a wire story comes before its
copies), while it keeps the totals and entity counts for the Summary, which it gives at the end.
Memory stays flat: per document only its text and annotations, globally only the de-duplication
keys (16 bytes per amount and per document body) and the totals.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from models.domain import AMOUNT_FOR, Value
from models.export import anchor_lead, corrections, dedupe, not_spent, restated, told_again
from models.export.budget_parts import granted_part
from models.export.change_cue import change_cue
from models.export.columns import word
from models.export.doc_index import Ann, DocData, DocIndex
from models.export.gather import BATCH, ExportFilters, document_ids, iter_documents
from models.export.relation_cells import amount_cells
from models.export.rows import (
    AmountRow,
    DocHead,
    DocumentRow,
    EntityCountRow,
    EntityRow,
    RelationRow,
    Row,
)
from models.export.same_facts import SameFacts
from models.export.sentences import sentence
from models.export.summary_facts import summary_facts
from models.export.totals_book import TotalsBook
from models.importers.document import locate
from models.nlp.aligned_tables import barred_view
from models.nlp.table_money import column_head, column_heads, has_table, on_table_row
from models.progress import Cancel, Progress, report
from models.rules.numerals import format_korean_amount

# "사업비(EUR) | 원화 환산(1유로=1,500원)": a column that converts the one before it
_CONVERTED_HEAD = re.compile(r"원화|환산")


_FOREIGN_HEAD = re.compile(r"EUR|USD|JPY|CNY|달러|유로|엔\)|위안")


# "원화 환산: 약 61억원 (환율 1,355원 적용)": a field line converting the amounts above it
_CONVERTED_LINE = re.compile(r"[ \t]*(?:[-·○*]\s*)?원화\s?(?:환산|기준)?\s*(?:액|금액)?\s*[:：]")

# "1조원이 넘는 외자를 끌어왔다": foreign money told in won, after the foreign amount itself
_FOREIGN_MONEY_AFTER = re.compile(r"\s*(?:이|가)?\s*(?:넘는|넘게|가까운|규모의|어치의|상당의|대의)?\s*"
                                  r"(?:외자|외국인\s?투자(?:금|액)?|해외\s?투자(?:금|액)?)(?:을|를|이|가|은|는|의|로|도)?(?![가-힣])")


def _converted_cell(text: str, start: int, v: Value) -> bool:
    """The won amount at ``start``, after foreign money, stands on a 원화 환산 field line, or is a
    table's cell under a 원화 환산 head in a table whose money is in a foreign currency."""
    if (v.currency or "KRW") != "KRW":
        return False
    if _CONVERTED_LINE.match(text, text.rfind("\n", 0, start) + 1):
        return True
    head = column_head(text, start) if has_table(text) else None
    if head is None or _CONVERTED_HEAD.search(head) is None:
        return False
    return any(_FOREIGN_HEAD.search(h) for h in column_heads(text, start) if h != head)


# -- the builder --------------------------------------------------------------------------------

GROUPS = ("currency", "project", "proposer", "body", "region", "funding", "outlet")


@dataclass(slots=True)
class Summary:
    facts: list[tuple[str, Any]]
    totals: TotalsBook
    first_date: date | None
    last_date: date | None


def clean_name(text: str) -> str:
    return " ".join(text.split())


def number(v: float | None) -> int | float | None:
    """Integers as int (so that CSV shows 10000000000000, not 1e13)."""
    if v is None:
        return None
    return int(v) if float(v).is_integer() and abs(v) < 2**63 else v


class ReportBuilder:
    def __init__(self, session: Session, filters: ExportFilters, annotator: str,
                 language: str = "ko", *, source: str = "") -> None:
        self.session = session
        self.filters = filters
        self.who = filters.annotator or annotator
        self.lang = language
        self.source = source
        self.totals = TotalsBook(GROUPS)
        self.entity_counts: dict[tuple[str, str], list[int]] = {}  # mentions, unique, docs, last
        self.counts: Counter[str] = Counter()
        self.first_date: date | None = None
        self.last_date: date | None = None
        self._amounts = dedupe.FirstSeen()
        self._facts = SameFacts()
        self._bodies: dict[bytes, int] = {}
        self._row = {"amounts": 0, "entities": 0, "relations": 0}
        self.ids: list[int] = document_ids(session, filters, self.who)

    def rows(self, progress: Progress | None = None,
             cancel: Cancel | None = None) -> Iterator[tuple[str, Row]]:
        total = len(self.ids)
        report(progress, 0, total)
        docs = iter_documents(self.session, self.ids, self.who, cancel=cancel)
        for done, doc in enumerate(docs, 1):
            yield from self._document(doc)
            if progress is not None and (done % BATCH == 0 or done == total):
                progress(done, total)

    # One document: its amounts, entities, relations, then its own row.
    def _document(self, doc: DocData) -> Iterator[tuple[str, Row]]:
        self.counts["documents"] += 1
        if doc.anns:
            self.counts["annotated"] += 1
        if doc.date is not None:
            self.first_date = min(self.first_date or doc.date, doc.date)
            self.last_date = max(self.last_date or doc.date, doc.date)
        idx = DocIndex(doc)
        head = DocHead(doc_id=doc.id, title=doc.title, date=doc.date, outlet=doc.outlet)
        by_id = {a.id: a for a in doc.anns}
        amounts = self._amount_rows(doc, idx, head, by_id) if self.filters.keeps("MONEY") else []
        for row in amounts:
            yield "amounts", row
        for a in doc.anns:
            if a.label != "MONEY" and self.filters.keeps(a.label):
                yield "entities", self._entity_row(doc, idx, head, a)
        for _rid, h, t, label, *_rest in doc.rels:
            ha, ta = by_id.get(h), by_id.get(t)
            if ha is None or ta is None or not (self.filters.keeps(ha.label)
                                                and self.filters.keeps(ta.label)):
                continue
            self._row["relations"] += 1
            v = ha.value if ha.label == "MONEY" else None
            yield "relations", RelationRow(
                row=self._row["relations"], **head, label=label, head_label=ha.label,
                head_text=idx.text_of(ha), tail_label=ta.label, tail_text=idx.text_of(ta),
                value=number(v.value if v else None), currency=v.currency if v else None,
                sentence=idx.sentence(ha.start, ha.end), annotator=ha.annotator)
        same = self._bodies.setdefault(dedupe.body_key(doc.text), doc.id)
        counted = [r for r in amounts if r.counted]
        krw = sum((r.counted_value or 0) for r in counted if r.currency == "KRW")
        yield "documents", DocumentRow(
            **head, author=doc.author, url=doc.url, status=word(doc.status, self.lang),
            annotations=len(doc.anns), amounts=len(amounts), counted=len(counted),
            duplicates=sum(1 for r in amounts if r.duplicate_of is not None),
            total_krw=number(krw) if counted else None, repeats=len(doc.repeats),
            same_body_as=same if same != doc.id else None, length=len(doc.text),
            source_file=doc.source_file)

    def _place(self, doc: DocData, offset: int) -> str | None:
        """"보고서.pdf 12쪽": where in its source file the amount was found."""
        if not doc.places:
            return None
        found = locate(doc.places, offset)
        if found is None:
            return None
        name = str(doc.places.get("file") or "")
        return (word(found[0], self.lang) % (name, found[1])).strip()

    def _amount_rows(self, doc: DocData, idx: DocIndex, head: DocHead,
                     by_id: dict[int, Ann]) -> list[AmountRow]:
        # tables lined up with spaces written with bars, for the readers of tables (same offsets)
        text = barred_view(doc.text)
        money = idx.by_label.get("MONEY", [])
        if not money:
            return []
        projects: dict[int, list[Ann]] = {}
        for _rid, h, t, label, *_rest in doc.rels:
            if label != AMOUNT_FOR:
                continue
            ha, ta = by_id.get(h), by_id.get(t)
            if ha is None or ta is None:
                continue
            if ha.label == "MONEY" and ta.label != "MONEY":
                projects.setdefault(ha.id, []).append(ta)
            elif ta.label == "MONEY" and ha.label != "MONEY":  # drawn the wrong way round
                projects.setdefault(ta.id, []).append(ha)
        cells = amount_cells(doc, idx, self.lang)
        row_of: dict[int, int] = {}  # annotation id → row number
        rows: list[AmountRow] = []
        info: list[tuple[Ann, str, list[str], str]] = []  # ann, kind, project names, role
        prev: Ann | None = None
        prev_rate: str | None = None  # the rate the amount before is, if it is one
        para_keys: dict[tuple[int, int], str] = {}
        where = [(m.start, m.value) for m in money]
        head_end = told_again.headline_end(text, doc.title)
        twins = told_again.headline_twins(head_end, where)
        # "종합체육관 사업비 또 늘어…180억→271억": the body's figure the headline calls before
        head_before = {j for i, j in twins.items()
                       if change_cue(text, money[i].start, money[i].end) == "before"}
        captions = told_again.caption_twins(text, idx.paras.spans, where)
        retold = anchor_lead.retold_twins(text, where)  # [2보] giving [1보]'s figure, [기자] [앵커]'s
        corrected = told_again.caption_twins(text, idx.paras.spans, where, corrections.CORRECTION)
        foreign = False  # a foreign amount stood before: the won after it may convert it
        foreign_row = 0  # the row of the last foreign amount
        glosses: set[int] = set()  # rows that are the won gloss of a foreign amount
        set_right = corrections.correction_wrong(text, idx.paras.spans, where, corrected,
                                                 [m.end for m in money])
        set_right |= {twins[j] for j in set_right if j in twins}  # the headline's wrong figure, in the body
        head_right = corrections.headline_set_right(text, where, [m.end for m in money], corrected, twins)
        for i, m in enumerate(money):
            self._row["amounts"] += 1
            row_no = self._row["amounts"]
            v = m.value
            surface = text[m.start:m.end]
            kind = dedupe.amount_kind(v, surface, text[m.end:m.end + 8])
            linked = projects.get(m.id, [])
            cell = cells[m.id]
            if not linked and cell.project in by_id:  # from its paragraph's first occurrence
                linked = [by_id[cell.project]]
            names = sorted({clean_name(idx.text_of(p)) for p in linked})
            row_of[m.id] = row_no
            at = idx.repeat_source(m.start)  # a repeat's amount is keyed where it first stood
            at = at if at is not None and text.startswith(text[m.start:m.end], at) else m.start
            para = idx.paras.at(at)
            key = (dedupe.amount_key(text, para, at, at + m.end - m.start, cache=para_keys,
                                     doc=doc.id) if para else None)
            first = self._amounts.check(key, row_no, doc.id)
            note, dup_of, counted = "", None, True
            this_rate: str | None = None
            if first is not None:
                dup_of, counted = first[0], False
                note = (word("dup_same", self.lang) % first[0] if first[1] == doc.id else
                        word("dup_other", self.lang) % (first[1], first[0]))
            elif i in twins:  # the headline's amount, given again in the body
                counted, note = False, word("headline", self.lang) % (row_no + twins[i] - i)
            elif i in head_before:
                counted, note = False, word("before", self.lang)
            elif i in retold:  # a later dispatch of a wire story, an earlier one's figure
                counted, note = False, word("again", self.lang) % (row_no + retold[i] - i)
            elif i in captions:  # a photo's caption, the body telling the same figure
                counted, note = False, word("caption", self.lang) % (row_no + captions[i] - i)
            elif i in corrected:  # the right figure of a correction notice, the body's own
                counted, note = False, word("again", self.lang) % (row_no + corrected[i] - i)
            elif i in head_right:  # the headline's figure as a correction notice sets it right
                counted, note = False, word("again", self.lang) % (row_no + head_right[i] - i)
            elif i in set_right:  # the figure a correction notice sets right
                counted, note = False, word("before", self.lang)
            elif prev is not None and v is not None and (dedupe.is_krw_gloss(
                    text, prev.end, prev.value.currency if prev.value else None, m.start,
                    v.currency) or foreign and _converted_cell(text, m.start, v)):
                counted, note = False, word("gloss", self.lang) % (row_no - 1)
                glosses.add(i)
            elif foreign and v is not None and (v.currency or "KRW") == "KRW" and \
                    _FOREIGN_MONEY_AFTER.match(text, m.end):
                counted, note = False, word("gloss", self.lang) % foreign_row
                glosses.add(i)
            elif not_spent.threshold_cue(text, m.start, m.end):
                counted, note = False, word("threshold", self.lang)  # 월 300만원 이하인 가구
            elif (earned := not_spent.earned_cue(text, m.start, m.end)) is not None and not (
                    earned == "debt" and v is not None and v.value is not None and any(
                        e.value is not None and e.value.value == v.value
                        for e in money[:i])):  # 채무 40억원 갚는다 … 채무는
                # 40억원이었다: the debt repaid, said again (told_again.said_again)
                counted, note = False, word(earned, self.lang)  # 매수 주문, 영업이익, 세수
                del row_of[m.id]  # no money spent: what it holds is no share of spending
            elif (rate := dedupe.rate_cue(text, m.start, m.end) or (
                    prev_rate if prev is not None and prev_rate is not None and
                    dedupe.next_of_rates(text, prev.end, m.start) else None)) is not None:
                counted, note, this_rate = False, word("rate", self.lang) % rate, rate  # 1인당 N원씩
            elif (change := change_cue(text, m.start, m.end)) is not None:
                counted, note = False, word(change, self.lang)  # 80억원 삭감, 당초 120억원에서
            currency = (v.currency if v else None) or "KRW"
            # What the totals add (a share of another amount is taken out below, once every
            # row is known).
            summed = (number(v.value) if counted and kind != dedupe.VAGUE and v is not None
                      and v.value is not None else None)
            rows.append(AmountRow(
                row=row_no, **head, url=doc.url, project="; ".join(names) or None,
                proposer=cell.proposer, body=cell.body, post=cell.post, region=cell.region,
                funding=cell.funding, sentence=idx.sentence(m.start, m.end),
                place=self._place(doc, m.start),
                text=surface, value=number(v.value if v else None),
                low=number(v.low if v else None), high=number(v.high if v else None),
                currency=currency, korean=dedupe.korean_amount(v, kind, currency, self.lang),
                kind=word(kind, self.lang), approx=bool(v and v.approx),
                markers=" ".join(v.markers) if v and v.markers else None, counted=counted,
                counted_value=summed, duplicate_of=dup_of, note=note or None,
                status=word(m.status, self.lang), annotator=m.annotator, start=m.start,
                end=m.end))
            info.append((m, kind, names, dedupe.amount_role(text, m.start)))
            prev, prev_rate = m, this_rate
            if v is not None and (v.currency or "KRW") != "KRW":
                foreign, foreign_row = True, row_no
        clawback = word("clawback", self.lang)
        # "… 보조금 4,830만원을 지급하였다. … 4,830만원 환수": the last claw-back of each figure
        clawed = {(r.currency, r.value): j for j, r in enumerate(rows) if r.note == clawback}
        for i, row in enumerate(rows):
            if row.counted and clawed.get((row.currency, row.value), -1) > i:
                rows[i] = replace(row, counted=False, counted_value=None, note=clawback)
        for i, (row, inf) in enumerate(zip(rows, info, strict=True)):
            # a share of a whole listed above or below it (국비 N원을 포함한 사업비 M원); not
            # of an amount that is no spending (earned_cue's, taken out of row_of)
            cell = cells[inf[0].id]
            whole_row = row_of.get(cell.whole or -1)
            if row.counted and whole_row is not None and whole_row != row.row and not granted_part(
                    text, row.end, rows[i - row.row + whole_row].note == word("before", self.lang)):
                rows[i] = replace(row, counted=False, counted_value=None, note=word(
                    "part_of", self.lang) % {"row": whole_row,
                                             "src": cell.funding or word("no_source", self.lang)})
        before = word("before", self.lang)  # a plan given up holds the shares before it
        for i, total_row in restated.shares_in_totals([
                (r.counted, r.row, r.currency, r.sentence, inf[2], inf[3], r.counted_value)
                for r, inf in zip(rows, info, strict=True)],
                {r.row for r in rows if r.note == before}).items():
            rows[i] = replace(rows[i], counted=False, counted_value=None,
                              note=word("share", self.lang) % total_row)
        held = restated.restated(text, [
            (r.start, r.end, r.counted_value, r.currency, tuple(inf[2]), inf[3],
             inf[0].value.value if inf[0].value else None)
            for r, inf in zip(rows, info, strict=True)], head_end)
        for i, (what, arg) in held.out.items():
            rows[i] = replace(rows[i], counted=False, counted_value=None,
                              note=self._note(what, arg, rows, i))
        # "1억 달러, 우리 돈 약 1,300억 원 … "1,300억 원 규모의 투자"": the won gloss told again
        # (in a quote, as 이 N원) is the foreign money again, not won spent besides it
        for i, j in told_again.said_again(text, [
                (r.start, r.end, inf[0].value.value if inf[0].value and (
                    k in glosses or r.counted and k not in held.out) else None, r.currency,
                 tuple(inf[2])) for k, (r, inf) in enumerate(zip(rows, info, strict=True))]
                ).items():
            if j in glosses and rows[i].counted and i not in held.adjusted:
                rows[i] = replace(rows[i], counted=False, counted_value=None,
                                  note=word("again", self.lang) % rows[j].row)
        for i, (new, what, arg) in held.adjusted.items():  # 각각 50억원, 200억원 중 80억원 삭감
            rows[i] = replace(rows[i], counted_value=number(new),
                              note=self._note(what, arg, rows, i))
        # "…에 3260억 투자" over the body's parts; "… 565억원에 이르는 재원" after its parts
        sums = told_again.headline_sums(head_end, [
            (r.start, r.counted_value if r.counted else None, r.currency) for r in rows],
            frozenset(k for k, inf in enumerate(info) if inf[0].value and inf[0].value.approx))
        sums.update(told_again.running_sums(text, [
            (r.start, r.end, r.counted_value if r.counted and i not in sums else None, r.currency,
             tuple(inf[2])) for i, (r, inf) in enumerate(zip(rows, info, strict=True))]))
        for i, parts in sums.items():
            held.adjusted.pop(i, None)
            rows[i] = replace(rows[i], counted=False, counted_value=None,
                              note=self._note("sum_of", parts, rows, i) if len(parts) > 1
                              else self._note("again", parts[0], rows, i))
        for t, parts in corrections.notice_sums(text, idx.paras.spans, [
                (r.start, r.counted_value if r.counted else None, r.value, r.currency) for r in rows],
                set_right).items():  # a notice's right total and its parts, body's and notice's
            for k in parts:
                held.adjusted.pop(k, None)
                rows[k] = replace(rows[k], counted=False, counted_value=None,
                                  note=self._note("part", (t, "정정"), rows, k))
        self._by_hand(rows, info, held.adjusted)
        for i, (row, inf) in enumerate(zip(rows, info, strict=True)):
            cell = cells[inf[0].id]
            if row.counted and inf[1] == dedupe.EXACT and row.counted_value is not None and \
                    (inf[0].value is None or inf[0].value.counted is None) and \
                    not on_table_row(text, row.start) and \
                    (same := self._facts.check(inf[2], row.currency, row.counted_value, doc.id,
                                               doc.date, row.row,
                                               cell.body_key, text,
                                               sentence(text, row.start, row.end))) is not None:
                rows[i] = replace(row, counted=False, counted_value=None,
                                  note=word("same_fact", self.lang) % same)  # another outlet's
        for i, (row, (m, kind, names, _role)) in enumerate(zip(rows, info, strict=True)):
            counted = row.counted
            self.counts["amounts"] += 1
            self.counts["counted" if counted else "not_counted"] += 1
            if row.duplicate_of is not None:
                self.counts["duplicates"] += 1
            value = (dedupe.with_value(m.value, held.adjusted[i][0]) if i in held.adjusted
                     else m.value)
            self.counts["adjusted"] += counted and i in held.adjusted
            add = self.totals.add
            add("currency", row.currency, value, kind, counted)
            for name in names or [word("no_project", self.lang)]:
                add("project", name, value, kind, counted)
            cell = cells[m.id]
            unknown = word("unknown", self.lang)
            add("proposer", cell.proposer_key or unknown, value, kind, counted)
            add("body", cell.body_key or unknown, value, kind, counted)
            add("region", cell.region_key or unknown, value, kind, counted)
            if cell.funding and row.duplicate_of is None:
                # A project's total split by source: each share once (they are not in the
                # other totals, which hold their whole).
                for name in names or [word("no_project", self.lang)]:
                    add("funding", f"{name} · {cell.funding}", value, kind, True)
            add("outlet", doc.outlet or word("no_outlet", self.lang), value, kind, counted)
        return rows

    def _by_hand(self, rows: list[AmountRow], info: list[tuple[Ann, str, list[str], str]],
                 adjusted: dict[int, Any]) -> None:
        """The researcher's word on an amount (Value.counted) over the report's rules; the
        rules' own note stays beside it."""
        for i, (row, (m, kind, _names, _role)) in enumerate(zip(rows, info, strict=True)):
            said = m.value.counted if m.value else None
            if said is None:
                continue
            adjusted.pop(i, None)
            value = m.value.value if said and kind != dedupe.VAGUE and m.value else None
            note = word("by_hand_in" if said else "by_hand_out", self.lang)
            rows[i] = replace(row, counted=said, counted_value=number(value),
                              note=f"{note} ({row.note})" if row.note else note)

    def _note(self, what: str, arg: Any, rows: list[AmountRow], i: int) -> str:
        """The 비고 of amount ``i`` that another one holds (restated.restated's reasons)."""
        if what in ("table_twin", "again", "revised", "cut_rest", "cut_all"):
            arg = rows[arg].row
        elif what in ("sum_of", "change_part"):
            arg = restated.row_list([rows[j].row for j in arg])
        elif what in ("tranche", "part"):
            arg = (rows[arg[0]].row, arg[1])
        elif what == "cut":
            arg = format_korean_amount(arg, rows[i].currency)
        return word(what, self.lang) % arg

    def _entity_row(self, doc: DocData, idx: DocIndex, head: DocHead, a: Ann
                    ) -> EntityRow:
        self._row["entities"] += 1
        text = idx.text_of(a)
        in_repeat = idx.in_repeat(a.start)
        key = (a.label, clean_name(text))
        c = self.entity_counts.get(key)
        if c is None:
            c = self.entity_counts[key] = [0, 0, 0, 0]
        c[0] += 1
        c[1] += 0 if in_repeat else 1
        if c[3] != doc.id:
            c[2] += 1
            c[3] = doc.id
        v = a.value
        shown = v.date if v and v.date else None
        if v and v.value is not None and a.label != "DATE":
            shown = f"{number(v.value)}{' ' + v.unit if v.unit else ''}"
        return EntityRow(
            row=self._row["entities"], **head, label=a.label, text=text, value=shown,
            number=number(v.value) if v and v.value is not None else None,
            unit=v.unit if v else None, sentence=idx.sentence(a.start, a.end),
            in_repeat=in_repeat, status=word(a.status, self.lang), annotator=a.annotator,
            start=a.start, end=a.end)

    # -- after the rows ---------------------------------------------------------------------------

    def entity_count_rows(self) -> list[EntityCountRow]:
        items = sorted(self.entity_counts.items(), key=lambda kv: (kv[0][0], -kv[1][0], kv[0][1]))
        return [EntityCountRow(label=label, text=text, mentions=c[0], unique_mentions=c[1],
                               documents=c[2]) for (label, text), c in items]

    def summary(self, exported_at: datetime) -> Summary:
        facts = summary_facts(self.counts, self.lang, exported_at=exported_at, source=self.source,
                              who=self.who, filters=self.filters.describe(self.lang),
                              first=self.first_date, last=self.last_date)
        return Summary(facts, self.totals, self.first_date, self.last_date)
