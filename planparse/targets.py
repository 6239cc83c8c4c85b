"""Clause splitting and numeric-target recognition (placeholder: finds nothing yet)."""

from __future__ import annotations

from .models import Target
from .normalize import Normalized
from .outline import Outline


def extract_targets(norm: Normalized, outline: Outline) -> list[Target]:
    """Every quantity the text states, with section path, year, kind and original span."""
    return []
