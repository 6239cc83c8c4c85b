"""Bytes on disk → text, with a :class:`~planparse.errors.ReadError` of a clear ``kind`` when that fails.

One entry point, :func:`read_text`, dispatching on the file suffix (case-insensitive):

* ``.txt/.md/.text``: BOM, strict UTF-8, then charset-normalizer (GB18030/GBK, Big5, BOM-less
  UTF-16); a guess is only accepted when the decoded text reads as Chinese (see
  :func:`_implausible`), so mojibake and files mixing two encodings are refused, never returned.
  Line endings are kept as they are; only a leading BOM is dropped.
* ``.docx`` (extra ``planparse[docx]``): paragraphs and tables in body order, Word list numbering
  rendered back (``一、``, ``（一）``, ``第一条``), table cells separated by ``｜``; zip bombs and
  DTDs are refused before parsing.
* ``.html/.htm`` (extra ``planparse[html]``): main text of the page, chrome dropped.
* ``.pdf`` (extra ``planparse[pdf]``): page texts joined by newlines.

The file is read once into memory (after a size check) and every reader works on those bytes.
"""

from __future__ import annotations

import codecs
import errno
import functools
import html as html_lib
import io
import os
import stat
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import regex as re

from .errors import ReadError
from .lexicon import readers as lex

if TYPE_CHECKING:  # pragma: no cover
    from lxml.etree import _Element

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# Zip-bomb caps for .docx, checked on the central directory before anything is decompressed
# (Python's zipfile never yields more than an entry's declared size, so declared sizes are binding).
DOCX_MAX_ENTRIES = 10_000
DOCX_MAX_UNCOMPRESSED = 256 * 1024 * 1024

__all__ = ["DEFAULT_MAX_BYTES", "ReadError", "decode_bytes", "read_text"]


def read_text(
    path: str | os.PathLike[str], encoding: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """Decode a document file to text; raises :class:`ReadError` with a ``kind`` saying why not.

    ``encoding`` overrides detection for text and HTML files. Files over ``max_bytes`` are refused
    (``too_large``) before any byte is read.
    """
    p = os.fspath(path)
    suffix = os.path.splitext(p)[1].lower()
    if not (suffix in lex.TEXT_SUFFIXES or suffix in lex.HTML_SUFFIXES or suffix in (".docx", ".pdf")):
        raise _unsupported(p, suffix, _read_bytes(p, max_bytes, head=64))
    data = _read_bytes(p, max_bytes)
    if suffix in lex.TEXT_SUFFIXES:
        return _nonempty(p, decode_bytes(data, encoding, path=p))
    if suffix == ".docx":
        return _nonempty(p, _read_docx(p, data))
    if suffix in lex.HTML_SUFFIXES:
        return _nonempty(p, _read_html(p, data, encoding))
    return _read_pdf(p, data)


# ---------------------------------------------------------------- file system


def _read_bytes(p: str, max_bytes: int, head: int | None = None) -> bytes:
    """The file's bytes (only the first ``head`` when given, to sniff an unsupported file); OS
    errors, empty and oversized files become ReadErrors (size checked before reading)."""
    try:
        st = os.stat(p)
    except FileNotFoundError:
        what = "broken symbolic link" if os.path.islink(p) else "no such file"
        raise ReadError(p, "not_found", what) from None
    except NotADirectoryError:
        raise ReadError(p, "not_found", "no such file (a parent in the path is not a directory)") from None
    except PermissionError:
        raise ReadError(p, "permission_denied", "permission denied (cannot look up the file)") from None
    except OSError as e:
        raise ReadError(p, "not_found", f"cannot access the file: {e.strerror or e}") from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError(p, "is_directory", "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ReadError(p, "unsupported_format", "not a regular file (device, pipe or socket)")
    if st.st_size > max_bytes:
        raise ReadError(
            p, "too_large", f"file is {_size(st.st_size)}, over the {_size(max_bytes)} limit (max_bytes)"
        )
    if st.st_size == 0 and head is None:
        raise ReadError(p, "empty", "file is empty (0 bytes)")
    try:
        with open(p, "rb") as f:
            data = f.read(max_bytes + 1 if head is None else head)
    except PermissionError:
        raise ReadError(p, "permission_denied", "permission denied (cannot read the file)") from None
    except IsADirectoryError:
        raise ReadError(p, "is_directory", "is a directory, not a file") from None
    except FileNotFoundError:
        raise ReadError(p, "not_found", "no such file") from None
    except OSError as e:
        kind = "permission_denied" if e.errno in (errno.EACCES, errno.EPERM) else "corrupt"
        raise ReadError(p, kind, f"cannot read the file: {e.strerror or e}") from None
    if len(data) > max_bytes:  # grew since stat
        raise ReadError(p, "too_large", f"file is over the {_size(max_bytes)} limit (max_bytes)")
    return data


def _size(n: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)  # pragma: no cover


def _nonempty(p: str, text: str) -> str:
    if not text.strip():
        raise ReadError(p, "empty", "no text in the file (only whitespace)")
    return text


def _sniff(data: bytes) -> str | None:
    """What the bytes look like by their signature, e.g. 'a PDF file'."""
    for magic, what in lex.MAGIC:
        if data.startswith(magic):
            return what
    return None


def _unsupported(p: str, suffix: str, data: bytes) -> ReadError:
    what = lex.LEGACY_FORMATS.get(suffix)
    if what:
        return ReadError(p, "unsupported_format", f"{what} files are not supported: {lex.CONVERT_ADVICE}")
    sniffed = _sniff(data)
    seen = f" (the content looks like {sniffed})" if sniffed else ""
    name = f"'{suffix}'" if suffix else "without a suffix"
    return ReadError(
        p,
        "unsupported_format",
        f"files {name} are not supported{seen}; supported: .txt .md .docx .html .htm .pdf — {lex.CONVERT_ADVICE}",
    )


# ---------------------------------------------------------------- text decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HAN = re.compile(r"\p{Han}")
_ENCODING_HINT = "pass the right encoding, e.g. --encoding gb18030 (Python: read_text(path, encoding='gb18030'))"
# Aliases widened to their superset: GB2312/GBK files routinely contain characters outside them.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "ascii": "utf-8"}


@functools.cache
def _common_hanzi(family: str) -> frozenset[str]:
    """Frequent characters of a script: GB2312 level 1 (3755 simplified) or Big5 level 1 (5401)."""
    out: set[str] = set()
    if family in ("simplified", "any"):
        for a in range(0xB0, 0xD8):
            for b in range(0xA1, 0xFF):
                try:
                    out.add(bytes((a, b)).decode("gb2312"))
                except UnicodeDecodeError:
                    pass
    if family in ("traditional", "any"):
        for a in range(0xA4, 0xC7):
            for b in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
                try:
                    out.add(bytes((a, b)).decode("big5"))
                except UnicodeDecodeError:
                    pass
    return frozenset(out)


def _family(codec: str) -> str:
    c = codecs.lookup(codec).name
    if c in ("gb2312", "gbk", "gb18030", "hz"):
        return "simplified"
    if c.startswith("big5") or c == "cp950":
        return "traditional"
    return "any"


# Control characters (other than tab/line/page breaks), U+FFFD and private-use/surrogate characters.
_BAD_CHAR = re.compile(r"[^\t\n\r\x0b\x0c\P{Cc}]|[\p{Co}\p{Cs}\ufffd]")
_SPACE = re.compile(r"\s")


# Non-ASCII symbols expected in Chinese documents besides hanzi: Latin-1 signs, general punctuation,
# letterlike/number forms (℃ Ⅳ), arrows, maths, enclosed numbers (① ⑴ ⒈), shapes (■ ○ ★),
# CJK punctuation, enclosed CJK (㈠), CJK units (㎡), compatibility and full-width forms.
_SYMBOL_RANGES = (
    (0xA0, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7), (0x2000, 0x206F), (0x2100, 0x22FF), (0x2460, 0x24FF),
    (0x25A0, 0x26FF), (0x3000, 0x303F), (0x3200, 0x33FF), (0xFE30, 0xFE4F), (0xFF00, 0xFF60), (0xFFE0, 0xFFEF),
)
_NON_ASCII = re.compile(r"[^\x00-\x7f\s]")


@functools.cache
def _expected(family: str) -> frozenset[str]:
    """Characters a Chinese document is made of: frequent hanzi of ``family`` plus symbols."""
    symbols = {chr(c) for lo, hi in _SYMBOL_RANGES for c in range(lo, hi + 1)}
    return _common_hanzi(family) | frozenset(symbols) - {"\ufffd"}


def _rare_cluster(chars: list[str], expected: frozenset[str]) -> str | None:
    """Six rare characters among ten consecutive non-ASCII ones, or None.

    Never in real text (at most 3 in any such window in the 149 corpus documents), typical of a
    stretch of bytes decoded with the wrong codec even when a few common characters fall out of it.
    """
    rare = [i for i, c in enumerate(chars) if c not in expected]
    for k in range(len(rare) - 5):
        if rare[k + 5] - rare[k] < 10:
            return "".join(chars[rare[k] : rare[k + 5] + 1])
    return None


def _implausible(text: str, codec: str) -> str | None:
    """Why ``text`` (decoded with ``codec``) is not real text, or None when it reads fine.

    Real Chinese prose is made of frequent characters almost only (≥ 99 % of the hanzi of the 143
    work reports are GB2312 level 1, every line of 20+ hanzi ≥ 91 %), while bytes decoded with the
    wrong codec come out as rare hanzi, kana, hangul or box-drawing characters (≥ 50 % of them).
    Text decoded as strict UTF-8 is only checked for rare hanzi (double-encoded mojibake), so that
    UTF-8 text in other languages is not refused; legacy codecs are checked on every non-ASCII char.
    """
    visible = len(text) - len(_SPACE.findall(text))
    if visible <= 0:
        return None
    bad = len(_BAD_CHAR.findall(text))
    if bad > max(2, 0.005 * visible):
        return f"{bad} control/replacement characters"
    name = codecs.lookup(codec).name
    unicode = name.startswith(("utf-8", "utf_8", "utf-16", "utf-32"))
    pattern = _HAN if name.startswith(("utf-8", "utf_8")) else _NON_ASCII
    expected = _expected(_family(codec))
    chars = pattern.findall(text)
    min_chars = 10 if unicode else 3
    if len(chars) >= min_chars and sum(c in expected for c in chars) < 0.8 * len(chars):
        return "mostly rare characters (mojibake)"
    if not unicode:
        cluster = _rare_cluster(chars, expected)
        if cluster:
            return f"mojibake {cluster!r}"
    if len(chars) >= 20:
        for line in text.splitlines():
            lc = pattern.findall(line)
            if len(lc) >= 20 and sum(c in expected for c in lc) < 0.6 * len(lc):
                return f"mojibake in line {line[:20]!r}…"
    return None


def _mixed_utf8(data: bytes) -> tuple[int, int] | None:
    """(a UTF-8 line, a line in another encoding), 1-based, when a file mixes UTF-8 with GB18030.

    A line counts as UTF-8 only with 4+ CJK characters (a short GBK line can be valid UTF-8 by
    chance: two GB2312 characters are with ~2 % probability, four CJK ones practically never), and
    as GB18030 only when it decodes to plausible Chinese with 4+ hanzi, so that a few damaged bytes
    in a UTF-8 file are not taken for a second encoding.
    """
    utf8_line = other_line = 0
    for n, line in enumerate(data.splitlines(), 1):
        if line.isascii():
            continue
        try:
            s = line.decode("utf-8")
        except UnicodeDecodeError:
            if not other_line:
                try:
                    g = line.decode("gb18030")
                except UnicodeDecodeError:
                    continue
                if len(_HAN.findall(g)) >= 4 and _implausible(g, "gb18030") is None:
                    other_line = n
        else:
            if len(_HAN.findall(s)) >= 4:
                utf8_line = utf8_line or n
        if utf8_line and other_line:
            return utf8_line, other_line
    return None


# Damaged bytes tolerated (each decoded as U+FFFD) in a file that otherwise decodes cleanly.
_MAX_REPLACED = 0.001


def _lenient(data: bytes) -> str | None:
    """Text of a file with a few damaged bytes: the codec with the fewest U+FFFD, if plausible."""
    best: tuple[int, str, str] | None = None
    for codec in ("utf-8", "gb18030"):
        text = data.decode(codec, errors="replace")
        n = text.count("\ufffd")
        if best is None or n < best[0]:
            best = (n, codec, text)
    assert best is not None
    n, codec, text = best
    visible = len(text) - len(_SPACE.findall(text))
    if n > max(3, _MAX_REPLACED * visible):  # one damaged byte costs up to 3 U+FFFD
        return None
    rest = text.replace("\ufffd", "")
    if _BAD_CHAR.search(rest) or _implausible(rest, codec) is not None:
        return None  # a damaged GB18030 lead byte shifts the pairs after it: private-use mojibake
    return text


def decode_bytes(data: bytes, encoding: str | None = None, *, path: str = "<bytes>") -> str:
    """Decode a text file's bytes; ``encoding`` overrides detection. Drops a leading BOM only."""
    if encoding:
        return _decode_with(data, encoding, path)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise ReadError(
                    path, "undecodable", f"starts with a {codec} BOM but is not valid {codec} at byte {e.start}; {_ENCODING_HINT}"
                ) from None
            return text[1:] if text.startswith("\ufeff") else text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if b"\x00" not in data:
            why = _implausible(text, "utf-8")
            if why is None:
                return text
            raise ReadError(path, "undecodable", f"valid UTF-8 but not text: {why}; {_ENCODING_HINT}")
    if b"\x00" not in data:
        mixed = _mixed_utf8(data)
        if mixed:
            raise ReadError(
                path,
                "undecodable",
                f"mixes two encodings: line {mixed[0]} is UTF-8 but line {mixed[1]} is not; "
                f"re-save the file in one encoding (UTF-8), or {_ENCODING_HINT}",
            )
    codec, why = _detect(data)
    if codec:
        text = data.decode(codec)
        return text[1:] if text.startswith("\ufeff") else text
    if b"\x00" not in data:
        text = _lenient(data)
        if text is not None:
            return text
    sniffed = _sniff(data)
    if b"\x00" in data:
        what = f"looks like {sniffed}" if sniffed else "binary (contains NUL bytes)"
        raise ReadError(path, "undecodable", f"not a text file: {what}; if it is text, {_ENCODING_HINT}")
    detail = f" ({why})" if why else ""
    raise ReadError(path, "undecodable", f"cannot detect the text encoding confidently{detail}; {_ENCODING_HINT}")


def _detect(data: bytes) -> tuple[str | None, str | None]:
    """(codec, None) for a confident guess, else (None, why the best guess was refused)."""
    from charset_normalizer import from_bytes

    # GB18030 first: the legacy encoding of mainland documents, and charset-normalizer takes short
    # GBK texts for Korean; a wrong first try is caught by _implausible.
    guesses: list[str] = ["gb18030"] if b"\x00" not in data else []
    best = from_bytes(data).best()
    if best is not None:
        guesses.append(best.encoding)
    if b"\x00" not in data:
        guesses.append("big5hkscs")
    why: str | None = None
    for g in dict.fromkeys(guesses):
        codec = _SUPERSETS.get(codecs.lookup(g).name, g)
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        reason = _implausible(text, codec)
        if reason is None:
            return codec, None
        why = why or f"as {codec}: {reason}"
    return None, why


def _decode_with(data: bytes, encoding: str, path: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise ReadError(path, "undecodable", f"unknown encoding {encoding!r}; try utf-8, gb18030, big5 or utf-16") from None
    codec = _SUPERSETS.get(name, name)
    if codec in ("utf-8", "utf_8"):
        codec = "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        raise ReadError(
            path, "undecodable", f"not valid {encoding} at byte {e.start} ({e.reason}); check --encoding"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


# ---------------------------------------------------------------- .docx

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_DOCTYPE_MARKS = tuple(
    m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("ascii", "utf-16-le", "utf-16-be")
)


def _check_zip(p: str, data: bytes) -> None:
    """Refuse truncated/corrupt zips, zip bombs and XML with a DTD before python-docx sees them."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(
            p,
            "unsupported_format",
            "not a .docx inside but an OLE container: a legacy .doc/.wps file renamed to .docx, or a "
            f"password-protected document (remove the password); {lex.CONVERT_ADVICE}",
        )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except Exception as e:  # BadZipFile, OSError, ValueError, EOFError, struct.error…
        raise ReadError(p, "corrupt", f"not a valid .docx (zip) file — truncated or damaged ({e})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > DOCX_MAX_ENTRIES:
            raise ReadError(
                p, "too_large", f"zip has {len(infos)} entries, over the {DOCX_MAX_ENTRIES} limit (zip bomb?)"
            )
        total = sum(i.file_size for i in infos)
        if total > DOCX_MAX_UNCOMPRESSED:
            raise ReadError(
                p,
                "too_large",
                f"zip expands to {_size(total)}, over the {_size(DOCX_MAX_UNCOMPRESSED)} limit (zip bomb?)",
            )
        names = {i.filename for i in infos}
        if "word/document.xml" not in names and "[Content_Types].xml" not in names:
            raise ReadError(p, "corrupt", "a zip file but not a Word document (no word/document.xml)")
        try:
            for i in infos:
                if i.filename.endswith((".xml", ".rels")):
                    body = zf.read(i)
                    if any(m in body for m in _DOCTYPE_MARKS):
                        raise ReadError(
                            p, "corrupt", f"{i.filename} declares a DTD/entities, which Word never writes: refused"
                        )
        except ReadError:
            raise
        except Exception as e:  # BadZipFile, zlib.error, EOFError, encrypted entries (RuntimeError)…
            raise ReadError(p, "corrupt", f"damaged .docx (zip) file: {type(e).__name__}: {e}") from None


def _read_docx(p: str, data: bytes) -> str:
    try:
        import docx  # noqa: F401
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:
        raise ReadError(
            p, "missing_extra", "reading .docx needs python-docx: pip install 'planparse[docx]'"
        ) from None
    _check_zip(p, data)
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        numbering = _Numbering(document)
        return "\n".join(_docx_blocks(body, numbering))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, LxmlError, EOFError, OSError) as e:
        raise ReadError(p, "corrupt", f"damaged or invalid .docx file: {type(e).__name__}: {e}") from None
    except Exception as e:  # hostile input can break python-docx in many ways: never let it escape raw
        raise ReadError(p, "corrupt", f"unreadable .docx file: {type(e).__name__}: {e}") from None


def _docx_blocks(container: _Element, numbering: _Numbering) -> Iterator[str]:
    """Lines of a body or cell: paragraphs and table rows in document order."""
    for el in _block_children(container):
        if el.tag == _w("p"):
            if numbering.is_toc(el):
                continue  # table-of-contents entries repeat the headings (with page numbers)
            yield numbering.label(el) + _paragraph_text(el)
        elif el.tag == _w("tbl"):
            yield from _table_rows(el, numbering)


def _block_children(container: _Element) -> Iterator[_Element]:
    """Paragraphs and tables of a container, looking through content controls and custom XML."""
    stack = [iter(container)]
    while stack:
        for el in stack[-1]:
            tag = el.tag
            if tag in (_w("p"), _w("tbl")):
                yield el
            elif tag in (_w("sdt"), _w("customXml"), _w("ins"), _w("moveTo")):
                if tag == _w("sdt") and _is_toc_sdt(el):
                    continue
                inner = el.find(_w("sdtContent")) if tag == _w("sdt") else el
                if inner is not None:
                    stack.append(iter(inner))
                    break
        else:
            stack.pop()


def _is_toc_sdt(sdt: _Element) -> bool:
    """A content control holding Word's table of contents (docPartGallery "Table of Contents")."""
    gallery = sdt.find(f"{_w('sdtPr')}/{_w('docPartObj')}/{_w('docPartGallery')}")
    return gallery is not None and (gallery.get(_w("val")) or "").lower() == "table of contents"


def _table_rows(tbl: _Element, numbering: _Numbering) -> Iterator[str]:
    """One line per non-empty row, cells joined by ``｜``; a cell's paragraphs joined by ``；``."""
    for tr in tbl.iter(_w("tr")):
        if _ancestor(tr, _w("tbl")) is not tbl:
            continue  # a nested table's row: rendered inside its cell
        cells = []
        for tc in tr.iter(_w("tc")):
            if _ancestor(tc, _w("tr")) is not tr:
                continue  # a nested table's cell
            parts = [s.strip() for s in _docx_blocks(tc, numbering)]
            cells.append(_join_cell(parts))
        if any(cells):  # an all-empty row carries nothing (and would make a blank file non-empty)
            yield lex.CELL_SEPARATOR.join(cells)


def _ancestor(el: _Element, tag: str) -> _Element | None:
    """The nearest ancestor of ``el`` with ``tag``."""
    parent = el.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _join_cell(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if not part:
            continue
        if out and out[-1] not in lex.CELL_PARAGRAPH_END:
            out += lex.CELL_PARAGRAPH_JOINER
        out += part.replace(lex.CELL_SEPARATOR, "|")
    return out


# Subtrees of a paragraph that hold no text of it (properties, deletions, text boxes, fallbacks).
_SKIP = frozenset(
    {
        _w("pPr"), _w("rPr"), _w("del"), _w("moveFrom"), _w("txbxContent"), _w("footnoteReference"),
        _w("endnoteReference"), _w("commentReference"), f"{{{_MC}}}Fallback", _w("instrText"),
    }
)


def _paragraph_text(p: _Element) -> str:
    """Text of a w:p in order: runs, hyperlinks, fields, tabs and breaks (iterative walk)."""
    out: list[str] = []
    t, tab, br, cr = _w("t"), _w("tab"), _w("br"), _w("cr")
    mt = f"{{{_M}}}t"
    stack = [iter(p)]
    while stack:
        for el in stack[-1]:
            tag = el.tag
            if tag in _SKIP or not isinstance(tag, str):
                continue
            if tag == _w("r") and _hidden(el):
                continue
            if tag == t or tag == mt:
                out.append(el.text or "")
            elif tag == tab:
                out.append("\t")
            elif tag in (br, cr):
                out.append("\n")
            elif tag == _w("noBreakHyphen"):
                out.append("-")
            elif tag == _w("sym"):
                ch = _sym_char(el)
                if ch:
                    out.append(ch)
            elif len(el):
                stack.append(iter(el))
                break
        else:
            stack.pop()
    return "".join(out)


def _hidden(run: _Element) -> bool:
    """A run formatted as hidden text (w:vanish), which Word neither shows nor prints."""
    v = run.find(f"{_w('rPr')}/{_w('vanish')}")
    return v is not None and v.get(_w("val"), "true") not in ("0", "false", "off")


def _sym_char(el: _Element) -> str:
    code = el.get(_w("char")) or ""
    try:
        cp = int(code, 16)
    except ValueError:
        return ""
    if 0xF000 <= cp <= 0xF0FF:  # Symbol/Wingdings font offset: not a Unicode character
        return ""
    return chr(cp)


class _Level:
    __slots__ = ("start", "fmt", "text", "legal", "restart", "suff", "style")

    def __init__(self, el: _Element | None = None, base: _Level | None = None) -> None:
        def val(tag: str) -> str | None:
            child = el.find(_w(tag)) if el is not None else None
            return child.get(_w("val")) if child is not None else None

        self.start = _int(val("start"), base.start if base else 1)
        fallback = el.find(f"{{{_MC}}}AlternateContent/{{{_MC}}}Fallback/{_w('numFmt')}") if el is not None else None
        self.fmt = (
            val("numFmt")  # a Word 2010 "custom" format sits in mc:Choice, its standard twin in mc:Fallback
            or (fallback.get(_w("val")) if fallback is not None else None)
            or (base.fmt if base else "decimal")
        )
        lvl_text = el.find(_w("lvlText")) if el is not None else None
        self.text = lvl_text.get(_w("val"), "") if lvl_text is not None else (base.text if base else "")
        is_lgl = el.find(_w("isLgl")) if el is not None else None
        self.legal = (is_lgl is not None and is_lgl.get(_w("val"), "1") not in ("0", "false")) or bool(
            base and base.legal
        )
        self.restart = _int(val("lvlRestart"), base.restart if base else -1)
        self.suff = val("suff") or (base.suff if base else "tab")
        self.style = val("pStyle") or (base.style if base else None)


def _int(s: str | None, default: int) -> int:
    try:
        return int(s) if s is not None else default
    except ValueError:
        return default


_TOC_STYLE = re.compile(r"(?i)toc \d|目录 ?\d")


class _Numbering:
    """Word list numbering (numbering.xml): renders each numbered paragraph's label in body order.

    Also knows the table-of-contents paragraph styles (their styleIds are localised: "10", "TOC1"…).
    """

    def __init__(self, document: Any) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNum → numStyleLink style id
        self.nums: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
        self.style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self.default_style: str | None = None
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()
        self.toc_styles: set[str] = set()
        self._load_styles(document)
        self._load_numbering(document)

    def _load_styles(self, document: Any) -> None:
        try:
            styles = document.styles.element
        except (AttributeError, KeyError, NotImplementedError):
            return
        based: dict[str, str] = {}
        own: dict[str, tuple[str | None, int | None]] = {}
        for st in styles.iter(_w("style")):
            if st.get(_w("type")) not in (None, "paragraph", "numbering"):
                continue
            sid = st.get(_w("styleId"))
            if not sid:
                continue
            name = st.find(_w("name"))
            if name is not None and _TOC_STYLE.match(name.get(_w("val")) or ""):
                self.toc_styles.add(sid)
            if st.get(_w("default")) in ("1", "true") and st.get(_w("type")) == "paragraph":
                self.default_style = sid
            b = st.find(_w("basedOn"))
            if b is not None and b.get(_w("val")):
                based[sid] = b.get(_w("val"))
            numpr = st.find(f"{_w('pPr')}/{_w('numPr')}")
            if numpr is not None:
                own[sid] = _numpr(numpr)
        for sid in set(own) | set(based):
            seen, cur = set(), sid
            while cur and cur not in own and cur not in seen:
                seen.add(cur)
                cur = based.get(cur)
            if cur in own:
                self.style_numpr[sid] = own[cur]

    def _load_numbering(self, document: Any) -> None:
        try:
            el = document.part.numbering_part.element
        except (AttributeError, KeyError, NotImplementedError):
            return
        for an in el.iter(_w("abstractNum")):
            aid = an.get(_w("abstractNumId"))
            self.abstract[aid] = {_int(lv.get(_w("ilvl")), 0): _Level(lv) for lv in an.iter(_w("lvl"))}
            link = an.find(_w("numStyleLink"))
            if link is not None and link.get(_w("val")):
                self.style_link[aid] = link.get(_w("val"))
        for num in el.iter(_w("num")):
            nid = num.get(_w("numId"))
            a = num.find(_w("abstractNumId"))
            if nid is None or a is None:
                continue
            levels: dict[int, _Level] = {}
            starts: dict[int, int] = {}
            for ov in num.iter(_w("lvlOverride")):
                ilvl = _int(ov.get(_w("ilvl")), 0)
                so = ov.find(_w("startOverride"))
                if so is not None:
                    starts[ilvl] = _int(so.get(_w("val")), 1)
                lv = ov.find(_w("lvl"))
                if lv is not None:
                    levels[ilvl] = _Level(lv, self.abstract.get(a.get(_w("val")), {}).get(ilvl))
            self.nums[nid] = (a.get(_w("val")), levels, starts)

    def _resolve(self, num_id: str) -> tuple[str, dict[int, _Level]] | None:
        """(abstractNum id, levels with overrides) of a w:num, following numStyleLink once."""
        entry = self.nums.get(num_id)
        if entry is None:
            return None
        aid, over, _ = entry
        link = self.style_link.get(aid)
        if link and link in self.style_numpr:
            linked = self.nums.get(self.style_numpr[link][0] or "")
            if linked:
                aid = linked[0]
        levels = dict(self.abstract.get(aid, {}))
        levels.update(over)
        return aid, levels

    def is_toc(self, p: _Element) -> bool:
        """Whether ``p`` is a table-of-contents entry (built-in "toc N" style, any styleId)."""
        if not self.toc_styles:
            return False
        ps = p.find(f"{_w('pPr')}/{_w('pStyle')}")
        return ps is not None and ps.get(_w("val")) in self.toc_styles

    def label(self, p: _Element) -> str:
        """The rendered list label of paragraph ``p`` ('一、', '（二）', '第三条 '), or ''."""
        if not self.nums:
            return ""
        ppr = p.find(_w("pPr"))
        num_id: str | None = None
        ilvl: int | None = None
        style = None
        if ppr is not None:
            ps = ppr.find(_w("pStyle"))
            style = ps.get(_w("val")) if ps is not None else None
            numpr = ppr.find(_w("numPr"))
            if numpr is not None:
                num_id, ilvl = _numpr(numpr)
        style = style or self.default_style
        if num_id is None and style in self.style_numpr:
            num_id, style_ilvl = self.style_numpr[style]
            ilvl = ilvl if ilvl is not None else style_ilvl
        if not num_id or num_id == "0":
            return ""
        resolved = self._resolve(num_id)
        if resolved is None:
            return ""
        aid, levels = resolved
        if ilvl is None:  # style-linked level: the level whose pStyle is this paragraph's style
            ilvl = next((i for i, lv in levels.items() if style and lv.style == style), 0)
        ilvl = max(0, min(ilvl, 8))
        counters = self.counters.setdefault(aid, [None] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl_i, start in self.nums[num_id][2].items():
                if 0 <= lvl_i < 9:
                    counters[lvl_i] = start - 1
        lvl = levels.get(ilvl) or _Level()
        counters[ilvl] = lvl.start if counters[ilvl] is None else counters[ilvl] + 1  # type: ignore[operator]
        for deeper in range(ilvl + 1, 9):
            restart = (levels.get(deeper) or _Level()).restart
            if restart != 0 and (restart < 0 or ilvl < restart):  # lvlRestart N: after levels < N
                counters[deeper] = None
        if lvl.fmt == "bullet":
            return ""  # a bullet carries no ordinal; plain-text versions drop it

        def render(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k) or _Level()
            value = counters[k] if counters[k] is not None else lv.start
            fmt = "decimal" if lvl.legal and k != ilvl else lv.fmt
            return format_number(value, fmt)  # type: ignore[arg-type]

        text = re.sub(r"%([1-9])", render, lvl.text)
        if not text:
            return ""
        if lvl.suff == "nothing" or text[-1] in lex.NUMBER_CLOSERS:
            return text
        return text + " "


def _numpr(numpr: _Element) -> tuple[str | None, int | None]:
    nid = numpr.find(_w("numId"))
    il = numpr.find(_w("ilvl"))
    return (
        nid.get(_w("val")) if nid is not None else None,
        _int(il.get(_w("val")), 0) if il is not None else None,
    )


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in a Word ``numFmt`` (decimal, chineseCounting, ideographTraditional…)."""
    if fmt in lex.CN_COUNTING_FORMATS:
        return _chinese_counting(n, lex.CN_DIGITS, lex.CN_UNITS)
    if fmt == "chineseLegalSimplified":
        return _chinese_counting(n, lex.CN_LEGAL_DIGITS, lex.CN_LEGAL_UNITS, legal=True)
    if fmt == "ideographLegalTraditional":
        return _chinese_counting(n, lex.CN_LEGAL_TRAD_DIGITS, lex.CN_LEGAL_UNITS, legal=True)
    if fmt in lex.CN_DIGITAL_FORMATS:
        return "".join(lex.CN_DIGITS[int(d)] for d in str(n))
    if fmt == "ideographTraditional":
        return lex.HEAVENLY_STEMS[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return lex.EARTHLY_BRANCHES[(n - 1) % 12]
    table = {
        "decimalEnclosedCircle": lex.CIRCLED,
        "decimalEnclosedCircleChinese": lex.CIRCLED,
        "decimalEnclosedParen": lex.PARENTHESISED,
        "decimalEnclosedFullstop": lex.FULLSTOP,
        "ideographEnclosedCircle": lex.CIRCLED_IDEOGRAPH,
    }.get(fmt)
    if table is not None:
        return table[n - 1] if 1 <= n <= len(table) else str(n)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)})
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperRoman", "lowerRoman"):
        r = _roman(n)
        return r if fmt == "upperRoman" else r.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "none":
        return ""
    return str(n)


def _chinese_counting(n: int, digits: str, units: tuple[str, str, str], *, legal: bool = False) -> str:
    """一 … 十 十一 … 二十 … 一百零一 … 九千九百九十九 (Word's chineseCounting), larger numbers digit by digit."""
    if n <= 0 or n >= 10000:
        return "".join(digits[int(d)] for d in str(n)) if n >= 0 else str(n)
    out = []
    s = str(n)
    zero = False
    for i, d in enumerate(s):
        place = len(s) - 1 - i
        k = int(d)
        if k == 0:
            zero = True
            continue
        if zero and out:
            out.append("零")
        zero = False
        if not (k == 1 and place == 1 and i == 0 and not legal):  # 十一, not 一十一
            out.append(digits[k])
        if place:
            out.append(units[place - 1])
    return "".join(out)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, sym in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


# ---------------------------------------------------------------- .html

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def _decode_html(p: str, data: bytes, encoding: str | None) -> str:
    """Declared charset (BOM, <meta>) first, then detection; ``encoding`` overrides both."""
    if encoding:
        return _decode_with(data, encoding, p)
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return decode_bytes(data, path=p)
    m = _META_CHARSET.search(data[:8192])
    if m:
        declared = m.group(1).decode("ascii", "replace")
        try:
            name = codecs.lookup(declared).name
        except LookupError:
            name = None
        if name:
            codec = _SUPERSETS.get(name, name)
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                pass  # the declaration lies: detect instead
            else:
                if _implausible(_strip_tags_fast(text), codec) is None:
                    return text
    return decode_bytes(data, path=p)


def _strip_tags_fast(text: str) -> str:
    """Markup removed, crudely, to judge a decode by the page's text rather than its tags."""
    return re.sub(r"<[^>]*>", " ", text)


def _read_html(p: str, data: bytes, encoding: str | None) -> str:
    try:
        import bs4  # noqa: F401
    except ImportError:
        raise ReadError(
            p, "missing_extra", "reading .html needs BeautifulSoup: pip install 'planparse[html]'"
        ) from None
    text = _decode_html(p, data, encoding)
    try:
        return html_main_text(text)
    except RecursionError:
        return _flat_html_text(text)


def html_main_text(markup: str) -> str:
    """Main text of a (government) web page: chrome dropped, one block element per line.

    Every pass over the tree is iterative and linear, so pathological nesting costs time in
    proportion to the page size (and RecursionError from bs4 itself is handled by the caller).
    """
    from bs4 import BeautifulSoup

    try:
        import lxml  # noqa: F401

        soup = BeautifulSoup(markup, "lxml")
    except ImportError:
        soup = BeautifulSoup(markup, "html.parser")
    meta_title = _meta_title(soup)
    for tag in [t for t in _iter_tags(soup) if t.name in lex.HTML_DROP_TAGS]:
        if not _gone(tag):
            tag.decompose()
    body = soup.body or soup
    stats = _tree_stats(body)
    clutter = [el for el in stats.tags if _is_clutter(el, stats)]
    for el in clutter:
        if not _gone(el):
            el.decompose()
    if clutter:
        stats = _tree_stats(body)
    roots = _main_container(body, stats)
    lines: list[str] = []
    for root in roots:
        _drop_link_lists(root, stats)
        lines.extend(_html_lines(root, stats))
    title = _h1_title(body) or meta_title
    if title and lines and not any(title in line for line in lines[:5]):
        lines.insert(0, title)
    return "\n".join(lines)


class _TreeStats:
    """Per-element counts computed bottom-up in one iterative pass (keys are ``id(tag)``)."""

    __slots__ = ("tags", "han", "chars", "link_chars", "links", "leaf")

    def __init__(self) -> None:
        self.tags: list[Any] = []  # pre-order
        self.han: dict[int, int] = {}
        self.chars: dict[int, int] = {}
        self.link_chars: dict[int, int] = {}
        self.links: dict[int, int] = {}
        self.leaf: dict[int, bool] = {}  # no block element below


_LEAF_BREAKERS = frozenset({"p", "div", "table", "li", "ul", "ol", "section", "article"})


def _tree_stats(root: Any) -> _TreeStats:
    from bs4 import Comment, NavigableString, Tag

    st = _TreeStats()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        k = id(node)
        if not done:
            st.tags.append(node)
            stack.append((node, True))
            for child in reversed(node.contents):  # reversed: children pop in document order
                if isinstance(child, Tag):
                    stack.append((child, False))
            continue
        han = chars = link_chars = links = 0
        leaf = True
        for child in node.contents:
            if isinstance(child, Tag):
                c = id(child)
                han += st.han[c]
                chars += st.chars[c]
                link_chars += st.link_chars[c]
                links += st.links[c]
                leaf = leaf and st.leaf[c] and child.name not in _LEAF_BREAKERS
            elif isinstance(child, NavigableString) and not isinstance(child, Comment):
                text = str(child)
                han += len(_HAN.findall(text))
                chars += len(text.strip())
        if node.name == "a":
            links += 1
            link_chars = chars
        st.han[k], st.chars[k], st.link_chars[k], st.links[k], st.leaf[k] = han, chars, link_chars, links, leaf
    return st


def _attrs(el: Any) -> str:
    ident = el.get("id") or ""
    cls = el.get("class") or []
    return " ".join([ident, *cls]) if isinstance(cls, list) else f"{ident} {cls}"


def _is_clutter(el: Any, stats: _TreeStats) -> bool:
    """Share/print/font bars, breadcrumbs, menus: matched by id/class and short."""
    if el.name in ("html", "body") or not el.attrs:
        return False
    a = _attrs(el)
    if not a.strip() or _is_content_attr(el) or not lex.HTML_CLUTTER_ATTR.search(a):
        return False
    return stats.han.get(id(el), 0) < 200


def _is_content_attr(el: Any) -> bool:
    """Whether the id or a class of ``el`` names an article container (``zoom``, ``news_content``…)."""
    cls = el.get("class") or []
    tokens = [el.get("id") or "", *(cls if isinstance(cls, list) else [cls])]
    return any(
        lex.HTML_CONTENT_ATTR.match(t) and not lex.HTML_CLUTTER_ATTR.search(t) for t in tokens if t
    )


def _gone(el: Any) -> bool:
    """Whether ``el`` was decomposed (bs4's ``.decomposed`` falls back to a subtree search)."""
    return bool(vars(el).get("_decomposed"))


def _iter_tags(root: Any) -> Iterator[Any]:
    """Tags under ``root`` (itself included) in document order; iterative, unlike bs4's matchers' cost."""
    from bs4 import Tag

    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(c for c in reversed(node.contents) if isinstance(c, Tag))


def _h1_title(body: Any) -> str:
    """The longest <h1> left after the page chrome was dropped (a site-name <h1> is short)."""
    best = ""
    for el in _iter_tags(body):
        if el.name == "h1":
            t = " ".join(el.get_text(" ").split())
            if len(t) > len(best):
                best = t
    return best


def _meta_title(soup: Any) -> str:
    """A title <meta> (ArticleTitle…), else the first part of <title> ("标题_栏目_网站")."""
    metas: dict[str, str] = {}
    page_title = ""
    for el in _iter_tags(soup):
        if el.name == "meta":
            key = el.get("name") or el.get("property")
            if key in lex.HTML_TITLE_META and (el.get("content") or "").strip():
                metas.setdefault(key, " ".join(el["content"].split()))
        elif el.name == "title" and not page_title:
            page_title = re.split(r"\s*(?:_|\||｜|-{1,2}|—)\s*", el.get_text().strip())[0]
        elif el.name == "body":
            break
    title = next((metas[k] for k in lex.HTML_TITLE_META if k in metas), "")
    if not title and len(_HAN.findall(page_title)) >= 6:
        title = page_title
    return title


def _main_container(body: Any, stats: _TreeStats) -> list[Any]:
    """The element holding the article.

    The parent of the leaf blocks (<p>, or <div>/<td>/<li> with no block inside) with the most CJK
    text, widened to its innermost ancestor with a known content id/class (``zoom``, ``content``,
    ``TRS_Editor``…) when there is one, else joined by its text-rich siblings, so that an article
    split over sibling blocks is taken whole. Returns the blocks in document order.
    """
    scores: dict[int, list[Any]] = {}
    for block in stats.tags:
        if block.name not in ("p", "div", "td", "li") or (block.name != "p" and not stats.leaf[id(block)]):
            continue
        n = stats.han[id(block)]
        if n == 0:
            continue
        parent = block if _is_content_attr(block) else (block.parent or body)
        entry = scores.setdefault(id(parent), [0, parent])
        entry[0] += n
    if not scores:
        return [body]
    best_score, best = max(scores.values(), key=lambda t: t[0])
    el = best
    while el is not None and el is not body:
        if _is_content_attr(el):
            return [el]
        el = el.parent
    return _with_content_siblings(best, best_score, stats)


def _with_content_siblings(best: Any, score: int, stats: _TreeStats) -> list[Any]:
    """``best`` plus sibling blocks that continue the article (much CJK text, few links)."""
    from bs4 import Tag

    parent = best.parent
    if parent is None:
        return [best]
    out = []
    for sib in parent.contents:
        if sib is best:
            out.append(sib)
        elif isinstance(sib, Tag) and sib.name in ("div", "section", "article", "p", "table"):
            k = id(sib)
            han = stats.han.get(k, 0)
            if han >= max(20, 0.2 * score) and stats.link_chars.get(k, 0) < 0.3 * max(stats.chars.get(k, 1), 1):
                out.append(sib)
    return out


def _drop_link_lists(root: Any, stats: _TreeStats) -> None:
    """Remove link-list blocks (related articles, sidebars) inside the chosen container."""
    for el in [t for t in _iter_tags(root) if t.name in ("ul", "ol", "div", "table", "dl")]:
        if _gone(el):
            continue
        k = id(el)
        if stats.links.get(k, 0) >= 3 and stats.link_chars[k] >= 0.6 * max(stats.chars[k], 1):
            el.decompose()


_END_BLOCK, _END_CELL = object(), object()
_CELL, _PARA = "\x00CELL", "\x00PARA"


def _html_lines(root: Any, stats: _TreeStats | None = None) -> list[str]:
    """Text of ``root``: block elements on their own lines, a table row per line with cells joined
    by ``｜`` and the blocks inside a cell joined by ``；`` (iterative walk).

    A layout cell (the page's text laid out with a table: 200+ hanzi, or the root itself) is not
    a data cell: its blocks stay lines.
    """
    from bs4 import Comment, NavigableString, Tag

    buf: list[str] = []
    depth = 0  # data-table cells we are inside
    stack: list[Any] = [root]
    han = stats.han if stats is not None else {}
    while stack:
        node = stack.pop()
        if node is _END_BLOCK:
            buf.append(_PARA if depth else "\n")
        elif node is _END_CELL:
            depth -= 1
        elif isinstance(node, Comment):
            continue
        elif isinstance(node, NavigableString):
            buf.append(re.sub(r"[ \t\r\n\f]+", " ", str(node)))
        elif isinstance(node, Tag):
            name = node.name
            if name in lex.HTML_CELL_TAGS and node is not root and han.get(id(node), 0) < 200:
                buf.append(_CELL)
                depth += 1
                stack.append(_END_CELL)
            elif name in lex.HTML_BLOCK_TAGS or name in lex.HTML_CELL_TAGS:
                buf.append("\n" if name == "tr" or not depth else _PARA)
                stack.append(_END_BLOCK)
            stack.extend(reversed(node.contents))
    return _clean_lines("".join(buf))


def _clean_lines(raw: str) -> list[str]:
    lines = []
    for line in raw.replace("\xa0", " ").split("\n"):
        if _CELL in line:
            head, *cells = line.split(_CELL)
            parts = ([head] if head.strip() else []) + cells
            line = lex.CELL_SEPARATOR.join(_join_cell([x.strip(" ") for x in c.split(_PARA)]) for c in parts)
            if not line.replace(lex.CELL_SEPARATOR, "").strip():
                continue
        else:
            line = line.replace(_PARA, "")
        if not line.strip() or lex.HTML_CLUTTER_LINE.match(line):
            continue
        lines.append(line.rstrip())
    return lines


_BLOCK_TAG_RE = re.compile(
    r"</?(?:" + "|".join(sorted(lex.HTML_BLOCK_TAGS)) + r")\b[^>]*>", re.I
)


def _flat_html_text(markup: str) -> str:
    """Fallback for pages too deep for a tree walk: regex tag stripping, block tags → newlines."""
    s = re.sub(r"(?is)<(script|style|noscript|head|nav|header|footer)\b.*?</\1\s*>", " ", markup)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = _BLOCK_TAG_RE.sub("\n", s)
    s = re.sub(r"<t[dh]\b[^>]*>", _CELL, s, flags=re.I)
    s = re.sub(r"<[^>]*>", "", s)
    s = html_lib.unescape(s)
    s = re.sub(r"[ \t\r\f]+", " ", s)
    return "\n".join(_clean_lines(s))


# ---------------------------------------------------------------- .pdf


def _read_pdf(p: str, data: bytes) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError
    except ImportError:
        raise ReadError(p, "missing_extra", "reading .pdf needs pypdf: pip install 'planparse[pdf]'") from None
    if b"%PDF-" not in data[:1024]:
        raise ReadError(p, "corrupt", "not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (DependencyError, NotImplementedError) as e:
                raise ReadError(
                    p,
                    "corrupt",
                    f"encrypted PDF that needs a crypto library ({e}): pip install 'pypdf[crypto]', "
                    "or decrypt it first (qpdf --decrypt in.pdf out.pdf)",
                ) from None
            if not ok:
                raise ReadError(
                    p, "corrupt", "encrypted PDF (password required): decrypt it first, e.g. qpdf --decrypt"
                )
        pages, failed, first_error = [], 0, None
        for page in reader.pages:
            try:
                pages.append(page.extract_text() or "")
            except Exception as e:  # one broken page (bad font, bad stream) does not lose the others
                failed += 1
                first_error = first_error or e
        if failed and not pages:
            raise ReadError(p, "corrupt", f"damaged PDF file: no page could be read ({first_error})")
    except ReadError:
        raise
    except FileNotDecryptedError:
        raise ReadError(p, "corrupt", "encrypted PDF (password required): decrypt it first") from None
    except PdfReadError as e:
        raise ReadError(p, "corrupt", f"damaged PDF file: {e}") from None
    except Exception as e:  # pypdf fails on hostile files in many ways: report them all as corrupt
        raise ReadError(p, "corrupt", f"damaged PDF file: {type(e).__name__}: {e}") from None
    text = "\n".join(pages)
    if not text.strip():
        raise ReadError(p, "empty", "no text layer (scanned PDF?): run OCR first, e.g. ocrmypdf")
    return text
