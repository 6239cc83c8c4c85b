"""Normalisation: line endings, invisible characters, rejoined lines, dropped clutter, and the offset map.

The clauses are written for these tests.  The invariant checked everywhere: every clean character is a
character of the original (``norm.original[norm.to_orig(i)] == norm.text[i]``), and ``folded`` has the
length of ``text``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planparse.normalize import Normalized, normalize


def invariant_errors(norm: Normalized) -> list[int]:
    """Clean indices whose character is not the original character they map to."""
    bad = [i for i in range(len(norm.text)) if norm.original[norm.to_orig(i)] != norm.text[i]]
    if len(norm.folded) != len(norm.text):
        bad.append(-1)
    return bad


def lines(text: str) -> list[str]:
    return normalize(text).folded.split("\n")


# --- line endings and invisible characters ------------------------------------------------------------

ENDING_CASES = [
    ("CRLF", "一、目标\r\n建成网络。\r\n二、保障\r\n加强督导。", ["一、目标", "建成网络。", "二、保障", "加强督导。"]),
    ("lone CR", "一、目标\r建成网络。\r二、保障", ["一、目标", "建成网络。", "二、保障"]),
    ("BOM", "\ufeff一、目标\n建成网络。", ["一、目标", "建成网络。"]),
    ("full-width indentation", "\u3000\u3000一、目标\n\u3000\u3000建成网络。", ["一、目标", "建成网络。"]),
    ("zero-width characters", "一、目\u200b标\n建成\u200d网络。", ["一、目标", "建成网络。"]),
    ("blank lines collapse", "一、目标\n\n\n建成网络。\n\n", ["一、目标", "建成网络。"]),
    ("spaces between CJK and digits dropped", "覆盖率超过 50% ，新建 12 所。", ["覆盖率超过50%,新建12所。"]),
    ("space between Latin words kept", "推广 Open Data 平台。", ["推广Open Data平台。"]),
]


@pytest.mark.parametrize(("name", "text", "expected"), ENDING_CASES, ids=[c[0] for c in ENDING_CASES])
def test_line_endings_and_invisibles(name: str, text: str, expected: list[str]) -> None:
    norm = normalize(text)
    assert norm.folded.split("\n") == expected
    assert invariant_errors(norm) == []


# --- rejoining broken lines -------------------------------------------------------------------------------

LONG = "完善统一的城乡居民基本医疗保险制度和城乡居民大病保险制度，健全保障失业人员基本生活的制度和城乡居民大"

REJOIN_CASES = [
    ("long line cut mid-word is rejoined", f"（一）完善制度。{LONG}\n病保险制度。\n（二）扩大参保。",
     [f"(一)完善制度。{LONG.replace('，', ',')}病保险制度。", "(二)扩大参保。"]),
    ("a heading line is never joined with the next", "一、基层基本医疗卫生服务体系建设和能力提升工程\n推进建设。",
     ["一、基层基本医疗卫生服务体系建设和能力提升工程", "推进建设。"]),
    ("a long heading line without a sentence end is not joined",
     "(一)全力打造国际化的文化旅游名城和冰雪运动名城,带动产业转型升级、融合发展\n以提升城市软实力为突破。",
     ["(一)全力打造国际化的文化旅游名城和冰雪运动名城,带动产业转型升级、融合发展", "以提升城市软实力为突破。"]),
    ("a short title line is not joined", "城市更新行动方案\n为推进城市更新，制定本方案。", ["城市更新行动方案", "为推进城市更新,制定本方案。"]),
    ("no join across a blank line", f"{LONG}\n\n病保险制度。", [LONG.replace("，", ","), "病保险制度。"]),
    ("no join onto an indented line", f"{LONG}\n\u3000\u3000另起一段。", [LONG.replace("，", ","), "另起一段。"]),
    ("no join before a heading token", f"{LONG}\n（二）扩大参保。", [LONG.replace("，", ","), "(二)扩大参保。"]),
    ("a short prose line cut mid-sentence is rejoined, and so is its continuation",
     "（一）压缩时限。企业开办时间压缩至1个工作日\n以内，工程建设项目审批时间\n控制在60个工作日以内。\n二、保障",
     ["(一)压缩时限。企业开办时间压缩至1个工作日以内,工程建设项目审批时间控制在60个工作日以内。", "二、保障"]),
    ("a line ending in an opening bracket continues on the next line",
     "加强统筹。\n\u3000\u3000（\n二）健全机制。", ["加强统筹。", "(二)健全机制。"]),
    ("a short title line without a sentence end stays apart from the next line",
     "市城市更新工作领导小组\n办公室设在市住房城乡建设局。", ["市城市更新工作领导小组", "办公室设在市住房城乡建设局。"]),
    ("notice title lines stay apart", "市人民政府办公室关于印发城市更新方案的通知\n市人民政府办公室关于印发城市更新方案的通知\n市政办发〔2025〕3号",
     ["市人民政府办公室关于印发城市更新方案的通知", "市人民政府办公室关于印发城市更新方案的通知", "市政办发〔2025〕3号"]),
]


@pytest.mark.parametrize(("name", "text", "expected"), REJOIN_CASES, ids=[c[0] for c in REJOIN_CASES])
def test_rejoin(name: str, text: str, expected: list[str]) -> None:
    norm = normalize(text)
    assert norm.folded.split("\n") == expected
    assert invariant_errors(norm) == []


PDF = """“十五五”绿色制造发展规划
一、发展基础
过去五年，我国绿色制造体系加快构建，创建
绿色工厂 3000 余家，绿色工业园区 200 余家，
重点行业能耗持续下降。但与高质量发展的要
求相比，仍存在标准不健全、能力不均衡等问
3
题。
二、主要目标
到 2030 年，绿色工厂产值占制造业总产值比
重超过 40%，建成 100 个以上绿色工业园区。
（一）推进绿色设计。推广绿色设计方法，开
展产品全生命周期评价，培育一批绿色设计示
范企业，完善绿色设计评价标准和认证体系。
"""


def test_hard_wrapped_pdf_text_is_rejoined_across_page_numbers() -> None:
    norm = normalize(PDF)
    got = norm.folded.split("\n")
    assert got[0] == "“十五五”绿色制造发展规划"
    assert got[1] == "一、发展基础"
    assert got[2].startswith("过去五年") and got[2].endswith("能力不均衡等问题。")
    assert got[3] == "二、主要目标"
    assert got[4] == "到2030年,绿色工厂产值占制造业总产值比重超过40%,建成100个以上绿色工业园区。"
    assert got[5].startswith("(一)推进绿色设计。") and got[5].endswith("认证体系。")
    assert invariant_errors(norm) == []
    # a clause that spanned a line break maps back to the original with the break inside
    s = norm.text.index("比重超过")
    assert norm.orig_text(s, s + 7) == "比\n重超过 40%"


def test_table_of_contents_lines_are_not_joined() -> None:
    text = ("绿色制造发展规划\n目 录\n一、发展基础……………………………………1\n二、主要目标……………………………………2\n"
            + PDF.split("\n", 1)[1])
    got = lines(text)
    assert got[2].startswith("一、发展基础") and got[2].endswith("1")
    assert got[3].startswith("二、主要目标")


# --- tab-separated rows --------------------------------------------------------------------------------

TAB_CASES = [
    # a row of cells: every tab kept, read as | (the ｜ of .docx tables); two tabs: an empty cell
    ("indicator row", "学前三年毛入园率\t%\t95", ["学前三年毛入园率|%|95"]),
    ("empty cell, spaces around tabs", "新建幼儿园 \t\t所\t 12", ["新建幼儿园||所|12"]),
    ("serial number cell", "1\t新建公办幼儿园\t市教育局", ["1|新建公办幼儿园|市教育局"]),
    ("Arabic cells", "2024\t95\t2025\t96", ["2024|95|2025|96"]),
    # not cells: spacing after a heading number, indentation, trailing tabs
    ("after 一、", "一、\t总体要求", ["一、总体要求"]),
    ("after （三）", "（三）\t加强保障。落实经费。", ["(三)加强保障。落实经费。"]),
    ("after 1.", "1.\t推进建设。", ["1.推进建设。"]),
    ("after 第二章", "第二章\t保障措施", ["第二章保障措施"]),
    ("indentation and trailing tab", "\t\t推进建设。\t", ["推进建设。"]),
]


@pytest.mark.parametrize(("name", "text", "expected"), TAB_CASES, ids=[c[0] for c in TAB_CASES])
def test_tab_separated_cells(name: str, text: str, expected: list[str]) -> None:
    norm = normalize(text)
    assert norm.folded.split("\n") == expected
    assert "|" not in norm.text or "|" in text  # `text` keeps the tab as written
    assert invariant_errors(norm) == []


# --- dropped lines ----------------------------------------------------------------------------------------

DROP_CASES = [
    ("page number", "推进建设。\n- 5 -\n加强督导。", ["推进建设。", "加强督导。"]),
    ("page number 第N页", "推进建设。\n第 3 页 共 12 页\n加强督导。", ["推进建设。", "加强督导。"]),
    ("web footer", "加强督导。\n来源：网络整理 免责声明：本文仅供学习交流。", ["加强督导。"]),
    ("font size bar", "【字体：大 中 小】\n一、目标", ["一、目标"]),
    ("print / close bar", "加强督导。\n【打印】【关闭】", ["加强督导。"]),
    ("share bar", "加强督导。\n分享到：微信 微博", ["加强督导。"]),
    ("source line", "加强督导。\n来源：临江市人民政府办公室", ["加强督导。"]),
    ("breadcrumb and publish date", "当前位置：首页 > 政务公开 > 规划计划\n发布时间：2025-03-01\n一、目标", ["一、目标"]),
]


@pytest.mark.parametrize(("name", "text", "expected"), DROP_CASES, ids=[c[0] for c in DROP_CASES])
def test_clutter_lines_are_dropped(name: str, text: str, expected: list[str]) -> None:
    norm = normalize(text)
    assert norm.folded.split("\n") == expected
    assert invariant_errors(norm) == []


def test_a_body_line_mentioning_the_source_is_kept() -> None:
    text = "资金来源：市级财政安排专项资金，各区按比例配套，确保项目按期建成投用，发挥效益。"
    assert lines(text) == ["资金来源:市级财政安排专项资金,各区按比例配套,确保项目按期建成投用,发挥效益。"]


# --- a document flattened to one line ------------------------------------------------------------------------

def test_space_separated_document_gets_paragraph_breaks_in_folded() -> None:
    body = "全年经济稳定增长，" * 30
    text = f"各位代表： 现在，我代表市人民政府报告工作。 一、2024年工作回顾 {body}成效明显。 （一）扩大有效需求 推进重大项目。"
    norm = normalize(text)
    got = norm.folded.split("\n")
    assert got[:4] == ["各位代表:", "现在,我代表市人民政府报告工作。", "一、2024年工作回顾", body.replace("，", ",") + "成效明显。"]
    assert got[4:] == ["(一)扩大有效需求", "推进重大项目。"]
    assert "\n" not in norm.text  # the breaks are spaces of the original
    assert invariant_errors(norm) == []


# --- the offset map on many inputs ------------------------------------------------------------------------

MAP_INPUTS = [
    "",
    "\n\n\n",
    "\ufeff",
    "一",
    " \u3000 ",
    "一、目标\r\n\r\n\u3000\u3000（一）建成网络。\r\n",
    "a b  c\u200bd",
    PDF,
    "\r\r\n\n\u2028一\u2029二",
    "1\n2\n3\n4\n5\n6\n7\n8\n9\n10",
    "加快建设。 " * 500,
    ("推进文化名城建设，" * 40 + "\n") * 20,
]


@pytest.mark.parametrize("text", MAP_INPUTS)
def test_offset_map_invariant(text: str) -> None:
    norm = normalize(text)
    assert invariant_errors(norm) == []
    for i in range(len(norm.text)):
        assert norm.orig_span(i, i + 1) == (norm.to_orig(i), norm.to_orig(i) + 1)


def test_offset_map_invariant_on_the_corpus() -> None:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    files = sorted(corpus.glob("dev/*.txt")) + sorted(corpus.glob("scale/work-reports-2024-txt/*.txt"))[:30]
    if not files:
        pytest.skip("../shared/corpus not present")
    for f in files:
        with open(f, encoding="utf-8", newline="") as fh:
            norm = normalize(fh.read())
        assert invariant_errors(norm) == [], f.name


def test_normalize_is_linear_on_one_long_line() -> None:
    import time

    text = ("加快建设文化名城。 一、总体要求 现通知如下：（一）加强领导。各地要切实 落实责任 " * 40_000)[:2_000_000]
    t0 = time.perf_counter()
    normalize(text)
    assert time.perf_counter() - t0 < 15
