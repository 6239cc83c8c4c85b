"""The pipeline: normalise → outline → targets and responsibilities → Plan."""

from __future__ import annotations

from .agencies import extract_responsibilities
from .models import Plan, Responsibility, Section, Target
from .normalize import Normalized, normalize
from .outline import Node, Outline, build_outline
from .targets import extract_targets


def parse(text: str, *, source: str | None = None) -> Plan:
    """Parse a policy document's text into a :class:`Plan` whose spans index ``text``."""
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}; use parse_file() for files")
    norm = normalize(text)
    outline = build_outline(norm)
    targets = extract_targets(norm, outline)
    responsibilities = extract_responsibilities(norm, outline)
    return assemble(norm, outline, targets, responsibilities, source=source)


def assemble(
    norm: Normalized,
    outline: Outline,
    targets: list[Target],
    responsibilities: list[Responsibility],
    *,
    source: str | None = None,
) -> Plan:
    """Build the pydantic tree and hang each item on the section its ``section`` path names."""
    by_path: dict[tuple[int, ...], Section] = {}
    sections = [_section(r, norm, by_path) for r in outline.roots]
    plan = Plan.built(
        source=source,
        title=outline.title,
        preamble=norm.orig_text(0, outline.body_start).strip(),
        sections=sections,
    )
    for t in targets:
        home = by_path.get(tuple(t.section))
        (home.targets if home is not None else plan.targets).append(t)
    for r in responsibilities:
        home = by_path.get(tuple(r.section))
        (home.responsibilities if home is not None else plan.responsibilities).append(r)
    return plan


def _section(node: Node, norm: Normalized, by_path: dict[tuple[int, ...], Section]) -> Section:
    """The :class:`Section` of ``node`` and its subtree, each also recorded in ``by_path``.

    A module function, not a closure: a recursive closure is a reference cycle that would keep
    the normalised text alive after :func:`parse` returns, until the garbage collector runs.
    """
    sec = Section.built(
        path=list(node.path),
        number=node.number,
        level=node.level,
        title=node.title,
        span=norm.orig_span(node.start, node.end),
        children=[_section(c, norm, by_path) for c in node.children],
    )
    by_path.setdefault(tuple(node.path), sec)
    return sec
