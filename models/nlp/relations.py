"""Relations between the spans of one text, suggested from Korean sentence structure.

Given the spans and the AMOUNT_FOR links of ``models.engine``, and nothing else (no Kiwi), this
adds in one pass per sentence (see ``models.domain``):

* ``SAME_AS`` from a short mention to its full one: a bare surname with a title (황 보좌관 →
  황철호, who was named earlier with the same surname);
* ``MEMBER_OF`` from a person to the body named between the name and the title
  ("황철호 광주시 정책보좌관": → 광주시, post 정책보좌관; "한정우 충북지사": → 충북, post 지사);
* ``PROPOSED_BY`` from a project to who proposes, requests, pledges, announces or budgets it:
  the subject (a name with 은/는/이/가, outside quotes) before it in its sentence; for a project
  inside a quote, the speaker ("…"고 말했다 after a subject, or "…" OOO의 말이다); a subject
  carried into the next sentences (그는, 시는, 유 시장은); "X에 따르면" is a source, not a
  subject. An amount whose own clause has another subject (정 의원은 3000억원을, 조 의원은
  5000억원을) gets its own PROPOSED_BY from the MONEY span;
* ``LOCATED_IN`` from a project to its place: one named in its own words (오송 바이오 국가산단 →
  오송), else in its sentence, else the proposer's body when that is a place (광주시, 부산시장);
* ``PART_OF`` from a share to its whole amount ("총사업비 1조원 가운데 국비 7700억원", "도비
  450억원 등 총 1200억원"), with the funding source as the attribute ``funding``;
* ``AMOUNT_FOR`` for an amount with no project in its sentence: the project the text refers
  back to ("이 가운데 국비 1800억원", "박 지사는 이 사업에 …"), or its whole's project.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from models.domain import (
    AMOUNT_FOR,
    LOCATED_IN,
    PART_OF,
    PROPOSED_BY,
    SAME_AS,
    Relation,
    Span,
)
from models.nlp.aligned_tables import barred_view
from models.nlp.gazetteer import builtin_gazetteer
from models.nlp.places import chain_place, first_of_pair, in_dateline, site_of
from models.nlp.project_refs import each_amount, referred_project
from models.nlp.projects import TOTAL_BEFORE
from models.nlp.relation_mentions import _Mention, _Mentions
from models.nlp.relation_words import (
    ANAPHOR,
    AND,
    BARE_BODIES,
    BUDGET_OF,
    CRITIC_AFTER,
    PLACE_SUFFIX,
    REQUEST_OF,
    SENT_END,
    SEVERAL,
    SUBJECT,
    UNNAMED_BODIES,
    VERBAL_TOPIC,
    WORD,
    quotes,
)
from models.nlp.release_fields import field_roles
from models.nlp.share_places import share_places
from models.nlp.shares import part_of
from models.nlp.table_money import on_table_row


@dataclass(slots=True)
class _Subject:
    pos: int
    idx: int  # the span it stands for (already resolved through SAME_AS and anaphora)
    sentence: int
    how: float  # confidence


def find_relations(text: str, spans: Sequence[Span], links: Sequence[Relation]) -> list[Relation]:
    """The relations of ``text`` beyond the finder's AMOUNT_FOR ``links`` (which may add more
    AMOUNT_FOR for amounts they leave without a project)."""
    labels = {s.label for s in spans}
    if "MONEY" in labels or "PROJECT" in labels:
        return _Relations(text, spans, links).run(amounts=True)
    if "PERSON" in labels:
        return _Relations(text, spans, links).run(amounts=False)
    return []


def entity_ids(spans: Sequence[Span], relations: Sequence[Relation]) -> list[int | None]:
    """An id per span, shared by mentions of one entity: SAME_AS links and, for names of two
    characters or more, the same text with the same label. None for non-entity spans."""
    parent = list(range(len(spans)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first: dict[tuple[str, str], int] = {}
    for i, s in enumerate(spans):
        if s.label in ("PERSON", "ORG", "LOCATION") and len(s.text) >= 2:
            join(i, first.setdefault((s.label, s.text), i))
    for r in relations:
        if r.label == SAME_AS and 0 <= r.head < len(spans) and 0 <= r.tail < len(spans):
            join(r.head, r.tail)
    return [root(i) if s.label in ("PERSON", "ORG", "LOCATION") else None
            for i, s in enumerate(spans)]


class _Relations(_Mentions):
    def __init__(self, text: str, spans: Sequence[Span], links: Sequence[Relation]) -> None:
        self.text = text
        # the text with tables lined up with spaces written with bars (same offsets), for the
        # table readers: made once here, not at each amount that asks
        self.table_text = barred_view(text)
        self.spans = spans
        self.links = links
        self.out: list[Relation] = []
        self.same: dict[int, int] = {}  # short mention → full mention
        # sentence → (end of "A와 B는", [A, B]): "각각" then gives each its own amount
        self.pairs: dict[int, tuple[int, list[int]]] = {}
        # sentence → where its subject is a body we cannot name ("시는", no city before it)
        self.unnamed_subject: dict[int, int] = {}
        self.fields: dict[int, tuple[int | None, int | None]] = {}  # release_fields.field_roles

    # -- geometry -------------------------------------------------------------------------

    def _sentences(self) -> None:
        """Sentences, paragraphs and quotes: only the passes on amounts and projects ask."""
        self.sent_starts = [0]
        self.para_of_sent = [0]
        para = 0
        for m in SENT_END.finditer(self.text):
            if "\n" in m.group():
                para += 1
            if m.end() < len(self.text):
                self.sent_starts.append(m.end())
                self.para_of_sent.append(para)
        self.quotes = quotes(self.text)
        # bodies whose budget something is put in ("정부 예산안에"), found once per text
        self.budget_holders = [k for k, s in enumerate(self.spans)
                               if s.label == "ORG" and BUDGET_OF.match(self.text, s.end)]

    def sent(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos) - 1

    def sent_bounds(self, sid: int) -> tuple[int, int]:
        end = self.sent_starts[sid + 1] if sid + 1 < len(self.sent_starts) else len(self.text)
        return self.sent_starts[sid], end

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] <= pos < q[1]:
                return q
        return None

    def canon(self, idx: int) -> int:
        return self.same.get(idx, idx)

    # -- passes ---------------------------------------------------------------------------

    def run(self, amounts: bool) -> list[Relation]:
        """``amounts``: the spans hold a MONEY or a PROJECT. Without one only the persons'
        MEMBER_OF and SAME_AS are found (the other passes relate amounts and projects)."""
        mentions = self._mentions(bodies=amounts)
        self._same_as(mentions)
        if not amounts:
            return self.out
        self._sentences()
        subjects = self._subjects(mentions)
        self.subjects = subjects
        self.by_idx = {m.idx: m for m in mentions}
        projects_of = self._amount_projects()
        part_of(self, projects_of)
        self.fields = field_roles(self.text, self.spans)  # a release's 주관 and 위치 lines
        self._proposers(projects_of)
        self._regions(projects_of)
        return self.out

    def _same_as(self, mentions: Sequence[_Mention]) -> None:
        """황 보좌관 → 황철호: the nearest earlier full name with that surname; 해수부 →
        해양수산부: a body's short name → its full name elsewhere in the text."""
        spans = self.spans
        self._short_names()
        short = [m for m in mentions if spans[m.idx].label == "PERSON"
                 and len(spans[m.idx].text) <= 2 and m.post is not None]
        if not short:  # (most texts: no surname with a title)
            return
        full = [m for m in mentions if spans[m.idx].label == "PERSON" and len(spans[m.idx].text) >= 2]
        for m in short:
            s = spans[m.idx]
            cands = [f for f in full if f.start < s.start and f.idx != m.idx
                     and spans[f.idx].text.startswith(s.text)
                     and len(spans[f.idx].text) > len(s.text)]
            if not cands:
                continue
            best = max(cands, key=lambda f: (f.post == m.post, f.start))
            self.same[m.idx] = best.idx
            self.out.append(Relation(m.idx, best.idx, SAME_AS, 0.9 if best.post == m.post
                                     else 0.75))

    def _short_names(self) -> None:
        orgs = [(i, s.text) for i, s in enumerate(self.spans) if s.label == "ORG"]
        if not orgs:
            return
        gaz = builtin_gazetteer()
        full: dict[str, int] = {}
        for i, name in orgs:
            full.setdefault(name, i)
        for i, name in orgs:
            e = gaz.lookup(name)
            if e is not None and e.canonical != name and e.canonical in full:
                self.same[i] = full[e.canonical]
                self.out.append(Relation(i, full[e.canonical], SAME_AS, 0.85))

    def _subjects(self, mentions: Sequence[_Mention]) -> list[_Subject]:
        text, spans = self.text, self.spans
        out: list[_Subject] = []
        pending_and: _Subject | None = None  # "광주시와 전남도는": the first one leads
        and_heads: list[tuple[int, int]] = []  # (position, span) of each "A와 B"'s A
        for m in mentions:
            if self.quote_at(m.start) is not None:
                continue
            if spans[m.idx].label == "LOCATION" and not m.josa:
                continue
            if m.josa in AND and self.spans[m.idx].label != "PERSON":
                and_heads.append((m.start, self.canon(m.idx)))  # for "두 시도는" later
            if text.startswith("에 따르면", m.phrase_end):
                continue
            sid = self.sent(m.start)
            subj = _Subject(m.start, self.canon(m.idx), sid, 0.85)
            if m.josa in AND:
                if pending_and is None or pending_and.sentence != sid:
                    pending_and = subj
                continue
            if m.josa == "의" and REQUEST_OF.match(text, m.phrase_end):
                # "…해 달라는 여수시의 건의가 받아들여졌다": whose request it is
                out.append(_Subject(m.start, self.canon(m.idx), sid, 0.75))
            if m.josa in SUBJECT:
                if pending_and is not None and pending_and.sentence == sid:
                    out.append(pending_and)
                    self.pairs[sid] = (m.phrase_end, [pending_and.idx, subj.idx])
                else:
                    out.append(subj)
            pending_and = None
        starts = {s.start for s in spans}  # (정부 is often a span of its own)
        for a in ANAPHOR.finditer(text):
            if self.quote_at(a.start()) is not None:
                continue
            word = a.group(1)
            pair = [h for h in and_heads if h[0] < a.start()
                    and self.sent(a.start()) - self.sent(h[0]) <= 2]
            if word.startswith(("두 ", "양")) and pair:
                # "대구시와 경북도에 따르면 두 시도는": both, led by the first
                out.append(_Subject(a.start(), pair[-1][1], self.sent(a.start()), 0.7))
                continue
            prev = [s for s in out if s.pos < a.start() and self._fits(word, s.idx)]
            if prev:
                ante = max(prev, key=lambda s: s.pos)
                out.append(_Subject(a.start(), ante.idx, self.sent(a.start()), 0.7))
            elif word in UNNAMED_BODIES and a.start() not in starts:
                # "시는 …" with no city named before: a body acts that has no span; the
                # person of an earlier sentence is not carried over to it (see _proposer)
                self.unnamed_subject.setdefault(self.sent(a.start()), a.start())
        out.sort(key=lambda s: s.pos)
        return out

    def _fits(self, word: str, idx: int) -> bool:
        s = self.spans[idx]
        if word in ("그", "그녀") or " " in word and not word.startswith(("두 ", "양 ")) \
                and not word.endswith("기관"):
            return s.label == "PERSON"  # 그는, 이 장관은
        if s.label == "PERSON":
            return False
        if word in ("시", "도", "군", "구", "공사", "공단"):
            return s.text.endswith(word)
        return True

    def _amount_projects(self) -> dict[int, int]:
        """MONEY index → PROJECT index, adding AMOUNT_FOR where the text refers back."""
        spans = self.spans
        out = {r.head: r.tail for r in self.links if r.label == AMOUNT_FOR}
        for m, p in list(out.items()):
            q = referred_project(spans, p, self.sent)  # "단지 조성에" → the 단지 named before
            if q is not None:
                out[m] = q
                self.out.append(Relation(m, q, AMOUNT_FOR, 0.85))
        projects = [i for i, s in enumerate(spans) if s.label == "PROJECT"]
        for i, s in enumerate(spans):
            if s.label != "MONEY" or i in out:
                continue
            sid = self.sent(s.start)
            para = self.para_of_sent[sid]
            prev = [p for p in projects if spans[p].end <= s.start
                    and sid - self.sent(spans[p].start) <= 2
                    and self.para_of_sent[self.sent(spans[p].start)] == para]
            lo, _ = self.sent_bounds(sid)
            if prev and not SEVERAL.search(self.text, lo, s.start) and \
                    TOTAL_BEFORE.search(self.text, max(0, s.start - 12), s.start) is None:
                out[i] = prev[-1]
                self.out.append(Relation(i, prev[-1], AMOUNT_FOR, 0.5))
        return out

    # -- who and where --------------------------------------------------------------------

    def _proposer(self, pos: int) -> tuple[int, float] | None:
        sid = self.sent(pos)
        subs = self.subjects
        q = self.quote_at(pos)
        if q is not None:
            if CRITIC_AFTER.match(self.text, q[1] - 1):
                return None  # a critic's words name the project, not its proposer
            before = [s for s in subs if s.sentence == sid and s.pos < q[0]]
            if before:
                return before[-1].idx, 0.8
            after = [s for s in subs if s.sentence == self.sent(q[1] - 1) and s.pos >= q[1]]
            if after:
                return after[0].idx, 0.8
            nxt = self.sent(q[1] - 1) + 1
            said = self._says(nxt)
            if said is not None:
                return said, 0.8
            later = [s for s in subs if s.sentence == nxt]
            if later:
                return later[0].idx, 0.6
        before = [s for s in subs if s.sentence == sid and s.pos < pos]
        if before:
            return before[-1].idx, before[-1].how
        para = self.para_of_sent[sid]
        if on_table_row(self.table_text, pos):  # a table's row: who set the table out above
            above = [s for s in subs if s.pos < pos and sid - 12 <= s.sentence]
            return (above[-1].idx, 0.6) if above else None
        if self.unnamed_subject.get(sid, pos) < pos:
            return None  # "시는 …": the city acts, not the person of the sentence before
        carried = [s for s in subs if sid - 3 <= s.sentence < sid
                   and self.para_of_sent[s.sentence] == para]
        if carried:
            last = max(s.sentence for s in carried)
            return next(s for s in carried if s.sentence == last).idx, 0.7
        lo, _ = self.sent_bounds(sid)
        budget = [k for k in self.budget_holders  # "정부 예산안에 X 예산 N원이 편성됐다"
                  if lo <= self.spans[k].start and self.spans[k].end <= pos]
        if budget:
            return self.canon(budget[-1]), 0.7  # the nearest before the project
        if self._has_topic(sid, pos):
            return None  # "정부는 …", "사업은 …": a subject we cannot name
        later = [s for s in subs if s.sentence in (sid, sid + 1) and s.pos > pos
                 and self.para_of_sent[s.sentence] == para]
        if later:
            return later[0].idx, 0.6
        return None

    def _says(self, sid: int) -> int | None:
        """"… 박상훈 경북지사의 말이다": the person whose words the sentence says they were."""
        if sid >= len(self.sent_starts):
            return None
        lo, hi = self.sent_bounds(sid)
        at = self.text.find("의 말이다", lo, hi)
        if at < 0:
            return None
        for m in self.by_idx.values():
            if lo <= m.start < at and self.spans[m.idx].label == "PERSON" and \
                    m.phrase_end == at and m.josa == "의":
                return self.canon(m.idx)
        return None

    def _has_topic(self, sid: int, pos: int) -> bool:
        lo, _ = self.sent_bounds(sid)
        for w in WORD.finditer(self.text, lo, pos):
            word = w.group()
            if word.endswith(("은", "는")) and len(word) >= 2 and \
                    not VERBAL_TOPIC.search(word) and self.quote_at(w.start()) is None:
                return True
        return False

    def _proposers(self, projects_of: dict[int, int]) -> None:
        spans = self.spans
        done: dict[int, int | None] = {}
        for p, s in enumerate(spans):
            if s.label != "PROJECT":
                continue
            named = self.fields.get(p, (None, None))[0]
            who = (self.canon(named), 0.8) if named is not None else self._proposer(s.start)
            done[p] = who[0] if who else None
            if who is not None:
                self.out.append(Relation(p, who[0], PROPOSED_BY, who[1]))
        each = each_amount(self.text, spans, self.pairs, self.sent)
        for m, who_idx in each.items():
            self.out.append(Relation(m, who_idx, PROPOSED_BY, 0.85))
        for m, p in projects_of.items():
            if m in each:
                continue
            who = self._proposer(spans[m].start)
            if who is not None and who[0] != done.get(p):
                self.out.append(Relation(m, who[0], PROPOSED_BY, who[1]))
        for m, s in enumerate(spans):
            # an amount with no project still has whoever budgets it
            if s.label == "MONEY" and m not in projects_of and m not in each:
                who = self._proposer(s.start)
                if who is not None:
                    self.out.append(Relation(m, who[0], PROPOSED_BY, who[1]))
        self.proposer_of = done

    def _regions(self, projects_of: dict[int, int]) -> None:
        spans = self.spans
        projects = [i for i, s in enumerate(spans) if s.label == "PROJECT"]
        in_person = {m.body for m in self.by_idx.values() if m.body is not None}
        # 가운데 전남에 N원, 경북에 M원: each share's own place, none of them the project's
        given = share_places(self.text, spans, {r.head for r in self.out if r.label == PART_OF})
        for m, place in given.items():
            self.out.append(Relation(m, place, LOCATED_IN, 0.8, chain_place(spans[place].text)))
        given_to = set(given.values())
        # (the places once, not every span for every project: a report's table may hold
        # thousands of each)
        places = [(i, s) for i, s in enumerate(spans) if s.label == "LOCATION"]
        subject_at = {s.pos for s in self.subjects}
        for p in projects:
            ps = spans[p]
            where = self.fields.get(p, (None, None))[1]
            if where is not None:
                self.out.append(Relation(p, where, LOCATED_IN, 0.85, chain_place(spans[where].text)))
                continue
            inside = [i for i, s in places if ps.start <= s.start and s.end <= ps.end]
            if inside:
                site = site_of(self.text, spans, inside)
                self.out.append(Relation(p, site, LOCATED_IN, 0.9, chain_place(spans[site].text)))
                continue
            lo, hi = self.sent_bounds(self.sent(ps.start))
            near = [i for i, s in places if lo <= s.start < hi
                    and i not in in_person and i not in given_to
                    and s.start not in subject_at
                    and s.end + 1 not in subject_at  # 전남 in "전남 고흥군은": the subject's 도
                    and not in_dateline(self.text, s.start)
                    and not any(spans[q].start <= s.start < spans[q].end for q in projects)]
            if near:
                best = first_of_pair(self.text, spans,
                                     min(near, key=lambda i: abs(spans[i].start - ps.start)), near)
                self.out.append(Relation(p, best, LOCATED_IN, 0.7, chain_place(spans[best].text)))
                continue
            body = self._place_of(self.proposer_of.get(p))
            if body is None:
                body = next((self._place_of(r.tail) for r in self.out
                             if r.label == PROPOSED_BY and projects_of.get(r.head) == p), None)
            if body is not None:
                self.out.append(Relation(p, body, LOCATED_IN, 0.6))

    def _place_of(self, who: int | None) -> int | None:
        """The place a proposer stands for: itself if a place-named body, else its body."""
        if who is None:
            return None
        s = self.spans[who]
        if s.label == "PERSON":
            m = self.by_idx.get(who)
            return self._place_of(m.body) if m is not None and m.body is not None else None
        if s.text in BARE_BODIES:
            # "군은 …": the county named before (영암군은 … 군은), never the bare word, which
            # tells no reader which one
            named = next((k for k in range(who - 1, -1, -1)
                          if self.spans[k].label in ("ORG", "LOCATION")
                          and len(self.spans[k].text) > 1
                          and self.spans[k].text.endswith(s.text)), None)
            return self._place_of(named) if named is not None else None
        if s.label == "LOCATION" or s.text.endswith(PLACE_SUFFIX):
            return who
        return None
