"""Tables for responsibility clauses: role labels and verbs, agency-name shapes, list separators.

Everything here is matched against the *folded* text (full-width ASCII folded to
half-width), so ``：`` is ``:``, ``，`` is ``,``, ``（`` is ``(``; ``、`` and ``。`` stay.
Roles: ``lead`` (牵头…), ``support`` (配合/参与/协办…), and ``resp`` (责任单位 / 负责: lead
unless a lead is already named in the same assignment, or the document's
first-listed convention makes only the first one lead).
"""

from __future__ import annotations

import regex as re

# --- labelled lists: ``<label>：A、B`` ------------------------------------------------
# A label is the run of Han characters before a colon; it gets the role of the
# longest entry it ends with (``市级责任单位`` → resp, ``配合责任单位`` → support).
ROLE_LABELS: dict[str, str] = {
    "牵头责任单位": "lead",
    "牵头单位": "lead",
    "牵头部门": "lead",
    "牵头考核单位": "lead",
    "牵头机构": "lead",
    "牵头处室": "lead",
    "牵头科室": "lead",
    "主办单位": "lead",
    "主责单位": "resp",
    "主责部门": "resp",
    "责任单位": "resp",
    "责任部门": "resp",
    "责任主体": "resp",
    "负责单位": "resp",
    "负责部门": "resp",
    "承办单位": "resp",
    "落实单位": "resp",
    "实施单位": "resp",
    "配合单位": "support",
    "配合部门": "support",
    "配合责任单位": "support",
    "参与单位": "support",
    "参与部门": "support",
    "协办单位": "support",
    "协办部门": "support",
    "协助单位": "support",
    "协同单位": "support",
    "协作单位": "support",
    "协同部门": "support",
    "配合": "support",
    "牵头": "lead",
    "负责": "resp",
    "责任": "resp",
    "参与": "support",
    "协办": "support",
    "协助": "support",
    "责任处室": "resp",
    "责任科室": "resp",
    "主办部门": "lead",
    "实施主体": "resp",
    "配合处室": "support",
    "协办处室": "support",
    "参加单位": "support",
    "支持单位": "support",
    "协作部门": "support",
}
# The Han run right before a colon inside a responsibility clause: a role label or
# another field (完成时限：…) that ends the list before it.  Matched on the text up to
# the colon (at most LABEL_MAX characters back).
LABEL_MAX = 10
LABEL = re.compile(r"\p{Han}{2,10}$")
# A scope phrase written before a label on its own line (以上任务责任单位：…, 上述工作牵头单位：…): the line
# covers the items above it, i.e. the section they belong to.
LABEL_SCOPE = re.compile(r"(?:以上|上述|前述)(?:各项|几项)?(?:任务|工作|措施|事项|内容|目标)?的?")

# --- verb forms: ``A牵头，B、C配合`` / ``A、B等负责`` / ``由A负责`` ----------------------------
# Longest first; each verb carries its role.  The negative look-aheads keep nouns
# (牵头单位, 负责人, 配合单位) from reading as verbs.
ROLE_VERBS: tuple[tuple[str, str], ...] = (
    ("发挥牵头抓总作用", "lead"),
    ("发挥牵头作用", "lead"),
    ("作为牵头单位", "lead"),
    ("作为牵头部门", "lead"),
    ("为牵头单位", "lead"),
    ("为牵头部门", "lead"),
    ("为责任单位", "resp"),
    ("为配合单位", "support"),
    ("为参与单位", "support"),
    ("为协办单位", "support"),
    ("牵头负责", "lead"),
    ("牵头落实", "lead"),
    ("牵头组织", "lead"),
    ("牵头抓总", "lead"),
    ("牵头", "lead"),
    ("按照职责分工负责", "resp"),
    ("按照职责分工落实", "resp"),
    ("按职责分工负责", "resp"),
    ("按职责分工落实", "resp"),
    ("根据职责分工负责", "resp"),
    ("按职能分工负责", "resp"),
    ("按职责负责", "resp"),
    ("分别负责", "resp"),
    ("共同负责", "resp"),
    ("具体负责", "resp"),
    ("负责", "resp"),
    ("配合", "support"),
    ("参与", "support"),
    ("协助", "support"),
    ("协办", "support"),
)
_VERB_ALT = "|".join(re.escape(v) for v, _ in ROLE_VERBS)
ROLE_VERB = re.compile(
    rf"(?P<verb>{_VERB_ALT})(?!单位|部门|责任单位|考核单位|领导|人|同志|机构|处室|科室|制|方|主体|任|率|度|式|者|解释)"
)
VERB_ROLE: dict[str, str] = dict(ROLE_VERBS)

# Adverbs between an agency list and its role verb (``A积极配合``, ``A要牵头``).
VERB_ADVERB = re.compile(r"(?:要|应|应当|须|必须|将|可|也)?(?:积极|主动|全力|密切|共同|分别|具体|统一|切实|做好)?")
# What may stand between a subject list and its verb (``A依照职业标准牵头…``,
# ``A、B在职责范围内，分别负责…``): a short prepositional phrase.
SUBJECT_GAP = re.compile(
    r"(?:要|应|应当|将|须)?(?:(?:于|在)?(?:\d{4}年|今年|年内|年底前|年底|年内前)?"
    r"(?:\d{1,2}月|[一二三四五六七八九十]{1,2}月)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)?)?"
    r"(?:(?:依照|按照|根据|依据|按|在|结合|围绕|对照)[^,;。、:]{1,10}[,，]?)?"
    r"(?:要|应|应当|将|须|可|也)?(?:积极|主动|全力|密切|共同|分别|具体|统一|切实|做好|负责)?"
)
# ``A、B在职责范围内，分别负责…``: a chunk ending in this continues into the next chunk.
DUTY_SCOPE_END = re.compile(r"(?:在职责范围内|在各自职责范围内|按照职责分工|按职责分工|根据职责分工|根据各自职责|按照各自职责)$")
# ``由A负责`` / ``交由A牵头``: the 由 that introduces an agent (not 由于, 自由, 理由…).
AGENT_BY = re.compile(r"(?<![自理缘经来])(?:交由|由)(?!于|此|衷|来)")
# A prose clause that reports the past (``过去五年，A牵头完成了…``) assigns nothing.
PAST = re.compile(r"(?<!为)了(?!解)|过去|去年|上年|近年来|以来|曾经|已经")
# ``A是…的（第一）责任主体``: A is responsible (role as 负责).
DUTY_SUBJECT = re.compile(r"(?:是|为|作为)[^,，;；。]{0,30}?(?:第一|直接)?责任主体")
# ``A会同B…``: A leads, B supports.
WITH = re.compile(r"会同(?!县)")  # (会同县 is a county)
# Adverbs that may open a 会同 clause whose A is the item's own lead (``同时会同B…``).
WITH_LEAD_IN = re.compile(r"(?:同时|并|还|要|还要|及时|主动|积极|另外|此外|并且|负责)+")

# --- agency names ---------------------------------------------------------------------
# Heads that end an organisation's name (longest first when matched).
ORG_SUFFIXES: tuple[str, ...] = (
    "委员会", "管委会", "办公室", "人民政府", "政府", "行政部门", "主管部门", "部门", "中心", "公司", "集团",
    "银行", "分行", "支行", "海关", "总工会", "工会", "联合会", "残联", "妇联", "科协", "侨联", "工商联",
    "团委", "共青团", "团中央", "法院", "检察院", "指挥部", "领导小组", "工作组", "专班", "监委",
    "局", "委", "办", "厅", "部", "署", "院", "会", "处", "所", "站", "队", "社", "馆",
)
# Administrative areas, accepted as agencies only where the shape already says
# "assignment" (labelled lists, parentheses, ``由X牵头``).
GEO_SUFFIXES: tuple[str, ...] = ("县级市", "街道", "苏木", "嘎查", "省", "市", "区", "县", "旗", "镇", "乡", "盟", "州")
# Common words that end like an agency but are not one.
NOT_AGENCY: frozenset[str] = frozenset(
    "全部 内部 局部 西部 东部 中部 北部 南部 干部 总部 基部 社会 机会 大会 全会 例会 晚会 展会 年会 "
    "举办 创办 承办 督办 主办 协办 代办 帮办 兴办 开办 合办 包办 好处 各处 到处 之处 长处 用处 出处 "
    "住处 场所 厕所 住所 处所 网站 车站 市区 城区 园区 景区 社区 小区 街区 片区 山区 牧区 辖区 本市 "
    "全市 全省 全区 全县 全旗 各地 城市 城镇 乡镇 县城 老城区 主城区 新区 市里 省里 县里 区里".split()
)
# Words that cannot end an agency name (``企业社会``, ``行业协会``: not government bodies).
NOT_AGENCY_END: tuple[str, ...] = tuple(
    "社会 机会 大会 全会 例会 晚会 展会 年会 协会 学会 商会 研究会 促进会 内部 全部 局部 干部 总部 "
    "举办 创办 承办 督办 主办 协办 代办 帮办 兴办 开办 合办 包办 好处 各处 到处 之处 长处 用处 相处 共处 "
    "格局 布局 结局 开局 大局 全局 变局 新局 部署 大厅 餐厅 展厅 客厅 场所 厕所 住所 会所 网站 车站 团队 "
    "梯队 场馆 机制 体制".split()
)
# Parts of a sentence that never occur inside an agency name: a candidate that
# contains one is a clause, not a name.
NOT_IN_NAME = re.compile(
    r"[0-9０-９%。!?:\"“”的]|(?<!自)由|完成|推进|实现|开展|加强|加快|建立|健全|完善|落实|提升|推动|做好|"
    r"制定|实施|持续|取得|包括|自身|任务|要求|以上|以下|年底|月底|之前|前完成|底前|牵头|负责|配合|参与|"
    r"支持|鼓励|引导|通过|按照|依照|根据|进行|提供|确保|各级|会同(?!县)|协同|积极|分别|共同|简称|下称|统称|明确|确定|指定|"
    r"^(?:含|即|如|系|指|除|不含|包含)"
)
# Verbs that end the agency list after 会同 (``会同市财政局办理…``): the name stops before them.
VERB_STOP = re.compile(
    r"制定|制订|开展|做好|研究|组织|编制|推进|建立|加强|完善|落实|适时|共同|联合|指导|督促|统筹|协调|出台|"
    r"实施|印发|发布|审核|核定|确定|办理|部署|开发|负责|按照|依照|根据|对|在|就|做|抓|搞|进行|起草|拟定|完成"
)
MAX_NAME = 30
# Not an agency name: the generic "relevant departments / all units / the government".
_GENERIC_ONE = (
    r"(?:(?:各级|各地|各|其他|其它|其余|市直|省直|区直|县直|旗直|市级|省级|区级|县级|本级|同级|上级|下级|所在地|"
    r"(?:市|省|区|县|旗)(?=有关|相关|各|直|级)){0,2}"
    r"(?:有关|相关|所属|成员|责任|主管|职能|行业|直)?各?(?:有关|相关)?"
    r"(?:行政主管部门|主管部门|政府部门|职能部门|部门|单位|方面|各方|机构|成员单位|地方|地区|地|组织|"
    r"行业组织|企业|部门单位)"
    # the government in general (but 各省级人民政府, 各县（市、区）人民政府 name bodies)
    r"|(?:地方|当地|属地|基层|同级|上级|本级|有关|相关|各地|各地方)?(?:各级)?(?:人民政府|政府))"
)
# One generic entry, or several joined (``各地区各部门``, ``各级政府和有关部门``).
GENERIC = re.compile(rf"{_GENERIC_ONE}(?:(?:和|及|与|、)?{_GENERIC_ONE}){{0,3}}")
# ``等`` that is a word of its own (not 高等, 平等, 同等, 中等…).
_ETC = r"(?<![高平同对中初优上次均])等"
_ETC_HEAD = r"(?:[\p{Han}0-9]{0,5}?(?:部门|单位|机构|方面))"
# Sector names before ``等部门`` are listed as written (``公安、市场监管等部门配合``).
SECTOR_TAIL = re.compile(_ETC + _ETC_HEAD + "$")
# A trailing 等 / 等部门 / 等单位 / 等市直相关部门 is dropped from the last entry of a list.
TRAILING_ETC = re.compile(rf"(?:{_ETC}{_ETC_HEAD}?|等等)$")
# ``责任单位：市教育局（牵头）、市财政局``: a marker after one name makes it the lead.
LEAD_MARK = re.compile(r"\((?:牵头|牵头单位|牵头部门|主责|主责单位|负总责|总牵头)\)$")
# Words in front of a list that are not part of its first name.
LIST_LEAD_IN = re.compile(r"(?:明确|确定|指定)?(?:由|交由|并由|均由|请|其中|分别由|主要由)?")

# --- list separators ------------------------------------------------------------------
LIST_SEPARATORS = frozenset("、,;，；")
# 和/及/与 split a list only when both sides are agencies (not 住房和城乡建设局).
CONJUNCTIONS: tuple[str, ...] = ("以及", "和", "及", "与")
# ``各区、县级市`` / ``各县、市、区``: bare area words after a 各-entry continue it.
AREA_CONTINUES = re.compile(
    r"(?:县级市|县市区|旗县区|县市|县区|市区|旗县|乡镇|街道|苏木|开发区|园区|功能区|区|县|市|旗|镇|乡)"
    r"(?:\([^()]{1,8}\))?(?:人民政府|政府|党委和政府|党委政府|管委会)?"
)

# --- document-level conventions ----------------------------------------------------------
# ``列第一位者为牵头部门`` / ``排在第一位的为牵头单位`` / ``排名第一的单位为牵头单位``.
FIRST_LISTED_LEADS = re.compile(
    r"(?:列|排|排列|排名|列在|排在|位列|名列)(?:在)?(?:第一位|首位|第一|最前|前面)(?:的|者)?(?:单位|部门)?"
    r"(?:为|是|系)(?:牵头|主责|主要责任)"
    r"|(?:第一个|首个|第一家)(?:单位|部门)?(?:为|是|系)(?:牵头|主责)"
)
# A regulation (条例 / 办法 written as 第X条 articles): its duty clauses are statutory,
# not plan assignments.
ARTICLE_LINE = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,6}条", re.M)
REGULATION_MIN_ARTICLES = 3
# A government work report speaks to the congress; its 牵头/负责 prose reports or
# exhorts, it does not assign.
# (A plan that cites 《政府工作报告》 is not one: the salutation or the document's title decides.)
WORK_REPORT_SALUTATION = re.compile(r"^各位代表[:!！]?\s*$|各位代表[:,]|请予审议|向大会报告|作工作报告", re.M)
WORK_REPORT_TITLE = re.compile(r"工作报告$")
