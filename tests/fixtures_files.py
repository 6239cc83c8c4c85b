"""Builders of test input files (written into pytest's tmp_path; nothing binary is committed).

* :func:`make_docx` — a .docx built with python-docx, with Word list numbering (numbering.xml
  abstractNum/num definitions and w:numPr on paragraphs) and tables.
* :func:`make_pdf` — a tiny hand-written PDF whose text is drawn with a CID font and mapped back to
  Unicode by a ToUnicode CMap (so Chinese text extracts without embedding a font).
* :func:`make_image_pdf` — a PDF whose only page is an image (a scan without a text layer).
* :func:`forge_zip_sizes` — rewrite the sizes a zip's central directory declares (zip-bomb tests).
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Level:
    """One w:lvl of an abstract numbering definition."""

    fmt: str
    text: str
    start: int = 1
    suff: str | None = None  # "tab" (Word's default), "space" or "nothing"
    legal: bool = False


@dataclass
class Para:
    """A paragraph; ``num`` = (numId, ilvl) makes it a numbered list item."""

    text: str
    num: tuple[int, int] | None = None
    style: str | None = None


@dataclass
class Table:
    rows: Sequence[Sequence[str | Sequence[str]]]  # a cell is a string or a list of paragraphs


@dataclass
class DocxSpec:
    """Body blocks plus numbering definitions: ``lists[abstract_id] = [Level, ...]`` and
    ``nums[num_id] = (abstract_id, {ilvl: start_override})``."""

    blocks: list[Para | Table]
    lists: dict[int, list[Level]] = field(default_factory=dict)
    nums: dict[int, tuple[int, dict[int, int]]] = field(default_factory=dict)
    style_numbering: dict[str, tuple[int, int]] = field(default_factory=dict)  # style name → (numId, ilvl)


def _numbering_xml(spec: DocxSpec) -> str:
    out = []
    for aid, levels in spec.lists.items():
        lv = []
        for i, level in enumerate(levels):
            suff = f'<w:suff w:val="{level.suff}"/>' if level.suff else ""
            legal = "<w:isLgl/>" if level.legal else ""
            lv.append(
                f'<w:lvl w:ilvl="{i}"><w:start w:val="{level.start}"/><w:numFmt w:val="{level.fmt}"/>'
                f'{legal}{suff}<w:lvlText w:val="{level.text}"/><w:lvlJc w:val="left"/></w:lvl>'
            )
        out.append(f'<w:abstractNum w:abstractNumId="{aid}">{"".join(lv)}</w:abstractNum>')
    for nid, (aid, overrides) in spec.nums.items():
        ov = "".join(
            f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{s}"/></w:lvlOverride>'
            for i, s in overrides.items()
        )
        out.append(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>')
    return "".join(out)


def make_docx(path: Path, spec: DocxSpec) -> Path:
    """Write ``spec`` as a .docx with python-docx (numbering definitions injected as XML)."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    for child in list(numbering):  # the template's own lists would shadow our ids
        numbering.remove(child)
    defs = parse_xml(f'<w:numbering xmlns:w="{W_NS}">{_numbering_xml(spec)}</w:numbering>')
    abstract = [el for el in defs if el.tag.endswith("abstractNum")]
    nums = [el for el in defs if el.tag.endswith("}num")]
    for el in abstract + nums:  # schema order: every abstractNum before any num
        numbering.append(el)
    for style_name, (nid, ilvl) in spec.style_numbering.items():
        ppr = document.styles[style_name].element.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{nid}"/></w:numPr>'
            )
        )
    for block in spec.blocks:
        if isinstance(block, Para):
            p = document.add_paragraph(block.text, style=block.style)
            if block.num is not None:
                nid, ilvl = block.num
                p._p.get_or_add_pPr().append(
                    parse_xml(
                        f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{nid}"/></w:numPr>'
                    )
                )
        else:
            ncols = max(len(r) for r in block.rows)
            table = document.add_table(rows=len(block.rows), cols=ncols)
            for r, row in enumerate(block.rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    paras = [value] if isinstance(value, str) else list(value)
                    cell.paragraphs[0].text = paras[0] if paras else ""
                    for extra in paras[1:]:
                        cell.add_paragraph(extra)
    document.save(str(path))
    return path


def replace_in_zip(src: Path, dst: Path, replacements: dict[str, bytes]) -> Path:
    """Copy a zip, replacing (or adding) the named entries."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = replacements.get(info.filename, zin.read(info.filename))
            zout.writestr(info.filename, data)
        for name, data in replacements.items():
            if name not in zin.namelist():
                zout.writestr(name, data)
    return dst


def forge_zip_sizes(data: bytes, name: str, uncompressed: int) -> bytes:
    """Make the central directory (and local header) of ``name`` declare ``uncompressed`` bytes."""
    out = bytearray(data)
    pos = 0
    encoded = name.encode()
    while (pos := out.find(b"PK\x01\x02", pos)) >= 0:
        n = struct.unpack_from("<H", out, pos + 28)[0]
        if bytes(out[pos + 46 : pos + 46 + n]) == encoded:
            struct.pack_into("<I", out, pos + 24, uncompressed)
            local = struct.unpack_from("<I", out, pos + 42)[0]
            struct.pack_into("<I", out, local + 22, uncompressed)
        pos += 4
    return bytes(out)


def make_zip(path: Path, entries: Iterable[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
    return path


# ---------------------------------------------------------------- PDF


def make_pdf(path: Path, pages: Sequence[Sequence[str]]) -> Path:
    """A PDF with one text line per string; characters are CIDs mapped back by a ToUnicode CMap."""
    chars = sorted({ch for page in pages for line in page for ch in line})
    cid = {ch: i + 1 for i, ch in enumerate(chars)}
    bfchars = "".join(f"<{cid[ch]:04X}> <{ch.encode('utf-16-be').hex().upper()}>\n" for ch in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchars}endbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    cmap_obj = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    descendant = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestSong /CIDToGIDMap /Identity "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor << /Type /FontDescriptor /FontName /TestSong /Flags 4 /FontBBox [0 -200 1000 800] "
        b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >> /DW 1000 >>"
    )
    font = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /TestSong /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, cmap_obj)
    )
    kids = []
    for page in pages:
        ops = [b"BT /F1 12 Tf 14 TL 50 780 Td"]
        for line in page:
            ops.append(b"<" + "".join(f"{cid[ch]:04X}" for ch in line).encode() + b"> Tj T*")
        ops.append(b"ET")
        content = b"\n".join(ops)
        c = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_obj, c, font)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    return _write_pdf(path, objects, catalog)


def make_image_pdf(path: Path, width: int = 8, height: int = 8) -> Path:
    """A one-page PDF that only draws a grey image (a scanned page without OCR): no text layer."""
    pixels = bytes((x * 16 + y * 8) % 256 for y in range(height) for x in range(width))
    image = (
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d >>\nstream\n" % (width, height, len(pixels)) + pixels + b"\nendstream"
    )
    content = b"q 495 0 0 742 50 50 cm /Im1 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        image,
    ]
    return _write_pdf(path, objects, 1)


def _write_pdf(path: Path, objects: list[bytes], root: int) -> Path:
    """Serialise numbered PDF objects (1-based) with a cross-reference table and trailer."""
    buf = io.BytesIO()
    buf.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(buf.tell())
        buf.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = buf.tell()
    buf.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        buf.write(b"%010d 00000 n \n" % off)
    buf.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    path.write_bytes(buf.getvalue())
    return path
