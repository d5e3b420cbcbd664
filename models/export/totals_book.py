"""The report's totals: the amounts of each group (a project, a proposer, a region, …) in each
currency, summed exactly (int/Decimal, not float), with ranges kept as bounds and vague amounts
counted but never summed (models.export.report_data keeps one book per export)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models.domain import Value
from models.export.dedupe import RANGE, VAGUE
from models.rules.numerals import format_korean_amount


def _exact(v: float) -> Decimal | int:
    return int(v) if v.is_integer() else Decimal(repr(v))


@dataclass(slots=True)
class Total:
    """The amounts of one group in one currency. Sums are exact (int/Decimal), not float."""

    amounts: int = 0  # rows, duplicates included
    counted: int = 0  # rows that count
    summed: int = 0  # counted rows with a number
    ranges: int = 0
    vague: int = 0
    approx: bool = False
    _low: Decimal | int = 0
    _high: Decimal | int = 0

    def add(self, value: Value | None, kind: str, counted: bool) -> None:
        self.amounts += 1
        if not counted:
            return
        self.counted += 1
        if kind == VAGUE or value is None:
            self.vague += 1
            return
        low = value.low if value.low is not None else value.value
        high = value.high if value.high is not None else value.value
        if low is None or high is None:
            self.vague += 1
            return
        self.summed += 1
        self._low += _exact(low)
        self._high += _exact(high)
        if kind == RANGE:
            self.ranges += 1
        if value.approx:
            self.approx = True

    @property
    def low(self) -> float | None:
        return float(self._low) if self.summed else None

    @property
    def high(self) -> float | None:
        return float(self._high) if self.summed else None

    @property
    def total(self) -> float | None:
        """The sum, when it is one number (no ranges among the summed rows)."""
        return float(self._low) if self.summed and not self.ranges else None

    def sort_value(self) -> float:
        return float(self._high) if self.summed else 0.0

    def korean(self, currency: str, language: str = "ko") -> str:
        """"13조 4,000억원", "약 1조원", "200억원 ~ 300억원", plus the vague rows left out."""
        parts: list[str] = []
        if self.summed:
            if self.ranges:
                low, high = float(self._low), float(self._high)
                text = (format_korean_amount(low, currency) if low == high else
                        f"{format_korean_amount(low, currency)} ~ "
                        f"{format_korean_amount(high, currency)}")
            else:
                text = format_korean_amount(float(self._low), currency)
            if self.approx:
                text = ("약 " if language == "ko" else "≈ ") + text
            parts.append(text)
        if self.vague:
            parts.append(f"불명확 {self.vague}건" if language == "ko" else f"{self.vague} vague")
        return " + ".join(parts)


class TotalsBook:
    """Totals by group kind ("currency", "project", …), then by (name, currency)."""

    def __init__(self, kinds: tuple[str, ...]) -> None:
        self.groups: dict[str, dict[tuple[str, str], Total]] = {k: {} for k in kinds}

    def add(self, kind: str, name: str, value: Value | None, amount_kind_: str,
            counted: bool) -> None:
        currency = (value.currency if value is not None else None) or "KRW"
        table = self.groups[kind]
        total = table.get((name, currency))
        if total is None:
            total = table[(name, currency)] = Total()
        total.add(value, amount_kind_, counted)

    def sorted(self, kind: str) -> list[tuple[str, str, Total]]:
        """KRW first, then by size (largest first), then by name."""
        rows = [(name, cur, t) for (name, cur), t in self.groups[kind].items()]
        rows.sort(key=lambda r: (r[1] != "KRW", r[1], -r[2].sort_value(), r[0]))
        return rows
