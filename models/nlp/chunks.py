"""Eojeols cut into chunks for the entity rules: a Kiwi analysis copied into plain objects,
split at spaces and punctuation, each chunk with its nominal *stem* (before particles/endings)
and, when a title ends the stem (홍길동씨, 화순전남대병원장), the *core* without it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from typing import Any

from models.nlp.snapping import PUNCT_TAGS, base_tag

# Morphemes that can make up the nominal part of an eojeol.
NOMINAL_TAGS = frozenset({"NNP", "NNG", "NNB", "NR", "NP", "XPN", "XSN", "SL", "SH", "SN", "MAG", "MM"})
HANGUL_RE = re.compile("[가-힣]+")


def is_hangul(s: str) -> bool:
    return HANGUL_RE.fullmatch(s) is not None


@dataclass(slots=True)
class Morph:
    start: int
    end: int
    form: str
    tag: str
    oov: bool = False
    label: str | None = None  # from a user word's user_value
    kid: int = -1  # Kiwi's morpheme id (learn.features.to_morphs sets it; the rules' copies not)

    @property
    def len(self) -> int:  # what snapping.TokenLike asks of a token
        return self.end - self.start


class _KiwiMorph(Morph):
    """A Morph copied from a Kiwi token whose form is read from the token when asked: Kiwi makes
    a new string at each read of a form, the dearest of its attributes, and the rules ask for
    the form of about one morpheme in sixteen (particles, brackets, a few stems)."""

    __slots__ = ("_token",)

    def __init__(self, token: Any, start: int, end: int, tag: str, oov: bool = False,
                 label: str | None = None) -> None:
        self._token = token
        self.start = start
        self.end = end
        self.tag = tag
        self.oov = oov
        self.label = label
        # (kid is left unset: only the learned tagger's morphemes, learn.features.to_morphs,
        # carry Kiwi's id; this copy runs for every token of every text the rules read)

    @property
    def form(self) -> str:  # type: ignore[override]  # (read-only: a copy is never changed)
        return self._token.form


@dataclass(slots=True)
class Chunk:
    morphs: list[Morph]
    stem: list[Morph] = field(default_factory=list)
    start: int = 0
    stem_end: int = 0  # end of the nominal part (before particles)
    core_end: int = 0  # end of the stem without a trailing title
    title: str = ""
    after: list[Morph] = field(default_factory=list)  # particles/endings after the stem
    punct: bool = False


@dataclass(slots=True)
class Cand:
    """A candidate entity while the rules run."""

    start: int
    end: int
    label: str | None
    reason: str
    score: float
    proper: bool = False  # a proper noun that may still get a label from context


def to_morphs(tokens: Sequence[Any]) -> list[Morph]:
    """Copy Kiwi tokens into plain objects (attribute access on Kiwi tokens is the slow part:
    the unknown-word flag and the user value are only read for nouns, where they matter)."""
    out: list[Morph] = []
    append = out.append
    read = _READ  # one look-up per token for its base tag and whether it is a noun
    for t in tokens:
        tag, noun = read.get(t.tag) or _read_tag(t.tag)
        if noun:
            uv = t.user_value
            label = uv.get("label") if uv.__class__ is dict else None
            append(_KiwiMorph(t, t.start, t.end, tag, t.oov, label))
        else:
            append(_KiwiMorph(t, t.start, t.end, tag))
    return out


# Kiwi's tag → its base tag (snapping.base_tag) and whether it is NNP or NNG, filled by _read_tag.
_READ: dict[str, tuple[str, bool]] = {}


def _read_tag(raw: str) -> tuple[str, bool]:
    tag = base_tag(raw)
    found = _READ[raw] = (tag, tag == "NNP" or tag == "NNG")
    return found


def split_chunks(
    text: str, morphs: list[Morph], title_cut: Callable[[str, list[Morph]], int],
    title_ends: Container[str] | None = None,
) -> list[Chunk]:
    """Chunks of ``text``: punctuation marks alone, other morphemes grouped by eojeol.

    ``title_cut(stem_text, stem)`` returns how many characters of a title end the stem (0: none).
    ``title_ends``: the last characters a title can have, if the caller knows them (a stem that
    ends otherwise is not offered to ``title_cut``, which would say 0).
    """
    # One pass, no call per eojeol: this runs for every morpheme of every text.
    out: list[Chunk] = []
    append = out.append
    punct_tags = PUNCT_TAGS
    nominal_tags = NOMINAL_TAGS
    cur: list[Morph] = []
    n_stem = 0  # leading nominal morphemes of ``cur``
    in_stem = True  # no other morpheme has come in ``cur`` yet
    prev_end = -1
    for m in morphs:
        tag = m.tag
        punct = tag in punct_tags
        if cur and (punct or m.start > prev_end):
            append(_chunk(text, cur, n_stem, title_cut, title_ends))
            cur = []
        if punct:
            append(Chunk([m], [], m.start, m.end, m.end, "", [], True))
        else:
            if not cur:
                n_stem = 0
                in_stem = True
            cur.append(m)
            if in_stem:
                if tag in nominal_tags:
                    n_stem += 1
                else:
                    in_stem = False
        if m.end > prev_end:
            prev_end = m.end
    if cur:
        append(_chunk(text, cur, n_stem, title_cut, title_ends))
    return out


def _chunk(text: str, morphs: list[Morph], i: int,
           title_cut: Callable[[str, list[Morph]], int], title_ends: Container[str] | None
           ) -> Chunk:
    """The chunk of an eojeol's ``morphs`` whose first ``i`` are nominal."""
    start = morphs[0].start
    if i == len(morphs):
        stem, after = morphs, []
    else:
        stem, after = morphs[:i], morphs[i:]
    if not stem:
        return Chunk(morphs, stem, start, start, start, "", after)
    stem_end = stem[-1].end
    if title_ends is not None and text[stem_end - 1] not in title_ends:
        return Chunk(morphs, stem, start, stem_end, stem_end, "", after)
    c = Chunk(morphs, stem, start, stem_end, stem_end, "", after)
    n = title_cut(text[start:stem_end], stem)
    if n:
        c.title = text[stem_end - n : stem_end]
        c.core_end = stem_end - n
    return c


def age_or_years(chunks: list[Chunk], k: int) -> bool:
    """Chunk ``k`` opens what news puts in parentheses after a person's name: an age ("(45)",
    "(45세)", "(45·회사원)", "(30대)"), a player's points ("(20점)") or years ("(1902~1994)", "(1989년 취임)"); not an amount, a score
    or a share ("(1700억 원)", "(53승25패)", "(27.6%)") and not a year alone ("소(2015)")."""
    c = chunks[k]
    m = c.morphs
    if not c.stem or m[0].tag != "SN" or len(m) > 2:
        return False
    n = m[0].form
    after = chunks[k + 1] if k + 1 < len(chunks) else None
    if len(n) <= 3:  # an age, an age band: (30대), (20대·여); a player's points: (20점)
        if after is not None and after.punct and after.morphs[0].form in ("~", "∼", "-", "–"):
            return False  # (12∼17일): days, not an age
        return len(m) == 1 or m[1].form in ("세", "살", "점", "득점") or (
            m[1].form == "대" and len(n) == 2 and n.endswith("0"))
    if not (len(n) == 4 and n.isdigit() and 1000 <= int(n) <= 2100):
        return False
    if len(m) == 2:
        return m[1].form in ("년", "년생", "생")
    return after is not None and after.punct and after.morphs[0].form in ("~", "∼", "-", "–")


def list_peers(text: str, chunks: Sequence[Chunk], i: int, separators: Container[str]
               ) -> list[int]:
    """The chunks listed right beside chunk ``i``: across 와/과 ("경기와 강원", "부산과 대구"), a
    list mark ("대전·충남", "강호동, 이수근") or 및 ("서울 및 세종")."""
    c = chunks[i]
    out: list[int] = []
    if c.after and c.after[-1].tag == "JC" and i + 1 < len(chunks):
        out.append(i + 1)
    if i >= 1 and chunks[i - 1].after and chunks[i - 1].after[-1].tag == "JC":
        out.append(i - 1)
    for sep, peer in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= peer < len(chunks) and not (c.after and sep > i):  # (a particle ends the item)
            s = chunks[sep]
            if (s.punct and s.morphs[0].form in separators) or (
                    not s.punct and not s.after and text[s.start : s.stem_end] == "및"):
                out.append(peer)
    return out


_FOREIGN: frozenset[str] = frozenset()


def foreign_syllables() -> frozenset[str]:
    global _FOREIGN
    if not _FOREIGN:
        from models.nlp.gazetteer import word_classes

        _FOREIGN = word_classes()["FOREIGN_SYLLABLE"]
    return _FOREIGN


def foreign(word: str) -> bool:
    """A rough test for a transliterated foreign name: several 'foreign' syllables."""
    letters = [ch for ch in word if ch != " "]
    if not letters or not is_hangul("".join(letters)):
        return False
    syllables = foreign_syllables()
    hits = sum(1 for ch in letters if ch in syllables)
    return hits >= 2 or hits / len(letters) >= 0.4


# Vowels and finals of Japanese read in Hangul (no 어, 애, 으 but in 쓰/스/즈/츠; finals ㄴ for
# ん and ㅅ for a doubled consonant, as in 핫토리): Korean and Chinese words rarely have only these.
_JA_VOWELS = frozenset([0, 2, 5, 8, 9, 12, 13, 17, 20])  # ㅏ ㅑ ㅔ ㅗ ㅘ ㅛ ㅜ ㅠ ㅣ (jamo order)
_JA_FINALS = frozenset([0, 4, 19])  # none, ㄴ, ㅅ
_JA_EU = frozenset("쓰스즈츠")


def japanese_reading(word: str) -> bool:
    """Every syllable of ``word`` is one Japanese is read into in Hangul (나쓰메, 겐사쿠): a
    test for Japanese, and many Western, names that foreign() does not catch."""
    if not 2 <= len(word) <= 5:
        return False
    for ch in word:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            return False
        vowel, final = code // 28 % 21, code % 28
        if final not in _JA_FINALS or (vowel not in _JA_VOWELS and ch not in _JA_EU):
            return False
    return True
