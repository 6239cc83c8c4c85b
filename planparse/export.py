"""Writers for parsed plans: JSON records, CSV rows, a readable outline, atomic files.

Everything here is a pure function of a :class:`~planparse.models.Plan` (plus the
source path to print), so the command line and library users share one definition
of every output format. CSV column lists are the contract of the CSV files.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import os
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .models import Plan, Responsibility, Section, Target

TARGET_COLUMNS: tuple[str, ...] = (
    "source",
    "section_path",
    "section_number",
    "section_title",
    "indicator",
    "action",
    "comparator",
    "value",
    "value_max",
    "value_text",
    "unit",
    "masked",
    "change",
    "period",
    "year",
    "commitment",
    "kind",
    "text",
    "start",
    "end",
)
"""Columns of ``targets.csv``: one row per target of every kind (target, result, parameter)."""

RESPONSIBILITY_COLUMNS: tuple[str, ...] = (
    "source",
    "section_path",
    "section_number",
    "section_title",
    "role",
    "agency",
    "text",
    "start",
    "end",
)
"""Columns of ``responsibilities.csv``: one row per agency (role ``lead`` or ``support``)."""

CSV_ENCODING = "utf-8-sig"
"""UTF-8 with a BOM, so that Excel (also on Chinese Windows) detects the encoding."""


def display_path(path: str) -> str:
    """A path as text that can always be encoded: undecodable bytes become ``\\xNN``.

    File names that are not valid UTF-8 reach Python as lone surrogates
    (``surrogateescape``); those cannot be written to a UTF-8 file or terminal.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return os.fsencode(path).decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
            return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return path


def plan_record(plan: Plan, source: str | None = None) -> dict[str, Any]:
    """The JSON object of one document: the dumped plan with ``source`` set to the path as given."""
    record = plan.model_dump(mode="json")
    if source is not None:
        record["source"] = display_path(source)
    return record


def section_path_text(path: Iterable[int]) -> str:
    """``[2, 1, 7]`` → ``"2.1.7"``; the preamble (``[]``) → ``""``."""
    return ".".join(str(p) for p in path)


def _sections_by_path(plan: Plan) -> dict[tuple[int, ...], Section]:
    found: dict[tuple[int, ...], Section] = {}
    for sec in plan.iter_sections():
        found.setdefault(tuple(sec.path), sec)
    return found


def _section_cells(path: list[int], by_path: dict[tuple[int, ...], Section]) -> dict[str, str]:
    sec = by_path.get(tuple(path))
    return {
        "section_path": section_path_text(path),
        "section_number": sec.number if sec else "",
        "section_title": sec.title if sec else "",
    }


def _cell(value: object) -> object:
    return "" if value is None else value


def target_row(target: Target, source: str, by_path: dict[tuple[int, ...], Section]) -> dict[str, object]:
    """One ``targets.csv`` row (``None`` becomes an empty cell)."""
    row: dict[str, object] = {"source": display_path(source), **_section_cells(target.section, by_path)}
    for name in TARGET_COLUMNS:
        if name in row:
            continue
        if name == "start":
            row[name] = target.span[0]
        elif name == "end":
            row[name] = target.span[1]
        else:
            row[name] = _cell(getattr(target, name))
    return row


def target_rows(plan: Plan, source: str | None = None) -> Iterator[dict[str, object]]:
    """Every target of the document, in text order, as ``targets.csv`` rows."""
    by_path = _sections_by_path(plan)
    src = source if source is not None else (plan.source or "")
    for t in plan.all_targets():
        yield target_row(t, src, by_path)


def responsibility_rows(plan: Plan, source: str | None = None) -> Iterator[dict[str, object]]:
    """One row per (responsibility, role, agency); a responsibility naming no agency still gets a row."""
    by_path = _sections_by_path(plan)
    src = display_path(source if source is not None else (plan.source or ""))
    for r in plan.all_responsibilities():
        base: dict[str, object] = {"source": src, **_section_cells(r.section, by_path)}
        tail = {"text": r.text, "start": r.span[0], "end": r.span[1]}
        pairs = [("lead", a) for a in r.lead] + [("support", a) for a in r.support]
        for role, agency in pairs or [("", "")]:
            yield {**base, "role": role, "agency": agency, **tail}


def csv_writer(f: IO[str], columns: tuple[str, ...]) -> csv.DictWriter[str]:
    """A DictWriter that quotes cells with commas, quotes or newlines; header written."""
    w = csv.DictWriter(f, fieldnames=list(columns), extrasaction="raise", lineterminator="\r\n")
    w.writeheader()
    return w


def csv_rows_text(rows: Iterable[dict[str, object]], columns: tuple[str, ...]) -> str:
    """Rows as CSV text without the header, in the dialect of :func:`csv_writer` (to append to its file)."""
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=list(columns), extrasaction="raise", lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def rows_to_csv(rows: Iterable[dict[str, object]], columns: tuple[str, ...]) -> str:
    """Rows as CSV text (without BOM; the file writer adds it)."""
    buf = io.StringIO()
    w = csv_writer(buf, columns)
    w.writerows(rows)
    return buf.getvalue()


# ---------------------------------------------------------------- tree outline


def _fmt_number(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else repr(x)


def describe_target(t: Target) -> str:
    """``城镇新增就业人数 >= 2 万人 (target, binding, 2025)``: one line a person can check."""
    value = t.value_text
    if t.value is not None and not value.isascii():  # 四十, ６５: show the number too
        value = f"{value}(={_fmt_number(t.value)})"
    if t.value_max is not None:
        value = f"{value}–{_fmt_number(t.value_max)}"
    head = " ".join(x for x in (t.action and f"[{t.action}]", t.indicator, t.comparator, value + (t.unit or "")) if x)
    extra = [t.kind]
    extra += [x for x in (t.change, t.period, t.commitment, t.year) if x]
    return f"{head}  ({', '.join(extra)})"


def describe_responsibility(r: Responsibility) -> str:
    """``牵头: 市教育局、市财政局 | 配合: 各区政府``."""
    parts = []
    if r.lead:
        parts.append("牵头: " + "、".join(r.lead))
    if r.support:
        parts.append("配合: " + "、".join(r.support))
    return " | ".join(parts) or "(no agency named)"


def render_tree(plan: Plan, source: str | None = None) -> str:
    """A readable outline: title, then each section with its own targets (◎) and agencies (▶)."""
    src = display_path(source if source is not None else (plan.source or "<text>"))
    n_sec = sum(1 for _ in plan.iter_sections())
    lines = [
        f"{src}",
        f"  title: {plan.title or '(none)'}",
        f"  {n_sec} sections, {len(plan.all_targets())} targets, "
        f"{len(plan.all_responsibilities())} responsibilities",
    ]

    def items(targets: list[Target], resps: list[Responsibility], indent: str) -> None:
        for t in targets:
            lines.append(f"{indent}◎ {describe_target(t)}")
        for r in resps:
            lines.append(f"{indent}▶ {describe_responsibility(r)}")

    items(plan.targets, plan.responsibilities, "  ")

    def walk(sec: Section, depth: int) -> None:
        indent = "  " * (depth + 1)
        title = sec.title or "…"
        lines.append(f"{indent}{sec.number} {title}  [{section_path_text(sec.path)}]")
        items(sec.targets, sec.responsibilities, indent + "    ")
        for child in sec.children:
            walk(child, depth + 1)

    for sec in plan.sections:
        walk(sec, 0)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- atomic files


@functools.cache
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def stage_file(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> str:
    """Write ``text`` completely to a hidden temporary file beside ``path`` and return its name.

    :func:`commit_staged` later renames it onto ``path`` (one step per file); :func:`drop_staged`
    deletes it. The command stages one JSON file per input this way, so that an interrupted run
    changes no output file at all, without keeping thousands of files open until the end.
    """
    target = os.fspath(path)
    folder = os.path.dirname(target) or "."
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(target) + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, errors="backslashreplace", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return tmp


def commit_staged(staged: Iterable[tuple[str, str]]) -> None:
    """Rename each staged ``(temporary, path)`` onto its path."""
    for tmp, target in staged:
        os.replace(tmp, target)


def drop_staged(staged: Iterable[tuple[str, str]]) -> None:
    """Delete staged temporary files (an interrupted run)."""
    for tmp, _ in staged:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], encoding: str = "utf-8", newline: str | None = "") -> Iterator[IO[str]]:
    """Open a temporary file beside ``path``; on success it replaces ``path`` in one step.

    If the block raises (including KeyboardInterrupt), the temporary file is
    removed and ``path`` keeps its old content (or stays absent), so an
    interrupted run never leaves a half-written output.
    """
    target = os.fspath(path)
    folder = os.path.dirname(target) or "."
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(target) + ".", suffix=".tmp")
    try:
        # backslashreplace: a stray lone surrogate must not abort a long run at its last file
        with os.fdopen(fd, "w", encoding=encoding, errors="backslashreplace", newline=newline) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
