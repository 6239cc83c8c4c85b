"""Text clean-up that never loses the way back to the original offsets.

The clean text is built from *kept ranges* of the original: every clean
character is a character of the original, so an offset map of segment starts
(one pair per kept range) maps any clean index back exactly.  Two views are
kept: ``text`` (characters as written, for the strings we report) and
``folded`` (same length, full-width ASCII folded to half-width, for matching).

Lines: find line breaks in ``folded``, where every line break reads ``\n``: a
lone ``\r`` (old Mac files) and, in a document flattened to one line, the space
that ends a paragraph or a heading are kept as they are in ``text`` but read
``\n`` in ``folded``.

What is dropped or joined: BOM, zero-width characters, indentation, spaces
between CJK characters and digits, page-number lines, web clutter and footer
lines; a line cut mid-sentence is joined to the next one.  In a row of
tab-separated cells the tabs are kept (spaces around them are not) and read
``|`` in ``folded``, as the ``｜`` the .docx reader writes between table cells.  Whether a text is
hard-wrapped (PDF) is decided per document (see :func:`normalize`).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex as re

from .lexicon.text import (
    FOLD_TABLE,
    FOOTER_LINE,
    FOOTER_MAX_LEN,
    JOIN_MIN_CHARS,
    OPENERS,
    PAGE_NUMBER_LINE,
    SENTENCE_END,
    SPACED_LINE_MIN,
    TAB_AFTER_NUMBER,
    TOC_LINE,
    WRAP_MAX_WIDTH,
    WRAP_MIN_SHARE,
)

# Characters dropped wherever they occur (BOM, zero-width, soft hyphen).
_INVISIBLE = frozenset("\ufeff\u200b\u200c\u200d\u2060\u00ad")
_LINE_SPLIT = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")
_INLINE_SPACE = frozenset(" \t\u3000\u00a0\u2002\u2003\u2009\u202f")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@dataclass(frozen=True)
class Normalized:
    """Clean text plus the map back to the original."""

    original: str
    text: str
    folded: str
    _clean_starts: list[int] = field(repr=False)
    _orig_starts: list[int] = field(repr=False)

    def to_orig(self, i: int) -> int:
        """Original index of clean index ``i`` (``len(text)`` maps past the last kept char)."""
        if not self._clean_starts:
            return 0
        if i >= len(self.text):
            return self.to_orig(len(self.text) - 1) + 1 if self.text else 0
        k = bisect_right(self._clean_starts, i) - 1
        return self._orig_starts[k] + (i - self._clean_starts[k])

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` covering clean ``[start, end)``."""
        if end <= start:
            o = self.to_orig(start)
            return (o, o)
        return (self.to_orig(start), self.to_orig(end - 1) + 1)

    def orig_text(self, start: int, end: int) -> str:
        """The original text behind clean ``[start, end)`` (line breaks and all)."""
        s, e = self.orig_span(start, end)
        return self.original[s:e]


class _Builder:
    """Accumulates kept ranges of the original."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.clean_starts: list[int] = []
        self.orig_starts: list[int] = []
        self.length = 0
        self.breaks: list[int] = []  # clean indices of kept spaces that read as line breaks in `folded`

    def keep(self, start: int, end: int) -> None:
        if end <= start:
            return
        if self.orig_starts and self.orig_starts[-1] + (self.length - self.clean_starts[-1]) == start:
            pass  # contiguous with the previous range: extend it (no new segment, no new string)
        else:
            self._flush()
            self.clean_starts.append(self.length)
            self.orig_starts.append(start)
        self.length += end - start

    def _flush(self) -> None:
        """Copy the last segment, now complete, out of the original (one string a segment, not a line)."""
        if self.orig_starts:
            o = self.orig_starts[-1]
            self.parts.append(self.original[o : o + self.length - self.clean_starts[-1]])

    def build(self) -> Normalized:
        self._flush()
        text = "".join(self.parts)
        folded = text.translate(FOLD_TABLE)
        if "\t" in folded:
            folded = folded.replace("\t", "|")  # the tabs kept are cell boundaries of tab-separated rows
        if self.breaks:
            pieces, pos = [], 0
            for k in self.breaks:
                pieces.append(folded[pos:k])
                pieces.append("\n")
                pos = k + 1
            pieces.append(folded[pos:])
            folded = "".join(pieces)
        return Normalized(self.original, text, folded, self.clean_starts, self.orig_starts)


_GAP = re.compile("[" + "".join(sorted(_INLINE_SPACE | _INVISIBLE)) + "]++")
_PARA_END = frozenset("。！？；：!?;:")
_INNER_END = re.compile(r"[。！？；!?;]")
_LAST_PARA_END = re.compile(r"(?r)[。！？；：!?;:]")  # searched backwards: the last sentence end before a gap
_HEAD_WINDOW = 60  # a heading's title is at most this long in a space-separated text
_MIN_HEAD_TITLE = 4  # ... and at least this long


def _keep_line(b: _Builder, text: str, start: int, end: int, spaced: bool = False) -> None:
    """Keep a line's content, dropping invisible characters and spaces between non-words.

    ``spaced``: the line is a whole document whose paragraphs are separated by spaces (web copy / PDF
    text flattened to one line).  A space that ends a paragraph or a heading is kept as a line break
    (it stays a space in ``text`` and reads ``\\n`` in ``folded``).
    """
    run_start = start
    last_break = start
    cells = _tab_row(text, start, end)
    for m in _GAP.finditer(text, start, end):
        i, j = m.span()
        prev = text[i - 1] if i > start else ""
        nxt = text[j] if j < end else ""
        if cells and "\t" in m.group() and start < i and j < end:
            b.keep(run_start, i)
            for k in range(i, j):
                if text[k] == "\t":
                    b.keep(k, k + 1)  # every tab a cell boundary (two in a row: an empty cell), read as |
            run_start = j
            continue
        if prev in _ASCII_ALNUM and nxt in _ASCII_ALNUM:
            if any(ch in _INVISIBLE for ch in text[i:j]):  # keep the spaces, drop the invisibles
                b.keep(run_start, i)
                for k in range(i, j):
                    if text[k] not in _INVISIBLE:
                        b.keep(k, k + 1)
                run_start = j
            continue
        b.keep(run_start, i)
        run_start = j
        if spaced and i > start and j < end and _is_break(text, start, i, j, last_break):
            k = next((k for k in range(i, j) if text[k] in _INLINE_SPACE), -1)
            if k >= 0:
                b.keep(k, k + 1)
                b.breaks.append(b.length - 1)
                last_break = j
    b.keep(run_start, end)


def _tab_row(text: str, start: int, end: int) -> bool:
    """Whether the line is a row of tab-separated cells (a table copied from a spreadsheet or Word).

    Any tab between two words of the line makes it a row, unless the first one follows a
    heading number (``一、<tab>总体要求``, ``第一条<tab>…``), where a tab is only spacing.
    """
    k = text.find("\t", start, end)
    if k < 0:
        return False
    i = k
    while i > start and text[i - 1] in _INLINE_SPACE:
        i -= 1
    if i == start or not text[k:end].strip():
        return False  # indentation or trailing space, not a gap between cells
    return not TAB_AFTER_NUMBER.fullmatch(text, start, i)


def _is_break(text: str, start: int, i: int, j: int, last_break: int) -> bool:
    """Whether the space run ``text[i:j]`` of a space-separated line separates two paragraphs."""
    prev = text[i - 1]
    if prev in _PARA_END or (prev in "”’\"」』" and i - 2 >= start and text[i - 2] in _PARA_END):
        return True
    if _starts_block(text[j : j + 12]):
        return True
    # the end of a heading: a heading token started after the last sentence end / break, no sentence end since
    lo = max(start, last_break, i - _HEAD_WINDOW)
    last_end = _LAST_PARA_END.search(text, lo, i)
    if last_end is not None:
        h = last_end.end()
    elif lo == last_break:
        h = lo
    else:
        return False  # no sentence end nor break within reach: the heading start is out of the window
    m = _BLOCK_START.match(text[h : h + 12])
    return m is not None and i - (h + m.end()) >= _MIN_HEAD_TITLE  # "1.推进 ABC建设" is not a heading end


def _spaced(text: str, s: int, e: int) -> bool:
    """A line long enough to hold several paragraphs separated by spaces rather than line breaks."""
    return e - s >= SPACED_LINE_MIN


def _lines(text: str) -> Iterator[tuple[int, int, int]]:
    """(content_start, content_end, newline_index or -1) for every line, as a stream."""
    pos = 0
    for m in _LINE_SPLIT.finditer(text):
        yield pos, m.start(), m.end() - 1
        pos = m.end()
    yield pos, len(text), -1


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s] in _INLINE_SPACE or text[s] in _INVISIBLE):
        s += 1
    while e > s and (text[e - 1] in _INLINE_SPACE or text[e - 1] in _INVISIBLE):
        e -= 1
    return s, e


@dataclass(slots=True)
class _Line:
    raw_s: int  # line start in the original
    s: int  # content start (indentation stripped)
    e: int  # content end
    nl: int  # index of the line break character ending the line, or -1
    kind: str  # "text", "blank", "page", "footer"
    width: int = 0  # display width (CJK = 2 columns)
    end_char: str = ""


_KINDS = ("text", "blank", "page", "footer")


class _LineTable:
    """Every line of a text in parallel arrays, ~50 bytes a line instead of ~300 for a list of
    objects (10^5 short lines must not cost 30x the input); iterating yields each as a ``_Line``."""

    def __init__(self) -> None:
        self.cols = tuple(array("q") for _ in range(6))  # raw_s, s, e, nl, width, ord(end_char) or -1
        self.kinds = bytearray()

    def add(self, raw_s: int, s: int, e: int, nl: int, kind: int, width: int = 0, end_char: str = "") -> None:
        """One line; ``kind`` indexes ``_KINDS``."""
        c = self.cols
        c[0].append(raw_s)
        c[1].append(s)
        c[2].append(e)
        c[3].append(nl)
        c[4].append(width)
        c[5].append(ord(end_char) if end_char else -1)
        self.kinds.append(kind)

    def __len__(self) -> int:
        return len(self.kinds)

    def __iter__(self) -> Iterator[_Line]:
        for k, raw_s, s, e, nl, width, end in zip(self.kinds, *self.cols, strict=True):
            yield _Line(raw_s, s, e, nl, _KINDS[k], width, chr(end) if end >= 0 else "")


def _width(line: str) -> int:
    if len(line) > 400:
        return 2 * len(line)  # far beyond any wrap width: no need to count
    return sum(1 if ord(ch) < 0x2E80 else 2 for ch in line)


def _classify(original: str) -> _LineTable:
    out = _LineTable()
    for raw_s, raw_e, nl in _lines(original):
        s, e = _strip(original, raw_s, raw_e)
        if s == e:
            out.add(raw_s, s, e, nl, 1)  # blank
            continue
        folded = original[s:e].translate(FOLD_TABLE)
        if PAGE_NUMBER_LINE.fullmatch(folded):
            kind = 2  # page
        elif e - s <= FOOTER_MAX_LEN and FOOTER_LINE.match(folded):
            kind = 3  # footer
        else:
            kind = 0  # text
        end_char = folded[-1]
        if kind == 0 and TOC_LINE.search(folded):
            end_char = "\n"  # a TOC entry closes its line, like a sentence end
        out.add(raw_s, s, e, nl, kind, _width(original[s:e]), end_char)  # width as printed (unfolded)
    return out


def _wrap_width(lines: _LineTable) -> int | None:
    """The hard-wrap width of a PDF-extracted text, or None when lines are paragraphs.

    A text is hard-wrapped when many lines stop mid-sentence at about the same width.
    """
    n_text, widths = 0, []
    for ln in lines:
        if ln.kind == "text":
            n_text += 1
            if ln.end_char not in SENTENCE_END and ln.width >= 20:
                widths.append(ln.width)
    open_ends = sorted(widths)
    if n_text < 8 or len(open_ends) < 5:
        return None
    w = open_ends[len(open_ends) // 2]
    if w > WRAP_MAX_WIDTH:
        return None
    tol = max(4, w // 10)
    near = sum(1 for x in open_ends if abs(x - w) <= tol)
    if near < WRAP_MIN_SHARE * n_text:
        return None
    return w


def normalize(original: str) -> Normalized:
    """Clean ``original``: one paragraph per line, broken lines rejoined, clutter dropped.

    Two regimes, decided per document: a hard-wrapped (PDF) text joins every
    line that fills the wrap width and does not close its sentence, across page
    numbers and blank lines; a text whose lines are paragraphs joins only a long
    line cut mid-sentence to an unindented next line that starts no new block.
    """
    lines = _classify(original)
    wrap = _wrap_width(lines)
    full = wrap - max(6, wrap * 3 // 20) if wrap else 0
    b = _Builder(original)
    prev: _Line | None = None
    prev_para = False
    gap_blank = False
    for ln in lines:
        if ln.kind != "text":
            gap_blank = gap_blank or ln.kind == "blank"
            continue
        if prev is not None:
            if ln.end_char == "\n" or prev.end_char == "\n":
                join = False  # a TOC entry starts its own line
            elif prev.end_char in OPENERS and ln.s - ln.raw_s <= 2:
                join = True  # a line ending in an opening bracket ("（" then "二）…") is cut inside a token
            elif wrap:
                join = prev.width >= full and prev.end_char not in SENTENCE_END
            else:
                join = (
                    not gap_blank
                    and (prev.e - prev.s >= JOIN_MIN_CHARS or prev_para)
                    and prev.end_char not in SENTENCE_END
                    and ln.s == ln.raw_s
                    and not _starts_block(original[ln.s : min(ln.e, ln.s + 12)])
                    and not _is_heading_line(original, prev)
                )
            if not join:
                b.keep(prev.nl, prev.nl + 1)
            # a line that continues a paragraph, or holds a sentence end, is prose, not a title: a short
            # one cut mid-sentence is rejoined too
            prev_para = join or _INNER_END.search(original, ln.s, ln.e) is not None
        else:
            prev_para = _INNER_END.search(original, ln.s, ln.e) is not None
        _keep_line(b, original, ln.s, ln.e, _spaced(original, ln.s, ln.e))
        prev = ln
        gap_blank = False
    return b.build()


_BLOCK_START = re.compile(
    # matched on raw (unfolded) text too: full-width digits, dots and parentheses are spelled out
    r"(?:第[一二三四五六七八九十百零〇\d０-９]{1,6}[编篇章节条部分]|[一二三四五六七八九十百]{1,4}[、.．﹒]"
    r"|[(（﹙]\s{0,2}+[一二三四五六七八九十\d０-９]{1,4}+\s{0,2}+[)）﹚]"
    r"|[\d０-９]{1,3}[.．﹒、)）](?![\d０-９])|[①-⑳⑴-⒇]|附件|专栏)"
)


def _is_heading_line(original: str, ln: _Line) -> bool:
    """A line that starts with a heading token and holds no sentence end: a whole heading, never continued."""
    if not _starts_block(original[ln.s : min(ln.e, ln.s + 12)]):
        return False
    return not any(ch in "。！？；!?;" for ch in original[ln.s : ln.e])


def _starts_block(line: str) -> bool:
    """Whether a line (raw or folded) starts something that is never the continuation of the previous line."""
    return _BLOCK_START.match(line) is not None
