"""The suggestion engine: rules (money, dates, quantities), Kiwi-based entities and projects.

``analyze`` is a pure function of its arguments: no database, no Qt, no global state except the
process's shared Kiwi (``kiwi="auto"``), which is safe to use from several threads once built.
So it can run on a GUI worker thread, or in a process pool:

    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context
    from models.nlp.kiwi_runtime import init_worker

    with ProcessPoolExecutor(2, mp_context=get_context("spawn"),
                             initializer=init_worker, initargs=(project_terms,)) as pool:
        analyses = pool.map(analyze_auto, texts)   # analyze_auto calls analyze(t, kiwi="auto")

Each worker builds its own Kiwi in ``init_worker`` (a Kiwi with user words cannot be pickled),
and ``analyze(..., kiwi="auto")`` picks it up. ``analyze_rules`` never touches Kiwi: it gives the
instant highlights (amounts, dates, quantities, projects and their links) while Kiwi loads.

Span layers: MONEY, DATE, QUANTITY, PERSON, ORG and LOCATION never overlap one another (the
rules win over Kiwi where they are certain); a PROJECT span may contain entity spans (a place
named in a project's name) but never cuts through one of them or through an amount.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import date
from itertools import pairwise, repeat
from typing import TYPE_CHECKING, Any, Literal

from models.collector import few_collections
from models.domain import AMOUNT_FOR, Analysis, Relation, Span
from models.nlp import batching
from models.nlp.aliases import hanja_full_names
from models.nlp.aligned_tables import barred_view
from models.nlp.chunks import Morph, to_morphs
from models.nlp.entities import find_entities, find_entities_many
from models.nlp.entity_words import NOT_ENTITY, OPENING_QUOTES
from models.nlp.gazetteer import builtin_gazetteer
from models.nlp.glossed_places import glossed_places, short_countries
from models.nlp.kiwi_runtime import tokenize
from models.nlp.projects import find_projects
from models.nlp.relation_spans import relation_spans
from models.nlp.relations import find_relations
from models.nlp.table_money import cells_read, find_table_money
from models.nlp.work_titles import outside_titles
from models.rules.dates import find_dates
from models.rules.money import find_money
from models.rules.quantity import find_quantities

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

    from models.nlp.gazetteer import Gazetteer


#: The name of this engine's runs in the store (``models.learn.predict`` adds the tagger's
#: version); a new version makes every document due for suggestions again.
ENGINE_VERSION = "2"  # 2: relations beyond AMOUNT_FOR (models.nlp.relations)
ENGINE_NAME = f"bitgeul-rules+kiwi/{ENGINE_VERSION}"

_FRAME_SCORE = 0.6  # a project named only by its amount's frame (models.nlp.projects)
_LINK_SCORE = 0.8  # the project finder's own link (parentheses, or nearest in the sentence)
_RULE_LABELS = frozenset({"MONEY", "DATE", "QUANTITY"})
# Higher wins when two spans of the flat layer overlap.
_PRIORITY = {"MONEY": 5, "DATE": 5, "QUANTITY": 3, "PERSON": 2, "ORG": 2, "LOCATION": 2}


def analyze(
    text: str,
    doc_date: date | None = None,
    *,
    kiwi: Kiwi | Literal["auto"] | None = "auto",
    gazetteer: Gazetteer | None = None,
    labels: Collection[str] | None = None,
    tokens: Sequence[Any] | None = None,
) -> Analysis:
    """All suggestions for one NFC-normalised text.

    ``kiwi``: a built Kiwi, ``"auto"`` for the process's shared one (waits for the warm-up; if
    Kiwi failed to load, the result is the rules-only analysis), or None for rules only.
    ``gazetteer``: the project's gazetteer (default: the built-in one). ``labels``: keep only
    these labels. ``tokens``: Kiwi's tokens of ``text`` if already computed.
    """
    if tokens is None:
        k = _resolve_kiwi(kiwi)
        if k is not None:
            tokens = tokenize(k, text)
    return _combine(text, doc_date, tokens, gazetteer, labels)


def analyze_rules(text: str, doc_date: date | None = None) -> Analysis:
    """Amounts, dates, quantities and projects with their links, without Kiwi (instant)."""
    return _combine(text, doc_date, None, None, None)


def analyze_many(
    items: Iterable[str | tuple[str, date | None]],
    *,
    kiwi: Kiwi | Literal["auto"] | None = "auto",
    gazetteer: Gazetteer | None = None,
    labels: Collection[str] | None = None,
) -> Iterator[Analysis]:
    """``analyze`` over many texts, letting Kiwi tokenize them on its own threads meanwhile.

    Items are texts or ``(text, doc_date)`` pairs; results come back in order, a few dozen at a
    time (see ``_combine_many``).
    """
    pairs = [(it, None) if isinstance(it, str) else it for it in items]
    k = _resolve_kiwi(kiwi)
    token_lists: Iterator[Any] = (tokenize(k, (text for text, _ in pairs)) if k is not None
                                  else repeat(None))
    with few_collections():
        first = 0
        while first < len(pairs):
            # Halving towards the end: the last batch runs after Kiwi has finished, on one core.
            size = batching.last_share(len(pairs) - first)
            batch: list[tuple[str, date | None, Any]] = []
            chars = 0
            for text, doc_date in pairs[first:first + size]:
                batch.append((text, doc_date, next(token_lists)))
                chars += len(text)
                if batching.full(len(batch), chars):
                    break
            first += len(batch)
            yield from _combine_many(batch, gazetteer, labels)


def analyze_batch(
    items: Sequence[tuple[str, date | None, Sequence[Any] | None]],
    *,
    gazetteer: Gazetteer | None = None,
    labels: Collection[str] | None = None,
) -> list[Analysis]:
    """``analyze`` of ``(text, doc_date, Kiwi's tokens or None)`` items whose tokens are already
    computed (``models.bulk`` gathers them from its own batch tokenizer), in order: the same
    analyses as text by text, the rules taking the items together (see ``_combine_many``)."""
    return _combine_many(items, gazetteer, labels)


def _resolve_kiwi(kiwi: Kiwi | Literal["auto"] | None) -> Kiwi | None:
    if kiwi == "auto":
        from models.nlp.kiwi_runtime import get_kiwi

        return get_kiwi(wait=True)
    return kiwi


def _combine(
    text: str,
    doc_date: date | None,
    tokens: Sequence[Any] | None,
    gazetteer: Gazetteer | None,
    labels: Collection[str] | None,
) -> Analysis:
    t = _Text(text, doc_date, tokens)
    wanted = _Wanted(gazetteer, labels)
    for step in _STEPS:
        step(t, wanted)
    return Analysis(t.spans, t.relations)


def _combine_many(
    items: Sequence[tuple[str, date | None, Sequence[Any] | None]],
    gazetteer: Gazetteer | None,
    labels: Collection[str] | None,
) -> list[Analysis]:
    """The analyses of ``(text, doc_date, Kiwi's tokens or None)`` items.

    Each step runs over all the items before the next one starts: the rules are many steps of
    Python code, each with its own regular expressions and word tables, and done text after text
    they push one another out of the processor's caches (on 3,000 news sentences in batches of
    32 the rules take about a sixth less time than text after text).
    """
    todo = [_Text(text, doc_date, tokens) for text, doc_date, tokens in items]
    wanted = _Wanted(gazetteer, labels)
    for step in _STEPS:
        batched = _BATCHED.get(step)
        if batched is not None:
            batched(todo, wanted)
        else:
            for t in todo:
                step(t, wanted)
    return [Analysis(t.spans, t.relations) for t in todo]


class _Wanted:
    """What the caller asked for: the gazetteer and the labels (None: all)."""

    __slots__ = ("gazetteer", "labels", "entities", "projects", "links", "places")

    def __init__(self, gazetteer: Gazetteer | None, labels: Collection[str] | None) -> None:
        self.gazetteer = gazetteer
        self.labels = labels
        if labels is None:
            self.entities = self.projects = self.links = self.places = True
        else:
            self.entities = bool(set(labels) - _RULE_LABELS - {"PROJECT"})
            self.projects = "PROJECT" in labels
            self.links = AMOUNT_FOR in labels
            self.places = "LOCATION" in labels

    def want(self, label: str) -> bool:
        return self.labels is None or label in self.labels


class _Text:
    """One text on its way through the steps, and what they have found in it so far."""

    __slots__ = ("text", "doc_date", "tokens", "money", "dates", "quantities", "morphs",
                 "entities", "known_projects", "flat", "projects", "project_spans", "links",
                 "replaced", "spans", "relations")

    # set by the steps that always run (see _STEPS)
    money: list[Span]
    dates: list[Span]
    quantities: list[Span]
    flat: list[Span]
    spans: list[Span]
    relations: list[Relation]

    def __init__(self, text: str, doc_date: date | None, tokens: Sequence[Any] | None) -> None:
        self.text = text
        self.doc_date = doc_date
        self.tokens = tokens
        # what the steps that may not run leave
        self.morphs: list[Morph] | None = None
        self.entities: Sequence[Span] = ()
        self.known_projects: Sequence[Span] = ()
        self.projects: Sequence[Span] = ()
        self.project_spans: Sequence[Span] = ()
        self.links: Sequence[tuple[int, int]] = ()
        # a frame-only project → the known name that beat it (None: none did, most often)
        self.replaced: dict[Span, Span] | None = None


def _money(t: _Text, wanted: _Wanted) -> None:
    t.money = find_money(t.text)
    # a table lined up with spaces (copied from a PDF) is read as if barred: same offsets
    view = barred_view(t.text)
    table = find_table_money(view)  # a report's table (most texts: none, found at once)
    if table:
        read = cells_read(view)  # cells with their own unit ("96억원"): the table's amounts
        t.money = sorted([*(m for m in t.money if m.start not in read), *table],
                         key=lambda s: s.start)


def _dates(t: _Text, wanted: _Wanted) -> None:
    t.dates = find_dates(t.text, t.doc_date)


def _quantities(t: _Text, wanted: _Wanted) -> None:
    t.quantities = find_quantities(t.text, taken=[*t.money, *t.dates])


def _morphs(t: _Text, wanted: _Wanted) -> None:
    # Kiwi's tokens copied once into plain objects for both the entity and the project rules:
    # reading a Kiwi token's attributes costs far more than reading a slotted object's.
    if t.tokens is not None:
        t.morphs = to_morphs(t.tokens)


def _entities(t: _Text, wanted: _Wanted) -> None:
    if t.morphs is not None and wanted.entities:
        _place_entities(t, find_entities(t.text, gazetteer=wanted.gazetteer, morphs=t.morphs),
                        wanted.gazetteer)


def _entities_many(todo: Sequence[_Text], wanted: _Wanted) -> None:
    """_entities over several texts, each pass of the entity rules over all of them at once."""
    if not wanted.entities:
        return
    some: list[_Text] = []  # the texts with Kiwi's tokens
    morphs: list[list[Morph]] = []
    for t in todo:
        if t.morphs is not None:
            some.append(t)
            morphs.append(t.morphs)
    found = find_entities_many([t.text for t in some], morphs, wanted.gazetteer)
    for t, entities in zip(some, found, strict=True):
        _place_entities(t, entities, wanted.gazetteer)


def _place_entities(t: _Text, entities: list[Span], gaz: Gazetteer | None) -> None:
    entities = outside_titles(t.text, short_countries(t.text, glossed_places(t.text, entities)))
    entities = hanja_full_names(t.text, entities, gaz if gaz is not None else builtin_gazetteer())
    # a project name the user accepted before, found by the gazetteer
    t.known_projects = [s for s in entities if s.label == "PROJECT"]
    t.entities = [s for s in entities if s.label != "PROJECT"]


def _flat(t: _Text, wanted: _Wanted) -> None:
    t.flat = _resolve_flat(t.text, [*t.money, *t.dates, *t.quantities, *t.entities])
    t.money = [s for s in t.flat if s.label == "MONEY"]


def _projects(t: _Text, wanted: _Wanted) -> None:
    if not (wanted.projects or wanted.links):
        return
    text, money = t.text, t.money
    result = find_projects(text, money, t.morphs)
    cuts_amount = _amount_cutter(money)
    keep = [not cuts_amount(p) for p in result.spans]
    projects = [p for p, ok in zip(result.spans, keep, strict=True) if ok]
    t.links = [(mi, pi) for mi, pi in result.links if keep[pi]]
    t.project_spans = result.spans
    for k in t.known_projects:
        if cuts_amount(k):
            continue
        clash = [p for p in projects if k.overlaps(p)]
        # A name the user accepted beats a guess from an amount's frame ("햇살마을 사업에").
        if all(p.score == _FRAME_SCORE for p in clash):
            projects = [p for p in projects if p not in clash]
            projects.append(k)
            if t.replaced is None:
                t.replaced = {}
            t.replaced.update((p, k) for p in clash)
    t.projects = projects
    # A project wins over an entity that sticks out of it (the entity was a guess).
    flat = [s for s in t.flat if s.label in _RULE_LABELS or not _sticks_out(s, projects)]
    if t.tokens is not None and wanted.places:
        flat.extend(_project_places(text, projects, flat, t.tokens))
    t.flat = flat


def _spans(t: _Text, wanted: _Wanted) -> None:
    # (all labels wanted: the flat list itself, which no later step reads)
    spans = t.flat if wanted.labels is None else [s for s in t.flat if wanted.want(s.label)]
    if wanted.projects:
        spans.extend(t.projects)
    if wanted.labels is None and t.tokens is not None:
        # a title's place and a name before a body and a title, for the relation pass
        spans.extend(relation_spans(t.text, spans))
    spans.sort(key=lambda s: (s.start, -s.end, s.label))
    t.spans = spans


def _relations(t: _Text, wanted: _Wanted) -> None:
    spans = t.spans
    relations: list[Relation] = []
    if t.links:
        where = {(s.start, s.end, s.label): n for n, s in enumerate(spans)}
        for mi, pi in t.links:
            m, p = t.money[mi], t.project_spans[pi]
            if t.replaced is not None:
                p = t.replaced.get(p, p)
            head = where.get((m.start, m.end, m.label))
            tail = where.get((p.start, p.end, p.label))
            if head is not None and tail is not None:
                relations.append(Relation(head, tail, AMOUNT_FOR, _LINK_SCORE))
    if wanted.labels is None:
        relations.extend(find_relations(t.text, spans, relations))
    t.relations = relations


# The steps of an analysis, in order (see _combine_many), and the batch form of those that have
# passes of their own to take over a batch.
_STEPS = (_money, _dates, _quantities, _morphs, _entities, _flat, _projects, _spans, _relations)
_BATCHED = {_entities: _entities_many}


def _resolve_flat(text: str, spans: list[Span]) -> list[Span]:
    """Drop overlaps: higher priority first, then longer, then earlier."""
    # Most texts have none: in start order, two spans overlap only if two neighbours do.
    by_start = sorted(spans, key=lambda s: (s.start, s.end))
    if all(a.end <= b.start for a, b in pairwise(by_start)):
        return by_start
    order = sorted(spans, key=lambda s: (-_PRIORITY.get(s.label, 1), -(s.end - s.start), s.start))
    busy = bytearray(len(text) + 1)
    taken: list[Span] = []
    for s in order:
        if any(busy[s.start : s.end]):
            continue
        busy[s.start : s.end] = b"\x01" * (s.end - s.start)
        taken.append(s)
    taken.sort(key=lambda s: (s.start, s.end))
    return taken


def _project_places(text: str, projects: Sequence[Span], flat: Sequence[Span],
                    tokens: Sequence[Any]) -> list[Span]:
    """The place a project is named after when no gazetteer knows it: a first word that Kiwi
    reads as one proper noun (오송 바이오 국가산단 조성, 대불 국가산단 …), so that the
    project's region comes from its own words."""
    out: list[Span] = []
    starts: dict[int, Any] | None = None  # made for the first project that needs it
    for p in projects:
        if any(p.start <= s.start < p.end for s in flat if s.label == "LOCATION"):
            continue
        first = p.start + (text[p.start] in OPENING_QUOTES)  # "'남해안 섬 관광 벨트 조성' 사업"
        space = text.find(" ", first, p.end)
        if starts is None:
            starts = {t.start: t for t in tokens}
        tok = starts.get(first)
        if space < 0 or tok is None or tok.tag != "NNP" or tok.start + tok.len != space \
                or space - first < 2:
            continue
        if text[first:space] not in NOT_ENTITY and not any(  # (부유식: "floating")
                s.start < space and first < s.end for s in flat):
            out.append(Span(first, space, "LOCATION", text[first:space], "project:place", 0.5))
    return out


def _amount_cutter(money: Sequence[Span]) -> Callable[[Span], bool]:
    """Whether a span cuts into one of ``money`` (flat: in start order, no two overlapping, so
    their ends rise too), by bisection: a report's table may hold thousands of amounts and as
    many projects."""
    starts = [m.start for m in money]

    def cuts(span: Span) -> bool:
        i = bisect_left(starts, span.end) - 1
        return i >= 0 and money[i].end > span.start
    return cuts


def _sticks_out(span: Span, projects: Sequence[Span]) -> bool:
    """True when ``span`` overlaps a project without lying inside it."""
    return any(span.overlaps(p) and (span.start < p.start or span.end > p.end) for p in projects)
