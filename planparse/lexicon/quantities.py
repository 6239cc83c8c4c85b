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
    "种", "批次", "床", "校", "园", "村", "镇", "户次", "家次", "箱", "标箱", "吨次",
    "车次", "班次", "架次", "航班", "课时", "学时", "学分", "期", "轮", "届", "章",
    "盏", "枚", "颗", "匹", "剂", "剂次", "台套", "粒", "瓶", "袋", "尊", "棵次", "万方",
    "款", "趟", "幅", "件次", "个次", "人天", "台次", "艘次", "航次", "场次", "项次", "宗次",
    "个百分点", "百分点", "个工作日", "工作日", "个月", "个小时", "人年",
)
# -- measures (length, area, volume, mass, energy, power, money, time, data)
MEASURE_UNITS = (
    "公里", "千米", "米", "厘米", "毫米", "延米", "平方公里", "平方千米", "平方米", "平米", "立方米",
    "立方", "公顷", "亩", "吨", "蒸吨", "吨标准煤", "标准煤", "千克", "公斤", "克", "斤", "升", "千升", "毫升",
    "千瓦", "兆瓦", "吉瓦", "瓦", "千瓦时", "度", "千伏", "伏", "千伏安", "伏安", "兆帕",
    "元", "美元", "欧元", "港元", "元人民币",
    "小时", "分钟", "秒", "天", "日", "周", "年", "岁", "周岁",
    "兆", "比特", "英寸", "毫秒", "微秒", "倍", "微克", "毫克", "分贝", "摄氏度", "℃",
)
# Measure words taken only after Arabic digits (三方协议, 一口气, 一组 are words): 清淤10万方, 打井20口.
ARABIC_ONLY_UNITS = ("方", "口", "眼", "对", "组", "单", "首", "节", "集", "班", "票")
# Units written in Latin letters (matched case-sensitively, only when no letter follows).
LATIN_UNITS = (
    "G", "M", "T", "P", "E", "Gbps", "Mbps", "Tbps", "GB", "TB", "PB", "EB", "MB",
    "MW", "GW", "kW", "KW", "kWh", "kV", "KV", "km", "m", "kg", "t", "TEU", "mm", "cm",
    "PFLOPS", "EFLOPS", "TFLOPS", "Pflops", "Eflops", "MVA", "dB", "GWh", "MWh", "TWh", "GW·h",
    "mg/L", "mg/l", "mg/m³", "μg/m³", "ug/m3", "μg/m3", "mg/m3", "m³", "m²", "km²", "hm²", "m3", "m2", "km2",
)
# After a unit, `/` and one of these make a compound unit (元/吨, 微克/立方米).
PER_UNITS = (
    "千人口", "万人口", "十万人", "万人", "千人", "百人", "万元", "亿元", "平方公里", "公顷", "标准煤",
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
    "一次", "两次", "一处", "半年", "新一轮", "一段时期", "一段时间", "一周期", "三次产业", "八项规定",
    "二次开发", "二次供水", "二次污染", "二次创业", "二次装修", "二次加压", "二次分配", "三次分配",
    "二次元", "二次报销", "一成不变", "两个市场", "两种资源", "一个中国", "一头连着", "一个脚印", "一条心",
    "三位一体", "四位一体", "一本", "一份", "一个新台阶", "一个台阶", "一个新的台阶", "一个新高度", "两轮车", "三轮车", "四轮驱动", "两轮驱动", "一二三产业", "第一产业", "第二产业", "第三产业", "一二三产", "一产", "二产", "三产",
)
# Before a Chinese numeral: the count is vague (数十个, 几十家, 数百人).
CN_VAGUE_BEFORE = ("几", "数")
# A Chinese numeral that is only one of these is a word, not a number (零部件, 零容忍, 零距离).
CN_NOT_A_NUMBER = ("零", "〇")
# Words that begin with a measure word: a number before them is not a count in that unit
# (一项目一策, 两部门联合, 三支部).  Checked on the unit's last character and the next one.
UNIT_LED_WORDS = frozenset((
    "项目", "部门", "部署", "部委", "名单", "名录", "名称", "名片", "台账", "条件", "条例", "条款", "场所",
    "场景", "场馆", "处理", "处置", "套餐", "人员", "人才", "人民", "人大", "人社", "家庭", "家长", "家园",
    "家乡", "座谈", "户籍", "户口", "户外", "支部", "支持", "支撑", "支队", "支出", "队伍", "类型", "门户",
    "门槛", "门诊", "道路", "段落", "届时", "期间", "期限", "轮候", "周期", "周边", "天然", "天气", "年龄",
    "年限", "年级", "日常", "日期", "层次", "层级", "层面", "块状", "片区", "件事", "本地", "本级", "本土",
    "份额", "批准", "起步", "起点", "例外", "间隔", "所有", "所属", "所在", "栋梁", "张力", "道德", "线上",
    "对外", "对接", "对象", "对口", "对标", "对比", "对于", "对策", "对话", "对应", "对照", "对齐", "对待",
    "口岸", "口径", "口号", "口袋", "口碑", "眼前", "眼光", "组织", "组建", "组成", "组团", "组合", "组件",
    "款式", "款项", "单建", "单位", "单元", "单独", "单一", "单项", "单体", "单列", "单车", "单品", "单兵", "单身", "单向",
    "首府", "首都", "首批", "首家", "首个", "首次", "首位", "首创", "首发", "首店", "首台", "首届", "首款",
    "节点", "节能", "节约", "节水", "节日", "节庆", "集团", "集群", "集聚", "集中", "集体", "集成", "集约",
    "集镇", "集市", "班子", "班列", "班车", "班线", "班组", "票据", "票务",
    "方面", "方案", "方式", "方向", "方法", "方针", "方位", "方阵", "方舱", "方便", "方能", "方可",
    "位数", "根本", "元结构", "元正", "元化", "元酸", "元论", "元素", "元件", "元宇", "元旦", "元首", "元器", "本达", "本上",
))
# Capacity words: `日处理鲜奶500吨生产加工项目`, `年产10万吨的生产线` name a plant by its
# capacity when a noun follows the quantity; `年产量达到100万吨。` stays a value.
CAPACITY_BEFORE = (
    "年产", "日产", "月产", "日处理", "年处理", "年加工", "日加工", "年吞吐", "年出栏", "年存栏", "年屠宰",
    "装机", "设计产能", "产能", "年发电", "日供水", "年运量", "年接待", "年转化", "年回收", "年利用",
)
CAPACITY_OK_AFTER = ("以上", "以下", "左右", "及以上", "规模以上")
# …and the capacity names a plant only when one of these follows within a few characters.
CAPACITY_HEADS = (
    "项目", "生产线", "产线", "工程", "基地", "工厂", "厂", "装置", "码头", "泊位", "机组", "电站", "园",
    "车间", "中心", "设施", "系统",
)
# Money units glued to one of these nouns name a size class (十亿元企业, 百亿元镇, 亿元项目).
AMOUNT_UNITS = ("元", "万元", "亿元", "万亿元", "美元", "万美元", "亿美元", "亿", "万亿")
MONEY_CLASS_HEADS = ("企业", "镇", "乡", "村", "县", "园区", "项目", "产业", "级", "以上企业", "以上项目", "大项目")
# Before an amount with 的 + a size-class noun (营业收入过500亿元的企业集团, 超百亿元的园区).
SIZE_CLASS_BEFORE = ("过", "超", "超过", "突破", "达", "上")
SIZE_CLASS_HEADS = ("企业集团", "集团", "龙头企业", "市场主体", "商圈", "平台", "产业集群", "集群", "开发区", "园")
# Rating units: a voltage glued to a noun names an equipment class (220千伏输变电工程, 500kV变电站).
RATING_UNITS = ("千伏", "伏", "kV", "KV", "千伏安", "MVA")
# Unit capacities: glued to a noun with a plant head they name the plant (350MW燃气发电项目).
UNIT_CAPACITY_UNITS = ("MW", "GW", "kW", "KW", "兆瓦", "吉瓦", "千瓦", "万千瓦", "万kW")
# Masses and herd sizes glued to a noun with a plant head name the plant by its capacity
# (20万吨…清洁生产项目, 18万头奶牛…示范园区).
PLANT_MASS_UNITS = ("吨", "千吨", "万吨", "亿吨", "百万吨", "头", "万头", "只", "万只", "万羽")
PLANT_HEADS = ("项目", "生产线", "产线", "工厂", "装置", "基地", "车间", "园区", "牧场", "养殖场", "屠宰场")
# One body named as a structure (打造一支…队伍, 建设一支…铁军): not a count.
SINGLE_BODY_UNITS = ("支",)
SINGLE_BODY_HEADS = ("队伍", "团队", "铁军", "力量", "梯队")
# After a Chinese numeral, 元 is money only before these (二元结构, 三元材料 are not money).
CN_YUAN_OK_AFTER = ("以上", "以下", "左右", "的", "和", "及", "至", "到", "，", "。", "；", "、", ",", ";", ")", "）")
# Units only a Chinese numeral takes (七成 = 70%), and what may follow them.
CN_ONLY_UNITS = ("成",)
CN_ONLY_UNIT_FOLLOW = ("以上", "以下", "左右", "多", "的", "，", "。", "；", "、", ",", ";")
# Fraction words: 三分之一, 千分之三, 百分之五十.
PERCENT_WORDS = {"百分之": "%", "千分之": "‰", "万分之": "‱"}

# ---- non-target contexts (non_target_reason) -------------------------------------------------
# Right before a quantity: an ordinal or a rank (第三, 前十, 排名第一, 位列全省前三).
ORDINAL_BEFORE = ("第", "前", "后", "排名", "位列", "位居", "排第", "列第", "倒数")
NOT_ORDINAL_BEFORE = ("提前", "目前", "当前", "此前", "之前", "以前", "年前", "日前", "月前", "事前", "空前", "眼前")
# Right before a quantity: the quantity is the denominator of a rate or the period of a
# schedule (每10万人口, 每5年, 每隔3个月, 每100户).
PER_BEFORE = ("每隔", "每满", "每")
# Right before a quantity: an age or a length-of-service condition (年满18周岁, 满3年).
CONDITION_BEFORE = ("年满", "未满", "不满", "已满", "满", "年龄在", "年龄", "工龄", "连续工作", "从业")
# Quote marks around names; a quantity inside a short quoted phrase names something (“3+N”, “12345”).
QUOTE_OPEN = "“\"「『‘"
QUOTE_CLOSE = "”\"」』’"
TITLE_OPEN, TITLE_CLOSE = "《〈", "》〉"
# The longest quoted phrase still read as a name; longer quotes are quoted text (goal lists).
QUOTED_NAME_MAX = 14
# Inside quotes, these show a quoted goal, not a name (实现“引进人才2000名左右”的目标).
QUOTE_GOAL_WORDS = ("以上", "以下", "以内", "左右", "达到", "超过", "不低于", "不少于", "增长", "提高", "下降", "新增", "建成")
# Right after the NUMBER (not the unit): words that make it a name, a period, an edition, a rank …
NAME_AFTER_NUMBER = (
    "周年", "届", "次会议", "次全会", "中全会", "次全体会议", "次党代会", "次代表大会", "号文", "号令", "号线",
    "期工程", "期项目", "个坚持", "个着力", "个方面", "个维护", "个确立", "个意识",
    "个自信", "个必须", "个务必", "个统筹", "个聚焦", "个围绕", "个率先",
    "项行动", "项制度", "项机制", "项工程", "条主线", "条底线", "条红线", "张清单", "张网", "张图", "张表",
    "年行动", "年计划", "年规划", "年攻坚", "年专项", "年实施", "年工作", "年活动", "年目标", "年远景",
    "个季度", "年前", "年底", "年末", "年初", "年中", "年起", "年以来", "年开始", "年度", "年至", "年到", "年—",
    "年-", "年后", "年来", "年间", "年期间", "年计", "年同期", "月", "日前", "日起", "日至", "季度",
    "点", "时", "分制", "号", "位一体", "位数", "线合一", "证合一", "规合一", "网融合", "化同步", "篇文章",
    "篇大文章", "条措施", "条举措", "条政策", "条意见", "条硬措施", "条规定", "项规定", "大",
)
# Units of a phase or a section of a named project (长飞五期, 西路二段): ordinals unless an
# activity verb shows a count of sessions (举办培训班3期).
PHASE_UNITS = ("期", "段")
PHASE_COUNT_VERBS = ("举办", "开办", "培训", "办班", "开展", "组织", "举行", "轮训")
# Sessions of a congress (十二届二次、三次全会).
SESSION_UNITS = ("次",)
SESSION_WORDS_AFTER = ("全会", "会议", "党代会", "代表大会", "全体会议")
SESSION_WORDS_BEFORE = ("届",)
# Right after a CHINESE numeral only: slogans (六个一体化, 三个一批, 四个最严); 3个一流学科 is a count.
CN_NAME_AFTER_NUMBER = ("个一", "个最", "个不", "个高于", "个走在", "个坚决", "个毫不")
# Right after the quantity: fixed names built on a quantity (15分钟生活圈, 1小时通勤圈).
NAME_AFTER_QUANTITY = ("级", "圈", "生活圈", "健身圈", "服务圈", "经济圈", "通勤圈", "交通圈", "就医圈", "文化圈", "阅读圈", "车程")
# A bare number right after these labels refers to a part of the document (附件1, 专栏3, 表2).
REFERENCE_BEFORE = ("附件", "附表", "附录", "专栏", "表", "图", "案例", "序号", "编号", "No.", "NO.", "no.")
# N张…清单 / N张…网: a set of named lists or maps is a structure, not a count to reach.
NAMED_SET_UNITS = ("张",)
NAMED_SET_HEADS = ("清单", "目录", "网", "图", "表", "牌", "名片")
# After a bare number (no unit), these still leave a measurable value (`指数达到85以上`).
BARE_OK_AFTER = (
    "以上", "以下", "以内", "左右", "上下", "的", "，", "。", "；", "、", ",", ";", ")", "）", "”", "\n",
    "和", "与", "及", "或", "至", "到", "!", "？", "?", "：", ":", "|", "｜",
)
# Units of age (60周岁以上老年人, 3岁以下婴幼儿).
AGE_UNITS = ("岁", "周岁")
# Threshold words: after a measure, they make it the size class of what follows (10蒸吨以上锅炉).
THRESHOLD_AFTER = ("及以上", "及以下", "以上", "以下", "以内", "以外", "或以上", "或以下")
# Measures whose threshold (N米以上的…) selects a class rather than counts things.
CLASS_MEASURE_UNITS = (
    "米", "厘米", "毫米", "公里", "千米", "平方米", "平方公里", "亩", "公顷", "吨", "蒸吨", "千瓦",
    "兆瓦", "千伏", "伏", "元", "千瓦时", "立方米", "年", "个月", "岁", "周岁", "层", "吨标准煤",
    "标准煤", "人口", "床", "张", "人", "名",
)
# Extents (areas, lengths, amounts): `N万亩以上X` is the extent of the work unless 的 follows, an
# attribute precedes (总投资1亿元以上项目) or what follows is counted (1万亩以上示范基地2个).
EXTENT_UNITS = ("亩", "公顷", "平方米", "平方公里", "公里", "千米", "米", "元", "立方米")
# Bound words between a class attribute and its measure (高度不超过五十米的).
CLASS_BOUND_WORDS = ("不超过", "超过", "超", "不足", "低于", "高于", "小于", "大于", "不大于", "不小于", "不低于", "达到", "在")
# Units of a rank after 前 (前10名, 前三位).
RANK_UNITS = ("名", "位", "强")
# Count units for which `N人以上的企业` is a size class only when a unit/place noun follows.
CLASS_COUNT_UNITS = ("人", "名", "张", "床")
CLASS_COUNT_HEADS = (
    "企业", "单位", "机构", "医院", "学校", "园区", "县", "市", "区", "乡镇", "镇", "村", "社区", "城市",
    "项目", "工程", "规模", "用工", "员工",
)
# Attribute nouns before a bound on a measure that only decide where a rule applies (高度不超过五十米的…).
CLASS_ATTRIBUTES = (
    "高度", "胸径", "直径", "宽度", "长度", "深度", "面积", "容量", "排量", "功率", "层数", "跨度",
    "年龄", "树龄", "坡度", "埋深", "载重", "吨位", "营业收入", "主营业务收入", "年产值", "产值",
    "投资额", "总投资", "注册资本", "销售额", "营收", "用地面积", "建筑面积", "占地", "控制宽度", "年限",
    "工作经历", "经历", "工龄", "教龄", "排放量", "用水量", "能耗", "年综合能耗",
)
# Durations: a time quantity followed by one of these is a plan duration or a term (5年内, 3年时间).
DURATION_UNITS = ("年", "个月", "月", "周", "周年")
DURATION_AFTER = ("内", "以内", "之内", "期间", "时间", "左右时间", "周期", "一周期", "为一周期", "来", "以来", "后")
# Short time limits (N个工作日内, N小时内): a deadline unless a comparator verb introduces it.
TIME_LIMIT_UNITS = ("天", "日", "个工作日", "工作日", "小时", "个小时", "分钟", "周")
# A time limit counted from an event (自受理之日起十日内) is a procedural deadline; 48小时内放行 is a goal.
TIME_LIMIT_FROM = ("之日起", "日起", "起算", "届满", "之后", "以后", "后", "应当", "不得", "逾期", "期满")
# A term or a limit named as such (期限一般不超过一年, 不得迟于…六个月, 有效期三年).
TERM_WORDS_BEFORE = ("期限", "有效期", "迟于", "时效", "任期", "试用期", "保质期", "保修期", "缓期", "宽限期")
TERM_UNITS = ("年", "个月", "月", "天", "日", "个工作日", "工作日", "小时", "周")
# Before a time quantity: it is the length of a campaign or an event (为期60天, 历时3年).
SPAN_BEFORE = ("为期", "历时", "用时", "耗时", "历经", "经过", "持续", "长达", "连续")
# Money in a penalty clause (处五千元以上三万元以下罚款) is never a target.
PENALTY_WORDS = ("罚款", "罚金", "没收", "处以")
# Frequencies: N次 in a clause governed by 每 (每5年修订1次) is a schedule.
FREQUENCY_UNITS = ("次", "轮", "遍", "回")
# Scores: （0.5分）, 25分; a percentage weight in a score formula (日常监测（60%）+…).
SCORE_AFTER = ("分",)
SCORE_NOT_AFTER = ("分钟", "分之", "分贝", "分类", "分别", "分期", "分批", "分级", "分区", "分为")
FORMULA_OPERATORS = "+＋×÷*="
# Network generations (5G基站) and bandwidth classes (千兆光网).
GENERATION_UNITS = ("G",)
GENERATION_MAX = 6
BANDWIDTH_UNITS = ("兆", "G", "M", "Gbps", "Mbps")
BANDWIDTH_LINK_AFTER = ("到", "进", "入", "至", "接入", "带宽", "以上", "及以上", "光纤到")
# Time units that, glued to a noun, describe a service (24小时服务, 1小时经济圈, 30分钟车程).
SERVICE_TIME_UNITS = ("小时", "分钟")
SERVICE_TIME_OK_AFTER = ("内", "以内", "之内", "以上", "以下", "左右", "及以上", "及以下", "的")
# Verbs right before a bare value that make it a level reached (降至1.0, 达到2.0).
VALUE_VERB_BEFORE = ("至", "到", "达", "为", "于", "在", "是", "超", "过", "低于", "高于", "不足")
# Hotlines and phone numbers.
HOTLINE_AFTER = ("热线", "专线", "电话", "服务号", "短号", "客服", "政务服务", "便民")
HOTLINE_BEFORE = ("热线", "电话", "拨打", "专线", "服务号")
PHONE_MIN_DIGITS = 5
# Joiners of a list whose last number carries the unit for all (5000、5300亿元; 1、2、3次).
# Joiners that separate the names of a list inside an indicator (A率、B率 / A和B分别…), never the same
# characters inside a word: 普及率, 参与率, 碳中和, 饱和度, 和谐, 及时率.
NAME_LIST_SEP = r"以及|(?<![中饱总缓温调])和(?![美谐平睦])|(?<![参给])与|(?<![普涉惠波顾危企])及(?![时早])|、"
LIST_JOINERS = frozenset(("、", "和", "及", "与", "或"))
# Before a bare year-like number: it is a year (展望2024, 面向2049, 大干2024).
YEAR_CONTEXT_BEFORE = ("展望", "面向", "大干", "迈向", "截至", "截止", "决战", "奋战", "到", "至", "于", "自", "从")
# Years a four-digit number with 年 is read as (dates, periods, plan years).
YEAR_MIN, YEAR_MAX = 1900, 2100
# Structural joiners right after a number (“3+N”, 1+X, 5G+).
STRUCTURE_AFTER = ("+", "＋", "·", "•")

# ============================================================================
# COMPARATORS, COMMITMENT AND ACTION WORDS (planparse.targets)
# ============================================================================
# (owned by the targets stage; the numerals block above is not edited here)

# Words written before the value, with the comparator they give.  Longest match
# wins (the regex is built longest-first).  Change words (增长/下降…) give "="
# and a change direction; 约/近 give "≈".
COMPARATOR_BEFORE: dict[str, str] = {
    # at least / reach
    "不低于": ">=", "不少于": ">=", "不小于": ">=", "不得低于": ">=", "不得少于": ">=",
    "不得小于": ">=", "不应低于": ">=", "不应少于": ">=", "不宜低于": ">=", "不宜少于": ">=",
    "至少": ">=", "最少": ">=", "达到": ">=", "达": ">=", "提高到": ">=", "提高至": ">=",
    "提升到": ">=", "提升至": ">=", "增加到": ">=", "增加至": ">=", "增长到": ">=", "增长至": ">=",
    "上升到": ">=", "上升至": ">=", "增至": ">=", "扩大到": ">=", "扩大至": ">=", "保持在": ">=",
    "稳定在": ">=", "维持在": ">=", "力争达到": ">=", "均达到": ">=", "达到或超过": ">=",
    "发展到": ">=", "发展至": ">=", "上调至": ">=", "上调到": ">=", "放大至": ">=", "放大到": ">=",
    "扩增至": ">=", "扩增到": ">=", "扩至": ">=", "恢复到": ">=", "恢复至": ">=", "拓展至": ">=", "拓展到": ">=",
    "扩展至": ">=", "扩展到": ">=", "攀升至": ">=", "跃升至": ">=",
    "不低于上年": ">=",
    # more than
    "超过": ">", "大于": ">", "高于": ">", "多于": ">", "突破": ">", "超": ">",
    # at most / bring down to
    "控制在": "<=", "控制到": "<=", "不超过": "<=", "不高于": "<=", "不大于": "<=", "不多于": "<=",
    "不得超过": "<=", "不得高于": "<=", "不得大于": "<=", "不应超过": "<=", "不宜超过": "<=",
    "最多": "<=", "降到": "<=", "降至": "<=", "降低到": "<=", "降低至": "<=", "下降到": "<=",
    "下降至": "<=", "压缩到": "<=", "压缩至": "<=", "压减到": "<=", "压减至": "<=", "减少到": "<=",
    "减少至": "<=", "减至": "<=", "下调至": "<=", "下调到": "<=", "压降至": "<=", "压降到": "<=", "缩短到": "<=", "缩短至": "<=", "缩减至": "<=", "缩减到": "<=",
    "缩小到": "<=", "缩小至": "<=", "收窄至": "<=", "收窄到": "<=", "减小到": "<=", "减小至": "<=",
    # less than
    "小于": "<", "低于": "<", "少于": "<",
    # about
    "约": "≈", "大约": "≈", "近": "≈", "接近": "≈",
    # equal (a value stated as the level)
    "为": "=", "一般为": "=", "原则上为": "=",
    # symbols, as tables and some prose write them (full-width ＞ ＜ fold to > <); only right before the value
    "≥": ">=", "≧": ">=", ">=": ">=", "≤": "<=", "≦": "<=", "<=": "<=", ">": ">", "<": "<",
}

# Change words: the value after them is the size of the change.
CHANGE_WORDS: dict[str, str] = {
    "增长": "increase", "提高": "increase", "提升": "increase", "增加": "increase", "上升": "increase",
    "扩大": "increase", "增长了": "increase", "递增": "increase", "增幅": "increase",
    "下降": "decrease", "降低": "decrease", "减少": "decrease", "缩短": "decrease", "压减": "decrease",
    "压缩": "decrease", "缩小": "decrease", "收窄": "decrease", "缩减": "decrease", "减排": "decrease", "削减": "decrease", "降": "decrease",
}

# Words written right after the value (and its unit) and the comparator they give.
COMPARATOR_AFTER: dict[str, str] = {
    "以上": ">=", "及以上": ">=", "或以上": ">=", "以下": "<=", "及以下": "<=", "或以下": "<=",
    "以内": "<=", "之内": "<=", "左右": "≈", "上下": "≈", "内": "<=",
}

# Commitment words governing a clause.
BINDING_WORDS: tuple[str, ...] = ("确保", "必须", "保证", "务必", "应当", "严格", "坚决")
ASPIRATIONAL_WORDS: tuple[str, ...] = ("力争", "争取", "努力", "力求")

# Period words qualifying a quantity (kept out of the indicator).
ANNUAL_WORDS: tuple[str, ...] = ("每年", "年均", "年度", "每年度", "年平均")
# Measures whose name is a yearly average (PM2.5年均浓度): 年均 there is the measure, not the period.
ANNUAL_MEASURE_HEADS: tuple[str, ...] = ("浓度", "气温", "温度", "降水", "降雨", "日照", "值", "径流")
# A plan's duration before the goal (5年内培养…, 今后三年新建…): not part of the indicator.
DURATION_LEAD = (
    r"(?:(?:今后|未来|近)(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:个)?(?:年|月)"
    r"|(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:个)?(?:年|月)(?:内|间|里))"
)
# Count units of an action count written verb + object + comparator + value (培训新型农民达到4万名):
# COUNT_UNITS but for changes and spans of time (and units of times, 人次, checked by their 次).
ACTION_COUNT_EXCLUDED_UNITS: tuple[str, ...] = (
    "个百分点", "百分点", "个工作日", "工作日", "个月", "个小时", "人年", "期", "轮", "届",
)
CUMULATIVE_WORDS: tuple[str, ...] = ("累计", "总计", "累积", "合计")

# Verbs of a verb–object–count target ("新建、改扩建公办幼儿园xx所"): the verb goes to
# ``action``.  Longest match wins; 新增 is not here (it stays in the indicator:
# "新增技能人才", "城镇新增就业人数") except before a count ("新增2400户…").
ACTION_VERBS: tuple[str, ...] = (
    "新建", "改扩建", "新改扩建", "新建改扩建", "改建", "扩建", "续建", "建成", "建设", "建立", "建有", "创建",
    "打造", "培育", "培养", "培训", "引进", "引育", "招引", "招聘", "招录", "完成", "实施", "开展", "启动",
    "组织", "组织发布", "发布", "举办", "开发", "改造", "改造提升", "提升改造", "整治", "治理", "修复",
    "新开工", "开工", "开工建设", "竣工", "推广", "认定", "评选", "遴选", "选树", "扶持", "帮扶", "救助",
    "安置", "吸纳", "带动", "转移", "累计建设", "累计完成", "累计建成", "基本建成", "初步建成", "全面建成",
    "联通", "接入", "投资", "安排", "淘汰", "关停", "退出", "种植", "植树", "造林", "修建", "铺设",
    "敷设", "制定", "制修订", "修订", "编制", "出台", "推出", "设立", "设置", "配备", "配置", "布设",
    "创成", "打通", "贯通", "开通", "新开", "发放", "筹集", "交付", "提供", "孵化", "签约", "储备",
    "谋划", "扩容", "建", "办好", "办结", "消除", "整合", "回收", "处置", "收储", "供应", "新培育",
    "新引进", "新认定", "创办", "兴建", "新增", "引导", "覆盖", "惠及", "资助", "认证", "检测",
    "筛查", "签订", "布局", "对接", "新上", "升级改造", "改造升级", "提质改造", "提档升级", "维修", "维修养护",
    "新开业", "新改建", "攻关", "突破", "争创", "申报", "获批", "引导", "吸引", "招商", "举行", "承办", "开行", "开辟",
    "新开通", "投用", "投运", "建好", "用好", "管好", "清理", "拆除", "整改", "验收", "复垦", "整理",
    "提升", "新建提升", "建设提升", "改造提升", "建成投产", "竣工投产", "开工建设", "投产", "新开工", "竣工",
    "加装", "增设", "更新改造", "改造更新", "更换", "组建", "新组建", "成立",
    "引进培育", "培育引进", "招引培育", "新建扩建", "建设改造", "改造建设", "筹集建设", "建设筹集", "建设筹措", "筹措",
)

# Verbs of a per-unit provision after its scope (每个乡镇都有一所…, 每个村配有一名…).
PROVISION_VERBS: tuple[str, ...] = ("有", "拥有", "建有", "配有", "设有", "具有")
# Predicates after a counted object that make the count a goal by the standard reached
# (两所高校进入全国百强, 5个县通过国家评估, 三个园区晋升为省级开发区).
ACHIEVE_VERBS: tuple[str, ...] = (
    "达到", "通过", "进入", "入选", "创成", "创建成为", "晋升", "升级为", "成为", "获评", "跻身", "纳入", "列入", "建成",
)

# The longest stretch after a count read for the counted object, and before a value read for its
# indicator (names, not paragraphs; the bounds keep a clause without stops linear).
OBJECT_WINDOW = 200
INDICATOR_WINDOW = 200
# The longest rest of a list (、7、8号线) read after a value to find the word the list ends with.
LIST_TAIL_WINDOW = 200
# A clause or sentence running longer than this without a stop is cut (real ones are far shorter).
CLAUSE_MAX = 1000
SENTENCE_MAX = 3000

# A character that completes an action verb when jieba reads the two as one word (新建成 → 建成).
VERB_COMPLETIONS: tuple[str, ...] = ("成",)

# Second verbs written right after another action verb without a joiner (新建改造, 开工改造, 新建提升).
CHAINED_VERBS: tuple[str, ...] = ("改造", "扩建", "改扩建", "改建", "提升", "提质", "升级", "改造提升", "提升改造", "提档升级")

# Verbs that only lead into a goal and are trimmed before an action verb or an indicator.
# Words dropped wherever they stand inside an indicator: hedges and commitment adverbs written after
# a subject (中心城区力争新增…, 园区确保入驻…); the commitment field records them.
MID_DROP_WORDS: tuple[str, ...] = ("原则上", "力争", "确保", "力求")

# Time qualifiers that, standing alone as an indicator, name only when a listed value applies
# (开工率一季度达到30%、二季度达到60%): the name is the previous indicator's.
TIME_QUALIFIERS: tuple[str, ...] = (
    "一季度", "二季度", "三季度", "四季度", "第一季度", "第二季度", "第三季度", "第四季度", "前三季度",
    "上半年", "下半年", "年中", "年底", "年末", "年内", "当年",
)

LEADING_VERBS: tuple[str, ...] = (
    "推动", "推进", "促进", "加快", "加强", "力争", "争取", "努力", "确保", "保证", "务必", "必须", "要",
    "实现", "使", "让", "将", "把", "并", "且", "以及", "同时", "还要", "计划", "预计", "拟",
    "着力", "大力", "积极", "切实", "有效", "稳步", "逐步", "持续", "进一步", "继续",
    "深入", "扎实", "加大", "支持", "鼓励", "严格", "坚决",
    "力求", "全力", "按期", "如期", "年内", "全年", "今年", "当年", "每年", "年均", "共计", "总计",
    "其中", "但是", "但", "和", "及", "与", "、", "应当", "原则上", "力争到", "同比",
    "基本实现", "全面实现", "确保实现", "力争实现", "努力实现", "各类", "各种", "各项", "分别",
)

# Adverbs trimmed only before a verb: they also start noun phrases (重点项目, 集中供养率, 共同富裕).
VERB_ADVERBS: tuple[str, ...] = ("重点", "全面", "集中", "优先", "率先", "统筹", "共同", "总体", "初步")

# Scope words at the start of an indicator that name only where the goal applies
# and are dropped ("全市90%的…" → "…").  全国 is kept (it distinguishes indicators).
LEADING_SCOPE: tuple[str, ...] = ("全市", "全区", "全县", "全省", "全镇", "全州", "全盟", "全旗", "本市", "我市", "我区", "我县", "我省")

# Words between the indicator and the comparator that are not part of the indicator.
TRAILING_WORDS: tuple[str, ...] = (
    "要", "应", "应当", "须", "必须", "需", "原则上", "一般", "分别", "均", "都", "稳定", "持续", "保持",
    "力争", "争取", "努力", "确保", "保证", "基本", "全部", "累计", "年均", "每年", "总体", "要求", "力求",
    "进一步", "再", "将", "可", "能", "继续", "逐步", "稳步", "显著", "明显", "大幅", "大幅度", "同比",
    "预计", "预期", "计划", "目标", "实现", "有望", "共", "共计", "总计", "合计", "全年", "年内", "较快",
    "平均", "年平均", "以上", "提前", "达", "仍", "始终", "长期", "每年度", "年度", "各",
)

# Nouns ending in a one-character trailing word (能, 再, 共 …) that is part of the noun.
TRAILING_WORD_NOUNS = frozenset((
    "产能", "储能", "动能", "功能", "效能", "技能", "性能", "节能", "智能", "职能", "潜能", "赋能", "体能", "电能",
    "核能", "热能", "光能", "风能", "氢能", "势能", "算能", "总共", "公共",
))

# A trailing baseline written between the indicator and the change word:
# "比上年增长", "较2020年下降", "按可比口径增长".
TRAILING_BASELINE = (
    r"(?:比|较|同比|相比|与)(?:上年|去年|上一年|前一年|\d{4}年|[xX×]{4}年|基期|基准年|现有水平|目前)"
    r"(?:末|底|同期|水平)?(?:相比)?|按可比(?:口径|价格)(?:计算)?|按现价计算|在现有基础上|在\d{4}年基础上"
)

# Unnumbered part headings of a work report, at a paragraph or sentence start
# ("2023年工作回顾" … "2024年工作安排"): the review part states results, the plan part
# targets for its year.
PAST_BLOCK = (
    r"(?:(?P<py>(?:19|20)[0-9]{2})年|过去(?:的)?(?:一|五)年|本届政府)?(?:政府)?工作回顾|"
    r"(?:过去的?一年|一年来|过去五年|五年来)(?=[，,])"
)
FUTURE_BLOCK = (
    r"(?:(?:努力|扎实|全力|奋力|切实)?(?:做好|实现|完成)|关于)?(?P<y>(?:19|20)[0-9]{2})年(?:(?!报告|确定|完成|实现)[^，,。；;:：\n]){0,12}?"
    r"(?:安排|任务|目标|建议|思路|要求|工作)(?:建议)?"
)

# Markers of a quantity reported for the past (kind ``result``).
PAST_SECTION = (
    r"回顾|过去|现状|形势与|发展基础|发展环境|面临形势|面临的形势|取得的(?:成效|成就|成绩)|主要(?:成效|成就|成绩)|"
    r"发展成就|工作总结|总结$"
)
# Headings of a plan part: they end a review part written without numbered headings.
FUTURE_SECTION = r"今年|明年|工作安排|目标任务|主要任务|重点任务|主要工作|重点工作|工作建议|预期目标|主要目标|工作打算|工作思路|总体要求"
PAST_SENTENCE = (
    r"去年|过去|上一年|已经|已有|已(?:建|完|实|达|累|投|形|开|培|覆|成|超|突|引|创|获|新|入|基)|"
    r"完成了|实现了|达到了|增长了|提高了|下降了|新增了|建成了|现有(?!基础|水平|的基础)|"
    r"截至目前|截至[0-9xX×]{4}年(?:底|末)"
)

# A list lead-in whose items are eligibility conditions (申请…应当符合下列条件：, 有下列情形之一的：): the
# quantities of its items decide who qualifies, they are no goals (kind ``parameter``).  下列要求/标准/指标
# introduce normative thresholds and stay targets.
CONDITION_LEADIN = r"(?:下列|以下|如下)(?:基本)?(?:资格)?(?:条件|情形)(?:之一)?[^。；;:：]{0,20}+[:：]\s{0,2}+$"
# Markers of a policy parameter (kind ``parameter``): subsidies, fees, prices, scores.
PARAMETER_WORDS = (
    r"补助|补贴|奖补|奖励|资助|奖金|津贴|收费|费用|费率|价格|票价|工资|薪酬|贴息|给予|一次性|标准|"
    r"生均|分值|得分|扣分|计分|加分|罚款|处以|额度|最高|每人|每户|每家|每亩|每吨|每平方米"
)
# A per-unit rate or a rule marks a parameter even for a total-looking amount (给予每户500元).
PARAMETER_RULE_WORDS = r"给予|奖补|最高|每人|每户|每家|每个|每亩|每吨|每平方米|生均|补助标准|补贴标准|经费标准|额度|一次性"
# Indicators that name a policy parameter (kind ``parameter``) whatever the unit: reimbursement
# ratios and caps, eligibility and benefit lines, per-capita funding standards.
PARAMETER_INDICATORS = (
    r"报销比例|报销比|报销水平|报销限额|支付限额|支付比例|救助限额|救助比例|封顶线|起付线|起付标准|收入线|准入标准|"
    r"保障标准|低保标准|救助标准|供养标准|生活标准|补助标准|补贴标准|抚恤标准|经费标准|基准定额|"
    r"(?:人均|生均)[\p{Han}]{0,12}?经费|(?:人均|生均)[\p{Han}]{0,6}?(?:补助|补贴)(?:标准)?$"
)
# Verbs of a planned total the government commits: the amount is a target (发放创业担保贷款30亿元,
# 安排补助资金5亿元), unless a per-unit rule word says it is a rate.
TOTAL_VERBS = ("发放", "安排", "筹集", "投入", "落实", "争取", "兑现", "拨付", "下达", "统筹", "整合", "撬动", "新增")
# After a value, the purpose it serves (安排资金15亿元用于…, 投入2.5亿元实施…): not a counted object.
PURPOSE_WORDS: tuple[str, ...] = ("用于", "用来", "专项用于", "专门用于", "主要用于", "重点用于", "全部用于")
MONEY_PURPOSE_VERBS: tuple[str, ...] = (
    "支持", "实施", "推进", "保障", "扶持", "撬动", "带动", "建设", "投向", "支付", "补助", "奖励", "开展", "完成",
)
MONEY_UNITS: tuple[str, ...] = ("元", "万元", "亿元", "千元", "百元", "万亿元", "元/人", "元/年", "元/月")

# Quantities that only describe a project named after them ("推进总投资10亿元的…项目").
PROJECT_BUDGET_BEFORE = r"(?:总投资|投资|总投入|投入|总规模|总造价|估算|概算)(?:约|达|超|近)?$"

# Measured quantities used as a condition when followed by 以上/以下 + a noun
# ("60周岁以上老年人", "胸径二十五厘米以上的树木", "10蒸吨及以下的锅炉").
CONDITION_UNITS: tuple[str, ...] = (
    "岁", "周岁", "人口", "万人口", "米", "厘米", "毫米", "公里", "千米", "吨", "蒸吨", "万吨", "千瓦",
    "兆瓦", "千伏", "平方米", "万平方米", "亩", "万亩", "公顷", "层", "年", "个月", "月", "天", "日",
    "小时", "分钟", "万元", "亿元", "元", "人", "万人", "名", "床", "张", "辆", "级", "度",
)

# Indicator words that end a complete indicator, used to split a shared comparator
# ("在册患者管理率和精神分裂症治疗率达到…" → two targets).
INDICATOR_HEADS: tuple[str, ...] = (
    "率", "比例", "比重", "占比", "数", "人数", "数量", "总量", "面积", "密度", "指数", "水平", "规模",
    "总额", "收入", "产值", "增加值", "强度", "时间", "时长", "人次", "床位数", "长度", "宽度", "高度",
    "里程", "距离", "深度", "产量",
)

# Words that end an object after a count ("…大中型餐饮单位纳入平台"): the object stops before them.
OBJECT_STOP: tuple[str, ...] = (
    "纳入", "通过", "达到", "实现", "具备", "全部", "参与", "参加", "进入", "获得", "享受", "入驻", "落户",
    "完成", "投入", "建成", "开展", "接受", "列入", "覆盖", "达标", "大力", "全面", "积极", "加快", "进行",
    "——", "—", "得到", "取得", "的基础上", "基础上",
)

# Verbs that start the predicate of a share written around its value
# ("30%的县（市、区）通过国家认定" → population 县（市、区）, predicate 通过国家认定).
SHARE_VERBS: tuple[str, ...] = OBJECT_STOP + (
    "具备", "具有", "建有", "拥有", "享有", "使用", "应用", "采用", "开通", "接入", "配备", "设立", "建立",
    "入选", "认定", "上云", "用上", "实行", "推行", "落实", "开设", "配置", "运用", "符合", "满足",
)
SHARE_ADVERBS: tuple[str, ...] = ("基本", "全面", "初步", "全部", "均", "都", "率先", "普遍", "已", "能够", "可以")

# Generic attribute nouns that end a subject named once for a 分别 pair
# ("智能制造装备和工业软件技术水平…，市场满足率分别…" → 工业软件).
GENERIC_ATTRIBUTES: tuple[str, ...] = ("技术", "水平", "能力", "质量", "竞争力", "效率", "效益", "规模", "发展")

# Table header cells: never the label of a value cell (指标｜单位｜目标值).
TABLE_HEADER_WORDS: tuple[str, ...] = (
    "序号", "指标", "指标名称", "单位", "计量单位", "目标值", "预期值", "备注", "属性", "类别", "责任单位", "牵头单位",
    "完成时限", "时限", "合计", "小计", "总计", "指标属性", "年均增长",
)

# Vague or non-quantities that never make a target when they are the whole value.
VAGUE_NUMBERS: tuple[str, ...] = ("一批", "一大批", "若干", "数以万计", "大部分", "一系列", "多个")
