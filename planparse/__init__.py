"""planparse: Chinese policy documents → typed, source-grounded data.

>>> import planparse
>>> plan = planparse.parse("一、总体目标\\n（一）扩大学前教育资源。新建幼儿园12所。")
>>> plan.sections[0].children[0].title
'扩大学前教育资源'

Stages, in order: :mod:`planparse.normalize` (clean text + offset map),
:mod:`planparse.outline` (section tree), :mod:`planparse.targets` and
:mod:`planparse.agencies` (items), assembled in :mod:`planparse.parser`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Plan, Responsibility, Section, Target
    from .parser import parse

__all__ = ["Plan", "Responsibility", "Section", "Target", "parse", "parse_file", "read_text"]
__version__ = "0.1.0"

# The pipeline (pydantic, ~100 compiled rule patterns) loads on first use, not at ``import planparse``:
# a command that only prints its help, or reads files, does not pay for it (PEP 562).
_LAZY = {"Plan": "models", "Responsibility": "models", "Section": "models", "Target": "models", "parse": "parser"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'planparse' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


def read_text(path, encoding: str | None = None, *, max_bytes: int | None = None) -> str:  # noqa: ANN001
    """Decode a document file (.txt/.md/.docx/.html/.pdf) to text; see :mod:`planparse.readers`.

    ``encoding`` overrides detection for text and HTML files; files over ``max_bytes`` (default
    :data:`planparse.readers.DEFAULT_MAX_BYTES`, 50 MiB) are refused with a ``too_large`` ReadError.
    """
    from .readers import DEFAULT_MAX_BYTES
    from .readers import read_text as _read_text

    return _read_text(path, encoding=encoding, max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)


def parse_file(path, encoding: str | None = None, *, max_bytes: int | None = None) -> Plan:  # noqa: ANN001
    """Read and parse a file; ``source`` is the path as given and spans index the decoded text."""
    from .parser import parse

    return parse(read_text(path, encoding=encoding, max_bytes=max_bytes), source=str(path))
