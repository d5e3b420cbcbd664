"""Plain, Qt-free domain values shared by the engine, the importers, the store and the GUI.

Offsets everywhere in the core are Python code-point indices into NFC-normalised text
(see ``models.textnorm``). Only ``desktop`` converts them to Qt's UTF-16 units.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

# The built-in labels, in the order the UI lists them, with colour and default shortcut key.
DEFAULT_LABELS: tuple[tuple[str, str, str], ...] = (
    ("PERSON", "#e15759", "1"),
    ("ORG", "#4e79a7", "2"),
    ("LOCATION", "#59a14f", "3"),
    ("DATE", "#b07aa1", "4"),
    ("MONEY", "#f28e2b", "5"),
    ("QUANTITY", "#9c755f", "6"),
    ("PROJECT", "#edc948", "7"),
)
ENTITY_LABELS = ("PERSON", "ORG", "LOCATION")
RULE_LABELS = ("MONEY", "DATE", "QUANTITY")

AMOUNT_FOR = "AMOUNT_FOR"
# Relations between spans, direction as written (see CONTEXT.md):
PROPOSED_BY = "PROPOSED_BY"  # PROJECT (or one MONEY of it) → PERSON/ORG that proposes it
MEMBER_OF = "MEMBER_OF"  # PERSON → ORG (or a place acting as a body), attribute "post"
LOCATED_IN = "LOCATED_IN"  # PROJECT (or one MONEY of it) → LOCATION (or place-named body)
SAME_AS = "SAME_AS"  # short mention (황 보좌관, 유 시장) → its full mention
PART_OF = "PART_OF"  # MONEY → MONEY of the whole, attribute "funding" (국비, 지방비 …)
RELATION_LABELS = (AMOUNT_FOR, PROPOSED_BY, MEMBER_OF, LOCATED_IN, SAME_AS, PART_OF)
FUNDING_SOURCES = ("국비", "지방비", "도비", "시비", "군비", "구비", "민자", "기금")


@dataclass(frozen=True, slots=True)
class Value:
    """A normalised value of a span. Every field is optional.

    MONEY: ``value`` in the currency's unit (None when vague, e.g. 수천억원), ``low``/``high``
    (equal to ``value`` when exact), ``currency`` as ISO 4217, ``approx`` when a marker such as
    약/여/가량/이상 or a vague numeral makes it approximate. ``markers`` records those words.
    QUANTITY: ``value`` and ``unit``. DATE: ``date`` as ISO 8601, partial allowed
    ("2025", "2025-05", "2025-05-08", "2025-Q3"). ``counted``: the researcher's word on whether
    the report adds a MONEY amount to its totals (None: the report's rules decide, CONTEXT.md).
    """

    value: float | None = None
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    approx: bool = False
    unit: str | None = None
    date: str | None = None
    markers: tuple[str, ...] = ()
    counted: bool | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in ("value", "low", "high", "currency", "unit", "date"):
            v = getattr(self, key)
            if v is not None:
                out[key] = _plain_number(v) if isinstance(v, float) else v
        if self.approx:
            out["approx"] = True
        if self.markers:
            out["markers"] = list(self.markers)
        if self.counted is not None:
            out["counted"] = self.counted
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Value | None:
        if not data:
            return None

        def num(key: str) -> float | None:
            v = data.get(key)
            return None if v is None else float(v)

        return cls(
            value=num("value"),
            low=num("low"),
            high=num("high"),
            currency=data.get("currency"),
            approx=bool(data.get("approx", False)),
            unit=data.get("unit"),
            date=data.get("date"),
            markers=tuple(data.get("markers", ())),
            counted=data["counted"] if isinstance(data.get("counted"), bool) else None,
        )


def _plain_number(v: float) -> int | float:
    """10조 is 1e13: show it as an integer in JSON, not as 1e+13."""
    return int(v) if v.is_integer() and abs(v) < 2**63 else v


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch of text ``text[start:end]`` (code points, end exclusive)."""

    start: int
    end: int
    label: str
    text: str
    source: str = "rule"  # e.g. "rule:money", "kiwi", "gazetteer", "project", "import"
    score: float = 1.0
    value: Value | None = None

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end):
            raise ValueError(f"bad span offsets {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Relation:
    """A directed link between two spans of one analysis, by index into its span list."""

    head: int  # e.g. the MONEY span
    tail: int  # e.g. the PROJECT span it funds
    label: str = AMOUNT_FOR
    score: float = 1.0
    # ("post", "정책보좌관") for MEMBER_OF, ("funding", "국비") for PART_OF
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str) -> str | None:
        return next((v for k, v in self.attrs if k == name), None)


@dataclass(slots=True)
class Analysis:
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


@dataclass(slots=True)
class ImportedDoc:
    """One document read from a file, already normalised (NFC etc.), not yet stored."""

    text: str
    title: str | None = None
    date: date | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    external_id: str | None = None
    source_file: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)  # pre-annotated (gold) spans
    relations: list[Relation] = field(default_factory=list)
    hints: dict[str, list[str]] = field(default_factory=dict)  # e.g. BigKinds 인물/위치/기관 → label
    line: int | None = None  # line or row number in the source file, for messages


class InputError(Exception):
    """Bad input: the message is one line naming the file (and line) and the problem.

    ``problem`` and ``str()`` read in the language of ``models.messages`` (English on the
    command line, the UI language in the app); ``raw_problem`` is the English as raised.
    """

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path = path
        self.raw_problem = problem
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")

    @property
    def problem(self) -> str:
        from models.messages import localize

        return localize(self.raw_problem)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.problem}"


class EmptyText(InputError):
    """A record or row without text: skipped and counted, never a reason to refuse the file
    (exports of annotation tools and news databases hold such rows)."""
