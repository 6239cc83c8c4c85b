"""Grounding over every real document of ``../shared/corpus`` (dev set and the 143 scale reports).

Each file is read as ``parse_file`` would read it (``newline=""``: CRLF stays CRLF) and parsed; the
test requires no exception, every item grounded (``text[s:e] == item.text``), sections nested inside
their parents, siblings in order, and unique section paths.  The invariants are the ones of
``tests/test_properties.py``; here they meet real layout (page numbers, footers, tables, CRLF).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import planparse

try:  # tests/ on sys.path (pytest's default rootdir-relative import)
    from test_properties import path_errors, span_errors
except ImportError:  # tests/ as a package
    from tests.test_properties import path_errors, span_errors

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FILES = sorted(CORPUS.glob("dev/*.txt")) + sorted(CORPUS.glob("scale/work-reports-2024-txt/*.txt"))


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    return text[1:] if text.startswith("\ufeff") else text


class _Parsed(list):
    """(path, text, plan or exception) per document; a short repr keeps failure reports readable."""

    def __repr__(self) -> str:
        return f"<{len(self)} parsed corpus documents>"


@pytest.fixture(scope="module")
def parsed() -> _Parsed:
    """Every corpus document with its plan (or the exception parsing raised), parsed once."""
    if not FILES:
        pytest.skip("../shared/corpus not present")
    out = _Parsed()
    for path in FILES:
        text = _read(path)
        try:
            out.append((path, text, planparse.parse(text, source=str(path))))
        except Exception as exc:  # noqa: BLE001 - collected and reported by the test below
            out.append((path, text, exc))
    return out


def test_corpus_is_complete() -> None:
    """The corpus holds the dev documents and the 143 scale reports (guards against a silent partial run)."""
    if not FILES:
        pytest.skip("../shared/corpus not present")
    assert len(list(CORPUS.glob("scale/work-reports-2024-txt/*.txt"))) == 143
    assert list(CORPUS.glob("dev/*.txt"))


def test_no_document_raises(parsed) -> None:  # noqa: ANN001 - pytest fixture
    failures = [f"{p.name}: {type(r).__name__}: {r}" for p, _, r in parsed if isinstance(r, BaseException)]
    assert failures == []


def test_every_span_is_grounded_and_sections_nest(parsed) -> None:  # noqa: ANN001
    errors = [
        f"{p.name}: {e}" for p, text, plan in parsed if isinstance(plan, planparse.Plan) for e in span_errors(plan, text)
    ]
    assert errors[:20] == [], f"{len(errors)} span errors"


def test_section_paths_are_unique(parsed) -> None:  # noqa: ANN001
    errors = [f"{p.name}: {e}" for p, _, plan in parsed if isinstance(plan, planparse.Plan) for e in path_errors(plan)]
    assert errors[:20] == [], f"{len(errors)} duplicate paths"
