"""Names that what is said around them makes organisations (a pass of models.nlp.entities,
:func:`named_bodies`, right after the company words).

A word for a kind of organisation right before a name makes the name an organisation: "부동산정보업체 빛글써브", "제작사 ‘해솔필름’", "걸그룹 빛나래", "영국 일간
해솔타임스". As a role before a person's name ("배우 홍길동") says the name is a person's, the kind
says what the name is; the kind itself is not part of the name (TTA/KLUE tag the name only).

The name is one word: a proper noun, an unknown word or Latin letters (not a common noun: "업체
관계자", "그룹 전체"), bare or in quotes. A name the gazetteer or a stronger rule already typed
keeps its label. So does a name that is founded, bought or merged ("빛글시티를 창업했다"), and
a university whose name has a person's shape before one of its departments ("호빛대 실용음악과").
"""

from __future__ import annotations

import re

from models.nlp.chunks import Cand, Chunk
from models.nlp.gazetteer import lexicon

# Last parts of a word for a kind of organisation (업체 in 부동산정보업체, 사 in 제작사).
KINDS = (
    "업체", "회사", "기업", "대행사", "제작사", "기획사", "소속사", "배급사", "투자사", "운용사", "증권사",
    "보험사", "제약사", "건설사", "통신사", "항공사", "자동차사", "컨설팅사", "스타트업", "벤처",
    "걸그룹", "보이그룹", "아이돌그룹", "남성그룹", "여성그룹", "혼성그룹", "밴드", "듀오", "트리오",
    "일간", "일간지", "주간지", "경제지", "매체", "방송사", "폭력조직", "조직", "시민단체", "단체",
    "정당", "법인", "재단", "싱크탱크", "연구기관", "투자회사", "펀드",
)
_KIND_LAST = frozenset(kind[-1] for kind in KINDS)  # checked first: most words end otherwise
# Most texts have no such word before a space or a quote: one search tells (a loop over every
# word costs as much as the rest of the pass).
_KIND_RE = re.compile("(?:" + "|".join(sorted(KINDS, key=len, reverse=True)) + ")(?=[ '‘\"“])")
_PROPER = frozenset({"NNP", "SL", "SH"})
_NAME_TAGS = frozenset({"NNP", "NNG", "SL", "SH", "SN"})


def named_bodies(text: str, chunks: list[Chunk], cands: dict[int, Cand]) -> None:
    """The passes of this module, in order, on ``cands`` in place."""
    kinds_before_names(text, chunks, cands)
    universities_before_parts(text, chunks, cands)
    founded_names(text, chunks, cands)


def _proper_word(c: Chunk) -> bool:
    """The chunk's stem is a name's: nouns, Latin letters or numbers, one of them proper or
    unknown to Kiwi (not 업체, 지주회사)."""
    return all(m.tag in _NAME_TAGS for m in c.stem) and any(
        m.tag in _PROPER or m.oov for m in c.stem)


def _untyped(cands: dict[int, Cand], i: int) -> bool:
    """No rule has typed chunk ``i`` yet: no candidate, or a proper noun without a label (the
    passes before this one type names only by lists, suffixes and shapes; a Korean name's shape,
    "업체 홍길동은", keeps its label)."""
    cand = cands.get(i)
    return cand is None or cand.label is None


def kinds_before_names(text: str, chunks: list[Chunk], cands: dict[int, Cand]) -> None:
    """Retag or add, in place, the names that follow a word for a kind of organisation."""
    if _KIND_RE.search(text) is None:
        return
    titles = lexicon().titles
    for k in range(len(chunks) - 1):
        kind = chunks[k]
        if kind.punct or kind.after or kind.title or not kind.stem \
                or text[kind.stem_end - 1] not in _KIND_LAST:
            continue
        word = text[kind.start : kind.stem_end]
        if not word.endswith(KINDS) or k in cands or any(ch.isdigit() for ch in word):
            continue  # (not "3일간": three days)
        i = k + 1
        if chunks[i].punct and chunks[i].morphs[0].form in "‘'\"“":
            i += 1  # 제작사 ‘해솔필름’
            if i + 1 >= len(chunks) or not chunks[i + 1].punct:
                continue
        elif text[kind.stem_end : chunks[i].start] != " ":
            continue
        c = chunks[i]
        if c.punct or c.title or not c.stem or c.core_end != c.stem_end:
            continue
        if not _proper_word(c) or not _untyped(cands, i):
            continue
        if text[c.stem_end - 1] in "에의":
            continue  # an unknown word Kiwi read with its particle (빛글가이드에)
        nxt = chunks[i + 1] if i + 1 < len(chunks) and not c.after else None
        if nxt is not None and (nxt.title or text[nxt.start : nxt.stem_end] in titles):
            continue  # 이 회사 홍길동 대표: the person
        cands[i] = Cand(c.start, c.stem_end, "ORG", "kiwi:kind+name", 0.6)


# Parts of a university written after its name: "빛글대 실용음악과", "해솔대 의과대학".
_UNIVERSITY_PARTS = ("학과", "음악과", "미술과", "체육과", "간호과", "학부", "대학원", "캠퍼스", "총학생회",
                     "의과대학", "연구팀")


def universities_before_parts(text: str, chunks: list[Chunk], cands: dict[int, Cand]) -> None:
    """A word shaped like a Korean name that ends in 대 is the university before one of its
    parts ("호원대 실용학과에서": the name's shape, 호 + 원대, made a person of it)."""
    for i, cand in cands.items():
        if cand.reason != "kiwi:name" or text[cand.end - 1] != "대" or i + 1 >= len(chunks):
            continue
        c, nb = chunks[i], chunks[i + 1]
        if c.after or c.title or nb.punct or cand.end != c.stem_end:
            continue
        if text[nb.start : nb.stem_end].endswith(_UNIVERSITY_PARTS):
            cand.label, cand.reason = "ORG", "kiwi:university"


# What is done to a company and to nothing else: "솔라시티를 창업했다", "루미레즈를 인수하려고".
_COMPANY_VERBS = frozenset({"설립", "창업", "창립", "인수", "합병", "인수합병"})


def founded_names(text: str, chunks: list[Chunk], cands: dict[int, Cand]) -> None:
    """A proper noun that is founded, bought or merged is an organisation (in place)."""
    if not ("설립" in text or "창업" in text or "창립" in text or "인수" in text or "합병" in text):
        return  # (most texts)
    for i in range(len(chunks) - 1):
        c = chunks[i]
        if not c.after or c.after[0].tag != "JKO" or c.title or not c.stem or c.punct:
            continue
        nb = chunks[i + 1]
        if nb.punct or text[nb.start : nb.stem_end] not in _COMPANY_VERBS:
            continue
        if _proper_word(c) and _untyped(cands, i):
            cands[i] = Cand(c.start, c.stem_end, "ORG", "kiwi:founded", 0.6)
