"""Bytes on disk → text (placeholder: UTF-8 text files only)."""

from __future__ import annotations

import os


def read_text(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """Decode a document file; keeps line endings as they are, drops a leading BOM."""
    with open(path, encoding=encoding or "utf-8", newline="") as f:
        text = f.read()
    return text[1:] if text.startswith("\ufeff") else text
