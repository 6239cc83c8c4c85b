"""Responsibility clauses and agency lists (placeholder: finds nothing yet)."""

from __future__ import annotations

from .models import Responsibility
from .normalize import Normalized
from .outline import Outline


def extract_responsibilities(norm: Normalized, outline: Outline) -> list[Responsibility]:
    """Every agency assignment, attached to the section it covers, with original span."""
    return []
