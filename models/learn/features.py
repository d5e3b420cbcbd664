"""Morphemes, sentences, BIO tags and CRF features.

The tagger works on Kiwi morphemes: a span is a run of morphemes tagged ``B-X I-X …``. Gold
character spans are projected onto morphemes (a morpheme belongs to a span when at least half of
it lies inside), predicted runs are mapped back to character spans and snapped so that no
particle, ending or punctuation sits at their edges.

Features (strings, as python-crfsuite takes them): form, tag, character shape, prefixes and
suffixes, whether a space comes before or after, Kiwi's unknown-word flag and user-word label,
gazetteer hits, the rule engine's own spans (stacking: the model learns where the rules are right),
title / role / surname / organisation- and place-suffix cues, the same of the neighbours ±2, and
a noun's nearest morphemes in Kiwi's embedding (:func:`neighbours`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from models.domain import Span
from models.nlp.chunks import Morph
from models.nlp.gazetteer import Gazetteer, roles, surnames, titles
from models.nlp.snapping import PUNCT_TAGS, base_tag, is_edge_tag

# Bump when the features change: a stored model records the version it was trained with.
FEATURE_VERSION = 2
OUT = "O"


def to_morphs(tokens: Iterable[Any]) -> list[Morph]:
    """Plain copies of Kiwi tokens (attribute access on Kiwi tokens is slow).

    Unlike ``chunks.to_morphs`` this reads the unknown-word flag and the user value of every
    morpheme, not only of nouns: they are features of every position.
    """
    out = []
    for t in tokens:
        uv = t.user_value
        label = uv.get("label") if isinstance(uv, dict) else None
        start = t.start
        out.append(Morph(start, start + t.len, t.form, base_tag(t.tag), bool(t.oov), label, t.id))
    return out


def sentences(text: str, morphs: Sequence[Morph]) -> list[tuple[int, int]]:
    """Morpheme index ranges of the sentences: cut after sentence-final punctuation followed by
    a space, and at line breaks. Whole documents are too long a sequence to learn from well."""
    out: list[tuple[int, int]] = []
    first = 0
    for i in range(1, len(morphs)):
        prev, cur = morphs[i - 1], morphs[i]
        gap = text[prev.end:cur.start]
        if "\n" in gap or (prev.tag == "SF" and gap):
            out.append((first, i))
            first = i
    if morphs:
        out.append((first, len(morphs)))
    return out


# -- BIO ----------------------------------------------------------------------------------------


def project_spans(morphs: Sequence[Morph], spans: Iterable[Span | tuple[int, int, str]]
                  ) -> list[str]:
    """BIO tags of the morphemes for character spans (later spans do not overwrite earlier)."""
    tags = [OUT] * len(morphs)
    starts = [m.start for m in morphs]
    from bisect import bisect_left

    for sp in spans:
        start, end, label = (sp.start, sp.end, sp.label) if isinstance(sp, Span) else sp
        i = max(0, bisect_left(starts, start) - 1)
        first = True
        while i < len(morphs) and morphs[i].start < end:
            m = morphs[i]
            inside = min(m.end, end) - max(m.start, start)
            if inside > 0 and 2 * inside >= m.end - m.start and tags[i] == OUT:
                tags[i] = ("B-" if first else "I-") + label
                first = False
            i += 1
    return tags


def runs(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, label) of each B/I run; a stray I- starts a run."""
    out: list[tuple[int, int, str]] = []
    cur: list[Any] | None = None
    for i, t in enumerate(tags):
        if t == OUT:
            cur = None
            continue
        kind, label = t[0], t[2:]
        if cur is not None and kind == "I" and cur[2] == label:
            cur[1] = i + 1
            continue
        cur = [i, i + 1, label]
        out.append(cur)  # type: ignore[arg-type]
    return [(a, b, c) for a, b, c in out]


def run_span(text: str, morphs: Sequence[Morph], first: int, last: int) -> tuple[int, int] | None:
    """Character offsets of morphemes ``first..last-1`` without particles or punctuation at the
    edges; None if nothing is left."""
    while first < last and is_edge_tag(morphs[first].tag) and morphs[first].form not in "(「『":
        first += 1
    while last > first and is_edge_tag(morphs[last - 1].tag) and morphs[last - 1].form not in ")」』":
        last -= 1
    if first >= last:
        return None
    start = morphs[first].start
    end = max(m.end for m in morphs[first:last])
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


_OPEN = "([{<「『【〈《"
_CLOSE = ")]}>」』】〉》"


def balanced_parts(morphs: Sequence[Morph], first: int, last: int) -> list[tuple[int, int]]:
    """Cut a run of morphemes at brackets without a partner inside it: "J리그) FC도쿄" is two
    names, but "히토쓰바시(一橋)대" is one."""
    cuts: list[int] = []
    stack: list[int] = []
    for i in range(first, last):
        form = morphs[i].form
        if form in _OPEN:
            stack.append(i)
        elif form in _CLOSE:
            if stack and _OPEN.index(morphs[stack[-1]].form) == _CLOSE.index(form):
                stack.pop()
            else:
                cuts.append(i)
    cuts = sorted(cuts + stack)
    if not cuts:
        return [(first, last)]
    parts = []
    start = first
    for c in cuts:
        if c > start:
            parts.append((start, c))
        start = c + 1
    if start < last:
        parts.append((start, last))
    return parts


# -- features -----------------------------------------------------------------------------------


def _char_class(ch: str) -> str:
    if "가" <= ch <= "힣" or "ㄱ" <= ch <= "ㆎ":
        return "H"
    if ch.isdigit():
        return "D"
    if "a" <= ch.lower() <= "z":
        return "L"
    if "\u4e00" <= ch <= "\u9fff":
        return "C"
    return "P"


@lru_cache(maxsize=65536)
def shape(form: str) -> str:
    """Character classes with runs collapsed: 서울 → H, 10조 → DH, KT&G → LPL (at most 4)."""
    out: list[str] = []
    for ch in form:
        c = _char_class(ch)
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:4])


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                     frozenset[str], frozenset[str]]:
    from models.nlp.gazetteer import word_classes

    classes = word_classes()
    org = frozenset(s for s in classes.get("ORG_SUFFIX", ()) if len(s) >= 2)
    loc = frozenset(s for s in classes.get("PLACE_SUFFIX", ()) if len(s) >= 2)
    return titles(), roles(), surnames(), org, loc, classes.get("FOREIGN_SYLLABLE", frozenset())


@lru_cache(maxsize=131072)
def _own(form: str, tag: str) -> tuple[str, ...]:
    """Features of a morpheme on its own (cached: news repeats its words)."""
    tit, rol, sur, org, loc, foreign = _cues()
    w = form.lower() if tag == "SL" else form
    feats = ["w=" + w, "t=" + tag, "sh=" + shape(form), "n=" + str(min(len(form), 5))]
    if len(form) >= 2:
        feats += ["p1=" + form[:1], "s1=" + form[-1:]]
    if len(form) >= 3:
        feats += ["p2=" + form[:2], "s2=" + form[-2:]]
    if form in tit:
        feats.append("ti")
    if form in rol:
        feats.append("ro")
    if 2 <= len(form) <= 4 and shape(form) == "H" and (form[0] in sur or form[:2] in sur):
        feats.append("sn")
    if len(form) >= 2 and shape(form) == "H":
        hits = sum(1 for ch in form if ch in foreign)
        if hits >= 2 or hits / len(form) >= 0.4:
            feats.append("fr")  # a transliterated foreign word
    for n in (3, 2):
        if len(form) > n and form[-n:] in org:
            feats.append("os")
            break
    for n in (3, 2):
        if len(form) > n and form[-n:] in loc:
            feats.append("ls")
            break
    return tuple(feats)


def gazetteer_tags(text: str, morphs: Sequence[Morph], gaz: Gazetteer | None) -> list[str]:
    """BIO tags of gazetteer matches that start and end at morpheme boundaries. Weak entries
    (ordinary words too) count only where Kiwi tagged every morpheme as a proper noun."""
    if gaz is None or not morphs:
        return [OUT] * len(morphs)
    starts = {m.start for m in morphs}
    ends = {m.end for m in morphs}
    proper = {(m.start, m.end) for m in morphs if m.tag in ("NNP", "SH")}

    def weak_ok(a: int, b: int) -> bool:
        inside = [m for m in morphs if a <= m.start and m.end <= b]
        return bool(inside) and all((m.start, m.end) in proper for m in inside)

    found = gaz.find(text, starts, ends, weak_ok)
    return project_spans(morphs, [(f.start, f.end, f.entry.label) for f in found])


def sentence_features(text: str, morphs: Sequence[Morph], gaz_tags: Sequence[str],
                      base_tags: Sequence[str]) -> list[list[str]]:
    """One feature list per morpheme of one sentence."""
    n = len(morphs)
    own: list[tuple[str, ...]] = []
    space_before: list[bool] = []
    for i, m in enumerate(morphs):
        own.append(_own(m.form, m.tag))
        space_before.append(i == 0 or morphs[i - 1].end < m.start)
    words = _words(morphs, space_before)
    out: list[list[str]] = []
    for i, m in enumerate(morphs):
        f = ["b", *own[i], "g=" + gaz_tags[i], "e=" + base_tags[i], *words[i]]
        if m.tag in _NOMINAL:
            # The same name is a place before 에서 and an actor before 은/이 (한국에서, 한국은):
            # the pairs say it where the two features alone cannot.
            jp = next((x[3:] for x in words[i] if x.startswith("jp=")), "#")
            f += ["wj=" + m.form + "|" + jp, "ej=" + base_tags[i] + "|" + jp,
                  "gj=" + gaz_tags[i] + "|" + jp]
        f.append("wt=" + m.form + "/" + m.tag)
        if m.tag in _NOMINAL and m.kid >= 0:
            f.extend(neighbours(m.kid))
        if space_before[i]:
            f.append("sp")
        if i + 1 == n or space_before[i + 1]:
            f.append("ep")
        if m.oov:
            f.append("oov")
        if m.label:
            f.append("ul=" + m.label)
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                o = morphs[j]
                f.append(f"{d}w={o.form}")
                f.append(f"{d}t={o.tag}")
                if d in (-1, 1):
                    f.append(f"{d}g={gaz_tags[j]}")
                    f.append(f"{d}e={base_tags[j]}")
                    f.extend(f"{d}{x}" for x in own[j] if x in ("ti", "ro", "os", "ls", "sn"))
            elif d in (-1, 1):
                f.append("BOS" if d < 0 else "EOS")
        if i > 0:
            f.append("tt=" + morphs[i - 1].tag + "|" + m.tag)
            f.append("ee=" + base_tags[i - 1] + "|" + base_tags[i])
        if i + 1 < n:
            f.append("tn=" + m.tag + "|" + morphs[i + 1].tag)
            f.append("wn=" + m.form + "|" + morphs[i + 1].form)
        out.append(f)
    return out


# How many of a morpheme's nearest morphemes in Kiwi's own embedding are features of it.
NEIGHBOURS = 8


@lru_cache(maxsize=262144)
def neighbours(kid: int) -> tuple[str, ...]:
    """The morphemes nearest to Kiwi's morpheme ``kid`` in the embedding of Kiwi's language model
    (its "CoNg" model, already shipped with Kiwi): 서초구 → 강동구, 송파구, …; 검찰 → 경찰, 법무부, ….

    A name the project never annotated still shares these with names it did, which is what a
    CRF of a thousand sentences lacks. Ids are the model's, the same in every Kiwi instance, so
    any instance can answer. Words added to Kiwi (the gazetteer's, a project's) have no embedding
    and get none; their gazetteer and user-word features speak for them.
    """
    from models.nlp.kiwi_runtime import any_kiwi

    kiwi = any_kiwi()
    if kiwi is None:
        return ()
    try:
        near = kiwi.most_similar_morphemes(kid, NEIGHBOURS)
    except (ValueError, RuntimeError):  # an id the model does not know
        return ()
    return tuple(f"nb={x.form}/{x.tag}" for x in near)


_NOMINAL = frozenset({"NNP", "NNG", "NNB", "NR", "SL", "SH", "SN", "XR", "XSN", "XPN"})
_PREDICATE_WINDOW = 10


def _words(morphs: Sequence[Morph], space_before: Sequence[bool]) -> list[list[str]]:
    """Word (eojeol) and clause features, often out of the ±2 window:

    * what follows the noun part of the word — the particle that says place, actor or possessor
      (에서, 은, 의) — and where in the word the morpheme sits;
    * the previous word's last morpheme and the next word's first (a role before a name, a title
      after it);
    * the noun part of the word as a whole and its first and last syllables, because Kiwi cuts
      names it does not know into odd pieces (최/NNP 순/NNG 인 …);
    * the next predicate (밝히다, 열리다, 영입하다): actors, places and teams go with different
      verbs.
    """
    bounds: list[tuple[int, int]] = []
    for i in range(len(morphs)):
        if space_before[i]:
            bounds.append((i, i + 1))
        else:
            bounds[-1] = (bounds[-1][0], i + 1)
    predicate = _predicates(morphs)
    out: list[list[str]] = [[] for _ in morphs]
    for w, (a, b) in enumerate(bounds):
        prev_last = morphs[bounds[w - 1][1] - 1] if w > 0 else None
        next_first = morphs[bounds[w + 1][0]] if w + 1 < len(bounds) else None
        common = ["pw=" + (prev_last.form if prev_last else "BOS"),
                  "nw=" + (next_first.form if next_first else "EOS"),
                  "nwt=" + (next_first.tag if next_first else "EOS")]
        stem_end = a
        while stem_end < b and morphs[stem_end].tag in _NOMINAL:
            stem_end += 1
        stem = "".join(m.form for m in morphs[a:stem_end])
        for i in range(a, b):
            after = next((morphs[j] for j in range(i + 1, b)
                          if is_edge_tag(morphs[j].tag) and not is_punct(morphs[j])), None)
            pos = "S" if b - a == 1 else "B" if i == a else "E" if i == b - 1 else "I"
            f = [*common, "jp=" + (after.form if after else "#"), "wp=" + pos]
            if i < stem_end and stem:
                if stem_end - a > 1 and len(stem) <= 8:
                    f.append("st=" + stem)
                f += ["st0=" + stem[0], "st9=" + stem[-1], "stn=" + str(min(len(stem), 6))]
            if morphs[i].tag in _NOMINAL and predicate[i]:
                f.append("vv=" + predicate[i])
            out[i] = f
    return out


def _predicates(morphs: Sequence[Morph]) -> list[str]:
    """For each morpheme, the next verb or adjective (or 하다-noun) within a few morphemes."""
    out = [""] * len(morphs)
    nxt = ""
    dist = 0
    for i in range(len(morphs) - 1, -1, -1):
        m = morphs[i]
        if m.tag in ("VV", "VA"):
            nxt, dist = m.form, 0
        elif m.tag in ("XSV", "XSA") and i > 0:
            nxt, dist = morphs[i - 1].form, 0
        else:
            dist += 1
        out[i] = nxt if dist <= _PREDICATE_WINDOW else ""
    return out


def is_punct(m: Morph) -> bool:
    return m.tag in PUNCT_TAGS
