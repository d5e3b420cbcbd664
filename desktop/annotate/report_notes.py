"""What the Excel report will say of the selected amount (added or not, and why), computed by
the core once per version of the open document (models.export.amount_notes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from models import messages
from models.export.amount_notes import AmountNote, amount_notes

if TYPE_CHECKING:
    from models.store.project import ProjectStore
    from models.store.views import DocView


class ReportNotes:
    """The report's notes of one document view, kept until the view changes."""

    def __init__(self) -> None:
        self._view: DocView | None = None
        self._notes: dict[tuple[int, int], AmountNote] = {}

    def note(self, store: ProjectStore, view: DocView, start: int, end: int) -> AmountNote | None:
        if view is not self._view:
            language = "en" if messages.language() == "en" else "ko"
            self._notes = amount_notes(store, view.id, language)
            self._view = view
        return self._notes.get((start, end))
