"""PROJECT spans (policy and investment projects) and the amounts that fund them.

Korean policy news names projects as noun phrases ending in an action noun — "…인프라 구축",
"…클러스터 조성", "…사업" — often in ▲ lists with the budget in parentheses:
"▲빛고을 데이터센터 구축(2조원) ▲남도 수소항만 조성(3000억원)". Found here:

* a phrase right before a parenthesised amount (the amount's project, whatever its last word),
* a ▲/●/■ list item or a quoted phrase ending in a project word,
* a longer noun phrase ending in a project word (three words or more, or one that names
  something: Latin letters or digits as in "RE100 산단 조성").

Each MONEY span is then linked (AMOUNT_FOR) to the project in its parentheses, else to the
nearest project before it in the same sentence or list item, else to the nearest one after it.
Works on plain text; Kiwi tokens, when given, make the "is this word a noun" test exact.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from models.domain import FUNDING_SOURCES, Span
from models.nlp.entity_words import QUOTE_MARKS, QUOTES
from models.nlp.gazetteer import builtin_gazetteer
from models.nlp.project_amounts import (
    amount_then_project,
    each_in_turn,
    ends_in_place,
    frame_anchored,
    named_funds,
    previous_sentence_project,
    provisional_names,
    quoted_programmes,
)
from models.nlp.project_objects import (
    defined_topics,
    genitive_cost,
    index_at,
    object_phrases,
    spend_first,
)
from models.nlp.project_tables import labelled_fields, table_rows
from models.nlp.project_words import names_nothing
from models.nlp.sentence_ids import SentenceIds
from models.nlp.snapping import PLAIN_PARTICLES, TokenLike, base_tag, tok_end

PROJECT_HEADS = (
    "사업", "조성", "구축", "유치", "지정", "건립", "개발", "추진", "건설", "설립", "확충", "육성",
    "프로젝트", "조성사업", "구축사업",
    # works on something that exists: 2단계 확장, 하천 정비, 트램 도입, 청사 신축, 지하화 …
    "확장", "정비", "도입", "신축", "이전", "재생", "고도화", "연장", "복원", "지하화", "전환",
)
# ordinary words too (1940년대 이전, 처음 도입): heads only near an amount
NEAR_MONEY_HEADS = frozenset({"확장", "정비", "도입", "신축", "이전", "재생", "고도화", "연장", "복원",
                              "지하화", "전환"})
# Any project word in a text (one regex scan is several times faster than a test per word).
_ANY_HEAD_RE = re.compile("|".join(re.escape(h) for h in PROJECT_HEADS))
BULLETS = frozenset("▲△●○■□◆◇▶▷►•※")
_CONNECTORS = frozenset({"및", "겸", "·"})
_GLUED_PARTICLES = frozenset(["와", "과", "의", "을", "를", "에", "로", "이", "가", "은", "는", "도"])
_DETERMINERS = frozenset({"올해", "내년", "내년도", "이", "그", "저", "해당", "이번", "본", "각", "동", "같은", "이런", "그런",
                          "모든", "여러", "다른", "새", "총", "약", "두", "세", "네", "한", "몇",
                          "이들", "양", "전", "후속", "관련", "이날", "지난해", "이달", "당초",
                          "결과",
                          # sentence adverbs Kiwi reads as nouns: "반면 빛들천 복원 사업은"
                          "반면", "한편", "결국", "실제", "최근", "당시", "이후", "향후",
                          "그동안", "대신", "현재", "위", "상기", "아래"})
_MAX_WORDS = 10
# "이 가운데 대전 충청권 광역철도에는": a share's cue ends the phrase before it, never part of it
_AMONG = frozenset({"가운데", "중"})
# "…에 200억원 등 모두 800억원": the sum of the amounts before, no one project's
TOTAL_BEFORE = re.compile(r"등\s+(?:모두|총|합계|총액|모두 합쳐)?\s*$")
# "지난 3일 통영 케이블카 …", "16일 울산 수소 트램 …": a date before a name is not part of it
_DAY = re.compile(r"(?:\d{1,4}[∼~～\-])?\d{1,4}(?:일|월|년|년도)|지난|오는")  # also 2024∼2028년
_QUOTE_MARKS = QUOTE_MARKS | frozenset("「」『』")
# more words of a quoted name after a project word, up to its closing mark, ending as the name
# of an event or a paper does: " 전략 보고회'" (not a saying: "사업 예산을 늘리겠다\"")
_NAME_GOES_ON = re.compile(r"(?: [\w·]+){0,2} [\w·]*(?:보고회|토론회|설명회|공청회|간담회|포럼|"
                           r"세미나|심포지엄|조사|용역|전략|연구|협의회|추진단)['’\"”」』]")
# Words are runs of letters and digits, with 「·」, 「-」 and 「∼」 kept inside (광주·전남, K-반도체,
# 광주∼나주 광역철도).
_PIECE = re.compile(r"[\w·\-∼~～]+|[^\w\s]")
# Endings that make a word a verb or an adjective when no Kiwi analysis is at hand.
_VERBAL_ENDINGS = ("하는", "되는", "하고", "하며", "해야", "했다", "한다", "된다", "하여", "해서", "적인",
                   "위한", "통한", "대한", "있는", "없는", "하던", "했던", "하기", "되기", "이다", "였다",
                   "는", "던", "할", "될", "된")


@dataclass(slots=True)
class Piece:
    start: int
    end: int
    text: str
    word: bool
    space_before: bool


@dataclass(slots=True)
class ProjectSpans:
    """The policy projects named in a text (PROJECT spans) and the amounts linked to them."""

    spans: list[Span]
    links: list[tuple[int, int]]  # (index into the money list, index into ``spans``)


_start_of = attrgetter("start")
_len_of = attrgetter("len")


def find_projects(
    text: str,
    money: Sequence[Span] = (),
    tokens: Sequence[TokenLike] | None = None,
) -> ProjectSpans:
    """PROJECT spans of ``text`` and AMOUNT_FOR links from ``money`` spans to them."""
    if not money and _ANY_HEAD_RE.search(text) is None:
        return ProjectSpans([], [])  # most sentences: nothing to look at
    finder = _ProjectFinder(text, tokens)
    return finder.run(money)


class _Pieces:
    """The pieces of a text (words and marks), each made when first asked for: a rule looks
    only at the words near a project word or an amount, and making a ``Piece`` for every word
    of an article was half of this module's time."""

    __slots__ = ("text", "starts", "ends", "_made")

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [m.span() for m in _PIECE.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]  # strictly increasing, like the starts
        self._made: list[Piece | None] = [None] * len(spans)

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, i: int) -> Piece:
        p = self._made[i]
        if p is None:
            if i < 0:
                i += len(self._made)
            start, end = self.starts[i], self.ends[i]
            first = self.text[start]
            p = self._made[i] = Piece(start, end, self.text[start:end],
                                      first.isalnum() or first == "_",
                                      start > (self.ends[i - 1] if i > 0 else 0))
        return p


class _ProjectFinder:
    def __init__(self, text: str, tokens: Sequence[TokenLike] | None) -> None:
        self.text = text
        self.pieces = _Pieces(text)
        self.starts = self.pieces.starts
        self.ends = self.pieces.ends
        self.by_start = dict(zip(self.starts, range(len(self.starts)), strict=True))
        # The Kiwi tokens that start inside each piece, looked up when a rule first asks (most
        # pieces are never looked at: only words near a project word or an amount).
        self.tokens: dict[int, list[TokenLike]] | None = None
        if tokens is not None:
            self.tokens = {}
            tok_starts = [t.start for t in tokens]
            if tok_starts == sorted(tok_starts):  # Kiwi's order, nearly always: no sort
                self._toks = list(tokens)
                self._tok_starts = tok_starts
            else:
                self._toks = sorted(tokens, key=_start_of)
                self._tok_starts = [t.start for t in self._toks]
        self.found: dict[tuple[int, int], float] = {}  # (start, end) → score

    def _inside(self, i: int) -> list[TokenLike]:
        """The Kiwi tokens that start inside piece ``i`` (``self.tokens`` is not None)."""
        assert self.tokens is not None
        found = self.tokens.get(i)
        if found is None:
            p = self.pieces[i]
            lo = bisect_left(self._tok_starts, p.start)
            hi = bisect_left(self._tok_starts, p.end, lo)
            found = self.tokens[i] = self._toks[lo:hi]
        return found

    # -- words ----------------------------------------------------------------------------

    def _strip_particle(self, i: int) -> tuple[int, str]:
        """End of the noun part of a word piece and the particle after it ("" if none)."""
        p = self.pieces[i]
        if self.tokens is not None:
            inside = self._inside(i)
            end = p.start
            for k, t in enumerate(inside):
                tag = base_tag(t.tag)
                if _split_name(inside, k):
                    continue
                if tag.startswith(("J", "E")) or tag in ("VCP", "XSV", "XSA", "VV", "VA", "VX"):
                    return end, self.text[end : p.end]
                end = max(end, tok_end(t))
            return p.end, ""
        for part in PLAIN_PARTICLES:
            if p.text.endswith(part) and len(p.text) > len(part) + 1:
                return p.end - len(part), part
        return p.end, ""

    def _nominal(self, i: int) -> bool:
        """A word that can sit inside a noun phrase: no particle, no verbal ending."""
        p = self.pieces[i]
        if not p.word:
            return False
        if p.text in _CONNECTORS:
            return True
        if self.tokens is not None:
            inside = self._inside(i)
            if len(inside) > 1 and builtin_gazetteer().label_of(p.text) == "LOCATION":
                return True  # 세종 read as 세/MM + 종/NNG: a place's name is a noun
            return bool(inside) and all(
                base_tag(t.tag) in ("NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "XPN", "XSN",
                                    "SO", "SP", "W_SERIAL") or _split_name(inside, k)
                for k, t in enumerate(inside)
            )
        if p.text[-1].isdigit() or p.text.isascii():
            return True
        return not p.text.endswith(_VERBAL_ENDINGS) and self._strip_particle(i)[1] == ""

    @staticmethod
    def _head(word: str) -> str | None:
        if not word.endswith(PROJECT_HEADS):
            return None
        return next(h for h in PROJECT_HEADS if word.endswith(h))

    # -- phrases ----------------------------------------------------------------------------

    def _phrase_start(self, last: int) -> tuple[int, int, str]:
        """Walk back from piece ``last`` over the noun phrase it ends.

        Returns (index of the first piece, number of words, what stopped the walk: "bullet",
        "quote", "start" or "other").
        """
        if self.tokens is None:
            bullet = self._bullet_item_start(last)
            if bullet is not None:
                return bullet
        i = last
        words = 1
        while i > 0 and words < _MAX_WORDS:
            cur = self.pieces[i]
            prev = self.pieces[i - 1]
            if cur.space_before and "\n" in self.text[prev.end:cur.start]:
                return i, words, "other"  # a name never runs over a line (a table's cells)
            if prev.text == ")":
                # "AX실증밸리(AI 2단계 사업) 조성": a parenthesis glued to a word of the phrase
                j = self._paren_open(i - 1)
                if j is None or j == 0 or not self.pieces[j - 1].word:
                    return i, words, "other"
                if cur.space_before and self.pieces[j].space_before:
                    return i, words, "other"  # "… (설명) 조성": a loose aside, not part of a name
                if cur.space_before:
                    words += 1
                i = j - 1
                continue
            if prev.text in BULLETS:
                return i, words, "bullet"
            if prev.text in _QUOTE_MARKS and cur.space_before and not prev.space_before:
                # "'K-방산 클러스터' 조성": a quoted name is one word of the phrase
                j = self._quote_open(i - 1)
                if j is not None:
                    inner = sum(1 for k in range(j + 2, i - 1) if self.pieces[k].space_before)
                    return j, words + 1 + inner, "quote"
            if prev.text in _GLUED_PARTICLES and not prev.space_before:
                return i, words, "other"  # "…(4500억원)와 RE100 산단 지정": a new phrase
            if prev.text in QUOTES:
                return i, words, "quote"
            if not prev.word:
                return i, words, "other"
            if (not self._nominal(i - 1) and not self._genitive_name(i - 1)) or \
                    prev.text in _AMONG:
                return i, words, "other"
            i -= 1
            if cur.space_before:
                words += 1
        return i, words, "start" if i == 0 else "other"

    def _item_start(self, last: int) -> int:
        """First piece of the phrase ending at ``last`` before its amount: the whole ▲ item
        when one holds it, even where Kiwi reads a particle inside (북부선 → 북부 + 서 + ㄴ)."""
        first, _, stop = self._phrase_start(last)
        if stop == "other" and self.tokens is not None:
            item = self._bullet_item_start(last)
            if item is not None:
                return item[0]
        return first

    def word_count(self, first: int, last: int) -> int:
        """Words of the phrase from piece ``first`` to ``last`` without a leading 올해, 이, 새 …"""
        while first < last and self.pieces[first].text in _DETERMINERS | _CONNECTORS:
            first += 1
        return 1 + sum(1 for k in range(first + 1, last + 1) if self.pieces[k].space_before)

    def is_near_money(self, pos: int) -> bool:
        return bool(self.near_money) and self.sentence_of[pos] in self.near_money

    def _genitive_name(self, i: int) -> bool:
        """"문화의 집", "치유의 숲": X의 before a one-syllable noun is part of a name."""
        nxt = self.pieces[i + 1] if i + 1 < len(self.pieces) else None
        if nxt is None or len(nxt.text) != 1 or not nxt.word or not nxt.space_before:
            return False
        noun_end, particle = self._strip_particle(i)
        return particle == "의" and noun_end - self.pieces[i].start >= 2

    def _quote_open(self, close: int) -> int | None:
        """Index of the quote mark opening the quoted words that end at piece ``close``."""
        for j in range(close - 1, max(-1, close - 12), -1):
            p = self.pieces[j]
            if p.text in ".!?":
                return None
            if p.text in _QUOTE_MARKS and j + 1 < close and not self.pieces[j + 1].space_before:
                return j
        return None

    def _paren_open(self, close: int) -> int | None:
        """Index of the "(" matching the ")" at piece ``close``."""
        depth = 0
        for j in range(close, -1, -1):
            t = self.pieces[j].text
            depth += 1 if t == ")" else -1 if t == "(" else 0
            if depth == 0:
                return j
        return None

    def _bullet_item_start(self, last: int) -> tuple[int, int, str] | None:
        """Without Kiwi, particles cannot be told from the end of a name (빛고을, 남도), so a
        list item is taken whole: back to its ▲ if that is near and in the same sentence."""
        words = 1
        for j in range(last, 0, -1):
            prev = self.pieces[j - 1]
            if "\n" in self.text[prev.end:self.pieces[j].start]:
                return None
            if prev.text in BULLETS:
                return j, words, "bullet"
            if prev.text in ".!?;" or prev.text in QUOTES or words >= _MAX_WORDS:
                return None
            if prev.word and prev.text.endswith(_VERBAL_ENDINGS[:22]):
                return None  # 하는, 되는, 적인 …: a clause, not a list item
            if self.pieces[j].space_before:
                words += 1
        return None

    def _add(self, first: int, end: int, score: float) -> tuple[int, int] | None:
        """Record a phrase from piece ``first`` to offset ``end``, without leading connectors
        and determiners ("두 사업", "이번 사업" are references, not names)."""
        pieces = self.pieces
        while first < len(pieces) and (
            pieces[first].text in _CONNECTORS or pieces[first].text in _DETERMINERS
            or _DAY.fullmatch(pieces[first].text) is not None
        ):
            first += 1
        if first >= len(pieces) or pieces[first].start >= end:
            return None
        start = pieces[first].start
        phrase = self.text[start:end]
        if phrase in PROJECT_HEADS or len(phrase) < 2 or names_nothing(phrase):
            return None
        key = (start, end)
        self.found[key] = max(score, self.found.get(key, 0.0))
        return key

    # -- passes -----------------------------------------------------------------------------

    def run(self, money: Sequence[Span]) -> ProjectSpans:
        sentences = SentenceIds(self.text)
        # sentences with an amount, or up to two before one (what the rules that also fire on
        # ordinary prose are limited to)
        self.near_money = {sentences[m.start] - k for m in money for k in (0, 1, 2)}
        self.sentence_of = sentences
        anchored = self._money_anchored(money)
        for mi, key in [*table_rows(self, money).items(),
                        *labelled_fields(self, money).items(),
                        *each_in_turn(self, money, PROJECT_HEADS).items(),
                        *amount_then_project(self, money, PROJECT_HEADS).items(),
                        *named_funds(self, money).items(), *frame_anchored(self, money).items(),
                        *spend_first(self, money).items(), *genitive_cost(self, money).items()]:
            anchored.setdefault(mi, key)
        anchored.update(quoted_programmes(self, money, anchored))
        provisional_names(self)
        self._head_phrases()
        object_phrases(self)
        defined_topics(self)
        spans = self._spans()
        index = {(s.start, s.end): n for n, s in enumerate(spans)}
        links: list[tuple[int, int]] = []
        for mi, m in enumerate(money):
            target = anchored.get(mi)
            if (target is None or target not in index) and \
                    TOTAL_BEFORE.search(self.text, max(0, m.start - 12), m.start) is None:
                target = self._nearest(spans, m, sentences) or \
                    previous_sentence_project(spans, m, sentences, self.text)
            if target is not None and target in index:
                links.append((mi, index[target]))
        return ProjectSpans(spans, links)

    def _money_anchored(self, money: Sequence[Span]) -> dict[int, tuple[int, int]]:
        """"…인프라 구축(10조원)": the phrase right before a parenthesised amount."""
        out: dict[int, tuple[int, int]] = {}
        ends = self.ends
        # A list item needs its ▲, ● …: most texts have none, and no item to walk back over.
        bullets = not BULLETS.isdisjoint(self.text)
        money_ends = {m.end for m in money}
        for mi, m in enumerate(money):
            open_at = self._open_paren_before(m.start)
            if open_at is None:
                # "▲태화강 보행교 건설 80억원 ▲…": a list item naming its amount after it
                if not bullets:
                    continue
                name_end = _item_name_end(self.text, m.start)
                last = index_at(ends, name_end)
                # "○ 총사업비 36억원(국비 18억원, 군비 18억원)": a share, not an item's name
                if last is not None and self.pieces[last].word and (
                        self.text[self.pieces[last].end:m.start] == " "
                        or name_end < len(self.text[:m.start].rstrip())) and \
                        self.pieces[last].text not in FUNDING_SOURCES:
                    first = self._item_start(last)
                    # "※ 청년 월세 지원은 1인당 월 20만원": a note's clause, not an item's name
                    # "○ 위 집행액 중 총 1억2000만원을": a part of an amount, not an item's name
                    if first > 0 and self.pieces[first - 1].text in BULLETS and not any(
                            self.pieces[k].word and (self._strip_particle(k)[1] in ("은", "는")
                                                     or self.pieces[k].text in _NOT_NAME_WORDS)
                            for k in range(first, last + 1)) and \
                            self.pieces[last].text not in _NOT_NAME_ENDS:
                        key = self._add(first, self.pieces[last].end, 0.8)
                        if key:
                            out[mi] = key
                continue
            k = index_at(self.starts, open_at)
            if k is None or k == 0 or self.pieces[k].space_before:
                continue
            last = k - 1
            if not self.pieces[last].word or self.pieces[last].end in money_ends:
                continue  # "36억원(국비 18억원 …)": shares of the amount before the bracket
            first = self._item_start(last)
            if ends_in_place(self.pieces[last].text):
                continue  # "인근 중국(1만4679원)": a price there, not a project
            key = self._add(first, self.pieces[last].end, 0.8)
            if key:
                out[mi] = key
        return out

    def _open_paren_before(self, pos: int) -> int | None:
        """Offset of "(" that opens the parentheses holding ``pos`` ("(10조원)", "(총 1조원)")."""
        j = pos - 1
        text = self.text
        while j >= 0 and pos - j <= 6 and text[j] not in "()":
            if text[j] in ".,;:!?▲\n":
                return None
            j -= 1
        return j if j >= 0 and text[j] == "(" else None

    def _head_candidates(self) -> list[int]:
        """The pieces whose noun part may end in a project word, in order: the noun part ends
        at the piece's end, before its particle, or where one of its Kiwi tokens ends (see
        ``_strip_particle``), so at the end of a project word found anywhere in the text.
        Looking only at these is what makes the pass cheap: most words end in no such word."""
        text, starts, pieces = self.text, self.starts, self.pieces
        ends: set[int] = set()
        for head in PROJECT_HEADS:
            k = text.find(head)
            while k >= 0:
                ends.add(k + len(head))
                k = text.find(head, k + 1)
        out: set[int] = set()
        if not ends:
            return []
        max_len = 0
        if self.tokens is not None:
            max_len = max(map(_len_of, self._toks), default=0)
        for e in ends:
            j = bisect_right(starts, e - 1) - 1
            if j >= 0 and e - 1 < pieces[j].end:
                out.add(j)
            if self.tokens is not None:
                lo = bisect_left(self._tok_starts, e - max_len)
                hi = bisect_left(self._tok_starts, e, lo)
                for t in self._toks[lo:hi]:
                    if tok_end(t) == e:
                        k = bisect_right(starts, t.start) - 1
                        if k >= 0 and t.start < pieces[k].end:
                            out.add(k)
        return sorted(out)

    def _head_phrases(self) -> None:
        pieces = self.pieces
        for i in self._head_candidates():
            p = pieces[i]
            if not p.word:
                continue
            noun_end, particle = self._strip_particle(i)
            noun = self.text[p.start : noun_end]
            head = self._head(noun)
            if head in NEAR_MONEY_HEADS and not self.is_near_money(p.start):
                continue
            if head is None or (particle == "" and not self._nominal(i)):
                continue
            if particle and particle[0] in "하되해했한할될된":
                continue  # 조성하다, 추진됐다: a verb, not a name
            first, words, stop = self._phrase_start(i)
            if stop == "quote" and not particle and _NAME_GOES_ON.match(self.text, noun_end):
                continue  # "'… 전환 추진 전략 보고회'": the project word is inside a longer name
            glued = len(noun) > len(head)
            named = self._names_something(first, i)
            if stop in ("bullet", "quote"):
                score = 0.7
            elif words >= 3 or (words == 2 and named) or (glued and len(noun) >= 6 and named):
                score = 0.5
            else:
                continue
            if words == 1 and not glued:
                continue  # a bare "사업", "조성"
            self._add(first, noun_end, score)

    def _names_something(self, first: int, last: int) -> bool:
        """Latin letters or digits in the phrase (RE100, AI, 2단계): a named project."""
        return any(
            any(ch.isascii() and ch.isalnum() for ch in self.pieces[k].text)
            for k in range(first, last + 1)
        )

    def _spans(self) -> list[Span]:
        keys = sorted(self.found, key=lambda k: (k[0], -k[1]))
        out: list[Span] = []
        for s, e in keys:
            if out and s < out[-1].end:
                # overlapping candidates: keep the anchored/stronger one
                if self.found[(s, e)] > out[-1].score:
                    out[-1] = Span(s, e, "PROJECT", self.text[s:e], "rule:project",
                                   self.found[(s, e)])
                continue
            out.append(Span(s, e, "PROJECT", self.text[s:e], "rule:project", self.found[(s, e)]))
        return out

    @staticmethod
    def _nearest(spans: list[Span], m: Span, sentences: SentenceIds) -> tuple[int, int] | None:
        sid = sentences[m.start]
        before = [s for s in spans if s.end <= m.start and sentences[s.start] == sid]
        if before:
            best = max(before, key=lambda s: s.end)
            return best.start, best.end
        after = [s for s in spans if s.start >= m.end and sentences[s.start] == sid]
        if after:
            best = min(after, key=lambda s: s.start)
            return best.start, best.end
        return None


def _split_name(inside: Sequence[TokenLike], k: int) -> bool:
    """Kiwi's 의 inside one word of a name, before a noun (세종의사당 → 세종 + 의 + 사당, 김해
    의생명 → 의 + 생명): not a particle, since a particle never has a noun glued after it and
    never starts a word."""
    t = inside[k]
    return base_tag(t.tag) == "JKG" and k < len(inside) - 1 and \
        base_tag(inside[k + 1].tag) in ("NNG", "NNP") and \
        (k == 0 or base_tag(inside[k - 1].tag) in ("NNG", "NNP", "XPN"))


_NOT_NAME_WORDS = frozenset({"가운데", "중", "총", "모두"})
# "※ 누수 감소에 따른 연간 운영비 절감액 약 5억원": what it saves or costs otherwise, no item
_NOT_NAME_ENDS = frozenset({"절감액", "피해액", "손실액", "매출액", "효과", "수익", "부채"})
# "○ 보도 신설 8개소, 사업비 24억원": the item's name stops before its count and its cost word
_ITEM_COST_TAIL = re.compile(r"(?:,?\s*\d[\d,]*\s?[가-힣]{1,2})?\s*,?\s*(?:총\s?)?(?:사업비|예산|소요\s?예산|공사비|설계비)"
                             r"\s*$")
# "… 절감액 약 5억원": a word of the amount's size ends no name
_SIZE_WORD_TAIL = re.compile(r"\s(?:약|총|최대|모두)\s*$")


def _item_name_end(text: str, money_start: int) -> int:
    """Where the name of a list item that states its amount after it ends: before the amount,
    and before a count and a cost word between them ("보도 신설 8개소, 사업비 24억원")."""
    end = len(text[:money_start].rstrip())
    line = text.rfind("\n", 0, end) + 1
    if (size := _SIZE_WORD_TAIL.search(text, line, end + 1)) is not None:
        end = size.start()
    cut = _ITEM_COST_TAIL.search(text, line, end)
    if cut is not None and cut.start() > line:
        return len(text[:cut.start()].rstrip())
    return end

