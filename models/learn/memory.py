"""What every decision teaches at once, before any model is trained.

* Accepted texts are project terms (``ProjectStore.project_terms`` feeds the engine's gazetteer);
  here they are also matched at morpheme boundaries across the corpus, so that a name the engine
  cannot find on its own ("빛고을 스타즈", two words) is suggested wherever it appears again.
* User-added labels (not among the built-in ones) get suggestions from their accepted examples
  the same way; such a span replaces the engine's entity spans that it covers.
* A rejected suggestion is not suggested again with the same text and label in a similar
  context: the word before it, the particle glued to it or the word after it is the same. Once a
  text and label were rejected twice and never accepted, they are not suggested anywhere.

The memory is plain data (picklable): the suggestion runner ships it to its worker processes.
Rejections of every annotator count: suggestions are shared by the project.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from models.domain import DEFAULT_LABELS, RULE_LABELS, Analysis, Span
from models.learn.combine import add_spans, filter_spans
from models.nlp.gazetteer import Gazetteer, normalize_term

if TYPE_CHECKING:
    from models.learn.features import Morph
    from models.store.project import ProjectStore

BUILTIN_LABELS = frozenset(name for name, _c, _k in DEFAULT_LABELS)
_WORD_END = " \t\n\r.,·ㆍ!?;:()[]{}<>\"'‘’“”「」『』《》〈〉…/"
_CONTEXT_CHARS = 40
REJECTIONS_EVERYWHERE = 2  # rejected this often (and never accepted): not suggested anywhere
# A text accepted under several labels is a learned term only when this share of its
# acceptances has one label: in news 미국 acts (ORG in some conventions) as often as it is the
# place, and the most accepted label of a mixed text wrongly relabels it everywhere (KMOU, 1,300
# sentences in a project: LOCATION 0.57 → 0.48 on the next ones).
AGREEMENT = 0.8


@dataclass(frozen=True, slots=True)
class Context:
    left: str  # the word before the span's word (without its particle)
    attach: str  # what is glued to the span up to the end of its word (a particle: 가, 에서)
    right: str  # the next word (without its particle)


def _clean(word: str) -> str:
    """A context word without punctuation and without its particle (우유를, 우유가 → 우유)."""
    from models.nlp.snapping import snap_plain

    word = word.strip(_WORD_END)
    if not word:
        return ""
    start, end = snap_plain(word, 0, len(word))
    return word[start:end] or word


def context_of(text: str, start: int, end: int) -> Context:
    """The words around ``text[start:end]`` (punctuation trimmed)."""
    i = end
    while i < len(text) and text[i] not in _WORD_END:
        i += 1
    attach = text[end:i]
    right = text[i:i + _CONTEXT_CHARS].split()
    j = start
    while j > 0 and text[j - 1] not in _WORD_END:
        j -= 1
    left = text[max(0, j - _CONTEXT_CHARS):j].split()
    return Context(_clean(left[-1]) if left else "", attach,
                   _clean(right[0]) if right else "")


def similar(a: Context, b: Context) -> bool:
    return bool((a.left and a.left == b.left) or (a.attach and a.attach == b.attach)
                or (a.right and a.right == b.right))


@dataclass(slots=True)
class Memory:
    rejected: dict[tuple[str, str], list[Context]] = field(default_factory=dict)
    accepted: dict[tuple[str, str], int] = field(default_factory=dict)
    # Accepted (term, label) pairs to match at morpheme boundaries; user labels among them.
    terms: list[tuple[str, str]] = field(default_factory=list)
    user_labels: frozenset[str] = frozenset()
    _gaz: Gazetteer | None = None

    def __getstate__(self) -> dict[str, object]:
        return {"rejected": self.rejected, "accepted": self.accepted, "terms": self.terms,
                "user_labels": self.user_labels}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.rejected = state["rejected"]  # type: ignore[assignment]
        self.accepted = state["accepted"]  # type: ignore[assignment]
        self.terms = state["terms"]  # type: ignore[assignment]
        self.user_labels = state["user_labels"]  # type: ignore[assignment]
        self._gaz = None

    def __bool__(self) -> bool:
        return bool(self.rejected or self.terms)

    def fingerprint(self) -> str:
        """What this memory would change in a suggestion, as a short hash: the learned terms,
        the rejections with their contexts and which rejected texts were also accepted. It
        changes when a decision teaches something, not when one only confirms (accepting an
        amount, marking a document done), so documents are re-suggested only when it does."""
        import hashlib

        h = hashlib.blake2b(digest_size=6)
        for term, label in self.terms:
            h.update(f"t\x1f{term}\x1f{label}\x1e".encode())
        for (text, label), seen in sorted(self.rejected.items()):
            accepted = 1 if self.accepted.get((text, label)) else 0
            h.update(f"r\x1f{text}\x1f{label}\x1f{accepted}\x1f{len(seen)}".encode())
            for c in sorted({(c.left, c.attach, c.right) for c in seen}):
                h.update(("\x1f" + "\x1d".join(c)).encode())
            h.update(b"\x1e")
        for label in sorted(self.user_labels):
            h.update(f"u\x1f{label}\x1e".encode())
        return h.hexdigest()

    # -- rejections ---------------------------------------------------------------------------

    def is_suppressed(self, text: str, span: Span) -> bool:
        key = (text[span.start:span.end], span.label)
        seen = self.rejected.get(key)
        if not seen:
            return False
        here = context_of(text, span.start, span.end)
        if any(similar(here, c) for c in seen):
            return True
        return len(seen) >= REJECTIONS_EVERYWHERE and not self.accepted.get(key)

    # -- accepted terms -----------------------------------------------------------------------

    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            gaz = Gazetteer()
            for term, label in self.terms:
                # Two-letter Hangul terms are ordinary words as often as names (경기, 대구):
                # only where Kiwi says proper noun, like the built-in weak aliases.
                weak = len(term) <= 2 and all("가" <= ch <= "힣" for ch in term)
                gaz.add(term, label, weak=weak, source="learned")
            self._gaz = gaz
        return self._gaz

    def learned_spans(self, text: str, morphs: Sequence[Morph] | None) -> list[Span]:
        """Accepted terms found again in ``text`` (at morpheme boundaries when given)."""
        if not self.terms:
            return []
        if morphs:
            starts = {m.start for m in morphs}
            ends = {m.end for m in morphs}
            proper = {(m.start, m.end) for m in morphs if m.tag in ("NNP", "SH", "SL")}

            def weak_ok(a: int, b: int) -> bool:
                inside = [m for m in morphs if a <= m.start and m.end <= b]
                return bool(inside) and all((m.start, m.end) in proper for m in inside)

            found = self.gazetteer().find(text, starts, ends, weak_ok)
        else:
            found = self.gazetteer().find(text)
        return [Span(f.start, f.end, f.entry.label, text[f.start:f.end], "learned", 0.9)
                for f in found]

    def apply(self, text: str, analysis: Analysis, morphs: Sequence[Morph] | None = None
              ) -> Analysis:
        """Add learned spans where they fit, then drop suppressed suggestions."""
        if not self:
            return analysis
        learned = [s for s in self.learned_spans(text, morphs) if not self.is_suppressed(text, s)]
        if learned:
            taken = list(analysis.spans)
            add: list[Span] = []
            drop: set[int] = set()
            for s in learned:
                if s.label == "PROJECT" and any(o.label == "PROJECT" and o.overlaps(s)
                                                for o in taken):
                    continue  # the rules found this project already: one suggestion, not two
                clash = [n for n, o in enumerate(taken) if o.overlaps(s) and o.label != "PROJECT"]
                if not clash:
                    add.append(s)
                    continue
                # A user label wins over the engine's entities it covers (they were guesses of
                # labels the engine knows, the user's label is the project's own truth).
                covered = all(taken[n].start >= s.start and taken[n].end <= s.end
                              and taken[n].label not in RULE_LABELS for n in clash)
                if s.label in self.user_labels and covered:
                    drop.update(clash)
                    add.append(s)
            if drop:
                gone = {id(taken[n]) for n in drop}
                analysis = filter_spans(analysis, lambda sp: id(sp) not in gone)
            analysis = add_spans(analysis, add)
        if self.rejected:
            analysis = filter_spans(analysis, lambda sp: not self.is_suppressed(text, sp))
        return analysis


def load_memory(store: ProjectStore) -> Memory:
    """The project's rejections, acceptances and learned terms, read in one transaction."""
    # imported here: a suggestion worker unpickles a Memory and never reads a store
    from sqlalchemy import func, select

    from models.store import schema as s

    mem = Memory()
    with store.session() as session:
        user_labels = frozenset(session.scalars(
            select(s.Label.name).where(s.Label.builtin.is_(False))).all()) - BUILTIN_LABELS
        # One rejection per place: a later pass that suggests a rejected span again carries
        # the rejection over to its new row (``ingest.save_analyses``); it is still one.
        rows = session.execute(
            select(s.Suggestion.document_id, s.Suggestion.start, s.Suggestion.end,
                   s.Suggestion.label)
            .join(s.Rejection, s.Rejection.suggestion_id == s.Suggestion.id).distinct()).all()
        doc_ids = sorted({r[0] for r in rows})
        texts: dict[int, str] = {}
        for n in range(0, len(doc_ids), 500):
            texts.update(session.execute(select(s.Document.id, s.Document.text).where(
                s.Document.id.in_(doc_ids[n:n + 500]))).all())
        piece = func.substr(s.Document.text, s.Annotation.start + 1,
                            s.Annotation.end - s.Annotation.start)
        accepted = session.execute(
            select(s.Annotation.label, piece, func.count())
            .join(s.Document, s.Document.id == s.Annotation.document_id)
            .group_by(s.Annotation.label, piece)).all()
    for doc_id, start, end, label in rows:
        text = texts.get(doc_id)
        if text is None or end > len(text):
            continue
        mem.rejected.setdefault((text[start:end], label), []).append(context_of(text, start, end))
    for label, text, count in accepted:
        if text:
            mem.accepted[(text, label)] = mem.accepted.get((text, label), 0) + int(count)
    mem.terms = learned_terms(mem.accepted, user_labels)
    mem.user_labels = user_labels
    return mem


def learned_terms(accepted: dict[tuple[str, str], int], user_labels: Iterable[str]
                  ) -> list[tuple[str, str]]:
    """Accepted entity texts worth matching again: one label per text (the most accepted, if at
    least :data:`AGREEMENT` of its acceptances), two to forty characters, not numbers (amounts
    and dates are the rules' job)."""
    counts: dict[str, dict[str, int]] = {}
    wanted = {"PERSON", "ORG", "LOCATION", "PROJECT", *user_labels}
    for (text, label), count in accepted.items():
        term = normalize_term(text)
        if label not in wanted or not 2 <= len(term) <= 40 or term.replace(" ", "").isdigit():
            continue
        by_label = counts.setdefault(term, {})
        by_label[label] = by_label.get(label, 0) + count
    out = []
    for term, by_label in counts.items():
        label, n = max(by_label.items(), key=lambda kv: (kv[1], kv[0]))
        if n >= AGREEMENT * sum(by_label.values()):
            out.append((term, label))
    return sorted(out)


def agreed_terms(terms: dict[str, set[str]], memory: Memory | None) -> list[tuple[str, str]]:
    """The project's terms (``ProjectStore.project_terms``: accepted texts and hints, by label)
    with one label each: a text under several labels keeps the one its acceptances agree on
    (``memory.terms``), else it is left out (the engine and the model decide in context)."""
    by_text: dict[str, set[str]] = {}
    for label, texts in terms.items():
        for text in texts:
            by_text.setdefault(text, set()).add(label)
    agreed = dict(memory.terms) if memory is not None else {}
    out = []
    for text, labels in by_text.items():
        if len(labels) == 1:
            out.append((text, next(iter(labels))))
        elif (chosen := agreed.get(normalize_term(text), "")) in labels:
            out.append((text, chosen))
    return sorted(out)
