"""The outline: numbering styles, levels, continuation, false headings, titles, attachments, document title.

Every clause below is written for these tests (real-looking, not copied from any corpus document).  The
dev documents of ``../shared/corpus/dev`` were used to develop the rules; the last test checks every
section of them starts with its number (skipped when the corpus is absent).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from planparse.normalize import normalize
from planparse.outline import Outline, build_outline


def outline(text: str) -> Outline:
    return build_outline(normalize(text))


def paths(text: str) -> list[tuple[int, ...]]:
    return [n.path for n in outline(text).flat()]


def by_path(text: str) -> dict[tuple[int, ...], tuple[str, str]]:
    return {n.path: (n.number, n.title) for n in outline(text).flat()}


# --- numbering styles -----------------------------------------------------------------

STYLE_CASES = [
    ("一、 and （一）", "一、总体要求\n（一）指导思想\n坚持系统观念。\n（二）工作目标\n到2026年基本建成。\n二、重点任务\n推进落实。",
     [(1,), (1, 1), (1, 2), (2,)]),
    ("一． full-width dot", "一．工作目标\n建成服务网络。\n二．保障措施\n加强督导。", [(1,), (2,)]),
    ("一. half-width dot", "一.工作目标\n建成服务网络。\n二.保障措施\n加强督导。", [(1,), (2,)]),
    ("(一) half-width", "一、主要任务\n(一)扩大供给。新建托育机构。\n(二)提升质量。开展培训。", [(1,), (1, 1), (1, 2)]),
    ("1. 1、 1． 1﹒ as one style",
     "一、任务\n1.建设社区食堂。\n2、完善助餐网络。\n3．培育服务队伍。\n4﹒加强资金保障。", [(1,), (1, 1), (1, 2), (1, 3), (1, 4)]),
    ("1） right parenthesis", "（一）任务\n1）开展排查。\n2）建立台账。", [(1,), (1, 1), (1, 2)]),
    ("（1） and (1)", "1.任务\n（1）开展排查。\n(2)建立台账。", [(1,), (1, 1), (1, 2)]),
    ("⑴ parenthesised digit characters", "1.任务\n⑴开展排查。\n⑵建立台账。", [(1,), (1, 1), (1, 2)]),
    ("① circled", "1.任务\n①开展排查。\n②建立台账。\n③跟踪督办。", [(1,), (1, 1), (1, 2), (1, 3)]),
    ("GB/T 9704 four levels",
     "一、总体要求\n（一）基本原则\n1.坚持需求导向。\n（1）聚焦重点人群。\n（2）突出薄弱环节。\n2.坚持改革创新。\n（二）发展目标\n二、保障措施",
     [(1,), (1, 1), (1, 1, 1), (1, 1, 1, 1), (1, 1, 1, 2), (1, 1, 2), (1, 2), (2,)]),
    ("第X章 / 第X条, articles numbered continuously",
     "第一章 总则\n第一条 为了规范停车管理，制定本办法。\n第二条 本办法适用于本市行政区域。\n第二章 规划建设\n第三条 停车设施应当统筹规划。",
     [(1,), (1, 1), (1, 2), (2,), (2, 3)]),
    ("Arabic 第3条", "第1条 为了加强管理，制定本规定。\n第2条 本规定自公布之日起施行。\n第3条 本规定由市司法局负责解释。",
     [(1,), (2,), (3,)]),
    ("第X编 / 第X节", "第一编 总论\n第一节 基本情况\n全市现有养老机构。\n第二节 面临形势\n老龄化加快。\n第二编 分论\n第一节 任务",
     [(1,), (1, 1), (1, 2), (2,), (2, 1)]),
    ("numerals past ten", "".join(f"（{n}）任务{i}。推进工作。\n" for i, n in enumerate(
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "二十"][:12], 1)),
     [(i,) for i in range(1, 13)]),
    ("articles not starting at 第一条 are body text", "第二十条 甲。\n第二十一条 乙。\n", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), STYLE_CASES, ids=[c[0] for c in STYLE_CASES])
def test_numbering_styles_give_paths(name: str, text: str, expected: list[tuple[int, ...]]) -> None:
    assert paths(text) == expected


def test_large_chinese_ordinals() -> None:
    text = "".join(f"第{n}条 内容。\n" for n in ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"])
    text += "".join(f"第十{n}条 内容。\n" for n in "一二三四五六七八九") + "第二十条 内容。\n"
    assert paths(text)[-1] == (20,)


# --- false headings ---------------------------------------------------------------------

TRAP_CASES = [
    ("responsibility line in parentheses",
     "一、养老服务\n(一)完善设施。新建站点。\n(牵头责任单位:市民政局,配合单位:市财政局)\n(二)提升质量。开展培训。",
     [(1,), (1, 1), (1, 2)]),
    ("1.2万人 at a line start", "一、就业\n1.稳定就业。推进招聘。\n1.2万人次参加技能培训。\n2.兜底帮扶。",
     [(1,), (1, 1), (1, 2)]),
    ("2.5% at a line start", "一、指标\n1.控制能耗。\n2.5%的企业完成改造。\n2.推广节能。", [(1,), (1, 1), (1, 2)]),
    ("一、二季度 at a line start", "一、总体情况\n（一）经济运行\n一、二季度全市经济平稳运行。\n（二）就业", [(1,), (1, 1), (1, 2)]),
    ("1、2月份 at a line start", "一、总体情况\n1、2月份全市工业增加值增长8%。\n二、任务", [(1,), (2,)]),
    ("一是 / 二是 paragraphs", "一、措施\n一是加强领导。成立专班。\n二是强化保障。落实资金。\n二、要求", [(1,), (2,)]),
    ("一要 / 二要 paragraphs", "一、要求\n一要提高站位。\n二要压实责任。\n二、保障", [(1,), (2,)]),
    ("cross-reference at a line start",
     "第一章 总则\n第一条 为了加强管理，制定本条例。\n第二条 违反规定的，依照本条例第十条处理。\n第十五条第一款规定的情形除外。\n第三条 本条例自公布之日起施行。",
     [(1,), (1, 1), (1, 2), (1, 3)]),
    ("enumeration inside a paragraph",
     "一、任务\n主要包括：（一）排查；（二）整改；（三）验收。\n二、保障", [(1,), (2,)]),

    ("table rows", "一、项目\n1\t新建公园\t市园林局\n2\t改造绿道\t市交通局\n二、保障", [(1,), (2,)]),
    ("专栏 box items", "一、任务\n（一）建设工程。推进建设。\n专栏1 重点工程\n1.城市更新工程\n2.海绵城市工程\n01 智慧园区\n（二）保障工程。落实保障。",
     [(1,), (1, 1), (1, 2)]),
    ("a sequence that does not continue", "一、任务\n五、这一行是正文中的引述\n二、保障", [(1,), (2,)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), TRAP_CASES, ids=[c[0] for c in TRAP_CASES])
def test_false_headings_are_rejected(name: str, text: str, expected: list[tuple[int, ...]]) -> None:
    assert paths(text) == expected


def test_table_of_contents_is_not_sections() -> None:
    text = ("城市更新行动方案\n目 录\n一、总体要求……………………1\n二、重点任务……………………3\n（一）旧城改造………………4\n"
            "为推进城市更新，制定本方案。\n一、总体要求\n坚持以人民为中心。\n二、重点任务\n（一）旧城改造\n推进老旧小区改造。")
    o = outline(text)
    assert [n.path for n in o.flat()] == [(1,), (2,), (2, 1)]
    assert o.title == "城市更新行动方案"


def test_table_of_contents_with_wide_gaps_before_page_numbers() -> None:
    text = ("交通运输发展规划\n目  录\n一、发展基础                    1\n二、总体要求                    3\n"
            "一、发展基础\n全市综合交通运输体系建设取得显著成效，高速公路通车里程达到520公里。\n二、总体要求\n（一）指导思想\n坚持高质量发展。")
    assert paths(text) == [(1,), (2,), (2, 1)]


def test_table_of_contents_without_leaders_is_skipped_by_repetition() -> None:
    text = "目录\n一、总体要求\n二、重点任务\n一、总体要求\n坚持以人民为中心，统筹推进各项工作，确保取得实效。\n二、重点任务\n推进改造。"
    assert paths(text) == [(1,), (2,)]


def test_attachment_name_list_after_the_body_ends_the_body() -> None:
    text = ("一、目标\n建成一批示范社区。\n二、保障\n加强督导。\n附件：1.示范社区名单\n2.任务分工表\n"
            "市人民政府办公室\n2025年3月1日")
    o = outline(text)
    assert [n.path for n in o.flat()] == [(1,), (2,)]
    norm = normalize(text)
    assert norm.text[: o.body_end].endswith("加强督导。")


def test_attachment_list_with_long_names_is_not_an_attachment_body() -> None:
    text = ("一、目标\n建成一批示范社区。\n二、保障\n加强督导。\n附件：\n1.临江市关于进一步加强和改进新时代城乡社区治理工作的若干措施实施细则（试行）\n"
            "2.临江市城乡社区服务体系建设三年行动计划重点任务分工和责任单位一览表（2025—2027年）")
    assert paths(text) == [(1,), (2,)]


@pytest.mark.parametrize("names", [
    "1.市教育局\n2.市财政局\n3.市人力资源社会保障局",  # a list of member units
    "（1）东城区\n（2）西城区",  # a list of areas in another style
])
def test_attachment_named_on_its_line_is_not_more_sections(names: str) -> None:
    """``附件：成员单位名单`` then a numbered list after the last chapter: the attachment, not sub-items of 二、."""
    text = "一、总体要求\n推进工作。\n二、保障措施\n加强领导。\n附件：领导小组成员单位名单\n" + names
    assert paths(text) == [(1,), (2,)]


def test_attachment_named_on_its_line_with_its_own_items_is_a_group() -> None:
    text = ("一、总体要求\n推进工作。\n二、保障措施\n加强领导。\n附件：重点任务分工\n"
            "1.扩大普惠资源。新建幼儿园10所。（市教育局负责）\n2.加强师资培训。培训教师500名。（市教育局负责）")
    assert paths(text) == [(1,), (2,), (3, 1), (3, 2)]


def test_glossary_after_the_body_is_not_sections() -> None:
    text = "一、目标\n建成一批示范社区。\n二、保障\n加强督导。\n名词解释\n1.示范社区：指达到标准的社区。\n2.完整社区：指设施齐全的社区。"
    assert paths(text) == [(1,), (2,)]


# --- continuation and levels ------------------------------------------------------------------

CONTINUATION_CASES = [
    ("（N） numbered through the document keep their number",
     "一、制度\n（一）健全框架。\n（二）完善标准。\n二、保障\n（三）加大投入。\n（四）强化督导。",
     [(1,), (1, 1), (1, 2), (2,), (2, 3), (2, 4)]),
    ("items 1. numbered through parents",
     "一、政务服务\n（一）平台建设\n1.推进全程网办。\n2.强化智能审批。\n（二）热线升级\n3.整合热线。\n二、数据\n（一）共享\n4.建设目录。",
     [(1,), (1, 1), (1, 1, 1), (1, 1, 2), (1, 2), (1, 2, 3), (2,), (2, 1), (2, 1, 4)]),
    ("items restart under a new parent", "一、甲\n1.子一。\n2.子二。\n二、乙\n1.子一。", [(1,), (1, 1), (1, 2), (2,), (2, 1)]),
    ("skipped level: 1. directly under 一、", "一、任务\n1.开展排查。\n二、保障\n（一）组织保障\n1.成立专班。",
     [(1,), (1, 1), (2,), (2, 1), (2, 1, 1)]),
    ("（一） items inside articles", "第一章 指标\n第一条 规划指标如下：\n（一）绿地率不低于百分之三十；\n（二）林荫路推广率不低于百分之八十。\n"
     "第二条 附属绿地指标如下：\n（一）居住用地不低于百分之三十。", [(1,), (1, 1), (1, 1, 1), (1, 1, 2), (1, 2), (1, 2, 1)]),
    ("articles numbered continuously into a 节", "第一章 总则\n第一条 甲。\n第二章 登记\n第一节 一般规定\n第二条 乙：\n（一）丙；\n第二节 重点区\n第三条 丁。",
     [(1,), (1, 1), (2,), (2, 1), (2, 1, 2), (2, 1, 2, 1), (2, 2), (2, 2, 3)]),
    ("one missing sibling on a line start is tolerated", "一、甲\n内容。\n三、丙\n内容。\n四、丁", [(1,), (3,), (4,)]),
    ("a 附件 mention inside the body does not open an attachment",
     "一、任务\n（一）排查\n填写排查表（附件1）。\n附件1：排查表\n（二）整改\n1.建立台账。", [(1,), (1, 1), (1, 2), (1, 2, 1)]),
    ("a 附件 mention right before a first item does not open an attachment",
     "一、任务\n（一）排查\n填写排查表。\n附件1：排查表\n1.建立台账。\n2.跟踪督办。", [(1,), (1, 1), (1, 1, 1), (1, 1, 2)]),
    ("a number cut after its opening bracket (PDF copy) is read whole",
     "一、任务\n（一）排查风险。开展排查。\n（二）整改隐患。限期整改。\n\u3000\u3000（\r\n三）验收销号。组织验收。",
     [(1,), (1, 1), (1, 2), (1, 3)]),
    ("a heading glued after a sentence end continues the sequence",
     "一、任务\n（一）加强研发。攻关核心技术。 （二）深化应用，拓展场景。\n推广示范。", [(1,), (1, 1), (1, 2)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CONTINUATION_CASES, ids=[c[0] for c in CONTINUATION_CASES])
def test_continuation_and_levels(name: str, text: str, expected: list[tuple[int, ...]]) -> None:
    assert paths(text) == expected


def test_a_style_ranked_above_the_top_level_starts_a_new_sequence() -> None:
    text = ("（一）经济稳中向好\n全年增长。\n（二）民生持续改善\n就业稳定。\n今年重点做好以下工作：\n"
            "一、着力扩大内需\n推进项目。\n二、着力深化改革\n优化环境。")
    assert paths(text) == [(1,), (2,), (3, 1), (3, 2)]


def test_lone_cr_line_breaks() -> None:
    text = "一、目标\r建成网络。\r（一）任务\r开展排查。\r二、保障\r加强督导。\r"
    norm = normalize(text)
    o = build_outline(norm)
    assert [(n.path, n.title) for n in o.flat()] == [((1,), "目标"), ((1, 1), "任务"), ((2,), "保障")]
    assert norm.text[o.roots[-1].start : o.roots[-1].end] == "二、保障\r加强督导。"


def test_levels_are_tree_depths() -> None:
    o = outline("一、任务\n（一）排查\n1.建立台账。\n二、保障")
    assert [(n.path, n.level) for n in o.flat()] == [((1,), 1), ((1, 1), 2), ((1, 1, 1), 3), ((2,), 1)]


# --- attachments and documents issued together ------------------------------------------------------

def test_attachment_with_its_own_numbering_goes_under_the_next_top_ordinal() -> None:
    text = ("一、考核对象\n各区人民政府。\n二、考核方式\n实行百分制。\n附件：考核指标\n附件\n考核指标\n"
            "一、政务服务（30分）\n（一）平台建设（5分）\n1.推进全程网办，实现一网通办。（市政务服务局）\n"
            "2.完善电子证照，推广免证办理。（市政务服务局）\n二、数据共享（20分）\n（一）目录编制（5分）\n3.编制共享目录，按季度更新。")
    o = outline(text)
    assert [n.path for n in o.flat()] == [(1,), (2,), (3, 1), (3, 1, 1), (3, 1, 1, 1), (3, 1, 1, 2), (3, 2), (3, 2, 1),
                                          (3, 2, 1, 3)]
    assert [n.level for n in o.roots] == [1, 1, 1, 1]
    norm = normalize(text)
    (s1, e1), (s2, e2) = o.body_parts
    assert norm.text[s1:e1].endswith("实行百分制。") and norm.text[s2:].startswith("一、政务服务") and e2 == o.body_end
    assert by_path(text)[(3, 1)] == ("一、", "政务服务（30分）")


def test_restarted_top_level_sequence_is_a_new_group() -> None:
    text = ("一、2024年工作回顾\n全年经济稳定增长。\n二、2025年工作安排\n做好以下工作：\n"
            "（一）扩大有效需求\n推进重大项目。\n（二）发展先进制造\n培育产业集群。\n"
            "关于加强政府自身建设\n一、坚持依法行政\n推进法治政府建设。\n二、坚持廉洁从政\n加强监督。")
    assert paths(text) == [(1,), (2,), (2, 1), (2, 2), (3, 1), (3, 2)]


# --- titles ---------------------------------------------------------------------------------------

TITLE_CASES = [
    ("own line", "一、基层公共文化服务\n推进设施建设。", (1,), "基层公共文化服务"),
    ("own line ending in 。 with body below", "（一）健全公共文化设施网络。\n推进县级图书馆建设。", (1,), "健全公共文化设施网络"),
    ("own line keeps a score", "一、政务服务“一网通办”（25分）\n（一）平台建设（3分）\n1.推进网办。", (1,), "政务服务“一网通办”（25分）"),
    ("own line ending in 。 with one comma and a body below",
     "（一）坚持科技引领、集群强链，持续推进新型工业化和工业强市建设。\n深入实施制造业重点产业链高质量发展行动。", (1,),
     "坚持科技引领、集群强链，持续推进新型工业化和工业强市建设"),
    ("own line with commas", "(一)全力打造文化旅游名城,带动产业融合发展\n加强设施建设。", (1,), "全力打造文化旅游名城,带动产业融合发展"),
    ("an unpunctuated item sentence with nothing below", "1.完善社区养老服务网络，推进街道养老服务综合体全覆盖\n2.发展助餐服务",
     (1,), "完善社区养老服务网络"),
    ("own line with an assignment in parentheses", "（一）加强组织领导（牵头单位：市委组织部）\n建立工作专班。", (1,), "加强组织领导"),
    ("an assignment in parentheses before the final 。 is not part of the title",
     "1.新建街心公园20个（市园林局，各区人民政府按职责分工负责）。\n2.改造绿道。", (1,), "新建街心公园20个"),
    ("run-in with a colon inside parentheses", "1.完善助餐网络（含农村助餐点：100个）。新建助餐点。", (1,), "完善助餐网络（含农村助餐点：100个）"),
    ("run-in before 。", "（一）扩大普惠托育供给。新建托育机构10所。", (1,), "扩大普惠托育供给"),
    ("run-in before ：", "1.主要目标：到2026年建成示范社区。", (1,), "主要目标"),
    ("run-in subject-predicate report heading", "(一)经济运行稳中向好。全年增长6%。", (1,), "经济运行稳中向好"),
    ("full sentence: short verb-object before ，", "1.完善养老服务网络，推进街道综合体建设。（市民政局）", (1,), "完善养老服务网络"),
    ("full sentence: phrase over 20 characters", "1.统筹推进城乡一体化的居家社区机构相协调养老服务体系建设，扩大供给。（市民政局）", (1,), ""),
    ("report heading built on 以…为…", "（一）以科技创新为动力引领高质量发展。深入实施创新驱动战略。", (1,), "以科技创新为动力引领高质量发展"),
    ("report heading built on 在…中…", "（一）在精准发力中实现经济稳定向好。着力扩大有效投资。", (1,), "在精准发力中实现经济稳定向好"),
    ("report heading 以…为…，VP。", "（一）以学为先，强化政治引领。坚持把政治建设摆在首位。", (1,), "以学为先，强化政治引领"),
    ("把牢 is a verb, not the 把 construction", "（一）把牢政治方向。认真学习贯彻党的二十大精神。", (1,), "把牢政治方向"),
    ("full sentence: prepositional lead-in 按照", "1.按照省里统一部署，推进数据共享。（市大数据局）", (1,), ""),
    ("full sentence: lead-in 通过", "1.通过政府购买服务，引入专业机构。（市民政局）", (1,), ""),
    ("full sentence: 在…基础上", "1.在现有平台基础上，拓展服务功能。（市民政局）", (1,), ""),
    ("full sentence: 依托", "1.依托社区服务中心，开设助餐点。（市民政局）", (1,), ""),
    ("full sentence: a clause longer than 20 before 。", "1.各区人民政府和市直有关部门要按照职责分工抓好落实。（各区政府）", (1,), ""),
    ("依法依规 is a verb phrase, not 依 lead-in", "1.依法依规加强数据安全保护，规范数据使用。（市网信办）", (1,), "依法依规加强数据安全保护"),
    ("full sentence: a clause with its own subject and modal", "1.各区要落实属地责任，加强督查。（各区政府）", (1,), ""),
    ("要素 is not the modal 要", "1.强化要素保障，推进项目建设。", (1,), "强化要素保障"),
    ("one-sentence item ending in 。 with a second paragraph", "1.加强组织领导，各地成立工作专班，明确责任分工，确保各项任务落到实处。\n各地要按月报送进展。",
     (1,), "加强组织领导"),
    ("half-width run-in title", "1、发展老年助餐服务.全市助餐点达到600个,覆盖城乡社区.", (1,), "发展老年助餐服务"),
    ("为 + beneficiary + verb is a verb phrase", "1.为高龄老人提供上门服务，服务覆盖率保持在80%以上。", (1,), "为高龄老人提供上门服务"),
    ("为 + purpose verb is a lead-in", "1.为加快推进助餐服务，建设社区食堂。", (1,), ""),
    ("a measure reaching a level is not a heading", "1.专任教师持证上岗率达到100%。（市教育局）", (1,), ""),
    ("an assignment line below a one-sentence item is not a body under a heading",
     "1.新建社区食堂12个，改造提升老年助餐点30个。\n责任单位：市民政局、各区人民政府\n2.培训助餐服务人员500人次。", (1,),
     "新建社区食堂12个"),
    ("…nor a bracketed one", "1.新建社区食堂12个，改造提升老年助餐点30个。\n【牵头单位】市民政局\n2.培训助餐服务人员。", (1,),
     "新建社区食堂12个"),
    ("a short sentence heading keeps its whole text when a real body follows",
     "1.新建社区食堂12个，改造提升老年助餐点30个。\n各区要加快选址。\n2.培训助餐服务人员。", (1,),
     "新建社区食堂12个，改造提升老年助餐点30个"),
    ("a stray 、 after the number", "（一）、健全工作机制\n建立联席会议。", (1,), "健全工作机制"),
    ("Markdown heading marks", "## 第一章 总则\n第一条 为了规范管理，制定本办法。", (1,), "总则"),
    ("bold heading", "**一、发展目标**\n建成网络。", (1,), "发展目标"),
    ("number alone on its line, title on the next", "第一章\n总则\n第一条 为了规范管理，制定本办法。", (1,), "总则"),
    ("第X章 words after it", "第一章  总则\n第一条 为了规范管理，制定本办法。", (1,), "总则"),
    ("第X条 never has a title", "第一条 为了规范管理，制定本办法。", (1,), ""),
]


@pytest.mark.parametrize(("name", "text", "path", "title"), TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_titles(name: str, text: str, path: tuple[int, ...], title: str) -> None:
    assert by_path(text)[path][1] == title


def test_items_inside_an_article_have_no_title() -> None:
    text = "第一章 指标\n第一条 规划指标如下：\n（一）绿地率不低于百分之三十；\n（二）加强管护。"
    assert by_path(text)[(1, 1, 2)] == ("（二）", "")


def test_number_keeps_spaces_written_inside_it() -> None:
    text = "一、目标\n（ 一 ）建成网络。\n（ 二 ）完善制度。"
    norm = normalize(text)
    nodes = build_outline(norm).flat()
    assert [n.number for n in nodes] == ["一、", "（ 一 ）", "（ 二 ）"]
    assert all(norm.orig_text(n.start, n.end).startswith(n.number) for n in nodes)


def test_a_number_cut_across_lines_is_reported_without_the_break() -> None:
    got = by_path("一、任务\n（一）排查风险。开展排查。\n（\r\n二）整改隐患。限期整改。")
    assert [v[0] for v in got.values()] == ["一、", "（一）", "（二）"]


def test_number_is_reported_as_written() -> None:
    got = by_path("一．目标\n（一）建成网络。\n1﹒建设站点。\n(2)下一项")
    assert [v[0] for v in got.values()] == ["一．", "（一）", "1﹒"]


# --- document title and preamble ------------------------------------------------------------------

DOC_TITLE_CASES = [
    ("plan title after the issuing notice",
     "市人民政府办公室关于印发《城市更新三年行动方案》的通知\n市政办发〔2025〕8号\n各区人民政府，市直各部门：\n"
     "现将《城市更新三年行动方案》印发给你们，请认真贯彻执行。\n市人民政府办公室\n2025年2月10日\n城市更新三年行动方案\n"
     "为推进城市更新，制定本方案。\n一、总体要求\n坚持规划引领。", "城市更新三年行动方案"),
    ("notice title broken over two lines is not the title",
     "省人民政府关于印发数字经济发展\n\n规划的通知\n\n数字经济发展规划\n\n一、发展基础\n总体向好。", "数字经济发展规划"),
    ("制定… named in the preamble",
     "为落实全省部署，结合我市实际，制定2025年为民办实事工作要点。\n一、教育\n（一）新建学校。推进建设。", "2025年为民办实事工作要点"),
    ("only the notice names it", "市人民政府关于印发《养老服务体系建设规划》的通知\n各区人民政府：\n现印发给你们。\n一、现状\n基础较好。",
     "养老服务体系建设规划"),
    ("a work report with meeting and speaker lines has none",
     "——2025年1月10日在市第十届人民代表大会第三次会议上\n市长 张明\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2024年工作回顾\n稳中有进。",
     None),
    ("regulation with adoption history", "临江市河道管理条例\n2020年6月1日临江市人民代表大会常务委员会第八次会议通过\n第一章 总则\n第一条 为了加强管理，制定本条例。",
     "临江市河道管理条例"),
    ("a work report's 制定实施…等措施 is not a title",
     "各位代表：\n过去一年，我们制定实施稳增长20条等政策措施，经济回升向好。\n一、2024年工作回顾\n稳中有进。", None),
    ("a title line in book-title marks", "《临江市养老服务体系建设规划》\n一、发展基础\n基础较好。", "临江市养老服务体系建设规划"),
    ("本方案 is not a title", "为推进工作，特制定本方案。\n一、目标\n完成任务。", None),
]


@pytest.mark.parametrize(("name", "text", "title"), DOC_TITLE_CASES, ids=[c[0] for c in DOC_TITLE_CASES])
def test_document_title(name: str, text: str, title: str | None) -> None:
    o = outline(text)
    assert o.title == title
    if title is not None:
        norm = normalize(text)
        s, e = o.title_span  # type: ignore[misc]
        assert norm.text[s:e].replace("\n", "") == title


def test_preamble_ends_at_the_first_heading() -> None:
    text = "各区人民政府：\n现将有关事项通知如下。\n一、目标\n建成网络。"
    o = outline(text)
    norm = normalize(text)
    assert norm.text[o.body_start :].startswith("一、目标")


def test_signature_and_date_after_the_body_are_cut() -> None:
    text = "一、目标\n建成网络。\n二、保障\n加强督导。\n临江市人民政府\n2025年3月1日"
    o = outline(text)
    norm = normalize(text)
    assert norm.text[: o.body_end].endswith("加强督导。")
    assert o.flat()[-1].end == o.body_end


@pytest.mark.parametrize(
    "tail",
    ["临江市人民政府", "临江市人民政府办公室 2025年4月2日印发", "抄送：市委办公室，市人大常委会办公室。", "（此件公开发布）"],
)
def test_closing_lines_are_not_in_the_last_section(tail: str) -> None:
    text = f"一、目标\n建成网络。\n二、保障\n加强督导。\n{tail}"
    norm = normalize(text)
    o = build_outline(norm)
    assert norm.text[o.roots[-1].start : o.roots[-1].end] == "二、保障\n加强督导。"


def test_an_agency_line_inside_the_body_stays() -> None:
    text = "一、目标\n建成网络。\n二、保障\n牵头单位\n市民政局\n加强督导，确保落实。"
    norm = normalize(text)
    o = build_outline(norm)
    assert norm.text[o.roots[-1].start : o.roots[-1].end].endswith("确保落实。")


def test_web_footer_is_not_in_the_last_section() -> None:
    text = "一、目标\n建成网络。\n来源：网络整理 免责声明：本文仅供学习。\n【字体：大 中 小】【打印】【关闭】"
    o = outline(text)
    norm = normalize(text)
    assert norm.text[o.roots[-1].start : o.roots[-1].end] == "一、目标\n建成网络。"


# --- node extents ------------------------------------------------------------------------------------

def test_node_at_finds_the_innermost_section() -> None:
    text = "一、任务\n（一）排查\n开展排查。\n二、保障\n加强督导。"
    norm = normalize(text)
    o = build_outline(norm)
    assert o.node_at(norm.text.index("开展")).path == (1, 1)  # type: ignore[union-attr]
    assert o.node_at(norm.text.index("加强")).path == (2,)  # type: ignore[union-attr]
    assert o.node_at(0).path == (1,)  # type: ignore[union-attr]


def test_parent_links() -> None:
    o = outline("一、任务\n（一）排查\n1.建立台账。\n二、保障")
    a, b, c, d = o.flat()
    assert (o.parent(a), o.parent(b), o.parent(c), o.parent(d)) == (None, a, b, None)


def test_node_at_between_sections_and_in_the_preamble() -> None:
    text = "各区人民政府：\n现通知如下。\n一、任务\n开展排查。"
    norm = normalize(text)
    o = build_outline(norm)
    assert o.node_at(0) is None
    assert o.node_at(len(norm.text) - 1).path == (1,)  # type: ignore[union-attr]


def test_head_end_of_run_in_heading_is_after_its_title() -> None:
    text = "（一）扩大托育供给。新建机构。"
    norm = normalize(text)
    n = build_outline(norm).flat()[0]
    assert norm.text[n.head_end :] == "新建机构。"


# --- linear time ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("10^5 lines of （一）", "（一）\n" * 100_000),
        ("10^5 alternating top-level headings", "一、总则\n二、任务\n" * 50_000),
        ("2 MB on one line", ("加快建设文化名城。 一、总体要求 现通知如下：（一）加强领导。各地要切实 落实责任 " * 50_000)[:2_000_000]),
        ("glued continuations on one line", "。".join(f"（{'一二三四五六七八九'[i % 9]}）加强协调" for i in range(100_000))),
    ],
)
def test_outline_is_fast_on_adversarial_input(name: str, text: str) -> None:
    t0 = time.perf_counter()
    build_outline(normalize(text))
    assert time.perf_counter() - t0 < 15  # ~1-3 s on a loaded 2-core machine; quadratic would take minutes


# --- the dev corpus ---------------------------------------------------------------------------------------

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def test_dev_sections_start_with_their_number() -> None:
    files = sorted(DEV.glob("*.txt"))
    if not files:
        pytest.skip("../shared/corpus not present")
    problems = []
    for f in files:
        with open(f, encoding="utf-8", newline="") as fh:
            text = fh.read().removeprefix("\ufeff")
        norm = normalize(text)
        for n in build_outline(norm).flat():
            if not norm.orig_text(n.start, n.end).startswith(n.number):
                problems.append((f.name, n.path, n.number))
    assert problems == []


def test_dev_section_paths_match_gold() -> None:
    files = sorted(DEV.glob("*.gold.json"))
    if not files:
        pytest.skip("../shared/corpus not present")
    for g in files:
        gold = json.loads(g.read_text(encoding="utf-8"))
        with open(g.with_name(gold["document"]), encoding="utf-8", newline="") as fh:
            text = fh.read().removeprefix("\ufeff")
        assert [tuple(s["path"]) for s in gold["sections"]] == paths(text), g.name
