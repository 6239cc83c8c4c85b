"""The output models of planparse (fields fixed by DATA-CONTRACT.md v1).

Every ``span`` is ``(start, end)`` into the ORIGINAL text passed to
:func:`planparse.parse`, so that ``original[start:end] == item.text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from typing_extensions import Self

Comparator = Literal[">=", ">", "<=", "<", "=", "≈"]
Kind = Literal["target", "result", "parameter"]
Span = tuple[int, int]


class _EveryField(set[str]):
    """``model_fields_set`` of a parser-built item: all its fields, one set per class, read-only.

    pydantic keeps a set of the fields passed to each instance; at five to sixteen names that set
    (0.7-2 kB) outweighed the item's own data, so documents of many short items peaked far above
    their input size.  The parser decides every field, so "all fields set" is the truth, and one
    shared set serves every item.  It must be a ``set`` (pydantic-core checks the type when
    dumping with ``exclude_unset``).  pydantic records an assignment with ``add`` and
    ``model_copy(update=...)`` with ``update``; both only ever name fields already in it, and
    every method that could remove a name refuses.
    """

    def add(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)

    def update(self, *names: Iterable[str]) -> None:
        for group in names:
            for name in group:
                self.add(name)

    def _read_only(self, *_: object) -> None:
        raise TypeError("the fields set of a parsed item is shared and read-only; copy it first")

    discard = remove = pop = clear = _read_only
    difference_update = intersection_update = symmetric_difference_update = _read_only
    __isub__ = __iand__ = __ixor__ = __ior__ = _read_only  # type: ignore[assignment]


class _Model(BaseModel):
    # defer_build: the validators are built on first use, not at import (keeps ``import planparse`` fast;
    # building the schemas of the five models costs ~30 ms).
    model_config = ConfigDict(extra="forbid", defer_build=True)

    @classmethod
    def built(cls, **values: Any) -> Self:
        """Validate ``values`` like ``cls(**values)``, recording every field as set (see :class:`_EveryField`)."""
        item = cls(**values)
        object.__setattr__(item, "__pydantic_fields_set__", _EVERY_FIELD[cls])
        return item


class Target(_Model):
    """A numeric quantity a document states; ``kind == "target"`` marks goals."""

    indicator: str = Field(description="what is measured, as written")
    comparator: Comparator = Field(description="relation of the indicator to the value")
    value: float | None = Field(default=None, description="the number in the unit as written; null when masked")
    value_text: str = Field(description="the number exactly as written (92.5, xx.xx, 九十五)")
    value_max: float | None = Field(default=None, description="upper end of a range")
    unit: str | None = Field(default=None, description="unit as written after the number (%, 万人, 所, /10万)")
    masked: bool = Field(default=False, description="digits hidden with x/X/×")
    change: Literal["increase", "decrease"] | None = Field(
        default=None, description="set when the value is the size of a change"
    )
    action: str | None = Field(default=None, description="verb of a verb–object–count target")
    period: Literal["annual", "cumulative"] | None = None
    year: str | None = Field(default=None, description="target year as written")
    commitment: Literal["binding", "aspirational"] | None = None
    kind: Kind = "target"
    section: list[int] = Field(default_factory=list, description="path of the section that states it")
    text: str = Field(description="the clause that states the target")
    span: Span


class Responsibility(_Model):
    """An assignment of a task to lead and supporting agencies."""

    lead: list[str] = Field(default_factory=list)
    support: list[str] = Field(default_factory=list)
    section: list[int] = Field(default_factory=list)
    text: str
    span: Span


class Section(_Model):
    """A numbered heading and everything up to the next heading of its level or above."""

    path: list[int]
    number: str
    level: int
    title: str
    span: Span
    targets: list[Target] = Field(default_factory=list)
    responsibilities: list[Responsibility] = Field(default_factory=list)
    children: list[Section] = Field(default_factory=list)

    def iter_sections(self) -> Iterator[Section]:
        """This section and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.iter_sections()


class Plan(_Model):
    """A parsed document: outline plus what the preamble states."""

    source: str | None = None
    title: str | None = None
    preamble: str = ""
    sections: list[Section] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list, description="targets in the preamble")
    responsibilities: list[Responsibility] = Field(default_factory=list, description="assignments in the preamble")

    def iter_sections(self) -> Iterator[Section]:
        """Every section in document order (depth first)."""
        for s in self.sections:
            yield from s.iter_sections()

    def all_targets(self) -> list[Target]:
        """Every target of the document (preamble and sections), in text order."""
        out = list(self.targets)
        for s in self.iter_sections():
            out.extend(s.targets)
        return sorted(out, key=lambda t: t.span)

    def all_responsibilities(self) -> list[Responsibility]:
        """Every responsibility of the document, in text order."""
        out = list(self.responsibilities)
        for s in self.iter_sections():
            out.extend(s.responsibilities)
        return sorted(out, key=lambda r: r.span)


_EVERY_FIELD = MappingProxyType({cls: _EveryField(cls.model_fields) for cls in (Target, Responsibility, Section, Plan)})
