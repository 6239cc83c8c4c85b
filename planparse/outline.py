"""Numbering grammar → heading candidates → section tree.

Works on the clean text of :class:`~planparse.normalize.Normalized`; every
position here is a clean index (map with ``norm.orig_span``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex as re

from .normalize import Normalized


@dataclass
class Node:
    """A heading and its extent in the clean text."""

    path: tuple[int, ...]
    number: str  # numbering token as written
    level: int
    title: str
    start: int  # clean index of the numbering token
    head_end: int  # clean index where number + title end (body starts)
    end: int  # clean index where the section (with descendants) ends
    children: list[Node] = field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            yield from c.walk()


@dataclass
class Outline:
    """The section tree plus where the body lies."""

    title: str | None
    title_span: tuple[int, int] | None  # clean span of the title text
    body_start: int  # clean index of the first heading (len(text) when none)
    body_end: int  # clean index where the body ends (attachment lists, signatures, footers after it)
    roots: list[Node]

    def flat(self) -> list[Node]:
        """Every node in document order."""
        return [n for r in self.roots for n in r.walk()]

    def node_at(self, pos: int) -> Node | None:
        """The innermost section whose extent contains clean index ``pos``."""
        found = None
        nodes = self.roots
        while True:
            for n in nodes:
                if n.start <= pos < n.end:
                    found = n
                    nodes = n.children
                    break
            else:
                return found


# --- placeholder grammar (to be replaced by the full outline parser) ---------
_HEADING = re.compile(r"^(?P<num>[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))(?P<rest>[^\n]*)", re.M)
_CN = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}


def _cn_ordinal(s: str) -> int:
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN.get(s[1:], 0)
    if "十" in s:
        a, _, b = s.partition("十")
        return _CN.get(a, 0) * 10 + (_CN.get(b, 0) if b else 0)
    return _CN.get(s, 0)


def build_outline(norm: Normalized) -> Outline:
    """Find numbered headings and nest them."""
    text, folded = norm.text, norm.folded
    roots: list[Node] = []
    stack: list[Node] = []
    styles: list[str] = []
    for m in _HEADING.finditer(folded):
        num = m.group("num")
        style = "paren" if num.startswith("(") else "dun"
        ordinal = _cn_ordinal(num.strip("()、"))
        if style in styles:
            level = styles.index(style) + 1
            del styles[level:]
        else:
            styles.append(style)
            level = len(styles)
        while len(stack) >= level:
            stack.pop().end = m.start()
        rest = m.group("rest")
        cut = min((i for i in (rest.find("。"), rest.find(":")) if i >= 0), default=len(rest))
        title = text[m.start("rest") : m.start("rest") + cut] if cut <= 30 else ""
        parent_path = stack[-1].path if stack else ()
        node = Node(parent_path + (ordinal,), text[m.start() : m.end("num")], level, title, m.start(),
                    m.start("rest") + cut, len(text))
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    body_start = roots[0].start if roots else len(text)
    return Outline(None, None, body_start, len(text), roots)
