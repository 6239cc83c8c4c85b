"""Heading numbering styles and the word lists the outline uses to judge titles.

Every style is data: a name, a regex matched at a line start of the *folded*
text (full-width ASCII already half-width, so ``（一）`` reads ``(一)`` and
``1．`` reads ``1.``), and the parser that turns the captured numeral into an
ordinal.  Levels are NOT fixed per style: the outline assigns a level to a
style when it first appears under a parent (see ``planparse.outline``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex as re

_CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_ordinal(s: str) -> int:
    """Value of a Chinese numeral up to 9999 (``十`` → 10, ``二十三`` → 23, ``一百零五`` → 105); 0 if not one."""
    if s.isdigit():
        return int(s)
    total = 0
    digit = None
    for ch in s:
        if ch in _CN_DIGIT:
            if digit is not None and digit != 0:
                # positional form such as 一二 is not an ordinal we accept
                return 0
            digit = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            total += (digit if digit is not None else 1) * _CN_UNIT[ch]
            digit = None
        else:
            return 0
    return total + (digit or 0)


def arabic_ordinal(s: str) -> int:
    return int(s)


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟"


def circled_ordinal(s: str) -> int:
    return _CIRCLED.index(s) + 1


_PAREN_DIGIT = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"


def paren_digit_ordinal(s: str) -> int:
    return _PAREN_DIGIT.index(s) + 1


@dataclass(frozen=True)
class Style:
    """One numbering style: ``name``, the regex (group ``n`` is the numeral), and its ordinal parser."""

    name: str
    pattern: re.Pattern[str]
    ordinal: Callable[[str], int]
    #: what the heading's title is: "words" (the rest of the line, 第X章), "none" (第X条), "heading" (title rules)
    title_kind: str = "heading"
    #: the characters a token of this style can start with (a fast pre-check before the regex)
    first: str = ""


_CN = r"[一二三四五六七八九十百千零〇两]{1,7}+"
_CN_CHARS = "一二三四五六七八九十百"
_DIGITS = "0123456789"
_CN_SHORT = r"[一二三四五六七八九十百]{1,5}+"
_AR = r"\d{1,3}+"
# A 第X条 / 第X章 used as a cross-reference (第十五条第一款, 第三条规定) is not a heading.
_NOT_REF = r"(?![第款项之])"

# "一、二季度", "一、二、三产业", "1、2月份", "3、5号线" at a line start are a list of numbers, not a heading.
_NOT_RANGE_CN = r"(?![一二三四五六七八九十]{1,2}+(?:[、季等级类期]|产业|年级|批))"
_NOT_RANGE_AR = r"(?!\d{1,2}+(?:[、月号日期]|季度))"

STYLES: tuple[Style, ...] = (
    Style("bian", re.compile(rf"第\s{{0,2}}+(?P<n>{_CN}|\d{{1,3}}+)\s{{0,2}}+(?:编|篇|部分)" + _NOT_REF), cn_ordinal, "words", "第"),
    Style("zhang", re.compile(rf"第\s{{0,2}}+(?P<n>{_CN}|\d{{1,3}}+)\s{{0,2}}+章" + _NOT_REF), cn_ordinal, "words", "第"),
    Style("jie", re.compile(rf"第\s{{0,2}}+(?P<n>{_CN}|\d{{1,3}}+)\s{{0,2}}+节" + _NOT_REF), cn_ordinal, "words", "第"),
    Style("tiao", re.compile(rf"第\s{{0,2}}+(?P<n>{_CN}|\d{{1,3}}+)\s{{0,2}}+条" + _NOT_REF + r"(?!规定|的规定)"), cn_ordinal, "none", "第"),
    # 一、 一. (一． and 一﹒ fold to 一.)
    Style("cn_dun", re.compile(rf"(?P<n>{_CN_SHORT})\s{{0,2}}+(?:、|\.(?!\d))" + _NOT_RANGE_CN), cn_ordinal, first=_CN_CHARS),
    # (一) （一） — folded to half-width parentheses
    Style("cn_paren", re.compile(rf"\(\s{{0,2}}+(?P<n>{_CN_SHORT})\s{{0,2}}+\)"), cn_ordinal, first="("),
    # 1. 1、 1． 1﹒ — not 1.2万人 or 2.5%
    Style("ar_dot", re.compile(rf"(?P<n>{_AR})\s{{0,2}}+(?:、|\.(?![\d%]))" + _NOT_RANGE_AR), arabic_ordinal, first=_DIGITS),
    # (1) （1）
    Style("ar_paren", re.compile(rf"\(\s{{0,2}}+(?P<n>{_AR})\s{{0,2}}+\)"), arabic_ordinal, first="("),
    # 1） 1)
    Style("ar_rparen", re.compile(rf"(?P<n>{_AR})\s{{0,2}}+\)"), arabic_ordinal, first=_DIGITS),
    # ① … ㉟
    # ⑴ … ⒇ (one character for "(1)")
    Style("paren_digit", re.compile(rf"(?P<n>[{_PAREN_DIGIT}])"), paren_digit_ordinal, first=_PAREN_DIGIT),
    Style("circled", re.compile(rf"(?P<n>[{_CIRCLED}])"), circled_ordinal, first=_CIRCLED),
)

STYLE_BY_NAME = {s.name: s for s in STYLES}
assert all(s.first for s in STYLES), "every style declares its first characters"
# Conventional rank (GB/T 9704 order, the order of STYLES): used only to stop a style ranked above a
# group's top level from nesting under it (一、 after a report's top-level （一）…（六）).
STYLE_RANK = {s.name: i for i, s in enumerate(STYLES)}

# Styles whose children never have titles (the （一） items inside an article).
NO_TITLE_INSIDE = frozenset({"tiao"})

# A line that announces an attachment or a block after the body (folded text, at a line start).
# "附件：<name>" on its own line names the attachment that follows when the name is at most this long.
ATTACHMENT_NAME_MAX = 30
ATTACHMENT_LINE = re.compile(r"(?:附件|附表|附录)[ \t]{0,3}+[\d一二三四五六七八九十]{0,3}+[ \t]{0,3}+(?:[:：]|$|\s)")
# Blocks after the body that are never part of it (glossaries, distribution lists).
AFTER_BODY_LINE = re.compile(
    r"(?:名词解释|术语解释|抄送|抄报|主送|印发\s{0,3}+[:：]|[(（]此件[^)）\s]{0,8}+[)）]\s{0,3}+$|联系人\s{0,3}+[:：]|附\s{0,3}+[:：]\s{0,3}+名词)"
)
# A 专栏 box: its numbered items are not sections.
BOX_LINE = re.compile(r"专栏\s{0,3}+[\d一二三四五六七八九十]{0,3}+")
# Table of contents: a 目录 line, and entries with dot leaders and a page number.
TOC_HEAD = re.compile(r"目\s{0,3}+录\s{0,3}+$")
# (use .search on a line: a run of leaders, then the page number at the line end)
TOC_ENTRY = re.compile(r"(?:[.…·‧_\-—]{3}|\s{2})[.…·‧_\-—\s]{0,400}+\d{1,4}+\s{0,3}+$")
# A gap between table cells in the original line (a tab, a bar, or a run of 3+ spaces); two or more make a row.
TABLE_CELL_GAP = re.compile(r"\t|[|｜]|[ \u3000]{3,}+")
# Date line (signature block): 2022年4月14日, 二〇二二年四月十四日.
_YMD = (
    r"(?:\d{4}|[〇零○一二三四五六七八九]{4})\s{0,2}+年\s{0,2}+(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}+月"
    r"\s{0,2}+(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}+日"
)
# ... also "2024年3月" alone, "2025年4月2日印发", and the signature on the date's line: "临江市人民政府 2025年4月2日".
DATE_LINE = re.compile(
    r"(?:(?:\d{4}|[〇零○一二三四五六七八九]{4})\s{0,2}+年\s{0,2}+(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}+月"
    r"|(?:[^，。；：,;:\s]{2,30}?(?:政府|办公室|办公厅|委员会|局|厅|委|部|院|中心|小组|会)\s{0,6}+)?" + _YMD + r")"
    r"\s{0,2}+(?:印发|发布|签发)?\s{0,3}+$"
)

# A signature line: an issuing body's name alone (临江市人民政府办公室), closing the text.
SIGNATURE_LINE = re.compile(r"[^，。；：,;:!?！？\s]{2,30}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委|部|院|中心|领导小组)")

# --- titles -------------------------------------------------------------------

# Longest phrase (in characters) that still reads as a heading when the body runs in after it.
MAX_RUNIN_TITLE = 20
# Longest own-line heading we accept as a title (longer lines are paragraphs) ...
MAX_OWNLINE_TITLE = 80
# ... and when it ends in 。 (a longer one, or one with two commas, is a one-sentence item: run-in rules apply).
MAX_OWNLINE_SENTENCE = 40
# A line at least this long without any 。 still reads as running text (an attachment's body, not its name list).
PROSE_LINE = 80

# A phrase starting with one of these is a prepositional / manner / condition lead-in, not a heading
# (single characters only where they are not the start of a common verb: 对接, 在线, 以上, 为民, 从严 …).
LEADIN_START = re.compile(
    r"(?:按照|依照|遵照|参照|根据|通过|依托|利用|采取|采用|借助|基于|本着|围绕|针对|结合|对标|对照|立足|对于|"
    r"为了|随着|经过|由于|凡是|如果|若|除|与|把(?![牢握好关准])|将(?!来)|对(?!接|外开放)|在(?!线)|以(?!上|下|来)|从(?!严|优|快|紧)|"
    # 为 + a purpose verb is a purpose clause (为加快推进…，); 为老年人提供… is a verb phrase
    r"为(?=加快|推进|进一步|促进|加强|落实|贯彻|确保|实现|深入|全面|切实|做好|推动|提高|提升|适应|满足|解决|构建|保障|规范|更好)|"
    r"自(?!主|觉|治|愿|查)|由(?!此))"
)
# A clause with its own subject and modal (各区要…, 市民政局负责…), or a measure reaching a level
# (持证上岗率达到100%), is not a heading.
SUBJECT_CLAUSE = re.compile(
    r"(?<![重主需纲提摘只必首概简机政扼显将快为])要(?![求素点件闻务害领])|应当|必须|负责(?!人)"
    r"|(?:率|比例|比重|数|量|面|度)(?:达到|达|不低于|不少于|不超过|保持在|控制在|提高到|提高至|提升到|提升至|超过|高于|低于)"
)
# Markup before a heading token: Markdown marks, bold, a list bullet.
MARKUP_PREFIX = re.compile(r"(?:#{1,6}+|>|\*{1,2}+|[-+](?= ))[ \t]{0,3}+")
# Lead-ins that report and plan headings are built on (以科技创新为动力引领高质量发展。 在精准发力中实现…。
# 以学为先，强化政治引领。): a short whole sentence starting so is a run-in heading.
HEADING_LEADIN = re.compile(r"以[^，,。；]{1,12}?为(?!了)|在[^，,。；]{1,14}?中(?![心央国])|围绕")
# ... or ending with one of these.
LEADIN_END = ("方式", "原则", "基础上", "为基础", "之外", "以外", "情况下", "前提下", "过程中")

# --- document title -------------------------------------------------------------

# A title line ends with one of these document types (optionally followed by （试行）, （2021—2023年）…).
DOC_TYPE_END = re.compile(
    r"(?:规划|计划|方案|要点|办法|条例|规定|细则|意见|纲要|报告|决定|通知|措施|规则|章程|标准|指南|指引|"
    r"公告|通告|批复|清单|目录|政策|举措|纪要|决议|守则|准则|规范|制度|战略|路线图|实施意见)"
    r"》?(?:\s{0,2}+[(（][^()（）]{1,20}+[)）])?\s{0,3}+$"
)
# A notice that issues another document: its title is not the document's own title.
ISSUING_NOTICE = re.compile(r"(?:印发|转发|下发|颁布|公布)[^。]{0,60}?(?:的)?(?:通知|决定|函|令)\s{0,3}+$")
# Lines of a preamble that are never the title: document numbers, session / adoption history, meeting lines.
NOT_TITLE_LINE = re.compile(
    r"(?:〔\s{0,2}+\d{4}\s{0,2}+〕|\[\s{0,2}+\d{4}\s{0,2}+\]|(?<!\d)\d{1,6}+\s{0,2}+号\s{0,3}+$|会议(?:通过|批准|上)|通过\s{0,3}+$|批准\s{0,3}+$|修正\s{0,3}+$|修订\s{0,3}+$|"
    r"^[—\-–]|法宝|原文链接|http|www\.|^[(（]|发布日期|生效日期|索引号|主题分类|发文机关|成文日期)"
)
# "…，制定《X》 / 制定X工作要点。" in a preamble names the document when no title line does.
ENACT_TITLE = re.compile(
    r"(?:^|[，,]|\n)(?:特|现)?(?:制定|制订|编制|研究制定)(?:了|出|如下)?\s{0,2}+《?(?P<t>[^《》，,。；;：:、\n]{4,50}?"
    r"(?:要点|方案|计划|规划|办法|意见|细则|措施|纲要|规定|条例|指南|清单))》?\s{0,2}+(?:[。；;]|$)"
)
# ... looked for in the first ENACT_SEARCH_CHARS characters of the preamble only.
ENACT_SEARCH_CHARS = 1500
# "关于印发《X》的通知" names the document it issues.
ISSUED_TITLE = re.compile(r"印发\s{0,2}+《(?P<t>[^《》\n]{4,60}?)》")
