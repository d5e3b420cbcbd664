"""Foreign full names written as two or more words (passes of models.nlp.entities).

Kiwi reads "조시 어니스트", "카림 가르시아", "이토 히로부미" as two proper nouns, or cuts the second
in pieces. Two bare proper nouns in a row with a person's context or a foreign look are one name
(``merge_names``); a common foreign given name or Japanese surname (word_classes.tsv) starts one
whatever follows is shaped like (``merge_names``, ``given_names``); a short first name that is
not a candidate itself joins the foreign surname after it (``first_names``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from models.nlp.chunks import Cand, Chunk, foreign, is_hangul, japanese_reading
from models.nlp.entity_words import FOREIGN_GIVEN, JAPANESE_SURNAMES, NOT_ENTITY
from models.nlp.gazetteer import Gazetteer, lexicon

# Words that start a full name whatever follows (see given_names).
NAME_STARTERS = FOREIGN_GIVEN | JAPANESE_SURNAMES


def merge_names(text: str, chunks: Sequence[Chunk], cands: dict[int, Cand],
                person_context: Callable[[int], int]) -> None:
    """Two bare proper nouns in a row ("조시 어니스트 대변인") are one foreign name."""
    # Only candidates can start a pair (few per sentence); a merge deletes the one at i
    # and replaces the one at i + 1, so the keys taken now are all that can match.
    for i in sorted(cands):
        a, b = cands.get(i), cands.get(i + 1)
        if a is None or b is None:
            continue
        if not (a.proper or a.label == "PERSON") or not (b.proper or b.label == "PERSON"):
            continue
        if chunks[i].after or chunks[i].title or text[a.end : b.start] != " ":
            continue
        full = text[a.start : b.end]
        first = text[a.start : a.end]
        middle = a.reason == "kiwi:given-name" and first.rsplit(" ", 1)[-1] in FOREIGN_GIVEN
        if ((first in NAME_STARTERS or middle)
                and a.label in (None, "PERSON") and b.label in (None, "PERSON")
                and is_hangul(text[b.start : b.end])):
            # 카림 가르시아, 에디 피어슨: a common given name starts the name, as a title
            # after it would say (the surname alone is often not foreign enough to tell);
            # so does a common Japanese surname (이토 히로부미, 나카노 아키라 감독); a second
            # given name goes on (사라 제인 스미스).
            del cands[i]
            cands[i + 1] = Cand(a.start, b.end, "PERSON", "kiwi:given-name", 0.6)
            continue
        if a.reason == "kiwi:given-name":
            continue  # a proper noun after such a full name is its body: 가토 고이치 니혼게이자이 특파원
        if (a.label in (None, "PERSON") and b.label in (None, "PERSON")
                and first != text[b.start : b.end]  # 세호 세호: a name called twice
                and japanese_reading(first) and japanese_reading(text[b.start : b.end])
                and not (korean_shape(first) or korean_shape(text[b.start : b.end]))):
            # 나쓰메 소세키, 고쿠보 히로키: Kiwi took each word for a Korean name (나, 고 are
            # surnames), but their syllables are Japanese readings, not Korean given names
            del cands[i]
            cands[i + 1] = Cand(a.start, b.end, "PERSON", "kiwi:full-name", 0.6)
            continue
        # A full Korean name next to another word is two things: "박용후 빛글소프트 대표".
        # A two-syllable "name" before a foreign word is a first name: "조시 하트먼".
        if any(x.reason.startswith("kiwi:name") and x.end - x.start >= 3 for x in (a, b)):
            continue
        korean = a.reason.startswith("kiwi:name") or b.reason.startswith("kiwi:name")
        if korean and not foreign(full):
            continue
        if b.label == "PERSON" or person_context(i + 1) or foreign(full):
            del cands[i]
            cands[i + 1] = Cand(a.start, b.end, "PERSON", "kiwi:full-name", 0.6)


def given_names(text: str, chunks: Sequence[Chunk], cands: dict[int, Cand], gaz: Gazetteer,
                starters: Sequence[int]) -> None:
    """A common foreign given name (or Japanese surname) before a word Kiwi reads as a name
    or partly as one, where merge_names had no pair of candidates: the given name too short to
    be one ("존 갈랜드", "짐 릴랜드"), the second word cut in pieces ("가토 겐/NNP 지/NNG").
    ``starters``: the chunks whose whole stem is such a word, in order."""
    for i in starters:  # the chunks whose stem is such a word (most texts have none)
        if i + 1 >= len(chunks):
            continue
        a, b = chunks[i], chunks[i + 1]
        first = text[a.start : a.stem_end]
        own = cands.get(i)
        if (a.punct or a.after or a.title or b.punct
                or first not in NAME_STARTERS
                or (own is not None and (own.label not in (None, "PERSON")
                                         or own.end != a.stem_end))
                or text[a.stem_end : b.start] != " "):
            continue
        cand = cands.get(i + 1)
        end = cand.end if cand is not None else b.core_end
        second = text[b.start : end]
        tags = {m.tag for m in b.stem if b.start <= m.start < end}
        if (not 2 <= len(second) <= 5 or not is_hangul(second) or second in NOT_ENTITY
                or not tags <= {"NNP", "NNG"} or not ("NNP" in tags or foreign(second))):
            continue
        if cand is None and gaz.lookup(second) is None or (
                cand is not None and cand.label in (None, "PERSON") and cand.start == b.start):
            cands.pop(i, None)
            cands[i + 1] = Cand(a.start, end, "PERSON", "kiwi:given-name", 0.6)


def first_names(text: str, chunks: Sequence[Chunk], cands: dict[int, Cand], gaz: Gazetteer,
                roles: AbstractSet[str], person_context: Callable[[int], int]) -> None:
    """A short first name before a foreign surname ("폴 볼커", "마이크 댄토니 감독",
    "톰 크루즈는"): a bare word that is not a candidate itself."""
    for i in sorted(cands):  # the loop only replaces candidates: the keys stay
        b = cands.get(i)
        if i < 1 or b is None or not (b.proper or b.label == "PERSON") or (i - 1) in cands:
            continue
        a_chunk = chunks[i - 1]
        first = text[a_chunk.start : a_chunk.stem_end]
        if (a_chunk.punct or a_chunk.after or a_chunk.title or not first
                or text[a_chunk.stem_end : b.start] != " " or len(first) > 4
                or not is_hangul(first) or first in roles or first in NOT_ENTITY
                or gaz.lookup(first) is not None):
            continue
        tags = {m.tag for m in a_chunk.stem}
        if not (tags <= {"NNP", "NNG"} and ("NNP" in tags or foreign(first))):
            continue
        second = text[b.start : b.end]
        if not foreign(second) or not ("NNP" in tags or foreign(first)):
            continue
        if b.label == "PERSON" or person_context(i) >= 1:
            cands[i] = Cand(a_chunk.start, b.end, "PERSON", "kiwi:full-name", 0.6)


def korean_shape(word: str) -> bool:
    """A Korean full name: a surname and two syllables common in given names (이수아)."""
    lex = lexicon()
    return (len(word) == 3 and word[0] in lex.surnames
            and all(ch in lex.given for ch in word[1:]))
