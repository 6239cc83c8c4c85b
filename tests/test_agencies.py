"""Responsibilities: who leads and who supports each task, and which section it closes.

Every clause below was written for this file (real-looking, invented 市/区 agencies); none is
copied from the dev documents.  The dev gold (``../shared/corpus/dev``) was used to develop the
rules and is measured by ``score.py``, not here.  Each table row is one clause (or one small
document) and the assignments a careful reader takes out of it, as ``(lead, support)`` pairs.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.agencies import extract_responsibilities, split_agencies
from planparse.normalize import normalize
from planparse.outline import build_outline

SCALE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "scale" / "work-reports-2024-txt"


def responsibilities(text: str):
    norm = normalize(text)
    return extract_responsibilities(norm, build_outline(norm)), norm


def pairs(text: str) -> list[tuple[list[str], list[str]]]:
    """(lead, support) of every assignment, checking the grounding invariant on the way."""
    found, norm = responsibilities(text)
    for r in found:
        assert norm.original[r.span[0] : r.span[1]] == r.text
    return [(r.lead, r.support) for r in found]


def in_item(clause: str) -> str:
    """A one-item plan whose item ends with ``clause``."""
    return f"一、重点任务\n（一）推进数据共享。建成全市统一的数据共享平台。{clause}\n"


# --- every written form ---------------------------------------------------------------------

FORMS = [
    # labelled lists
    ("（牵头单位：市发展改革委；配合单位：市财政局、市统计局）", [(["市发展改革委"], ["市财政局", "市统计局"])]),
    ("(牵头责任单位:市交通运输局,配合单位:市公安局、市城管局)", [(["市交通运输局"], ["市公安局", "市城管局"])]),
    ("（责任单位：市水利局、市农业农村局）", [(["市水利局", "市农业农村局"], [])]),
    ("（牵头部门：市商务局；参与单位：市文旅局、市市场监管局）", [(["市商务局"], ["市文旅局", "市市场监管局"])]),
    ("（牵头单位：市科技局；协办单位：市工信局）", [(["市科技局"], ["市工信局"])]),
    ("（责任部门：市林草局；协助单位：市气象局）", [(["市林草局"], ["市气象局"])]),
    ("（牵头单位：市退役军人事务局；责任单位：市民政局、市人社局）", [(["市退役军人事务局"], ["市民政局", "市人社局"])]),
    # deadlines and scores in the same parenthesis, other fields after the list
    ("（9月底前完成，牵头考核单位：市数据局）", [(["市数据局"], [])]),
    ("（2分）（10月底前见到实效，牵头考核单位：市体育局、市教育局）", [(["市体育局", "市教育局"], [])]),
    ("（责任单位：市民政局；完成时限：2025年12月底）", [(["市民政局"], [])]),
    ("（责任单位：市气象局，2026年6月底前完成）", [(["市气象局"], [])]),
    # verb forms
    ("（市住房城乡建设局牵头，市自然资源局、市财政局配合）", [(["市住房城乡建设局"], ["市自然资源局", "市财政局"])]),
    ("（市应急管理局、市消防救援支队等负责）", [(["市应急管理局", "市消防救援支队"], [])]),
    ("（市委宣传部牵头，市文明办、市教育局按职责分工负责）", [(["市委宣传部"], ["市文明办", "市教育局"])]),
    ("（市卫生健康委牵头负责）", [(["市卫生健康委"], [])]),
    ("（由市人社局负责）", [(["市人社局"], [])]),
    ("（市司法局牵头，各区人民政府参与）", [(["市司法局"], ["各区人民政府"])]),
    # prose assignments
    ("各县（市、区）人民政府是乡村道路养护的责任主体，要纳入年度考核。", [(["各县（市、区）人民政府"], [])]),
    ("市应急管理局作为第一责任主体，统筹推进。", [(["市应急管理局"], [])]),
    ("企业是安全生产的责任主体。", []),  # not a government agency
    ("市商务局会同市市场监管局、市税务局制定实施细则。", [(["市商务局"], ["市市场监管局", "市税务局"])]),
    ("会同公安、交通运输等部门开展联合执法。", [([], ["公安", "交通运输"])]),
    ("市档案局会同有关部门开展专项检查。", [(["市档案局"], [])]),
    ("平台二期按分工交由高新区管委会牵头实施。", [(["高新区管委会"], [])]),
    ("卫生健康、医保等部门积极配合做好数据对接。", [([], ["卫生健康", "医保"])]),
    ("市教育行政部门、财政部门在职责范围内，分别负责经费监管。", [(["市教育行政部门", "财政部门"], [])]),
    ("日常维护由市机关事务管理局负责。", [(["市机关事务管理局"], [])]),
    ("市数据局依照国家标准牵头编制共享目录。", [(["市数据局"], [])]),
    ("市发展改革委牵头，市财政局、市审计局按职责分工负责。", [(["市发展改革委"], ["市财政局", "市审计局"])]),
    ("由市民政局牵头，各县（市、区）负责具体落实。", [(["市民政局"], ["各县（市、区）"])]),
    ("市财政局要会同市教育局做好资金拨付。", [(["市财政局"], ["市教育局"])]),
    ("各区人民政府要积极配合。", [([], ["各区人民政府"])]),
    ("明确市教育局为牵头单位，市财政局为配合单位。", [(["市教育局"], ["市财政局"])]),
    ("同时会同市财政局做好资金保障。", [([], ["市财政局"])]),
    ("由市发改委会同市财政局制定办法。", [(["市发改委"], ["市财政局"])]),
    ("市发改委于6月底前会同市财政局制定实施细则。", [(["市发改委"], ["市财政局"])]),
    ("市统计局年底前牵头完成普查。", [(["市统计局"], [])]),
    ("会同县人民政府牵头组织实施。", [(["会同县人民政府"], [])]),  # 会同县 is a county
    ("建立由市水务局牵头、市住建局参与的联席机制。", [(["市水务局"], ["市住建局"])]),
    ("市水务局要切实发挥牵头作用，会同有关部门抓好方案落地。", [(["市水务局"], [])]),
    # a lead marked inside a 责任单位 list, 、 between verb chunks, other brackets and spacing
    ("（责任单位：市教育局（牵头）、市财政局、市人社局）", [(["市教育局"], ["市财政局", "市人社局"])]),
    ("（市教育局牵头、市财政局配合）", [(["市教育局"], ["市财政局"])]),
    ("【责任单位：市住建局、市城管局】", [(["市住建局", "市城管局"], [])]),
    ("完成老旧小区改造，责任单位：市住建局", [(["市住建局"], [])]),
    ("（牵头单位：市商务局　配合单位：市市场监管局）", [(["市商务局"], ["市市场监管局"])]),
    ("（牵头单位：区发改局；责任单位：各街道办事处）", [(["区发改局"], ["各街道办事处"])]),
    ("（牵头单位：市政府办公室（市大数据局）；配合单位：市委网信办）", [(["市政府办公室（市大数据局）"], ["市委网信办"])]),
    ("（责任单位：市发改委 市财政局 市统计局）", [(["市发改委", "市财政局", "市统计局"], [])]),
    ("（责任单位：市财政局等市直相关部门）", [(["市财政局"], [])]),
    ("（国家发展改革委、财政部牵头，各有关部门按职责分工负责）", [(["国家发展改革委", "财政部"], [])]),
    ("（责任单位：市住建局　　责任领导：李明）", [(["市住建局"], [])]),
    ("（市农业农村局牵头，市级有关部门、各县区按职责分工负责）", [(["市农业农村局"], ["各县区"])]),
    ("（责任单位：市教育局牵头，市财政局、市人社局配合）", [(["市教育局"], ["市财政局", "市人社局"])]),
    ("（责任单位（部门）：市商务局）", [(["市商务局"], [])]),
    ("【牵头单位】市住建局【配合单位】市财政局、各区政府", [(["市住建局"], ["市财政局", "各区政府"])]),
    ("（牵头：市水务局；配合：市财政局）", [(["市水务局"], ["市财政局"])]),
    ("〔省发展改革委牵头，省财政厅配合〕", [(["省发展改革委"], ["省财政厅"])]),
    ("〔责任单位：省商务厅、省统计局按职责分工负责。涉及各市（州）的任务不再分工，下同。〕", [(["省商务厅", "省统计局"], [])]),
    ("（牵头单位：市发改委（具体由市价格监测中心承担）；配合单位：市财政局）", [(["市发改委"], ["市财政局"])]),
    # names before a comma share the verb of the chunk after it; a verbless list after a lead supports it
    ("（市园林局、市规划局，各区人民政府按职责分工负责）", [(["市园林局", "市规划局", "各区人民政府"], [])]),
    ("（市水务局牵头，市财政局、市生态环境局）", [(["市水务局"], ["市财政局", "市生态环境局"])]),
    # a scope phrase before the label on its own line
    ("\n以上任务责任单位：市交通局、市公安局", [(["市交通局", "市公安局"], [])]),
    # a parenthesis of bare agency names closing the task
    ("（市发展改革委、市财政局）", [(["市发展改革委", "市财政局"], [])]),
    ("落实到位（市科技局）。", [(["市科技局"], [])]),
]


@pytest.mark.parametrize(("clause", "expected"), FORMS, ids=[c for c, _ in FORMS])
def test_forms(clause: str, expected: list[tuple[list[str], list[str]]]) -> None:
    assert pairs(in_item(clause)) == expected


# --- the document's own first-listed convention ---------------------------------------------

CONVENTION = [
    # only 责任单位 given: the first listed leads, the others support
    ("列第一位者为牵头部门", "（责任单位：市教育局、市财政局、市人社局）", [(["市教育局"], ["市财政局", "市人社局"])]),
    ("排在第一位的为牵头单位", "（市文旅局、市体育局负责）", [(["市文旅局"], ["市体育局"])]),
    ("列第一位者为牵头单位", "（市发展改革委、市财政局）", [(["市发展改革委"], ["市财政局"])]),
    ("有多个责任单位的，第一个单位为牵头单位", "（责任单位：市卫健委、市医保局）", [(["市卫健委"], ["市医保局"])]),
    # agencies written with 牵头 lead whatever the convention says
    ("列第一位者为牵头部门", "（市水务局、市城管局牵头，市财政局配合）", [(["市水务局", "市城管局"], ["市财政局"])]),
]


@pytest.mark.parametrize(("rule", "clause", "expected"), CONVENTION)
def test_first_listed_convention(rule: str, clause: str, expected) -> None:
    doc = f"各项任务{rule}，不再另行标注。\n" + in_item(clause)
    assert pairs(doc) == expected


def test_without_convention_all_listed_lead() -> None:
    assert pairs(in_item("（责任单位：市教育局、市财政局、市人社局）")) == [
        (["市教育局", "市财政局", "市人社局"], [])
    ]


# --- agency lists ---------------------------------------------------------------------------

LISTS = [
    ("市财政局和市审计局", ["市财政局", "市审计局"]),
    ("市住房和城乡建设局", ["市住房和城乡建设局"]),
    ("市人力资源和社会保障局及市医保局", ["市人力资源和社会保障局", "市医保局"]),
    ("工业和信息化局、市文化和旅游局", ["工业和信息化局", "市文化和旅游局"]),
    ("各区、县级市人民政府", ["各区、县级市人民政府"]),
    ("各区、县级市", ["各区、县级市"]),
    ("各县（市、区）人民政府，市林业局", ["各县（市、区）人民政府", "市林业局"]),
    ("各旗县区人民政府、市直有关部门", ["各旗县区人民政府"]),
    ("市场监管局", ["市场监管局"]),
    ("审批服务局、市公安局", ["审批服务局", "市公安局"]),
    ("市工信局、市科技局等部门", ["市工信局", "市科技局"]),
    ("市公安局等", ["市公安局"]),
    ("市委和市政府", ["市委", "市政府"]),
    ("市政府办公室（市大数据中心）", ["市政府办公室（市大数据中心）"]),
    ("市交通运输局、其他有关单位", ["市交通运输局"]),
    ("各市、县（市、区）人民政府", ["各市、县（市、区）人民政府"]),
    ("市有关部门和各区政府", ["各区政府"]),
    ("文化和旅游部、国务院国资委", ["文化和旅游部", "国务院国资委"]),
    ("市级各有关部门及各县市区政府", ["各县市区政府"]),
    ("省直有关单位、各地各部门、市审改办", ["市审改办"]),
    ("各省级人民政府、各级政府", ["各省级人民政府"]),
    ("全国妇联、共青团中央，地方各级人民政府", ["全国妇联", "共青团中央"]),
    ("各地区各部门、各级政府和有关部门、海关总署", ["海关总署"]),
]


@pytest.mark.parametrize(("written", "expected"), LISTS, ids=[w for w, _ in LISTS])
def test_list_splitting(written: str, expected: list[str]) -> None:
    norm = normalize(written)
    got = split_agencies(norm.folded, 0, len(norm.folded), geo=True, sector=True)
    assert got is not None
    assert [norm.text[a:b] for a, b in got] == expected


def test_labelled_list_keeps_whole_entries() -> None:
    clause = "（牵头单位：市林业局；配合单位：各县（市、区）人民政府、市自然资源局等单位）"
    assert pairs(in_item(clause)) == [(["市林业局"], ["各县（市、区）人民政府", "市自然资源局"])]


# --- sections -------------------------------------------------------------------------------

CHAPTER_CLOSING = """一、公共文化
（一）完善设施网络。新建社区文化活动室。
（二）丰富文化活动。举办群众文艺展演。
（牵头责任单位：市文旅局，配合单位：市财政局）
二、全民健身
（一）建设健身步道。新建城市健身步道。
（二）推进场馆开放。推动学校场馆向社会开放。
（三）办好赛事活动。办好全民健身运动会。
（牵头责任单位：市体育局，配合单位：市教育局、市财政局）
"""

PER_ITEM_LINES = """一、污染防治
（一）治理扬尘。加强工地扬尘管控。
牵头单位：市住建局  配合单位：市城管局
（二）治理餐饮油烟。推动餐饮单位安装油烟净化设施。
牵头单位：市生态环境局  配合单位：市市场监管局
"""

IN_ITEM_PARENS = """一、交通建设
（一）建设快速路。开工建设东环快速路（市交通局负责），同步实施绿化（市园林局负责）。
（二）优化公交线网。新开公交线路（市公交集团牵头，市交通局配合）。
"""

TWO_LINE_LABELS = """一、城市更新
（一）改造老旧小区。完成老旧小区综合改造。
牵头单位：市住建局
配合单位：市财政局、市自然资源局
（二）更新地下管网。推进供水管网更新。
牵头单位：市水务局
"""

LEAD_IN_LINE = """一、社会救助
（牵头单位：市民政局；配合单位：市财政局）
（一）提高低保标准。逐步提高农村低保标准。
（二）加强临时救助。简化临时救助审批程序。
"""

NUMBERED_ITEMS = """一、数字政府
（一）政务服务
1.推进网上办理。事项网上可办率持续提升。（责任单位：市政务服务局）
2.优化移动端。完善移动端办事功能。（责任单位：市数据局）
（二）协同办公
3.建设协同办公平台。推动公文全流程网上流转。（责任单位：市政府办公室）
"""

TASK_TABLE = """一、重点任务
（一）推进数字化改革。重点推进以下任务：
序号｜重点任务｜牵头单位｜配合单位｜完成时限
1｜推进数据共享｜市数据局｜市财政局、市公安局｜2025年6月
2｜建设城市大脑｜市工信局（牵头）、市数据局｜各区人民政府｜2025年底
3｜完善考核办法｜市政府办公室｜｜长期坚持
（二）加强经费保障。落实专项经费。
"""


def test_task_table_rows() -> None:
    found, _ = responsibilities(TASK_TABLE)
    assert [(r.lead, r.support) for r in found] == [
        (["市数据局"], ["市财政局", "市公安局"]),
        (["市工信局", "市数据局"], ["各区人民政府"]),
        (["市政府办公室"], []),
    ]
    assert {tuple(r.section) for r in found} == {(1, 1)}


def test_task_table_rows_separated_by_tabs() -> None:
    """A task table pasted from a spreadsheet into a .txt: tabs separate the cells as ｜ does."""
    found, _ = responsibilities(TASK_TABLE.replace("｜", "\t"))
    assert [(r.lead, r.support) for r in found] == [
        (["市数据局"], ["市财政局", "市公安局"]),
        (["市工信局", "市数据局"], ["各区人民政府"]),
        (["市政府办公室"], []),
    ]


MIXED_LINES = """一、重点任务
（一）扩大服务供给
1、新建社区食堂。全年新建20个。
（牵头单位：市民政局）
2、发展助浴服务。培育助浴机构10家。
（牵头单位：市民政局；配合单位：市商务局）
（二）提升医养结合
1、设立老年医学科。比例达到90%。
2、提供健康管理。管理率保持在70%以上。
（牵头单位：市卫生健康委；配合单位：市医保局）
"""


def test_a_line_after_the_last_item_of_items_without_lines_closes_their_section() -> None:
    """（一）'s items each have a line; （二）'s only line follows its last item: it covers （二）."""
    found, _ = responsibilities(MIXED_LINES)
    assert [(tuple(r.section), r.lead) for r in found] == [
        ((1, 1, 1), ["市民政局"]),
        ((1, 1, 2), ["市民政局"]),
        ((1, 2), ["市卫生健康委"]),
    ]


SKIPPED_LEVEL = """一、主要目标
1.地区生产总值增长6%左右。
牵头单位：区发改局
2.一般公共预算收入增长5%。
牵头单位：区财政局
二、重点任务
（一）扩大有效投资
1.实施重点项目120个以上。
牵头单位：区发改局
2.推进老旧小区改造。
牵头单位：区住建局
"""

ONE_LINE_AMONG_INLINE = """一、政务服务
（一）网上办理
1.推进事项网上可办。扩大网上可办事项范围。（6月底完成，牵头考核单位：市政务服务局）
2.优化移动端办事。完善移动端功能，提升办事体验。
（按季度推进，牵头考核单位：市数据局）
（二）窗口服务
3.推进综合窗口改革。实行无差别受理。（年底前完成，牵头考核单位：市政务服务局）
"""

CLOSING_AFTER_INLINE = """一、城市交通
（一）建设快速路。开工建设东环快速路（市交通局负责）。
（二）优化公交线网。新开公交线路（市公交集团负责）。
（牵头单位：市交通局；配合单位：市财政局）
二、城市绿化
（一）建设口袋公园。新建口袋公园（市园林局负责）。
（二）实施道路绿化。完成主干道绿化提升（市城管局负责）。
（牵头单位：市园林局；配合单位：市自然资源局）
"""

COVERS_ABOVE = (
    "一、重点任务\n（一）完善设施\n1.改造雨水管网80公里。\n2.更新供水管网60公里。\n"
    "以上任务责任单位：市水务局、各区人民政府\n（二）强化保障\n3.落实资金。\n"
)

SECTIONS = [
    ("a line that says it covers the items above", COVERS_ABOVE, [[1, 1]]),
    ("chapter-closing lines", CHAPTER_CLOSING, [[1], [2]]),
    ("a line after every item", PER_ITEM_LINES, [[1, 1], [1, 2]]),
    ("parentheses inside items", IN_ITEM_PARENS, [[1, 1], [1, 1], [1, 2]]),
    ("a line between heading and sub-items", LEAD_IN_LINE, [[1]]),
    ("label lines split over two lines", TWO_LINE_LABELS, [[1, 1], [1, 2]]),
    ("item lines at two depths", SKIPPED_LEVEL, [[1, 1], [1, 2], [2, 1, 1], [2, 1, 2]]),
    ("one own-line parenthesis among in-item ones", ONE_LINE_AMONG_INLINE, [[1, 1, 1], [1, 1, 2], [1, 2, 3]]),
    ("chapter lines after items with their own", CLOSING_AFTER_INLINE, [[1, 1], [1, 2], [1], [2, 1], [2, 2], [2]]),
    ("continuously numbered items", NUMBERED_ITEMS, [[1, 1, 1], [1, 1, 2], [1, 2, 3]]),
]


@pytest.mark.parametrize(("doc", "expected"), [(d, e) for _, d, e in SECTIONS], ids=[n for n, _, _ in SECTIONS])
def test_sections(doc: str, expected: list[list[int]]) -> None:
    found, _ = responsibilities(doc)
    assert [r.section for r in found] == expected


def test_chapter_closing_roles() -> None:
    assert pairs(CHAPTER_CLOSING) == [(["市文旅局"], ["市财政局"]), (["市体育局"], ["市教育局", "市财政局"])]


def test_per_item_table_lines_roles() -> None:
    assert pairs(PER_ITEM_LINES) == [(["市住建局"], ["市城管局"]), (["市生态环境局"], ["市市场监管局"])]


def test_spans_cover_the_clause() -> None:
    found, norm = responsibilities(in_item("（责任单位：市统计局）"))
    (r,) = found
    assert r.text == "（责任单位：市统计局）"


# --- not responsibilities ---------------------------------------------------------------------

REGULATION = """第一章 总则
第一条 为了加强本市公园管理，制定本条例。
第二条 市城市管理部门负责全市公园的监督管理工作。
第三条 市发展改革、财政、自然资源等部门按照各自职责，协同做好公园管理相关工作。
第四条 区人民政府应当会同市城市管理部门编制公园建设计划。
"""

WORK_REPORT = """各位代表：
一、过去一年工作回顾
区发展改革局牵头完成了产业规划编制。
二、今年工作安排
（一）扩大有效投资。区财政局负责统筹专项资金。
"""

NEGATIVES = [
    ("statutory duties in a regulation", REGULATION),
    ("a government work report", WORK_REPORT),
    ("helping a named body: the helper is not named", in_item("配合市里实施城市更新项目。")),
    ("helping a higher body", in_item("配合市发展改革委做好项目申报。")),
    ("general role statement", in_item("各级政府要负责辖区内的组织协调。")),
    ("the government in general", in_item("政府主要负责规划引导和依法监管。")),
    ("generic departments", in_item("有关部门要积极配合。")),
    ("non-government actor", in_item("各行业协会应主动配合政府部门开展服务。")),
    ("enterprises encouraged to lead", in_item("引导骨干企业牵头搭建共性技术平台。")),
    ("a label used as a noun", in_item("各牵头单位对承担的任务进行考核（含各牵头单位本级）。")),
    ("负责人 is a person", in_item("由分管领导担任项目负责人。")),
    ("a principle, not an assignment", in_item("按照“谁主管、谁负责”原则梳理目录。")),
    ("会同 inside a place name", in_item("推进临江至会同快速路前期工作。")),
    ("a result reported for the past", in_item("过去五年，市水务局牵头完成了水源工程建设。")),
    ("a deadline in parentheses", in_item("完成平台升级（6月底完成）。")),
    ("a governance slogan", in_item("坚持党委领导、政府负责、社会协同。")),
    ("a responsibility system", in_item("落实首问负责制和限时办结制。")),
    ("the interpretation clause", in_item("本方案由市发展改革委负责解释。")),
    ("a label addressing the units", in_item("各责任单位：要高度重视，认真抓好落实。")),
    ("a gloss inside a sentence", in_item("由市政府办公室（市大数据中心）统筹。")),
    ("an abbreviation", in_item("成立市数据资源管理局（以下简称市数据局）。")),
    ("a bare head word", in_item("建设城市运行管理平台（中心）。")),
    ("a second name of the agency", in_item("承办单位为市政府办公室（市大数据中心）\n")),
]


@pytest.mark.parametrize("doc", [d for _, d in NEGATIVES], ids=[n for n, _ in NEGATIVES])
def test_not_responsibilities(doc: str) -> None:
    assert pairs(doc) == []


# --- properties ------------------------------------------------------------------------------

_CLAUSE_CHARS = list("（）()【】：:；;，,、。\n 　市区县局委办牵头负责配合参与会同由各等部门单位责任一二1.和及政府中心有关｜第条")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CLAUSE_CHARS, max_size=120))
def test_any_text_gives_grounded_non_empty_assignments(text: str) -> None:
    found, norm = responsibilities(text)
    for r in found:
        assert text[r.span[0] : r.span[1]] == r.text
        assert r.lead or r.support
        assert all(name and name in norm.text for name in r.lead + r.support)


# --- scale -----------------------------------------------------------------------------------


def test_scale_corpus_is_fast_and_grounded() -> None:
    files = sorted(SCALE.glob("*.txt"))
    if not files:
        pytest.skip("../shared/corpus not present")
    chars, spent = 0, 0.0
    for path in files:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        norm = normalize(text)
        outline = build_outline(norm)
        t0 = time.perf_counter()
        found = extract_responsibilities(norm, outline)
        spent += time.perf_counter() - t0
        chars += len(text)
        for r in found:
            assert text[r.span[0] : r.span[1]] == r.text
    assert chars / max(spent, 1e-9) > 300_000, f"{chars / spent:.0f} chars/s"
