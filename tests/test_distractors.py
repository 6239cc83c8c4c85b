"""Numbers that are not targets: dates, ordinals, plan names, thresholds, names, scores …

Every clause below is written for this table (none is copied from a corpus document).
``DISTRACTORS``: the quantity written as ``value_text`` in the clause must get a
``non_target_reason`` (the expected code, or any code when ``None``).
``NO_TARGET_CLAUSES``: the whole clause must yield no target from ``planparse.parse``.
``LOOK_ALIKES``: quantities that resemble a distractor but can be targets (no reason).
"""

from __future__ import annotations

import pytest

from planparse import parse
from planparse.normalize import normalize
from planparse.numerals import find_quantities, non_target_reason

# clause, value_text of the distractor, expected reason (None: any reason)
DISTRACTORS = [
    # dates, years, periods
    ("2025年底前完成全部改造任务。", "2025", "year"),
    ("6月底前完成摸底排查。", "6", "date"),
    ("于12月31日前报送市政府。", "31", "date"),
    ("推进2021—2023年行动方案实施。", "2021", "period"),
    ("组织开展2024年度考核工作。", "2024", "year"),
    ("对xxxx年以来新建项目开展复查。", "xxxx", "year"),
    # document numbers and cross-references
    ("按照市政发〔2023〕12号文件要求推进。", "2023", "doc_number"),
    ("按照市政发〔2023〕12号文件要求推进。", "12", None),
    ("根据县政办发（2022）7号文件精神。", "2022", "doc_number"),
    ("依照本条例第十五条第二款的规定处理。", "十五", "ordinal"),
    # ordinals, sessions, ranks, anniversaries
    ("出席第十四届人民代表大会第三次会议。", "十四", "ordinal"),
    ("出席第十四届人民代表大会第三次会议。", "三", "ordinal"),
    ("举办第二届文化旅游节。", "二", "ordinal"),
    ("力争进入全省前三位。", "三", "ordinal"),
    ("对考核排名后3位的单位进行约谈。", "3", "ordinal"),
    ("隆重纪念建校105周年。", "105", "name"),
    ("贯彻落实市委十三届五次全会精神。", "五", "name"),
    # plan names, programmes, durations
    ("实施乡村振兴三年行动计划。", None, None),
    ("用5年时间基本建成现代化体系。", "5", "duration"),
    ("取得许可后5年内不得再次申请。", "5", "duration"),
    ("过去一年，全市经济稳中向好。", "一", "duration"),
    ("提供十二年免费教育。", "十二", "duration"),
    # schedules and per-X denominators
    ("专业目录每5年修订1次。", "5", "denominator"),
    ("专业目录每5年修订1次。", "1", "schedule"),
    ("按每10万人口配置应急避难场所。", "10", "denominator"),
    # ages and population thresholds used as conditions
    ("为60周岁以上老年人提供免费健康体检。", "60", "age"),
    ("开展35岁以下青年创业培训。", "35", "age"),
    ("提高3岁以下婴幼儿照护服务水平。", "3", "age"),
    ("对年满18周岁的居民进行登记。", "18", "age"),
    ("对20万人口以上的县实行分类指导。", "20", "population_threshold"),
    ("在xx万人口以上的县建设综合服务中心。", "xx", "population_threshold"),
    # size classes that decide where a rule applies
    ("淘汰10蒸吨以上燃煤锅炉。", "10", "class_threshold"),
    ("严禁新建35蒸吨/小时以下燃煤锅炉。", "35", "class_threshold"),
    ("严格保护胸径二十五厘米以上的树木。", "二十五", "class_threshold"),
    ("对高度不超过五十米的平屋顶实施绿化。", "五十", "class_threshold"),
    ("对总投资1亿元以上的项目实行清单管理。", "1", "class_threshold"),
    ("具有3年以上企业工作经历的人员优先录用。", "3", "class_threshold"),
    ("新建1万亩以上特色水果示范基地2个。", "1", "class_threshold"),
    ("新签约10亿元以上项目20个。", "10", "class_threshold"),
    # structural counts, names, models, versions
    ("推广“3+N”服务模式。", "3", None),
    ("开展“x+N”招聘活动。", "x", None),
    ("坚持“两个毫不动摇”。", "两", "quoted_name"),
    ("认真抓好七个方面工作。", "七", "name"),
    ("深入推进六个一体化。", "六", "name"),
    ("打造“15分钟便民生活圈”。", "15", None),
    ("建设城市社区10分钟健身圈。", "10", "name"),
    ("上线协同办公3.0版。", "3.0", "name"),
    ("建设全市3大数据平台。", "3", "name"),
    ("推进地铁3号线建设。", "3", "name"),
    ("纳入《2024年重点民生实事清单》。", "2024", None),
    ("提供7×24小时在线服务。", "7×24", "product"),
    # technology classes
    ("加快5G网络建设。", "5", "generation"),
    ("实现千兆光网乡镇全覆盖。", "千", "bandwidth_class"),
    # scores and score formulas
    ("信息公开规范（0.5分）。", "0.5", "score"),
    ("考核得分=日常监测（60%）+实地调研（40%）。", "60", "score_weight"),
    ("年度得分=（上半年得分+下半年得分）÷2。", "2", "formula"),
    # phone numbers, hotlines, times
    ("畅通12345政务服务热线。", "12345", None),
    ("咨询电话：0471-6612345。", "0471", "phone"),
    ("工作日上午9:00至下午5:30对外办公。", "9:00", "time"),
    # numbering
    ("（3）加强督促检查。", "3", "heading"),
    # service descriptors, sets of lists, capacity classes, versions
    ("提供24小时自助服务。", "24", "name"),
    ("加快梳理三张数据目录清单。", "三", "name"),
    ("培育1000亿级产业集群。", "1000", "name"),
    ("推动工业4.0应用落地。", "4.0", "name"),
    ("实施中心城区路网三年提升计划。", "三", "duration"),
    ("自受理之日起十日内作出书面答复。", "十", "deadline"),
    ("详见附件1：重点任务清单。", "1", "reference"),
    ("启动年产30万吨饲料加工项目。", "30", "capacity_class"),
    ("许可期限一般不超过三年。", "三", "deadline"),
    ("应当在十五个工作日内作出决定。", "十五", "deadline"),
    ("在接到报告后24小时内上报。", "24", "deadline"),
    ("开展为期60天的安全生产专项整治。", "60", "duration"),
    ("处五千元以上三万元以下罚款。", "五千", "penalty"),
    ("处五千元以上三万元以下罚款。", "三", "penalty"),
    ("建设日处理垃圾800吨的焚烧发电厂。", "800", "capacity_class"),
    ("具体指标见专栏3。", "3", "reference"),
    # ratings, unit capacities and size classes that name a plant, a project or a class of firms
    ("开工建设500千伏东郊变电站。", "500", "rating_class"),
    ("推进110kV城南输变电工程建设。", "110", "rating_class"),
    ("加快450MW燃气调峰电站项目建设。", "450", "capacity_class"),
    ("推动2台100万千瓦超超临界机组开工。", "100", "capacity_class"),
    ("支持主营业务收入过300亿元的企业集团兼并重组。", "300", "class_threshold"),
    ("壮大超50亿元的产业集群。", "50", "class_threshold"),
    ("锻造一支忠诚干净担当的干部队伍。", "一", "structure"),
    ("开工建设30万吨再生铝深加工项目。", "30", "capacity_class"),
    ("建成投用10万头生猪标准化养殖园区。", "10", "capacity_class"),
]

# Whole clauses with numbers and no target at all.
NO_TARGET_CLAUSES = [
    "认真贯彻省委十二届四次、五次全会精神。",
    "开工建设220千伏西环输变电工程。",
    "加快2×350MW热电联产项目和600MW抽水蓄能电站前期工作。",
    "引导营业收入过百亿元的企业集团加大研发投入。",
    "建设一支懂技术善管理的基层农技人员队伍。",
    "建立县乡村三级医疗卫生服务网络。",
    "为60周岁以上老年人提供免费健康体检。",
    "深入实施“十四五”规划，推动高质量发展。",
    "开展“x+N”招聘活动。",
    "2025年底前完成全部改造任务。",
    "6月底前完成摸底排查。",
    "按照市政发〔2023〕12号文件要求推进。",
    "出席第十四届人民代表大会第三次会议。",
    "推进二期工程建设。",
    "实施乡村振兴三年行动计划。",
    "推动两线合一，提升管理效能。",
    "构建三重制度框架。",
    "推广“3+N”服务模式。",
    "提供7×24小时在线服务。",
    "加快5G网络建设。",
    "创建国家4A级旅游景区。",
    "污水处理厂出水达到一级A标准。",
    "引进五星级酒店品牌。",
    "信息公开规范（0.5分）。",
    "综合得分按百分制计算。",
    "考核得分=日常监测（60%）+实地调研（40%）。",
    "畅通12345政务服务热线。",
    "淘汰10蒸吨以上燃煤锅炉。",
    "严格保护胸径二十五厘米以上的树木。",
    "对高度不超过五十米的平屋顶实施绿化。",
    "对20万人口以上的县实行分类指导。",
    "专业目录每5年修订1次。",
    "每半年考核一次。",
    "取得许可后5年内不得再次申请。",
    "用5年时间基本建成现代化体系。",
    "推进2021—2023年行动方案实施。",
    "一是强化组织领导。",
    "力争进入全省前三位。",
    "坚持“两个毫不动摇”。",
    "认真抓好七个方面工作。",
    "建设城市社区10分钟健身圈。",
    "上线协同办公3.0版。",
    "推进地铁3号线建设。",
    "举办第二届文化旅游节。",
    "隆重纪念建校105周年。",
    "纳入《2024年重点民生实事清单》。",
    "落实“八项规定”精神。",
    "实行“一村一品”发展模式。",
    "实现千兆光网乡镇全覆盖。",
    "谋划实施一批重大项目。",
    "依照本条例第十五条第二款的规定处理。",
    "咨询电话：0471-6612345。",
    "工作日上午9:00至下午5:30对外办公。",
    "具有3年以上企业工作经历的人员优先录用。",
]

# clause, value_text: quantities that look like distractors but may be targets.
LOOK_ALIKES = [
    ("人均预期寿命达到79岁。", "79"),
    ("互联网出口带宽扩容至10G。", "10"),
    ("推进IPV6出口扩容至5G。", "5"),
    ("实现万兆到县、千兆到乡镇。", "万"),
    ("实现万兆到县、千兆到乡镇。", "千"),
    ("完成9.2公里的供水管网改造。", "9.2"),
    ("建成500个以上示范工厂。", "500"),
    ("完成投资2440亿元以上，", "2440"),
    ("3岁以下婴幼儿托位数达到4.5个。", "4.5"),
    ("全市60周岁以上老年人健康管理率达到72%。", "72"),
    ("政务服务事项办理时限压缩至3个工作日内。", "3"),
    ("力争30%的县通过国家认定。", "30"),
    ("实践课时占总课时一半以上。", "一半"),
    ("数据中心电能利用效率降到1.3以下。", "1.3"),
    ("每千人口拥有执业医师3.2人。", "3.2"),
    ("孕产妇死亡率控制在12/10万以下。", "12"),
    ("劳动年龄人口平均受教育年限达到11年。", "11"),
    ("实现“引进人才2000名左右、新建平台30个”的目标。", "2000"),
    ("新建一座湿地公园。", "一"),
    ("全年新增城区绿地面积144亩。", "144"),
    ("货物通关时间压缩至48小时内。", "48"),
    ("48小时内放行。", "48"),
    ("全年新增风电光伏装机80万千瓦。", "80"),
    ("新增储能装机容量300MW。", "300"),
    ("组建8支专业应急救援队伍。", "8"),
    ("全市营业收入突破500亿元。", "500"),
    ("新增粮食产能8万吨。", "8"),
    ("完成秸秆综合利用30万吨以上。", "30"),
    ("数据中心PUE值降至1.0。", "1.0"),
    ("粮食年产量稳定在120万吨以上。", "120"),
    ("完成3万亩以上盐碱地治理。", "3"),
    ("力争规模以上企业年产白酒25万千升。", "25"),
    ("争创2个全国示范县。", "2"),
    ("争创两个全国示范县。", "两"),
    ("建设3个一流学科。", "3"),
    ("设立总规模不低于50亿元的产业引导基金。", "50"),
    ("推进城东片区等120个重点实施项目。", "120"),
]


def _quantity(clause: str, value_text: str | None):
    n = normalize(clause)
    qs = find_quantities(n.text, n.folded)
    if value_text is None:
        return n, qs
    hits = [q for q in qs if q.value_text == value_text]
    assert hits, f"{value_text!r} not found in {clause!r}: {[q.value_text for q in qs]}"
    return n, hits[:1]


@pytest.mark.parametrize(("clause", "value_text", "reason"), DISTRACTORS)
def test_distractor_has_a_reason(clause, value_text, reason):
    n, qs = _quantity(clause, value_text)
    for q in qs:
        got = non_target_reason(n.folded, q)
        assert got is not None, f"{q.value_text}{q.unit or ''} in {clause!r} passes as a target candidate"
        if reason is not None:
            assert got == reason


@pytest.mark.parametrize("clause", NO_TARGET_CLAUSES)
def test_every_quantity_of_a_no_target_clause_has_a_reason(clause):
    n = normalize(clause)
    for q in find_quantities(n.text, n.folded):
        assert non_target_reason(n.folded, q) is not None, f"{q.value_text}{q.unit or ''} in {clause!r}"


@pytest.mark.parametrize("clause", NO_TARGET_CLAUSES)
def test_parse_finds_no_target(clause):
    plan = parse(clause)
    found = [t for t in plan.all_targets() if (t.kind or "target") == "target"]
    assert found == [], [(t.value_text, t.unit, t.indicator) for t in found]


@pytest.mark.parametrize(("clause", "value_text"), LOOK_ALIKES)
def test_look_alike_is_left_to_the_target_reader(clause, value_text):
    n, qs = _quantity(clause, value_text)
    assert non_target_reason(n.folded, qs[0]) is None
