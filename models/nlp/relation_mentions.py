"""The mentions that ``models.nlp.relations`` relates: each person's name with the title and
the body after it in its noun phrase ("황철호 광주시 정책보좌관": MEMBER_OF 광주시, post 정책보좌관;
"같은 당 임소연 의원", "의원(더불어민주당·광주 북구갑)은"), and the bodies (ORG, LOCATION) that
may be subjects, each with the particle that ends its phrase.

Apart from relations.py to keep it short: ``_Mentions`` is a mixin of its ``_Relations``, so
these are the same methods on the same object, reading its text and spans and adding to its
relations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.domain import MEMBER_OF, Relation, Span
from models.nlp.relation_words import (
    BARE_BODIES,
    FORMER,
    HANGUL_TAIL,
    JOSA,
    SPOKESMAN,
    TITLE_BODY,
    TITLE_RE,
    WORD,
    is_party,
    josa_tail,
    paren_after,
)


@dataclass(slots=True)
class _Mention:
    """A PERSON/ORG/LOCATION span with the words that follow it in its noun phrase."""

    idx: int
    start: int
    phrase_end: int  # after the title words, before the particle
    josa: str  # the particle on the phrase's last word ("" if none)
    body: int | None = None  # span index of the body (MEMBER_OF tail)
    post: str | None = None



class _Mentions:
    """The mention pass of ``models.nlp.relations._Relations``, which sets what this reads
    (``text``, ``spans``) and the list it adds MEMBER_OF to (``out``)."""

    text: str
    spans: Sequence[Span]
    out: list[Relation]

    def _mentions(self, bodies: bool) -> list[_Mention]:
        """The persons' mentions, and with ``bodies`` the ORG/LOCATION ones too (subjects)."""
        text, spans = self.text, self.spans
        out: list[_Mention] = []
        taken: set[int] = set()  # bodies absorbed into a person's phrase
        starts: dict[int, int] = {}  # ORG/LOCATION spans by start
        ends: dict[int, int] = {}  # ORG spans by end
        bare: dict[int, int] = {}  # 도, 시 … spans by start
        for i, s in enumerate(spans):  # (one pass for the three)
            if s.label in ("ORG", "LOCATION"):
                starts[s.start] = i
                if s.label == "ORG":
                    ends[s.end] = i
            if s.text in BARE_BODIES:
                bare[s.start] = i
        skipped: set[int] = set()  # "최문수 도 기획조정실장": 도 is the province, not a person
        for i, s in enumerate(spans):
            if s.label != "PERSON" or i in skipped:
                continue
            m = _Mention(i, s.start, s.end, HANGUL_TAIL.match(text, s.end).group())  # type: ignore[union-attr]
            posts: list[str] = []
            pos = s.end
            if not m.josa:
                for _ in range(4):
                    w = WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else None
                    if w is None:
                        break
                    word = w.group()
                    if word in FORMER:  # "고민정 전 제주지사": the post held before
                        pos = w.end()
                        continue
                    if word in BARE_BODIES and self._title_next(w.end()):
                        if w.start() in bare:
                            skipped.add(bare[w.start()])
                            taken.add(bare[w.start()])
                        if m.body is None:  # the 도 named before (강원도가 … 도 실장)
                            m.body = next((k for k in range(i - 1, -1, -1)
                                           if spans[k].label in ("ORG", "LOCATION")
                                           and len(spans[k].text) > 1
                                           and spans[k].text.endswith(word)), None)
                        pos = w.end()
                        continue
                    title = TITLE_RE.match(word)
                    j = starts.get(w.start())
                    if title is None and j is not None and m.body is None and (
                            spans[j].end == w.end() or josa_tail(word, spans[j].end - w.start())
                            or self._title_next(w.end())):
                        m.body = j
                        taken.add(j)
                        m.phrase_end = spans[j].end
                        rest = word[spans[j].end - w.start():]
                        m.josa = rest if rest in JOSA else ""
                        if not m.josa:
                            m.phrase_end = w.end()
                    elif title is not None:
                        pre, name = title.group("pre"), title.group("title")
                        if m.body is None and j is not None and (
                                name in TITLE_BODY and (pre or name == "국회의원")
                                or spans[j].label == "ORG"
                                and len(pre) <= spans[j].end - w.start() < len(pre) + len(name)):
                            # 충북지사: the LOCATION 충북 at the word's start; 화순전남대병원장:
                            # the ORG at its start, the title's head its own tail
                            m.body = j
                            taken.add(j)
                        own = name in TITLE_BODY and pre or j is not None and j == m.body
                        posts.append(name if own else word[: len(word) - len(title.group("josa") or "")])
                        m.josa = title.group("josa") or ""
                        m.phrase_end = w.end() - len(m.josa)
                    else:
                        break
                    pos = w.end()
                    if m.josa:
                        break
            m.post = " ".join(posts) or None
            # "같은 당 임소연 의원": the party named before; "민주당 왕소율 대표는": the body before
            if m.body is None and m.post is not None and text.endswith("같은 당 ", 0, s.start):
                m.body = next((k for k in range(i - 1, -1, -1) if spans[k].label == "ORG"
                               and is_party(spans[k].text)), None)
            if m.body is None and text.endswith(" 소속 ", 0, s.start):
                # "빛글당 소속 임소연 의원": the body named before 소속
                m.body = ends.get(s.start - len(" 소속 "))
            if m.body is None and m.post is not None:
                j = ends.get(s.start - 1)
                if j is not None and text[s.start - 1] == " " and j not in taken:
                    m.body = j
                    taken.add(j)
            if m.post and not m.josa and (p := paren_after(text, spans, starts, m.phrase_end)):
                party, m.phrase_end, m.josa = p  # 의원(더불어민주당·광주 북구갑)은
                m.body = party if m.body is None else m.body
            out.append(m)
            if m.body is not None:
                attrs = (("post", m.post),) if m.post else ()
                self.out.append(Relation(i, m.body, MEMBER_OF, 0.9, attrs))
        for i, s in enumerate(spans if bodies else ()):
            if s.label in ("ORG", "LOCATION") and i not in taken:
                tail = HANGUL_TAIL.match(text, s.end).group()  # type: ignore[union-attr]
                m = _Mention(i, s.start, s.end, tail if tail in JOSA else "")
                said = SPOKESMAN.match(text, s.end) if not tail else None
                if said is not None:  # "세종시 관계자는", "전북도 측은": the body speaks
                    m.phrase_end, m.josa = said.end() - len(said.group(1)), said.group(1)
                out.append(m)
        for m in out:
            if not m.josa and text.startswith(",", m.phrase_end) and \
                    (m.start == 0 or text[m.start - 1] == "\n"):
                m.josa = "는"  # a headline's "군산시, 새만금 … 투입": the comma stands for 는
        out.sort(key=lambda m: m.start)
        return out

    def _title_next(self, pos: int) -> bool:
        """"경남연구원 연구위원": a word naming a body (a place plus more) before a title."""
        w = WORD.match(self.text, pos + 1) if self.text[pos:pos + 1] == " " else None
        return w is not None and TITLE_RE.match(w.group()) is not None
