"""Sentence numbers of offsets, for the project rules' "same sentence" and "sentence before"
tests (models.nlp.projects and the modules it calls)."""

from __future__ import annotations

import re
from bisect import bisect_right

# a sentence ends after . ! ? 。 and a space, at a line break, or before a list mark (▲ …)
SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n+|(?=[▲△●■◆▶►•])")


class SentenceIds:
    """Sentence (or list item) number of an offset: how many sentence breaks start at or before
    it (a lookup, not a list as long as the text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks: list[int] | None = None  # found when first asked: most texts never ask

    def __getitem__(self, offset: int) -> int:
        if self.breaks is None:
            # ". ▲" and "\n▲" are one break, not a space and then an empty list item
            self.breaks, last_end = [], -1
            for m in SENTENCE_END.finditer(self.text):
                if m.start() != last_end:
                    self.breaks.append(m.start())
                last_end = m.end()
        return bisect_right(self.breaks, offset)

    def start(self, offset: int) -> int:
        """Where the sentence holding ``offset`` starts (its break's offset; 0 for the first)."""
        sid = self[offset]
        return self.breaks[sid - 1] if sid > 0 and self.breaks else 0
