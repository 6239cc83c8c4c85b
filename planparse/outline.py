"""Numbering grammar → heading candidates → section tree.

Works on the clean text of :class:`~planparse.normalize.Normalized`; every
position here is a clean index (map with ``norm.orig_span``), and lines are
found in ``norm.folded``.

How it works, in order:

1. **Candidates** (:func:`_scan`): every line whose folded text starts with a
   numbering token of :data:`~planparse.lexicon.numbering.STYLES` (after any
   Markdown / bold marks), plus a token glued after a sentence end (PDF and
   web text join lines that way; such a token only continues a sequence unless
   it is a short heading running to the line end).  Table-of-contents entries
   and table rows are not candidates.  Lines that open a table of contents, a
   专栏 box, an attachment or a post-body block (名词解释, 抄送), and date lines,
   are recorded as markers.
2. **Tree** (:func:`_build`): a stack of open headings, like a Markdown list
   parser.  A style gets its level when it first appears under a parent; a
   candidate is accepted only when its ordinal continues the sequence: 1 as the
   first child of a new parent, previous + 1 as a sibling (+ 2 on a line start:
   one lost heading is tolerated), or previous + 1 of the same style under a new
   parent (continuous numbering: ``（五）`` under 二、 after ``（四）`` under
   一、, 第七条 under 第二章).  That rejects ``(牵头责任单位…)``, ``1.2万人``,
   enumerations inside paragraphs and cross-references.  Inside a 专栏 box no
   new level opens; after a post-body block nothing is a heading.
3. **Groups**: a ``附件`` line followed by a sequence starting at 1, a restart of
   the top-level sequence at 1, or a style ranked above the top level (一、
   after top-level （一）…) opens a new group; its paths get the prefix of the
   next top-level ordinal (``[N+1, …]``, ANNOTATION.md).  An attachment group
   that is only a list of names is dropped; so is a main group with no running
   text when another group follows (a table of contents without 目录).
4. **Extents**: a section ends where the next one at its level or above starts,
   or at the end of its group: before a 附件 line, a post-body block, or a
   signature + date.
5. **Titles** (:func:`_title`, ANNOTATION.md's rules) and the **document title**
   (:func:`_doc_title`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import regex as re

from .lexicon.numbering import (
    AFTER_BODY_LINE,
    ATTACHMENT_LINE,
    ATTACHMENT_NAME_MAX,
    BOX_LINE,
    DATE_LINE,
    DOC_TYPE_END,
    ENACT_SEARCH_CHARS,
    ENACT_TITLE,
    HEADING_LEADIN,
    ISSUED_TITLE,
    ISSUING_NOTICE,
    LEADIN_END,
    LEADIN_START,
    MARKUP_PREFIX,
    MAX_OWNLINE_SENTENCE,
    MAX_OWNLINE_TITLE,
    MAX_RUNIN_TITLE,
    NO_TITLE_INSIDE,
    NOT_TITLE_LINE,
    PROSE_LINE,
    SIGNATURE_LINE,
    STYLE_BY_NAME,
    STYLE_RANK,
    STYLES,
    SUBJECT_CLAUSE,
    TABLE_CELL_GAP,
    TOC_ENTRY,
    TOC_HEAD,
    Style,
)
from .lexicon.text import FOLD_TABLE
from .normalize import Normalized


@dataclass
class Node:
    """A heading and its extent in the clean text."""

    path: tuple[int, ...]
    number: str  # numbering token as written
    level: int
    title: str
    start: int  # clean index of the numbering token
    head_end: int  # clean index where the heading ends (body starts); = number end when the title runs into the body
    end: int  # clean index where the section (with descendants) ends
    children: list[Node] = field(default_factory=list)
    style: str = ""  # numbering style name (lexicon.numbering.STYLES)
    number_end: int = 0  # clean index just after the numbering token

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
    #: clean (start, end) of each numbered part: the main text, then each attachment / document issued with it;
    #: what lies between two parts (signature, date, the attachment's name and title) is no section's text
    body_parts: list[tuple[int, int]] = field(default_factory=list)

    _index: tuple[list[int], list[Node], dict[int, Node | None]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def flat(self) -> list[Node]:
        """Every node in document order."""
        return [n for r in self.roots for n in r.walk()]

    def parent(self, node: Node) -> Node | None:
        """The section ``node`` is a child of (None for a top-level section)."""
        return self._lookup()[2].get(id(node))

    def node_at(self, pos: int) -> Node | None:
        """The innermost section whose extent contains clean index ``pos`` (O(log n + depth))."""
        starts, nodes, parents = self._lookup()
        k = bisect_right(starts, pos) - 1
        n = nodes[k] if k >= 0 else None
        while n is not None and not (n.start <= pos < n.end):
            n = parents.get(id(n))
        return n

    def _lookup(self) -> tuple[list[int], list[Node], dict[int, Node | None]]:
        if self._index is None:
            nodes = self.flat()
            parents: dict[int, Node | None] = {}
            for r in self.roots:
                parents[id(r)] = None
                for n in r.walk():
                    for c in n.children:
                        parents[id(c)] = n
            self._index = ([n.start for n in nodes], nodes, parents)
        return self._index


# --- 1. candidates ---------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    start: int
    num_end: int
    line_end: int
    style: Style
    ordinal: int
    inline: bool = False  # glued after a sentence end inside a line


@dataclass(slots=True)
class _Marker:
    start: int
    line_end: int
    kind: str  # "toc", "toc_entry", "box", "attach", "after", "date", "prose", "short"


_LINE_BREAK = re.compile(r"[ \t\u3000]*+[\r\n\u2028\u2029\x0b\x0c\x85]++[ \t\u3000]*+")  # inside a cut heading number
_SENT_END_SPACE = re.compile(r"[。！？；!?;](?=[^\n])")
_SPACE = frozenset(" \t\u3000\u00a0")


_BY_FIRST: dict[str, tuple[Style, ...]] = {}
for _st in STYLES:
    for _ch in _st.first:
        _BY_FIRST[_ch] = (*_BY_FIRST.get(_ch, ()), _st)


def _match_style(folded: str, pos: int, line_end: int) -> tuple[Style, re.Match[str]] | None:
    """The first style (in STYLES order) whose token starts at ``pos``."""
    if pos >= line_end:
        return None
    for st in _BY_FIRST.get(folded[pos], ()):
        m = st.pattern.match(folded, pos, line_end)
        if m is not None:
            return st, m
    return None


def _scan(norm: Normalized) -> Iterator[_Cand | _Marker]:
    """Heading candidates and marker lines, in document order, as a stream (10^5 candidate lines
    held at once cost ~20x the input)."""
    folded = norm.folded
    n = len(folded)
    out: list[_Cand | _Marker] = []
    pos = 0
    while pos <= n:
        line_end = folded.find("\n", pos)
        if line_end < 0:
            line_end = n
        if pos < line_end:
            _scan_line(norm, pos, line_end, out)
            yield from out
            out.clear()
        pos = line_end + 1


def _scan_line(norm: Normalized, s: int, e: int, out: list[_Cand | _Marker]) -> None:
    folded = norm.folded
    m0 = MARKUP_PREFIX.match(folded, s, e)
    if m0 is not None and m0.end() < e:
        s = m0.end()  # "## 第一章 总则", "**一、目标**"
    hit = _match_style(folded, s, e)
    if hit is not None:
        st, m = hit
        os_, oe = norm.orig_span(s, e)
        if TOC_ENTRY.search(folded, s, e) or TOC_ENTRY.search(norm.original[os_:oe].translate(FOLD_TABLE)):
            out.append(_Marker(s, e, "toc_entry"))  # (the original keeps the gap before the page number)
            return
        if len(TABLE_CELL_GAP.findall(norm.original, os_, oe)) >= 2:
            out.append(_Marker(s, e, "table"))  # a table row: "1\t项目名称\t责任单位"
            return
        ordinal = st.ordinal(m.group("n"))
        if ordinal > 0:
            out.append(_Cand(s, m.end(), e, st, ordinal))
    else:
        for pat, kind in ((TOC_HEAD, "toc"), (BOX_LINE, "box"), (ATTACHMENT_LINE, "attach"), (AFTER_BODY_LINE, "after")):
            if pat.match(folded, s, e):
                out.append(_Marker(s, e, kind))
                break
        else:
            if DATE_LINE.fullmatch(folded, s, e):
                out.append(_Marker(s, e, "date"))
            elif e - s >= 30:
                out.append(_Marker(s, e, "prose"))
            else:
                out.append(_Marker(s, e, "short"))
    # a heading glued after a sentence end (PDF / web text): "…技术。 （二）深化…"; only continuations count
    if e - s > 4:
        for m in _SENT_END_SPACE.finditer(folded, s, e - 1):
            p = m.end()
            if folded[m.start()] in "；;":
                o = norm.to_orig(p)
                if o == 0 or norm.original[o - 1] not in _SPACE:
                    continue  # after ；, only with a space (enumerations inside a sentence run on after ；)
            hit = _match_style(folded, p, e)
            if hit is None:
                continue
            st, mm = hit
            ordinal = st.ordinal(mm.group("n"))
            if ordinal > 0:
                # a short heading that runs to the line end is a heading glued to the previous paragraph
                rest = folded[mm.end() : min(e, mm.end() + 41)]
                glued = len(rest) <= 40 and not any(ch in rest for ch in "。；;!?！？")
                out.append(_Cand(p, mm.end(), e, st, ordinal, inline=not glued))


# --- 2. tree ---------------------------------------------------------------------


@dataclass
class _Group:
    """A run of headings with its own numbering: the main text, an attachment, a document issued with it."""

    start: int
    kind: str  # "main", "attach" (opened by a 附件 line), "restart" (the top-level sequence restarts at 1)
    marker: int | None = None  # clean index of the 附件 line that opened it
    roots: list[Node] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)


class _Builder:
    """The numbering stack (see the module docstring).  Paths are local to a group until prefixed."""

    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        self.groups: list[_Group] = []
        self.new_group(0, "main", None)

    def new_group(self, start: int, kind: str, marker: int | None) -> None:
        self.group = _Group(start, kind, marker)
        self.groups.append(self.group)
        self.stack: list[Node] = []
        self.memory: dict[str, tuple[int, int]] = {}  # style → (depth, last ordinal)

    def placement(self, c: _Cand, *, allow_new: bool) -> int | None:
        """Depth (index into the stack) where ``c`` would go, or None if it does not continue the numbering."""
        name = c.style.name
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k].style == name:
                last = self.stack[k].path[-1]
                if c.ordinal == last + 1 or (c.ordinal == last + 2 and not c.inline):
                    return k  # next sibling (one missing sibling tolerated on a line start)
                return None
        depth = len(self.stack)
        mem = self.memory.get(name)
        if mem is not None and c.ordinal == mem[1] + 1:
            return depth  # numbered continuously across parents (第四条 under 第一节 after 第三条 under 第一章)
        if c.ordinal == 1 and allow_new and not c.inline:
            return depth
        return None

    def accept(self, c: _Cand, k: int) -> Node:
        del self.stack[k:]
        path = tuple(n.path[-1] for n in self.stack) + (c.ordinal,)
        # as written, spaces inside included; a number cut across lines ("（" / "二）") is read whole
        number = _LINE_BREAK.sub("", self.norm.orig_text(c.start, c.num_end)).strip()
        node = Node(path, number, k + 1, "", c.start, c.num_end, c.line_end, style=c.style.name, number_end=c.num_end)
        (self.stack[-1].children if self.stack else self.group.roots).append(node)
        self.group.nodes.append(node)
        self.stack.append(node)
        self.memory[c.style.name] = (k, c.ordinal)
        return node

    def outranks_root(self, c: _Cand) -> bool:
        """A style conventionally above the group's top level (一、 after top-level （一）…): it cannot nest
        under it, so it starts a new sequence."""
        if not self.group.roots or any(n.style == c.style.name for n in self.stack):
            return False
        return STYLE_RANK[c.style.name] < STYLE_RANK[self.group.roots[0].style]

    def root_style(self) -> str | None:
        return self.group.roots[0].style if self.group.roots else None


def _build(items: Iterable[_Cand | _Marker], norm: Normalized) -> tuple[list[_Group], int | None]:
    """Run the numbering stack over the candidates; returns the groups and the position of the first 附件 line."""
    b = _Builder(norm)
    toc_mode = False
    toc_first: tuple[str, int] | None = None
    toc_entries = False
    after_body = False
    box_mode = False
    attach_pending: int | None = None
    attach_gap = 0
    first_attach: int | None = None
    for it in items:
        if isinstance(it, _Marker):
            if it.kind == "toc" and not b.group.nodes:
                toc_mode = True
            elif it.kind in ("toc_entry", "table") and toc_mode:
                toc_entries = True
            elif it.kind == "prose" and toc_mode and (toc_first is not None or toc_entries):
                toc_mode = False
            elif it.kind == "box":
                box_mode = True
            elif it.kind == "after" and b.group.nodes:
                after_body = True  # a glossary / distribution list: no section until an attachment
            elif it.kind == "attach" and b.group.nodes:
                after_body = False
                attach_pending = it.start
                # a bare "附件" / "附件：" line heads an attachment (or its name list); "附件1：排查表" may be a mention
                m = ATTACHMENT_LINE.match(norm.folded, it.start, it.line_end)
                rest = norm.folded[m.end() : it.line_end].strip() if m is not None else None
                # a bare "附件" line, or an unnumbered "附件：<a name>" (附件：成员单位名单; "附件1：排查表" may be a
                # mention in the body): the attachment's title is written, what follows is its body
                named = rest and _attachment_name(rest) and not _NUMBERED_ATTACHMENT.search(m.group())
                attach_gap = 1 if rest is not None and (not rest or named) else 0
                if first_attach is None:
                    first_attach = it.start
            elif attach_pending is not None:
                attach_gap += 1  # the attachment's title line(s)
            continue
        c = it
        if after_body:
            continue
        if toc_mode:
            key = (c.style.name, c.ordinal)
            if toc_entries:
                toc_mode = False  # the first heading after the dot-leader entries starts the body
            elif toc_first is None:
                toc_first = key
                continue
            elif key != toc_first:
                continue
            else:
                toc_mode = False  # the first entry again: the body starts
        # an attachment body starts after its title line, or restarts the main top-level style
        attach_body = attach_pending is not None and (attach_gap > 0 or c.style.name == b.root_style())
        if c.ordinal == 1 and not c.inline and (
            attach_body
            or (c.style.name == b.root_style() and b.group.roots[-1].path[-1] >= 2
                and b.placement(c, allow_new=True) is None)
            or b.outranks_root(c)
        ):
            # an attachment with its own numbering, or the top-level sequence restarting (a document issued
            # together, a report's second part): a new group, paths prefixed later
            b.new_group(c.start, "attach" if attach_body else "restart", attach_pending if attach_body else None)
            attach_pending = None
            box_mode = False
            b.accept(c, 0)
            continue
        k = b.placement(c, allow_new=not box_mode)
        if k is not None:
            b.accept(c, k)
            box_mode = False
            attach_pending = None  # the main numbering goes on: that 附件 line was a mention
    return b.groups, first_attach


_NUMBERED_ATTACHMENT = re.compile(r"[\d一二三四五六七八九十]")


def _attachment_name(rest: str) -> bool:
    """Whether the text after ``附件：`` on its line is one attachment's name (成员单位名单, 重点任务分工表),
    not a numbered list of attachments (``1.重点任务清单``) nor a sentence that mentions one."""
    return len(rest) <= ATTACHMENT_NAME_MAX and not rest[:1].isdigit() and not any(c in rest for c in "。，,；;")


def _has_prose(folded: str, s: int, e: int) -> bool:
    """Whether ``folded[s:e]`` reads as running text (a sentence end or a very long line), not a list of names."""
    if "。" in folded[s:e]:
        return True
    pos = s
    while pos < e:
        le = folded.find("\n", pos, e)
        le = e if le < 0 else le
        if le - pos >= PROSE_LINE:
            return True
        pos = le + 1
    return False


def _prefix(nodes: list[Node], prefix: tuple[int, ...]) -> None:
    for n in nodes:
        n.path = prefix + n.path
        _prefix(n.children, prefix)


# --- body end ------------------------------------------------------------------------


def _tail_end(norm: Normalized, markers: list[_Marker], starts: list[int], after: int, limit: int) -> int:
    """Where the body ends after clean index ``after`` (the last heading): the first signature / date /
    attachment / post-body line, else ``limit``.  ``markers`` are in document order, ``starts`` their starts."""
    text = norm.text
    i = bisect_right(starts, after)
    while i < len(markers) and markers[i].start < limit:
        m = markers[i]
        if m.kind in ("attach", "after"):
            return _trim(text, m.start)
        if m.kind == "date":
            # a signature line just before the date belongs to it
            start = m.start
            if i > 0 and markers[i - 1].kind == "short" and markers[i - 1].line_end + 1 == m.start \
                    and markers[i - 1].start > after \
                    and SIGNATURE_LINE.fullmatch(norm.folded, markers[i - 1].start, markers[i - 1].line_end):
                start = markers[i - 1].start
            return _trim(text, start)
        i += 1
    # a signature without a date closing the text: the last line is a short agency name
    j = i - 1
    if j >= 0 and markers[j].start > after and markers[j].kind == "short" and _trim(text, limit) == markers[j].line_end \
            and SIGNATURE_LINE.fullmatch(norm.folded, markers[j].start, markers[j].line_end):
        return _trim(text, markers[j].start)
    return _trim(text, limit)


_TRAILING = frozenset("\n\r \t\u3000\u2028\u2029\x0b\x0c\x85")


def _trim(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _close(nodes: list[Node], end: int, text: str) -> None:
    """Set every node's end: the start of the next node at its level or above, trimmed."""
    for i, n in enumerate(nodes):
        nxt = nodes[i + 1].start if i + 1 < len(nodes) else end
        n.end = max(n.number_end, _trim(text, min(nxt, end)))
        if n.children:
            _close(n.children, n.end, text)
            n.end = max(n.end, n.children[-1].end)


# --- 4. titles -----------------------------------------------------------------------

_SENT_END = "。！？；!?;"
_TITLE_SCAN = 240
_TRAILING_ROLE = re.compile(r"[(（][^()（）]{0,60}?(?:牵头|负责|责任单位|配合|协办)[^()（）]{0,60}+[)）][。；;]?\s{0,2}+$")
_ROLE_LINE = re.compile(r"[ \t\u3000]*+[【〔\[(（]?[ \t\u3000]*+(?:牵头|责任|配合|参与|协办)(?:单位|部门)")
_HALF_STOP = re.compile(r"(?:(?<=[^\x00-\x7f])|(?<=[%)]))\.(?![\dA-Za-z])")
_COLON = "：:"
_COMMA = "，,"


def _reads_as_heading(phrase: str, *, leadin_ok: bool = False) -> bool:
    """A short phrase that is not a clause with its own subject, nor a prepositional / condition lead-in
    (按照…, 通过…, 在…基础上) -- with ``leadin_ok``, the lead-ins report headings use (以…为…, 在…中…) pass."""
    if not 1 <= len(phrase) <= MAX_RUNIN_TITLE:
        return False
    if (LEADIN_START.match(phrase) or phrase.endswith(LEADIN_END)) and not (leadin_ok and HEADING_LEADIN.match(phrase)):
        return False
    return SUBJECT_CLAUSE.search(phrase) is None


def _title(norm: Normalized, node: Node, inside_article: bool) -> tuple[str, int]:
    """(title, head_end) of ``node`` by ANNOTATION.md's rules."""
    text = norm.text
    kind = STYLE_BY_NAME[node.style].title_kind
    s = node.number_end
    bound = max(node.end, s)
    e = norm.folded.find("\n", s, bound)
    e = bound if e < 0 else e
    while s < e and text[s] in " \t\u3000、，,.．:：":  # "（一）、标题" writes a stray 、 after the number
        s += 1
    if kind == "none" or inside_article:
        return "", node.number_end
    truncated = e - s > _TITLE_SCAN  # a line this long is no own-line heading; a run-in title is near its start
    rest = text[s : s + _TITLE_SCAN] if truncated else text[s:e].rstrip().rstrip("*#").rstrip()
    # a half-width "." after a CJK character ends a sentence (documents typed with half-width punctuation)
    rest = _HALF_STOP.sub("。", rest) if "." in rest else rest
    if not rest and kind != "none":
        # the number alone on its line ("第一章" / "总则"): a short next line without a sentence end is the title
        ns = e + 1
        ne = norm.folded.find("\n", ns, bound)
        ne = bound if ne < 0 else ne
        nxt = text[ns:ne].strip()
        if 1 <= len(nxt) <= MAX_RUNIN_TITLE and not any(ch in nxt for ch in _SENT_END + _COLON + _COMMA) \
                and _match_style(norm.folded, ns, ne) is None:
            return nxt, ne
        return "", node.number_end
    if kind == "words":
        return text[s : s + len(rest.rstrip("。").strip())], s + len(rest)
    full_len = len(rest)
    if not truncated:
        # an assignment in parentheses closing the line is not part of the heading: "加强组织领导（市委组织部牵头）"
        m = _TRAILING_ROLE.search(rest)
        if m is not None:
            rest = rest[: m.start()].rstrip()
    # punctuation inside parentheses ("（牵头单位：…）", "（3分）") does not end the heading
    rest = _mask_brackets(rest)
    if not rest:
        return "", node.number_end
    body = rest.rstrip(_SENT_END + _COLON)
    internal = any(ch in body for ch in _SENT_END + _COLON)
    # an assignment line after the item (责任单位：…) is not a body below a heading
    has_body_after = bool(node.children) or (
        _trim(text, node.end) > e and not all(_ROLE_LINE.match(ln) for ln in text[e + 1 : _trim(text, node.end)].split("\n"))
    )
    # a heading on its own line: no sentence end inside; one that ends in 。 must have a body below it and
    # be short, else it is a one-sentence item whose title follows the run-in rules
    closed = body != rest
    # (an unpunctuated line with commas and nothing below it is an item sentence that lost its 。)
    sentence_like = not has_body_after and len(body) > MAX_RUNIN_TITLE and any(ch in body for ch in _COMMA)
    if not internal and (
        (not closed and len(body) <= MAX_OWNLINE_TITLE and not sentence_like)
        or (closed and has_body_after and len(body) <= MAX_OWNLINE_SENTENCE
            and sum(body.count(ch) for ch in _COMMA) <= 1)
    ):
        return text[s : s + len(body)], s + full_len
    cut = min((i for i in (body.find(ch) for ch in _SENT_END + _COLON) if i >= 0), default=len(body))
    phrase = text[s : s + cut]
    comma = min((i for i in (rest[:cut].find(ch) for ch in _COMMA) if i >= 0), default=-1)
    head_end = s + cut + (1 if cut < len(rest) else 0)
    if comma >= 0:
        # the body starts with a full sentence: its phrase before ， if that reads as a heading; a short
        # whole sentence that opens with a lead-in is a report heading (以学为先，强化政治引领。)
        first = phrase[:comma]
        if _reads_as_heading(first):
            return first, node.number_end
        if _reads_as_heading(first, leadin_ok=True) and _reads_as_heading(phrase, leadin_ok=True):
            return phrase, head_end
        return "", node.number_end
    # a run-in heading: the short phrase before 。/： (以科技创新为动力引领高质量发展。)
    if _reads_as_heading(phrase, leadin_ok=True):
        return phrase, head_end
    return "", node.number_end


def _mask_brackets(s: str) -> str:
    """``s`` with the characters inside （…）/(…) replaced by □ (same length), so their punctuation is ignored."""
    if "(" not in s and "（" not in s:
        return s
    out = []
    depth = 0
    for ch in s:
        if ch in "(（":
            depth += 1
            out.append(ch)
        elif ch in ")）" and depth:
            depth -= 1
            out.append(ch)
        else:
            out.append("□" if depth else ch)
    return "".join(out)


def _set_titles(norm: Normalized, nodes: list[Node], inside_article: bool = False) -> None:
    for n in nodes:
        n.title, n.head_end = _title(norm, n, inside_article)
        _set_titles(norm, n.children, inside_article or n.style in NO_TITLE_INSIDE)


# --- document title --------------------------------------------------------------------


def _doc_title(norm: Normalized, body_start: int) -> tuple[str | None, tuple[int, int] | None]:
    """The document's own title in the preamble: a title line, else the 制定… it announces, else 印发《X》."""
    text, folded = norm.text, norm.folded
    lines: list[tuple[int, int]] = []
    pos = 0
    while pos < body_start:
        le = folded.find("\n", pos, body_start)
        le = body_start if le < 0 else le
        s, e = pos, le
        while s < e and folded[s] in " \t":
            s += 1
        while e > s and folded[e - 1] in " \t":
            e -= 1
        if s < e:
            lines.append((s, e))
        pos = le + 1
    notice: tuple[int, int] | None = None
    for idx, (s, e) in enumerate(lines):
        line = folded[s:e]
        if not _title_line_ok(folded, s, e) or not DOC_TYPE_END.search(line):
            continue
        # a title broken over two lines: the previous line is a short fragment right before
        ts = s
        if idx > 0:
            ps, pe = lines[idx - 1]
            pl = folded[ps:pe]
            if (
                len(pl) <= 30
                and _title_line_ok(folded, ps, pe)
                and not any(ch in pl for ch in "，,()（）")
                and not DOC_TYPE_END.search(pl)
                and not folded[pe:s].strip("\n")
                and folded[pe:s].count("\n") <= 2
            ):
                ts = ps
        whole = "".join(folded[a:b] for a, b in lines[idx - (ts != s) : idx + 1])
        if ISSUING_NOTICE.search(whole) or "关于印发" in whole:
            notice = notice or (ts, e)
            continue
        if ts != s:
            return text[ts : lines[idx - 1][1]] + text[s:e], (ts, e)
        if folded[s] == "《" and "》" in folded[s:e] and folded.count("《", s, e) == 1:
            # 《临江市…规划》 written as a title line: the title is inside the marks
            close = folded.index("》", s, e)
            if close == e - 1:
                return text[s + 1 : close], (s + 1, close)
        return text[s:e], (s, e)
    m = ENACT_TITLE.search(folded, 0, min(body_start, ENACT_SEARCH_CHARS))
    if m is not None and not m.group("t").startswith(("本", "此", "该", "实施", "出台")) and "等" not in m.group("t"):
        return text[m.start("t") : m.end("t")], (m.start("t"), m.end("t"))
    if notice is not None:
        m = ISSUED_TITLE.search(folded, notice[0], notice[1])
        if m is not None:
            return text[m.start("t") : m.end("t")], (m.start("t"), m.end("t"))
    return None, None


def _title_line_ok(folded: str, s: int, e: int) -> bool:
    """Whether a preamble line may be (part of) a title: short, no sentence punctuation, not a number/date line."""
    line = folded[s:e]
    if len(line) > 60 or len(line) < 4 or any(ch in line for ch in "。；;!?！？") or line.endswith((":", "：")):
        return False
    if NOT_TITLE_LINE.search(line) or DATE_LINE.fullmatch(line) or TOC_ENTRY.search(line):
        return False
    return _match_style(folded, s, e) is None


# --- entry point ---------------------------------------------------------------------


def build_outline(norm: Normalized) -> Outline:
    """Find numbered headings and nest them (see the module docstring)."""
    text, folded = norm.text, norm.folded
    markers: list[_Marker] = []

    def items() -> Iterator[_Cand | _Marker]:
        for it in _scan(norm):
            if isinstance(it, _Marker):
                markers.append(it)
            yield it

    groups, first_attach = _build(items(), norm)
    starts = [m.start for m in markers]

    def g_limit(i: int) -> int:
        """Where group ``i`` ends at the latest: the next group's 附件 line or first heading."""
        if i + 1 < len(groups):
            nx = groups[i + 1]
            return nx.marker if nx.marker is not None else nx.start
        return len(text)

    kept: list[int] = []
    for i, g in enumerate(groups):
        if not g.nodes:
            continue
        prose = _has_prose(folded, g.start, g_limit(i))
        if g.kind == "attach" and (len(g.nodes) < 2 or not prose):
            continue  # a list of attachment names, not an attachment's body
        if g.kind == "main" and not prose and len(groups) > 1:
            continue  # a bare list of headings before the real body (a table of contents without 目录)
        kept.append(i)
    roots: list[Node] = []
    parts: list[tuple[int, int]] = []
    top = 0
    body_end = len(text)
    for j, i in enumerate(kept):
        g = groups[i]
        limit = g_limit(i)
        if j + 1 == len(kept) and g.kind == "main" and first_attach is not None and first_attach > g.nodes[-1].start:
            limit = first_attach
        g_end = _tail_end(norm, markers, starts, g.nodes[-1].start, limit)
        _close(g.roots, g_end, text)
        _set_titles(norm, g.roots)
        prefix = () if j == 0 else (top + 1,)
        _prefix(g.roots, prefix)
        top = max(top, prefix[0] if prefix else g.roots[-1].path[0])
        roots.extend(g.roots)
        parts.append((g.roots[0].start, g_end))
        body_end = g_end
    body_start = roots[0].start if roots else len(text)
    title, title_span = _doc_title(norm, body_start)
    return Outline(title, title_span, body_start, body_end if roots else len(text), roots, parts)
