"""Errors planparse raises for input it cannot use, each with a machine-readable ``kind``."""

from __future__ import annotations

from typing import Literal

ErrorKind = Literal[
    "not_found",
    "permission_denied",
    "is_directory",
    "empty",
    "too_large",
    "undecodable",
    "unsupported_format",
    "corrupt",
    "missing_extra",
    "parse_error",
]


class PlanparseError(Exception):
    """Base class for every error planparse raises on purpose."""


class ReadError(PlanparseError):
    """A file could not be turned into text; ``kind`` says why, ``message`` says it for a person."""

    def __init__(self, path: str, kind: ErrorKind, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.kind = kind
        self.message = message
