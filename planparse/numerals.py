"""Number tokens in clean text: Arabic, Chinese numerals, masked digits, ranges, units.

Placeholder interface: finds nothing yet.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, found in the clean text (all indices are clean indices)."""

    start: int  # where the number (or 百分之 / 每千人 prefix) starts
    end: int  # where the unit ends
    num_end: int  # where the number ends (the unit starts here)
    value: float | None  # None when masked or not computable
    value_text: str  # the number exactly as written ("92.5", "xx.xx", "九十五", "1∶4000")
    value_max: float | None = None  # upper end of a range
    unit: str | None = None  # as written; "%" for 百分之N, "‰" for 千分之N
    masked: bool = False


def find_quantities(norm_text: str, folded: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity in ``[start, end)`` of the clean text, in order, non-overlapping."""
    return []


def non_target_reason(folded: str, q: Quantity) -> str | None:
    """Why a quantity cannot be a target by its form and immediate context (age, date, ordinal, …), else None."""
    return None
