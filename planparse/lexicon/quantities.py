"""Tables for quantities: units, number words, non-target contexts; comparators and commitment words.

The first block (numbers, units, non-target contexts) is read by ``planparse.numerals``;
the second block (comparators, commitment and action words) by ``planparse.targets``.
"""

from __future__ import annotations

# ============================================================================
# NUMBERS, UNITS AND NON-TARGET CONTEXTS (planparse.numerals)
# ============================================================================

# Characters that hide a digit in anonymised templates (`xx.xx%`, `××所`).
MASK_CHARS = "xX×"

# Chinese numeral characters (两 and 〇 included; 点 is the decimal point).
CN_DIGITS = "零〇一二两三四五六七八九"
CN_MAGNITUDES = "十百千万亿"

# Magnitude prefixes that stay part of the unit as written (`1.2万人` → 1.2 万人).
MAGNITUDE_PREFIXES = ("万亿", "千万", "百万", "十万", "万", "亿", "千", "百")

# Measure words and units that may follow a number.  Each may take a magnitude
# prefix (万人, 亿元, 万平方米, 百万吨); longest spelling wins.
# -- counts of things (measure words)
COUNT_UNITS = (
    "个", "所", "家", "张", "人", "名", "位", "项", "件", "条", "座", "处", "套", "户", "场", "次",
    "人次", "台", "辆", "艘", "架", "列", "部", "支", "队", "只", "头", "株", "棵", "根", "块", "片",
    "间", "栋", "幢", "层", "段", "道", "门", "篇", "本", "册", "份", "宗", "笔", "起", "例",
    "类", "种", "批次", "床", "校", "园", "村", "镇", "户次", "家次", "单", "箱", "标箱", "吨次",
    "车次", "班次", "架次", "航班", "课时", "学时", "学分", "期", "轮", "届", "章",
    "个百分点", "百分点", "个工作日", "工作日", "个月", "个小时",
)
# -- measures (length, area, volume, mass, energy, power, money, time, data)
MEASURE_UNITS = (
    "公里", "千米", "米", "厘米", "毫米", "延米", "平方公里", "平方千米", "平方米", "平米", "立方米",
    "立方", "公顷", "亩", "吨", "蒸吨", "吨标准煤", "标准煤", "千克", "公斤", "克", "斤", "升", "毫升",
    "千瓦", "兆瓦", "吉瓦", "瓦", "千瓦时", "度", "千伏", "伏", "千伏安", "伏安", "兆帕",
    "元", "美元", "欧元", "港元", "元人民币",
    "小时", "分钟", "秒", "天", "日", "周", "年", "岁", "周岁",
    "兆", "比特", "倍", "微克", "毫克", "分贝", "摄氏度", "℃",
)
# Units written in Latin letters (matched case-sensitively, only when no letter follows).
LATIN_UNITS = (
    "G", "M", "T", "P", "E", "Gbps", "Mbps", "Tbps", "GB", "TB", "PB", "EB", "MB",
    "MW", "GW", "kW", "KW", "kWh", "kV", "KV", "km", "m", "kg", "t", "TEU", "mm", "cm",
    "PFLOPS", "EFLOPS", "TFLOPS", "Pflops", "Eflops", "MVA", "dB",
)
# After a unit, `/` and one of these make a compound unit (元/吨, 微克/立方米).
PER_UNITS = (
    "立方米", "平方米", "平米", "吨", "人", "户", "年", "月", "天", "日", "小时", "亩", "千克", "公斤",
    "升", "千瓦时", "度", "公里", "km", "m", "人次", "张", "床", "车", "辆", "次",
)
# Units a Chinese numeral may not take: 千米/千瓦/… would split 两千米 into 两 + 千米.
CN_FORBIDDEN_UNIT_STARTS = "千百十"
# Units a bare magnitude may stand for after a number (`突破1万`, `12/10万`).
BARE_MAGNITUDES = ("万亿", "亿", "万", "千万", "百万", "十万")
# Population denominators of a per-population rate (`12/10万` → unit `/10万`).
PER_POPULATION = ("十万", "百万", "万", "千", "百")

# Measure words after a Chinese numeral that do NOT make a quantity (一批, 一些, 一体化 …):
# collective or vague words and fixed words beginning with a numeral.
CN_NOT_QUANTITY_AFTER = (
    "批", "些", "系列", "体", "流", "线", "道", "下", "切", "旦", "律", "致", "贯", "定", "直",
    "方面", "起", "并", "同", "带", "点", "度", "时", "般", "再", "手", "举", "站",
)
# Fixed words that contain a numeral and a measure word but are not counts.
CN_FIXED_WORDS = (
    "一次性", "一站式", "一条龙", "一揽子", "千家万户", "万家", "千万家", "百家", "一家一户",
    "一人一档", "一户一档", "一村一品", "一村一业", "一校一策", "一县一品", "一企一策", "一事一议",
    "三年行动", "一年四季", "一门式", "一件事", "一张网", "一张图", "一张蓝图", "一张表", "一网",
    "两个维护", "两个确立", "四个意识", "四个自信", "三个代表", "一个中心", "两个基本点",
    "百年", "千年", "万年", "一日游", "两日游", "多日游", "二十四节气", "十八届", "十九届", "二十届",
    "一把手", "两委", "三农", "五位一体", "四个全面", "一带一路", "三大攻坚战", "一期", "二期", "三期",
    "一次", "两次", "一处", "半年",
)
# Fraction words: 三分之一, 千分之三, 百分之五十.
PERCENT_WORDS = {"百分之": "%", "千分之": "‰", "万分之": "‱"}

# ---- non-target contexts (non_target_reason) -------------------------------------------------
# A quantity preceded by one of these is an ordinal or a rank (第三, 前十, 排名第一).
ORDINAL_BEFORE = ("第", "前", "排名", "位列", "位居", "居全省", "居全市", "居全国", "列全省", "列全市", "之")
# Quoted names that contain a number (“十四五”, “3+N”, “1+X”): numbers inside these quotes.
QUOTE_PAIRS = {"“": "”", "\"": "\"", "「": "」", "『": "』", "《": "》", "‘": "’", "【": "】"}
# Inside quotes, a quantity with one of these after it is still a real goal (“引进人才2000名左右”).
QUOTE_GOAL_WORDS = ("以上", "以下", "以内", "左右", "达到", "超过", "不低于", "不少于", "增长", "提高", "下降")
# A number followed by one of these words names a period, a plan, an edition, a rank …
NAME_AFTER = (
    "五规划", "五”", "五期间", "五时期", "周年", "届", "次会议", "次全会", "中全会", "次全体会议", "次党代会",
    "号", "号文", "号令", "版", "期工程", "期项目", "级", "星级", "星", "代", "强", "大行动", "大工程",
    "大战略", "大体系", "大平台", "大板块", "大产业", "大任务", "大专项", "大攻坚", "大重点", "大类",
    "个一", "个全", "个最", "个坚持", "个着力", "项行动", "项制度", "线合一", "证合一", "规合一",
    "网融合", "化同步", "同步", "位一体", "点一线", "字诀", "进", "联动", "融合", "统一", "到位",
    "岗", "区域", "路", "号线", "环", "城同创", "城联创", "纵", "横", "轴", "带", "核", "心", "翼",
    "重", "+", "热线", "服务热线", "年行动", "年计划", "年规划", "年攻坚", "年专项", "年实施方案",
    "年工作方案", "年行动计划", "年行动方案", "年活动", "年目标", "年远景目标", "年前", "年底前", "年底",
    "年末", "年初", "年中", "年起", "年以来", "年开始", "年度", "月底前", "月底", "月末", "月中旬",
    "月上旬", "月下旬", "月份", "月", "日前", "日起", "季度", "工程", "分制", "分以上", "分",
)
# Context words right before a quantity that make it a condition, schedule or name.
SCHEDULE_BEFORE = ("每", "每隔", "满", "年满", "未满", "不满", "超过法定")
# A bare number followed by one of these is still a measurable value (`指数达到85以上`).
BARE_OK_AFTER = (
    "以上", "以下", "以内", "左右", "上下", "余", "多", "的", "，", "。", "；", "、", ",", ";", ")", "）",
    "”", "和", "与", "及", "或", "至", "到",
)
# Ages: a quantity in these units followed by a population noun is a condition (60周岁以上老年人).
AGE_UNITS = ("岁", "周岁")
# Words after 以上/以下/以内 that show the number is a selection threshold of a class.
THRESHOLD_WORDS = ("以上", "及以上", "以下", "及以下", "以内", "以外", "至", "以上的", "以下的", "规模")
# Units whose threshold (N米以上的…) selects a class rather than counts things.
CLASS_MEASURE_UNITS = (
    "米", "厘米", "毫米", "公里", "千米", "平方米", "万平方米", "平方公里", "亩", "万亩", "公顷", "吨", "万吨",
    "蒸吨", "千瓦", "万千瓦", "兆瓦", "千伏", "伏", "元", "万元", "亿元", "千瓦时", "立方米", "万立方米",
    "人口", "万人口", "年", "岁", "周岁", "层", "吨标准煤", "万吨标准煤",
)
# Attribute nouns before a comparator + measure that only decide where a rule applies (高度不超过五十米的).
CLASS_ATTRIBUTES = (
    "高度", "胸径", "直径", "宽度", "长度", "深度", "面积", "规模", "容量", "排量", "功率", "层数", "跨度",
    "年龄", "树龄", "坡度", "埋深", "载重", "吨位", "营业收入", "主营业务收入", "年产值", "产值", "投资额",
    "总投资", "投资", "注册资本", "年销售额", "销售额", "营收", "用地面积", "建筑面积", "占地",
)
# Durations: a time quantity followed by one of these is a plan duration or a term, not a goal.
DURATION_AFTER = ("内", "以内", "期间", "来", "之内", "时间", "左右时间", "周期", "一周期", "一轮", "为一周期")
DURATION_UNITS = ("年", "个月", "月", "周", "天", "日")
# Score contexts: （0.5分）, 百分制, weights in score formulas (日常监测（60%）+…).
SCORE_UNITS = ("分",)
# Network generations (5G 基站) and bandwidth classes (千兆光网): a quantity in these units
# followed by a CJK word is a technology name, unless a bandwidth link word follows (万兆到…).
GENERATION_UNITS = ("G",)
BANDWIDTH_UNITS = ("兆", "G", "M", "Gbps", "Mbps")
BANDWIDTH_LINK_AFTER = ("到", "进", "入", "至", "接入", "带宽", "以上", "及以上", "光纤到", "宽带接入")
VALUE_VERB_BEFORE = ("至", "到", "达", "为", "提升", "扩容", "提速", "升级")
# Phone numbers and hotlines.
HOTLINE_WORDS = ("热线", "专线", "电话", "服务号", "平台", "短号", "客服")

# ============================================================================
# COMPARATORS, COMMITMENT AND ACTION WORDS (planparse.targets)
# ============================================================================
