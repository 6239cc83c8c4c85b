"""Specification of planparse.readers: bytes on disk → text, or a ReadError with a clear kind.

Every input file is generated in tmp_path (builders in tests/fixtures_files.py); the clauses are
written for these tests, in the style of policy documents.
"""

from __future__ import annotations

import os
import sys
import zipfile
from pathlib import Path

import pytest

import planparse
from planparse import readers
from planparse.errors import ReadError
from planparse.readers import format_number, read_text

sys.path.insert(0, str(Path(__file__).parent))
from fixtures_files import (  # noqa: E402
    DocxSpec,
    Level,
    Para,
    Table,
    forge_zip_sizes,
    make_docx,
    make_pdf,
    make_zip,
    replace_in_zip,
)

PLAN = (
    "某市推进城乡供水一体化实施方案\r\n"
    "一、总体要求\r\n"
    "到2026年，全市农村自来水普及率达到98%以上，新建改造供水管网320公里。\r\n"
    "（一）优化水源布局。由市水利局牵头，市自然资源和规划局配合。\r\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def read_error(path: Path, **kwargs) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_text(path, **kwargs)
    return info.value


# ---------------------------------------------------------------- text files: encodings


@pytest.mark.parametrize(
    ("name", "encoding", "prefix"),
    [
        ("utf8.txt", "utf-8", b""),
        ("utf8-bom.txt", "utf-8", b"\xef\xbb\xbf"),
        ("gb18030.txt", "gb18030", b""),
        ("gbk.TXT", "gbk", b""),
        ("utf16le-bom.md", "utf-16-le", b"\xff\xfe"),
        ("utf16be-bom.text", "utf-16-be", b"\xfe\xff"),
        ("utf16le-nobom.txt", "utf-16-le", b""),
        ("big5.txt", "big5", b""),
    ],
)
def test_text_encodings_are_detected_and_crlf_kept(tmp_path, name, encoding, prefix):
    text = PLAN if encoding != "big5" else "一、總體要求\r\n到2026年，全市農村自來水普及率達到98%以上，新建供水管網320公里。\r\n"
    got = read_text(write(tmp_path, name, prefix + text.encode(encoding)))
    assert got == text  # exact: CRLF kept, BOM dropped, no other change


def test_gb18030_four_byte_characters_decode(tmp_path):
    text = "第一条　为加强𠮷田路片区供水保障，制定本办法。本办法适用于全市范围内的城乡供水设施建设。\n"
    assert read_text(write(tmp_path, "a.txt", text.encode("gb18030"))) == text


def test_only_a_leading_bom_is_dropped(tmp_path):
    text = "（二）完善管网。\ufeff内部的零宽字符保留。\n"
    assert read_text(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + text.encode())) == text


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_are_not_translated(tmp_path, newline):
    text = newline.join(["一、目标任务", "新建公园12个。", ""])
    assert read_text(write(tmp_path, "a.txt", text.encode("gb18030"))) == text


@pytest.mark.parametrize(
    ("encoding", "given", "text"),
    [
        ("gb18030", "gb18030", "一、主要目标\n年底前完成老旧管网改造50公里。\n"),
        ("gbk", "GBK", "一、主要目标\n年底前完成老旧管网改造50公里。\n"),
        ("gb2312", "gb2312", "一、主要目标\n年底前完成老旧管网改造50公里。\n"),
        ("utf-8", "utf8", "一、主要目标\n年底前完成老旧管网改造50公里。\n"),
        ("big5", "big5", "一、主要目標\n年底前完成老舊管網改造50公里。\n"),
    ],
)
def test_encoding_override(tmp_path, encoding, given, text):
    assert read_text(write(tmp_path, "a.txt", text.encode(encoding)), encoding=given) == text


def test_gb2312_override_accepts_characters_outside_gb2312(tmp_path):
    text = "推进镕铸产业园建设，㙟头片区新增就业岗位3000个。\n"  # 镕/㙟 are not in GB2312
    assert read_text(write(tmp_path, "a.txt", text.encode("gb18030")), encoding="gb2312") == text


def test_public_api_read_text(tmp_path):
    p = write(tmp_path, "a.txt", PLAN.encode("gb18030"))
    assert planparse.read_text(p) == PLAN
    assert planparse.read_text(str(p), encoding="gb18030") == PLAN


def test_public_api_passes_max_bytes_through(tmp_path):
    p = write(tmp_path, "a.txt", PLAN.encode("utf-8"))
    size = p.stat().st_size
    assert planparse.read_text(p, max_bytes=size) == PLAN
    for call in (planparse.read_text, planparse.parse_file):
        with pytest.raises(ReadError) as e:
            call(p, max_bytes=size - 1)
        assert e.value.kind == "too_large"
    assert planparse.parse_file(p, max_bytes=size).source == str(p)


@pytest.mark.parametrize(
    ("case", "data", "in_message"),
    [
        ("wrong override", PLAN.encode("gb18030"), "not valid utf-8"),
        ("unknown codec", PLAN.encode("utf-8"), "unknown encoding"),
    ],
)
def test_bad_override_is_undecodable(tmp_path, case, data, in_message):
    enc = "utf-8" if case == "wrong override" else "no-such-codec"
    err = read_error(write(tmp_path, "a.txt", data), encoding=enc)
    assert err.kind == "undecodable"
    assert in_message in err.message


def _mixed() -> bytes:
    head = "一、总体要求\n到2025年，全市新建城市绿道150公里，公园绿地服务半径覆盖率达到90%。\n"
    tail = "二、重点任务\n（一）推进口袋公园建设。每个街道至少建成口袋公园2个，由市城市管理局负责。\n"
    return head.encode("utf-8") + tail.encode("gbk")


def _utf8_mojibake() -> bytes:
    # UTF-8 text once decoded as GBK and saved again as UTF-8: valid UTF-8, unreadable.
    return PLAN.encode("utf-8").decode("gbk", errors="replace").encode("utf-8")


@pytest.mark.parametrize(
    ("case", "data", "in_message"),
    [
        ("mixed UTF-8 + GBK", _mixed(), "mixes two encodings"),
        ("double-encoded mojibake", _utf8_mojibake(), "not text"),
        ("binary with NUL bytes", bytes(range(256)) * 8, "not a text file"),
        ("zip named .txt", b"PK\x03\x04\x14\x00\x00\x00" + bytes(200), "zip"),
        ("control characters", ("第一条" + "\x01\x02\x03\x04\x05" * 4 + "内容").encode(), "control"),
    ],
)
def test_undecodable_text_is_refused_with_encoding_advice(tmp_path, case, data, in_message):
    err = read_error(write(tmp_path, "a.txt", data))
    assert err.kind == "undecodable"
    assert in_message in err.message
    assert "--encoding" in err.message


def test_mixed_encodings_never_come_back_as_mojibake(tmp_path):
    with pytest.raises(ReadError):
        read_text(write(tmp_path, "a.txt", _mixed()))


def test_utf8_fragment_inside_a_gbk_line_is_undecodable(tmp_path):
    head = "（二）推进城乡供水一体化。加快实施农村供水保障工程，新建改造供水管网320公里，"
    tail = "由市水利局牵头负责落实。"
    data = (PLAN * 5).encode("gbk") + head.encode("gbk") + tail.encode("utf-8") + b"\n"
    assert read_error(write(tmp_path, "a.txt", data)).kind == "undecodable"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_few_damaged_bytes_become_replacement_characters(tmp_path, encoding):
    text = PLAN * 30
    data = bytearray(text.encode(encoding))
    # 0xFF is never valid in UTF-8 nor GB18030; hit the last byte of a character, so that GB18030
    # (which, unlike UTF-8, cannot resynchronise after a damaged lead byte) stays aligned
    data[len(text[: len(text) // 2].encode(encoding)) - 1] = 0xFF
    got = read_text(write(tmp_path, "a.txt", bytes(data)))
    assert 1 <= got.count("\ufffd") <= 3  # the damaged character's bytes, nothing else
    head, _, tail = got.partition("\ufffd")
    assert text.startswith(head) and text.endswith(tail.lstrip("\ufffd"))


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_many_damaged_bytes_are_undecodable(tmp_path, encoding):
    data = bytearray((PLAN * 30).encode(encoding))
    for i in range(0, len(data), 97):
        data[i] = 0xFF
    assert read_error(write(tmp_path, "a.txt", bytes(data))).kind == "undecodable"


@pytest.mark.parametrize("data", [b"", b"   \r\n\t\n", "\u3000\u3000\n".encode(), b"\xef\xbb\xbf\n"])
def test_empty_or_whitespace_only_text_is_empty(tmp_path, data):
    assert read_error(write(tmp_path, "a.txt", data)).kind == "empty"


# ---------------------------------------------------------------- file-system errors


def test_not_found(tmp_path):
    err = read_error(tmp_path / "missing.txt")
    assert err.kind == "not_found"
    assert err.path.endswith("missing.txt")


def test_parent_not_a_directory_is_not_found(tmp_path):
    f = write(tmp_path, "f.txt", b"x")
    assert read_error(f / "child.txt").kind == "not_found"


def test_is_directory(tmp_path):
    d = tmp_path / "plans.txt"
    d.mkdir()
    assert read_error(d).kind == "is_directory"


def test_permission_denied_on_open(tmp_path, monkeypatch):
    p = write(tmp_path, "a.txt", PLAN.encode())

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(readers, "open", denied, raising=False)
    assert read_error(p).kind == "permission_denied"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_for_real(tmp_path):
    p = write(tmp_path, "a.txt", PLAN.encode())
    p.chmod(0)
    try:
        assert read_error(p).kind == "permission_denied"
    finally:
        p.chmod(0o644)


def test_too_large_is_checked_before_reading(tmp_path, monkeypatch):
    p = write(tmp_path, "a.txt", PLAN.encode())

    def must_not_open(*args, **kwargs):
        raise AssertionError("file opened before the size check")

    monkeypatch.setattr(readers, "open", must_not_open, raising=False)
    err = read_error(p, max_bytes=100)
    assert err.kind == "too_large"
    assert "limit" in err.message


def test_max_bytes_boundary(tmp_path):
    data = PLAN.encode()
    p = write(tmp_path, "a.txt", data)
    assert read_text(p, max_bytes=len(data)) == PLAN
    assert read_error(p, max_bytes=len(data) - 1).kind == "too_large"


@pytest.mark.parametrize(
    ("name", "in_message"),
    [
        ("plan.doc", "convert it to .docx"),
        ("plan.WPS", "convert it to .docx"),
        ("plan.rtf", "convert it to .docx"),
        ("tasks.xls", "convert it to .docx"),
        ("plan.csv", "supported: .txt"),
        ("plan", "without a suffix"),
    ],
)
def test_unsupported_formats(tmp_path, name, in_message):
    err = read_error(write(tmp_path, name, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)))
    assert err.kind == "unsupported_format"
    assert in_message in err.message


def test_an_empty_unsupported_file_is_unsupported_not_empty(tmp_path):
    assert read_error(write(tmp_path, "plan.wps", b"")).kind == "unsupported_format"


@pytest.mark.parametrize(
    "spec",
    [DocxSpec(blocks=[Para(""), Para("   ")]), DocxSpec(blocks=[Table([["", ""], ["", ""]])])],
)
def test_docx_without_text_is_empty(tmp_path, spec):
    assert read_error(make_docx(tmp_path / "blank.docx", spec)).kind == "empty"


def test_zero_byte_docx_and_pdf_are_empty(tmp_path):
    assert read_error(write(tmp_path, "a.docx", b"")).kind == "empty"
    assert read_error(write(tmp_path, "a.pdf", b"")).kind == "empty"


def test_legacy_doc_renamed_to_docx_is_unsupported(tmp_path):
    err = read_error(write(tmp_path, "plan.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)))
    assert err.kind == "unsupported_format"
    assert ".doc" in err.message


# ---------------------------------------------------------------- .docx

CN_OUTLINE = [Level("chineseCounting", "%1、"), Level("chineseCounting", "（%2）"), Level("decimal", "%3.")]


def test_docx_paragraphs_and_tables_in_body_order(tmp_path):
    spec = DocxSpec(
        blocks=[
            Para("附件"),
            Para("重点任务分工表"),
            Table(
                [
                    ["序号", "任务", "牵头单位", "配合单位"],
                    ["1", "建成城市绿道150公里", "市城市管理局", ["市自然资源和规划局", "市财政局"]],
                    ["2", "新增停车泊位8000个", "市公安局", ""],
                ]
            ),
            Para("各区要按照分工抓好落实。"),
        ]
    )
    got = read_text(make_docx(tmp_path / "t.docx", spec)).splitlines()
    assert got == [
        "附件",
        "重点任务分工表",
        "序号｜任务｜牵头单位｜配合单位",
        "1｜建成城市绿道150公里｜市城市管理局｜市自然资源和规划局；市财政局",
        "2｜新增停车泊位8000个｜市公安局｜",
        "各区要按照分工抓好落实。",
    ]


def test_docx_table_cells_survive_normalisation_separated(tmp_path):
    spec = DocxSpec(blocks=[Table([["牵头单位", "配合单位"], ["市教育局", "市财政局"]])])
    from planparse.normalize import normalize

    norm = normalize(read_text(make_docx(tmp_path / "t.docx", spec)))
    assert "市教育局｜市财政局" in norm.text  # a space or tab would be dropped between CJK characters


@pytest.mark.parametrize(
    ("levels", "paras", "expected"),
    [
        (
            CN_OUTLINE,
            [("总体要求", 0), ("发展目标", 1), ("扩大供给", 2), ("提升质量", 2), ("重点任务", 1), ("完善机制", 2),
             ("保障措施", 0)],
            ["一、总体要求", "（一）发展目标", "1.扩大供给", "2.提升质量", "（二）重点任务", "1.完善机制", "二、保障措施"],
        ),
        (
            [Level("chineseCounting", "第%1条", suff="space")],
            [("为规范城市道路管理，制定本办法。", 0), ("本办法适用于本市行政区域。", 0)],
            ["第一条 为规范城市道路管理，制定本办法。", "第二条 本办法适用于本市行政区域。"],
        ),
        (
            [Level("chineseCounting", "第%1章", suff="nothing")],
            [("总则", 0)],
            ["第一章总则"],
        ),
        (
            [Level("ideographTraditional", "%1、")],
            [("区级任务", 0), ("镇级任务", 0), ("村级任务", 0)],
            ["甲、区级任务", "乙、镇级任务", "丙、村级任务"],
        ),
        (
            [Level("decimal", "%1、", start=9)],
            [("第九项", 0), ("第十项", 0)],
            ["9、第九项", "10、第十项"],
        ),
        (
            [Level("decimal", "%1."), Level("decimal", "%1.%2", legal=True)],
            [("目标", 0), ("细项", 1), ("细项", 1)],
            ["1.目标", "1.1 细项", "1.2 细项"],
        ),
        (
            [Level("decimalEnclosedCircle", "%1")],
            [("一项", 0), ("二项", 0)],
            ["① 一项", "② 二项"],
        ),
        (
            [Level("bullet", "\uf0b7")],
            [("不编号的要点", 0)],
            ["不编号的要点"],
        ),
    ],
)
def test_docx_list_numbering_is_rendered(tmp_path, levels, paras, expected):
    spec = DocxSpec(
        blocks=[Para(text, num=(1, ilvl)) for text, ilvl in paras],
        lists={1: levels},
        nums={1: (1, {})},
    )
    assert read_text(make_docx(tmp_path / "n.docx", spec)).splitlines() == expected


def test_docx_numbering_continues_across_nums_and_honours_start_override(tmp_path):
    spec = DocxSpec(
        blocks=[
            Para("总体要求", num=(1, 0)),
            Para("不编号的说明段落。"),
            Para("重点任务", num=(2, 0)),  # another w:num of the same list: Word continues it
            Para("另起一份清单", num=(3, 0)),  # startOverride 1: numbering restarts
        ],
        lists={1: CN_OUTLINE},
        nums={1: (1, {}), 2: (1, {}), 3: (1, {0: 1})},
    )
    assert read_text(make_docx(tmp_path / "n.docx", spec)).splitlines() == [
        "一、总体要求",
        "不编号的说明段落。",
        "二、重点任务",
        "一、另起一份清单",
    ]


def test_docx_custom_number_format_uses_its_standard_fallback(tmp_path):
    spec = DocxSpec(
        blocks=[Para("总体要求", num=(1, 0)), Para("重点任务", num=(1, 0))],
        lists={1: [Level("chineseCounting", "%1、")]},
        nums={1: (1, {})},
    )
    src = make_docx(tmp_path / "a.docx", spec)
    with zipfile.ZipFile(src) as z:
        numbering = z.read("word/numbering.xml").decode()
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    custom = (
        f'<mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="w14">'
        '<w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice>'
        '<mc:Fallback><w:numFmt w:val="chineseCounting"/></mc:Fallback></mc:AlternateContent>'
    )
    numbering = numbering.replace('<w:numFmt w:val="chineseCounting"/>', custom)
    dst = replace_in_zip(src, tmp_path / "b.docx", {"word/numbering.xml": numbering.encode()})
    assert read_text(dst).splitlines() == ["一、总体要求", "二、重点任务"]


def test_docx_numbering_from_paragraph_style(tmp_path):
    spec = DocxSpec(
        blocks=[Para("总则", style="Heading 1"), Para("适用范围", style="Heading 1")],
        lists={1: [Level("chineseCounting", "第%1章", suff="space")]},
        nums={1: (1, {})},
        style_numbering={"Heading 1": (1, 0)},
    )
    assert read_text(make_docx(tmp_path / "s.docx", spec)).splitlines() == ["第一章 总则", "第二章 适用范围"]


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (11, "chineseCounting", "十一"),
        (20, "chineseCounting", "二十"),
        (35, "chineseCountingThousand", "三十五"),
        (100, "chineseCounting", "一百"),
        (101, "chineseCounting", "一百零一"),
        (110, "chineseCounting", "一百一十"),
        (1010, "chineseCountingThousand", "一千零一十"),
        (12, "chineseLegalSimplified", "壹拾贰"),
        (3, "ideographTraditional", "丙"),
        (11, "ideographTraditional", "甲"),
        (2, "ideographZodiac", "丑"),
        (105, "ideographDigital", "一〇五"),
        (2, "decimalEnclosedCircle", "②"),
        (3, "decimalEnclosedParen", "⑶"),
        (12, "decimalFullWidth", "１２"),
        (4, "upperRoman", "IV"),
        (9, "lowerRoman", "ix"),
        (3, "lowerLetter", "c"),
        (28, "upperLetter", "BB"),
        (7, "decimalZero", "07"),
        (7, "someFutureFormat", "7"),
    ],
)
def test_word_number_formats(n, fmt, expected):
    assert format_number(n, fmt) == expected


def _with_body(tmp_path: Path, body: str, extra_styles: str = "") -> Path:
    """A python-docx document whose body XML is replaced by ``body`` (and styles extended)."""
    src = make_docx(tmp_path / "src.docx", DocxSpec(blocks=[Para("占位")]))
    with zipfile.ZipFile(src) as z:
        xml = z.read("word/document.xml").decode()
        styles = z.read("word/styles.xml").decode()
    start = xml.index("<w:body>") + len("<w:body>")
    end = xml.index("<w:sectPr") if "<w:sectPr" in xml else xml.index("</w:body>")
    xml = xml[:start] + body + xml[end:]
    styles = styles.replace("</w:styles>", extra_styles + "</w:styles>")
    return replace_in_zip(
        src, tmp_path / "out.docx", {"word/document.xml": xml.encode(), "word/styles.xml": styles.encode()}
    )


def _p(text: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def test_docx_table_of_contents_is_skipped(tmp_path):
    toc_style = '<w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/></w:style>'
    sdt = (
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
        "<w:sdtContent>" + _p("目录") + _p("一、总体要求\t1") + "</w:sdtContent></w:sdt>"
    )
    body = sdt + _p("二、重点任务\t3", style="10") + _p("一、总体要求") + _p("到2025年，新建公园12个。")
    assert read_text(_with_body(tmp_path, body, toc_style)).splitlines() == ["一、总体要求", "到2025年，新建公园12个。"]


def test_docx_hidden_text_is_skipped(tmp_path):
    body = (
        "<w:p><w:r><w:t>新建公园</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部备注）</w:t></w:r>"
        "<w:r><w:t>12个。</w:t></w:r></w:p>"
    )
    assert read_text(_with_body(tmp_path, body)) == "新建公园12个。"


def test_docx_tracked_deletions_and_breaks(tmp_path):
    body = (
        "<w:p><w:r><w:t>全年新增就业</w:t></w:r><w:del><w:r><w:delText>10</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>12</w:t></w:r></w:ins><w:r><w:t>万人。</w:t><w:br/><w:t>第二行</w:t>"
        "<w:tab/><w:t>制表</w:t></w:r></w:p>"
    )
    assert read_text(_with_body(tmp_path, body)) == "全年新增就业12万人。\n第二行\t制表"


def test_docx_truncated_is_corrupt(tmp_path):
    good = make_docx(tmp_path / "a.docx", DocxSpec(blocks=[Para("一、总体要求")])).read_bytes()
    err = read_error(write(tmp_path, "cut.docx", good[: len(good) // 2]))
    assert err.kind == "corrupt"


@pytest.mark.parametrize(
    ("case", "entries"),
    [
        ("not a zip", None),
        ("zip without a document", [("hello.txt", b"hi")]),
        ("broken document xml", [("[Content_Types].xml", b"<Types"), ("word/document.xml", b"<w:document")]),
    ],
)
def test_docx_damaged_is_corrupt(tmp_path, case, entries):
    p = tmp_path / "d.docx"
    if entries is None:
        p.write_bytes("这不是一个压缩包".encode())
    else:
        make_zip(p, entries)
    assert read_error(p).kind == "corrupt"


def test_docx_crc_mismatch_is_corrupt(tmp_path):
    good = make_docx(tmp_path / "a.docx", DocxSpec(blocks=[Para("一、总体要求")])).read_bytes()
    # declare a shorter document.xml than stored: zipfile stops there and the CRC no longer matches
    err = read_error(write(tmp_path, "b.docx", forge_zip_sizes(good, "word/document.xml", 100)))
    assert err.kind == "corrupt"


def test_zip_bomb_declared_size_is_refused_before_decompression(tmp_path):
    good = make_docx(tmp_path / "a.docx", DocxSpec(blocks=[Para("一、总体要求")])).read_bytes()
    bomb = forge_zip_sizes(good, "word/document.xml", 4 * 1024**3 - 1)
    err = read_error(write(tmp_path, "bomb.docx", bomb))
    assert err.kind == "too_large"
    assert "zip bomb" in err.message


def test_zip_bomb_real_compression_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "DOCX_MAX_UNCOMPRESSED", 1024 * 1024)
    src = make_docx(tmp_path / "a.docx", DocxSpec(blocks=[Para("一、总体要求")]))
    bomb = replace_in_zip(src, tmp_path / "bomb.docx", {"word/media/zeros.bin": bytes(4 * 1024 * 1024)})
    assert bomb.stat().st_size < 64 * 1024
    assert read_error(bomb).kind == "too_large"


def test_zip_with_too_many_entries_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "DOCX_MAX_ENTRIES", 50)
    src = make_docx(tmp_path / "a.docx", DocxSpec(blocks=[Para("一、总体要求")]))
    many = replace_in_zip(src, tmp_path / "many.docx", {f"customXml/item{i}.bin": b"x" for i in range(60)})
    err = read_error(many)
    assert err.kind == "too_large"
    assert "entries" in err.message


XXE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/hostname">'
    '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&secret;&lol2;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_docx_with_dtd_or_external_entities_is_refused(tmp_path, encoding):
    src = make_docx(tmp_path / "a.docx", DocxSpec(blocks=[Para("一、总体要求")]))
    xml = XXE if encoding == "utf-8" else XXE.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    evil = replace_in_zip(src, tmp_path / "xxe.docx", {"word/document.xml": xml.encode(encoding)})
    err = read_error(evil)
    assert err.kind == "corrupt"
    assert "DTD" in err.message


@pytest.mark.parametrize(
    ("module", "suffix", "extra"),
    [("docx", ".docx", "planparse[docx]"), ("bs4", ".html", "planparse[html]"), ("pypdf", ".pdf", "planparse[pdf]")],
)
def test_missing_extra_names_the_pip_command(tmp_path, monkeypatch, module, suffix, extra):
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` raise ImportError
    err = read_error(write(tmp_path, "a" + suffix, b"%PDF-1.7\n<html>\xe4\xb8\x80"))
    assert err.kind == "missing_extra"
    assert f"pip install '{extra}'" in err.message


# ---------------------------------------------------------------- .html

GOV_PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于印发某市全民健身实施方案的通知_政策文件_某市人民政府门户网站</title>
<script>var tip = "脚本里的文字";</script><style>.t{{font-size:16px}}</style></head>
<body>
<div class="header"><a href="/">首页</a><a href="/zwgk">政务公开</a></div>
<div class="nav"><ul><li><a href="#">机构概况</a></li><li><a href="#">政策文件</a></li><li><a href="#">办事服务</a></li></ul></div>
<div class="position">当前位置：首页 &gt; 政策文件</div>
<div class="article">
<h1>某市全民健身实施方案</h1>
<div class="fontsize">【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div id="zoom">
<p>　　一、总体要求</p>
<p>　　到2025年，全市经常参加体育锻炼的人数比例达到<span>40%</span>以上，人均体育场地面积达到2.8平方米。</p>
<p>　　（一）完善健身设施。新建社区<b>多功能运动场</b>20个。</p>
<table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr><tr><td>1</td><td>建设健身步道</td><td>市体育局</td></tr></table>
</div>
<div class="bdshare">分享到：<a>微信</a><a>微博</a></div>
<div>【打印本页】【关闭窗口】</div>
</div>
<div class="related"><ul><li><a>相关文章一篇</a></li><li><a>相关文章二篇</a></li><li><a>相关文章三篇</a></li></ul></div>
<div class="footer">版权所有：某市人民政府办公室 ICP备12345678号</div>
</body></html>
"""


def test_html_main_text_without_page_chrome(tmp_path):
    got = read_text(write(tmp_path, "page.HTM", GOV_PAGE.encode("gbk")))
    assert got.splitlines() == [
        "某市全民健身实施方案",
        "　　一、总体要求",
        "　　到2025年，全市经常参加体育锻炼的人数比例达到40%以上，人均体育场地面积达到2.8平方米。",
        "　　（一）完善健身设施。新建社区多功能运动场20个。",
        "序号｜任务｜牵头单位",
        "1｜建设健身步道｜市体育局",
    ]


@pytest.mark.parametrize(
    "clutter", ["脚本里的文字", "首页", "当前位置", "字体", "分享到", "打印本页", "相关文章", "版权所有", "政务公开"]
)
def test_html_clutter_is_dropped(tmp_path, clutter):
    assert clutter not in read_text(write(tmp_path, "page.html", GOV_PAGE.encode("gbk")))


def test_html_encoding_from_meta_override_and_detection(tmp_path):
    utf8_page = GOV_PAGE.replace("charset=gb2312", "charset=utf-8").encode("utf-8")
    lying_page = GOV_PAGE.encode("gbk").replace(b"charset=gb2312", b"charset=utf-8")
    no_meta = GOV_PAGE.replace('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "")
    expected = read_text(write(tmp_path, "gbk.html", GOV_PAGE.encode("gbk")))
    assert read_text(write(tmp_path, "utf8.html", utf8_page)) == expected
    assert read_text(write(tmp_path, "lying.html", lying_page)) == expected
    assert read_text(write(tmp_path, "nometa.html", no_meta.encode("gb18030"))) == expected
    assert read_text(write(tmp_path, "override.html", GOV_PAGE.encode("gbk")), encoding="gbk") == expected


def test_html_content_split_over_blocks_is_taken_whole(tmp_path):
    page = (
        "<html><body><div id='menu'><a>首页</a></div><div class='TRS_Editor'>"
        "<div><p>一、总体要求</p><p>全市新建城市书房30个，每个街道至少一个。</p></div>"
        "<div><p>二、保障措施</p><p>各区要加强组织领导，确保各项任务按期完成。</p></div>"
        "</div></body></html>"
    )
    got = read_text(write(tmp_path, "p.html", page.encode()))
    assert got.splitlines() == ["一、总体要求", "全市新建城市书房30个，每个街道至少一个。", "二、保障措施",
                                "各区要加强组织领导，确保各项任务按期完成。"]


def test_html_table_cells_keep_columns_and_join_their_paragraphs(tmp_path):
    page = (
        "<html><body><div id='zoom'><p>重点任务分工</p><table>"
        "<tr><th>序号</th><th>任务</th><th>牵头单位</th><th>配合单位</th></tr>"
        "<tr><td><p>1</p></td><td><p>建成城市书房30个</p></td><td><p>市文化广电旅游局</p></td>"
        "<td><p>市财政局</p><p>各区人民政府</p></td></tr>"
        "<tr><td>2</td><td>新增公共停车泊位5000个</td><td>市公安局</td><td></td></tr>"
        "</table></div></body></html>"
    )
    assert read_text(write(tmp_path, "t.html", page.encode())).splitlines() == [
        "重点任务分工",
        "序号｜任务｜牵头单位｜配合单位",
        "1｜建成城市书房30个｜市文化广电旅游局｜市财政局；各区人民政府",
        "2｜新增公共停车泊位5000个｜市公安局｜",
    ]


def test_html_article_over_unnamed_sibling_blocks_is_taken_whole(tmp_path):
    page = (
        "<html><body><div class='logo'><h1>某市人民政府</h1></div>"
        "<div class='wrap'><div class='part'><p>一、总体要求</p><p>全市新建城市书房30个，每个街道至少建成一个，服务人口全覆盖。</p></div>"
        "<div class='part'><p>二、保障措施</p><p>各区要加强组织领导，明确责任分工，确保各项任务按期完成。</p></div>"
        "<div class='links'><a>上一篇文章标题</a><a>下一篇文章标题</a><a>返回列表页面</a></div></div>"
        "</body></html>"
    )
    got = read_text(write(tmp_path, "p.html", page.encode())).splitlines()
    assert got[-4:] == ["一、总体要求", "全市新建城市书房30个，每个街道至少建成一个，服务人口全覆盖。", "二、保障措施",
                        "各区要加强组织领导，明确责任分工，确保各项任务按期完成。"]
    assert not any("上一篇" in line for line in got)


def test_html_title_from_title_tag_when_no_h1(tmp_path):
    page = (
        "<html><head><title>某市城市书房建设三年行动方案_规划计划_某市人民政府</title></head><body>"
        "<div class='content'><p>一、总体要求</p><p>到2026年，全市建成城市书房90个。</p></div></body></html>"
    )
    assert read_text(write(tmp_path, "p.html", page.encode())).splitlines()[0] == "某市城市书房建设三年行动方案"


def test_html_table_layout_page_keeps_paragraph_lines(tmp_path):
    page = (
        "<html><head><title>某县农村人居环境整治提升五年行动方案 - 某县人民政府</title></head><body><table>"
        "<tr><td class='nav'><a>首页</a> | <a>政务公开</a> | <a>办事服务</a></td></tr>"
        "<tr><td class='bt_content'><p>　　一、总体要求</p>"
        "<p>　　到2025年，全县农村卫生厕所普及率达到90%以上，生活垃圾无害化处理率达到95%，村庄清洁行动实现常态化，"
        "农村生活污水治理率明显提升，长效管护机制基本建立，农民群众满意度持续提高，人居环境质量全面改善。</p>"
        "<p>　　二、重点任务</p><p>　　（一）推进农村厕所革命。由县农业农村局牵头，县卫生健康局配合，各乡镇人民政府负责组织实施，"
        "确保改厕质量和后续管护到位，逐步实现厕所粪污资源化利用。</p></td></tr>"
        "<tr><td>【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr></table></body></html>"
    )
    got = read_text(write(tmp_path, "p.html", page.encode())).splitlines()
    assert got[0] == "某县农村人居环境整治提升五年行动方案"
    assert [line.strip()[:6] for line in got[1:]] == ["一、总体要求", "到2025年", "二、重点任务", "（一）推进农"]


def test_html_site_name_h1_is_not_the_title(tmp_path):
    page = (
        "<html><head><meta name='ArticleTitle' content='某市关于加快发展养老服务业的实施意见'></head><body>"
        "<div class='top'><div class='logo'><h1>某市人民政府</h1></div></div>"
        "<div class='TRS_Editor'><p>各区人民政府，市政府各部门：</p><p>一、主要目标</p>"
        "<p>到2025年，全市每千名老年人拥有养老床位数达到40张。</p></div></body></html>"
    )
    assert read_text(write(tmp_path, "p.html", page.encode())).splitlines() == [
        "某市关于加快发展养老服务业的实施意见", "各区人民政府，市政府各部门：", "一、主要目标",
        "到2025年，全市每千名老年人拥有养老床位数达到40张。",
    ]


def test_html_br_and_block_elements_break_lines(tmp_path):
    page = "<html><body><div id='content'>一、目标<br>新建学校5所。<div>二、措施</div>加强保障。</div></body></html>"
    assert read_text(write(tmp_path, "p.html", page.encode())).splitlines() == [
        "一、目标", "新建学校5所。", "二、措施", "加强保障。"
    ]


def test_html_100000_nested_tags_do_not_crash(tmp_path):
    deep_open = "<div><span><table><b>" * 25_000  # 10^5 unclosed block, inline and table tags
    page = f"<html><body><p>一、总体要求</p>{deep_open}全市新建公园12个。</body></html>"
    got = read_text(write(tmp_path, "deep.html", page.encode()))
    assert got.splitlines()[-1] == "全市新建公园12个。"


def test_html_recursion_error_falls_back_to_flat_text(tmp_path, monkeypatch):
    def too_deep(markup):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(readers, "html_main_text", too_deep)
    page = "<html><head><script>var a=1;</script></head><body><p>一、目标</p><p>新建学校5所。</p></body></html>"
    assert read_text(write(tmp_path, "p.html", page.encode())).splitlines() == ["一、目标", "新建学校5所。"]


def test_html_without_text_is_empty(tmp_path):
    page = "<html><head><title>某市人民政府</title><script>x()</script></head><body><img src=a.png></body></html>"
    assert read_error(write(tmp_path, "p.html", page.encode())).kind == "empty"


# ---------------------------------------------------------------- .pdf


def test_pdf_pages_joined_with_newlines(tmp_path):
    pages = [["一、总体要求", "到2025年，新建城市公园12个。"], ["二、保障措施", "由市财政局负责资金保障。"]]
    got = read_text(make_pdf(tmp_path / "p.pdf", pages))
    lines = [line for line in got.splitlines() if line.strip()]
    assert lines == ["一、总体要求", "到2025年，新建城市公园12个。", "二、保障措施", "由市财政局负责资金保障。"]


def test_pdf_without_text_layer_is_empty(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    with open(tmp_path / "scan.pdf", "wb") as f:
        w.write(f)
    err = read_error(tmp_path / "scan.pdf")
    assert err.kind == "empty"
    assert "no text layer (scanned PDF?)" in err.message


# AES needs the cryptography package, which the pdf extra installs (government sites publish
# AES-encrypted "no copying" PDFs with an empty user password: those must open).
PDF_ENCRYPTIONS = ["RC4-128", "AES-128", "AES-256"]


@pytest.mark.parametrize("algorithm", PDF_ENCRYPTIONS)
def test_pdf_encrypted_with_password_is_refused(tmp_path, algorithm):
    from pypdf import PdfReader, PdfWriter

    src = make_pdf(tmp_path / "p.pdf", [["一、总体要求"]])
    w = PdfWriter()
    for page in PdfReader(src).pages:
        w.add_page(page)
    w.encrypt(user_password="secret", owner_password="owner", algorithm=algorithm)
    with open(tmp_path / "locked.pdf", "wb") as f:
        w.write(f)
    err = read_error(tmp_path / "locked.pdf")
    assert err.kind == "corrupt"
    assert "encrypted" in err.message


@pytest.mark.parametrize("algorithm", PDF_ENCRYPTIONS)
def test_pdf_encrypted_with_empty_user_password_is_read(tmp_path, algorithm):
    from pypdf import PdfReader, PdfWriter

    src = make_pdf(tmp_path / "p.pdf", [["一、总体要求"]])
    w = PdfWriter()
    for page in PdfReader(src).pages:
        w.add_page(page)
    w.encrypt(user_password="", owner_password="owner", algorithm=algorithm)
    with open(tmp_path / "restricted.pdf", "wb") as f:
        w.write(f)
    assert read_text(tmp_path / "restricted.pdf").strip() == "一、总体要求"


def test_pdf_needing_a_crypto_library_says_so(tmp_path, monkeypatch):
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import DependencyError

    src = make_pdf(tmp_path / "p.pdf", [["一、总体要求"]])
    w = PdfWriter()
    for page in PdfReader(src).pages:
        w.add_page(page)
    w.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    with open(tmp_path / "aes.pdf", "wb") as f:
        w.write(f)

    def needs_crypto(self, password):
        raise DependencyError("cryptography is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", needs_crypto)
    err = read_error(tmp_path / "aes.pdf")
    assert err.kind == "corrupt"
    assert "pypdf[crypto]" in err.message


def test_pdf_page_that_fails_does_not_lose_the_others(tmp_path, monkeypatch):
    from pypdf import PageObject

    original = PageObject.extract_text
    calls = {"n": 0}

    def first_page_breaks(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise KeyError("/Font")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(PageObject, "extract_text", first_page_breaks)
    got = read_text(make_pdf(tmp_path / "p.pdf", [["损坏的一页"], ["二、保障措施"]]))
    assert got.strip() == "二、保障措施"


@pytest.mark.parametrize("data", [b"not a pdf at all", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", b"%PDF-1.4\n" + bytes(50)])
def test_pdf_damaged_is_corrupt(tmp_path, data):
    assert read_error(write(tmp_path, "bad.pdf", data)).kind == "corrupt"


# ---------------------------------------------------------------- real corpus


SCALE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "scale"


def test_docx_matches_txt_on_a_corpus_sample():
    docx_dir, txt_dir = SCALE / "work-reports-2024-docx", SCALE / "work-reports-2024-txt"
    if not docx_dir.is_dir():
        pytest.skip("../shared/corpus not present")
    sample = sorted(docx_dir.glob("*.docx"))[::30]
    for path in sample:
        got = "".join(read_text(path).split())
        want = "".join(read_text(txt_dir / (path.stem + ".txt")).split())
        assert got == want, path.name


# ---------------------------------------------------------------- hostile bytes


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".html", ".txt"])
def test_damaged_files_raise_read_error_or_read(tmp_path, suffix):
    """Flipped and cut bytes of a valid file: text or a ReadError, never another exception."""
    import random

    if suffix == ".docx":
        good = make_docx(tmp_path / "g.docx", DocxSpec(blocks=[Para("总体要求", num=(1, 0))], lists={1: CN_OUTLINE},
                                                       nums={1: (1, {})})).read_bytes()
    elif suffix == ".pdf":
        good = make_pdf(tmp_path / "g.pdf", [["一、总体要求", "新建公园12个。"]]).read_bytes()
    elif suffix == ".html":
        good = GOV_PAGE.encode("gbk")
    else:
        good = PLAN.encode("gb18030")
    rng = random.Random(20240301)
    for i in range(25):
        data = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if i % 5 == 0:
            data = data[: rng.randrange(1, len(data))]
        p = write(tmp_path, f"m{i}{suffix}", bytes(data))
        try:
            assert isinstance(read_text(p), str)
        except ReadError as e:
            assert e.kind in ("corrupt", "undecodable", "empty", "too_large", "unsupported_format")
