"""What the report says of each amount of one document — added to the totals or not, and why —
for the workbench's side panel, before any export. The same rules as the Excel report
(``report_data.ReportBuilder``) over this one document: an amount another article already holds
is known only to the whole report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.export.report_data import ExportFilters, ReportBuilder
from models.export.rows import AmountRow

if TYPE_CHECKING:
    from models.store.project import ProjectStore


@dataclass(frozen=True, slots=True)
class AmountNote:
    counted: bool
    note: str | None  # the 비고 of the report's row; its row numbers count this article's amounts


def amount_notes(store: ProjectStore, doc_id: int, language: str = "ko"
                 ) -> dict[tuple[int, int], AmountNote]:
    """(start, end) of each accepted amount of document ``doc_id`` → what the report says."""
    with store.session() as session:
        builder = ReportBuilder(session, ExportFilters(doc_ids=(doc_id,)), store.annotator,
                                language)
        return {(row.start, row.end): AmountNote(row.counted, row.note)
                for kind, row in builder.rows() if kind == "amounts"
                and isinstance(row, AmountRow)}
