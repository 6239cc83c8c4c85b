"""Numeric targets, clause by clause: what ``planparse.parse`` reads out of each form.

Every clause below was written for these tests (real-looking, not copied from any
document of the dev corpus).  Each case is ``(text, expected)`` where ``expected``
is a dict of Target fields for the single target the text states, or a list of
such dicts (one per target, in text order).  Fields not named are not checked,
except that a case whose dicts omit ``kind`` expects ``kind == "target"``.
"""

from __future__ import annotations

import pytest

import planparse


def _targets(text: str):
    return planparse.parse(text).all_targets()


def _check(text: str, expected) -> None:
    exp = expected if isinstance(expected, list) else [expected]
    got = _targets(text)
    assert len(got) == len(exp), f"{text!r}: {[t.model_dump(include={'indicator', 'value_text', 'unit', 'kind'}) for t in got]}"
    for t, e in zip(got, exp, strict=True):
        e = {"kind": "target", **e}
        actual = {k: getattr(t, k) for k in e}
        assert actual == e, f"{text!r}"
        # grounding: the clause is the original text at its span
        assert text[t.span[0] : t.span[1]] == t.text


def _ids(cases):
    return [c[0][:24] for c in cases]


# --------------------------------------------------------------------------- comparators
COMPARATORS = [
    # symbols, right before the value (full-width ＞ ＜ too)
    ("细颗粒物浓度≤35微克/立方米。", dict(indicator="细颗粒物浓度", comparator="<=", value_text="35", unit="微克/立方米")),
    ("优良天数比率≥85%。", dict(indicator="优良天数比率", comparator=">=", value_text="85", unit="%")),
    ("森林覆盖率＞45%。", dict(indicator="森林覆盖率", comparator=">", value_text="45")),
    ("噪声超标率<5%。", dict(indicator="噪声超标率", comparator="<", value_text="5")),
    ("城乡居民收入比缩小至1.9。", dict(indicator="城乡居民收入比", comparator="<=", value_text="1.9", change=None)),
    ("养老服务圈服务半径缩小到800米以内。", dict(indicator="养老服务圈服务半径", comparator="<=", value_text="800", unit="米")),
    ("全市普惠性幼儿园覆盖率达到92%以上。", dict(indicator="普惠性幼儿园覆盖率", comparator=">=", value_text="92", unit="%")),
    ("农村自来水普及率达到96%。", dict(indicator="农村自来水普及率", comparator=">=", value_text="96", unit="%")),
    ("森林覆盖率达38.5%。", dict(indicator="森林覆盖率", comparator=">=", value_text="38.5", unit="%")),
    ("高中阶段毛入学率提高到93%。", dict(indicator="高中阶段毛入学率", comparator=">=", value_text="93", change=None)),
    ("城镇污水集中收集率提升至75%以上。", dict(indicator="城镇污水集中收集率", comparator=">=", value_text="75", change=None)),
    ("常住人口城镇化率上升到68%。", dict(indicator="常住人口城镇化率", comparator=">=", value_text="68")),
    ("空气质量优良天数比率保持在90%以上。", dict(indicator="空气质量优良天数比率", comparator=">=", value_text="90")),
    ("耕地保有量不低于320万亩。", dict(indicator="耕地保有量", comparator=">=", value_text="320", unit="万亩")),
    ("每个乡镇的养老服务中心床位不少于30张。", dict(comparator=">=", value_text="30", unit="张")),
    ("义务教育巩固率不得低于97%。", dict(indicator="义务教育巩固率", comparator=">=", value_text="97")),
    ("校园绿地面积不小于五千平方米。", dict(indicator="校园绿地面积", comparator=">=", value=5000.0, unit="平方米")),
    ("城镇登记失业率控制在5%以内。", dict(indicator="城镇登记失业率", comparator="<=", value_text="5", unit="%")),
    ("单位地区生产总值能耗控制在0.45吨标准煤以下。", dict(comparator="<=", value_text="0.45")),
    ("住宅每户不少于一个停车位。", dict(indicator="住宅每户停车位", comparator=">=", value=1.0, unit="个")),
    ("建设用地总规模不超过1800平方公里。", dict(indicator="建设用地总规模", comparator="<=", value_text="1800", unit="平方公里")),
    ("劣V类水体比例不高于3%。", dict(indicator="劣V类水体比例", comparator="<=", value_text="3")),
    ("企业开办时间压缩至1个工作日。", dict(indicator="企业开办时间", comparator="<=", value_text="1", unit="个工作日")),
    ("工程建设项目审批时间降至60个工作日。", dict(indicator="工程建设项目审批时间", comparator="<=", value_text="60")),
    ("细颗粒物平均浓度降到32微克/立方米。", dict(indicator="细颗粒物平均浓度", comparator="<=", value_text="32")),
    ("单次运输成本不得超过200元。", dict(indicator="单次运输成本", comparator="<=", value_text="200", unit="元")),
    ("新生儿死亡率低于3‰。", dict(indicator="新生儿死亡率", comparator="<", value_text="3", unit="‰")),
    ("甲类传染病报告发病率小于5/10万。", dict(indicator="甲类传染病报告发病率", comparator="<", value_text="5", unit="/10万")),
    ("研发经费投入强度超过2.8%。", dict(indicator="研发经费投入强度", comparator=">", value_text="2.8")),
    ("数字经济核心产业增加值占比高于12%。", dict(indicator="数字经济核心产业增加值占比", comparator=">", value_text="12")),
    ("外贸进出口总额突破1500亿元。", dict(indicator="外贸进出口总额", comparator=">", value_text="1500", unit="亿元")),
    ("居民人均可支配收入增长6%左右。", dict(indicator="居民人均可支配收入", comparator="≈", value_text="6", change="increase")),
    ("粮食总产量稳定在约35亿斤。", dict(comparator="≈", value_text="35", unit="亿斤")),
    ("全社会研发投入达到85亿元左右。", dict(indicator="全社会研发投入", comparator="≈", value_text="85")),
    ("居民消费价格涨幅控制在3%左右。", dict(indicator="居民消费价格涨幅", comparator="≈", value_text="3")),
    ("年度培训教师约1200人次。", dict(comparator="≈", value_text="1200", unit="人次")),
    ("规模以上工业增加值增长8%以上。", dict(indicator="规模以上工业增加值", comparator=">=", value_text="8", change="increase")),
    ("实习期一般为3个月。", dict(indicator="实习期", comparator="=", value_text="3", unit="个月")),
]

# --------------------------------------------------------------------------- change
CHANGE = [
    ("区域发展差距缩小0.2个百分点。", dict(indicator="区域发展差距", value_text="0.2", change="decrease")),
    ("地区生产总值增长6.5%。", dict(indicator="地区生产总值", comparator="=", value_text="6.5", change="increase")),
    ("一般公共预算收入同口径增长5%。", dict(comparator="=", value_text="5", change="increase")),
    ("社会消费品零售总额比上年增长7%。", dict(indicator="社会消费品零售总额", value_text="7", change="increase")),
    ("单位地区生产总值二氧化碳排放下降13.5%。", dict(indicator="单位地区生产总值二氧化碳排放", value_text="13.5", change="decrease")),
    ("重点行业挥发性有机物排放总量减少10%。", dict(value_text="10", change="decrease")),
    ("农产品加工转化率提高2个百分点。", dict(indicator="农产品加工转化率", value_text="2", unit="个百分点", change="increase")),
    ("万元工业增加值用水量降低12%。", dict(indicator="万元工业增加值用水量", value_text="12", change="decrease")),
    ("提升农村自来水普及率到92%。", dict(indicator="农村自来水普及率", comparator=">=", value_text="92", change=None)),
    ("降低企业物流成本至8%以下。", dict(indicator="企业物流成本", comparator="<=", value_text="8", change=None)),
    ("改造提升农贸市场25个。", dict(indicator="农贸市场", action="改造提升", comparator="=", value_text="25", change=None)),
    ("新开工项目40个，建成投产60个以上。", [
        dict(indicator="项目", action="新开工", value_text="40"),
        dict(indicator="项目", action="建成投产", comparator=">=", value_text="60"),
    ]),
    ("人均预期寿命提高到80岁。", dict(indicator="人均预期寿命", comparator=">=", value_text="80", change=None)),
    ("城镇新增就业人数1.5万人以上。", dict(indicator="城镇新增就业人数", comparator=">=", value_text="1.5", unit="万人", change=None)),
    ("全年新增技能人才8000人。", dict(indicator="新增技能人才", comparator="=", value_text="8000", change=None)),
    ("全区生产总值增长7%，达到560亿元。", [
        dict(indicator="生产总值", comparator="=", value_text="7", change="increase"),
        dict(indicator="生产总值", comparator=">=", value_text="560", unit="亿元", change=None),
    ]),
]

# --------------------------------------------------------------------------- Chinese numerals, masked digits, ranges, ratios
NUMERALS = [
    ("公共绿地率不低于百分之三十五。", dict(indicator="公共绿地率", comparator=">=", value=35.0, value_text="三十五", unit="%")),
    ("人均公共体育场地面积不低于二点五平方米。", dict(comparator=">=", value=2.5, unit="平方米")),
    ("古树保护范围不小于树冠垂直投影外五米。", dict(comparator=">=", value=5.0, unit="米")),
    ("每个社区至少建有一个综合服务站。", dict(indicator="综合服务站", comparator=">=", value=1.0, unit="个", action="建有")),
    ("新建两座污水处理厂。", dict(indicator="污水处理厂", comparator="=", value=2.0, unit="座", action="新建")),
    ("学前三年毛入园率达到xx.x%。", dict(indicator="学前三年毛入园率", value=None, value_text="xx.x", masked=True)),
    ("城镇新增就业x.x万人以上。", dict(comparator=">=", value_text="x.x", unit="万人", masked=True)),
    ("建成标准化卫生室xxx个。", dict(indicator="标准化卫生室", value_text="xxx", masked=True, action="建成")),
    ("婴儿死亡率小于x‰。", dict(indicator="婴儿死亡率", comparator="<", value_text="x", unit="‰", masked=True)),
    ("新建停车泊位3000—5000个。", dict(value=3000.0, value_max=5000.0, unit="个", action="新建")),
    ("每年培训农村实用人才2至3万人次。", dict(value=2.0, value_max=3.0, period="annual")),
    ("城市生活垃圾回收利用率达到35%—40%。", dict(comparator=">=", value=35.0, value_max=40.0, unit="%")),
    ("中小学教职工与学生比不低于1∶13.5。", dict(comparator=">=", value_text="1∶13.5", unit=None)),
    ("专任教师中具有硕士学位的超过1/3。", dict(comparator=">", value_text="1/3", unit=None)),
    ("农村卫生厕所普及率达到百分之九十。", dict(comparator=">=", value=90.0, unit="%")),
    ("引进高层次人才1.2万人。", dict(indicator="高层次人才", value=1.2, unit="万人", action="引进")),
    ("完成造林绿化面积12,500亩。", dict(value=12500.0, unit="亩")),
]

# --------------------------------------------------------------------------- per-population rates
PER_POPULATION = [
    ("每千常住人口执业（助理）医师数达到3.2人。", dict(indicator="每千常住人口执业（助理）医师数", comparator=">=", value_text="3.2", unit="人")),
    ("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", dict(comparator=">=", value_text="4.5", unit="个")),
    ("每万人口全科医生数达到4名。", dict(indicator="每万人口全科医生数", comparator=">=", value_text="4", unit="名")),
    ("每千名老年人拥有养老床位数40张。", dict(indicator="每千名老年人拥有养老床位数", comparator="=", value_text="40", unit="张")),
    ("孕产妇死亡率控制在12/10万以下。", dict(indicator="孕产妇死亡率", comparator="<=", value_text="12", unit="/10万")),
]

# --------------------------------------------------------------------------- 分别 pairs and shared comparators
PAIRS = [
    # a word holding a joiner character (普及率, 参与率, 碳中和) is not split; names listed in the clause are
    # never completed from the lines above it
    ("某省行动计划（2025—2027年）\n一、总体目标\n到2027年，企业关键工序数控化率、研发设计工具普及率分别达到65%和80%。", [
        dict(indicator="企业关键工序数控化率", comparator=">=", value_text="65", year="2027"),
        dict(indicator="研发设计工具普及率", comparator=">=", value_text="80", year="2027"),
    ]),
    ("一、目标\n全民健身活动参与率、学生体质健康达标率分别达到50%和92%。", [
        dict(indicator="全民健身活动参与率", value_text="50"),
        dict(indicator="学生体质健康达标率", value_text="92"),
    ]),
    ("城乡居民人均可支配收入分别增长6%和8%。", [
        dict(indicator="城镇居民人均可支配收入", comparator="=", value_text="6", change="increase"),
        dict(indicator="农村居民人均可支配收入", comparator="=", value_text="8", change="increase"),
    ]),
    ("城乡居民人均可支配收入分别增长7%左右和8%左右。", [
        dict(indicator="城镇居民人均可支配收入", comparator="≈", value_text="7"),
        dict(indicator="农村居民人均可支配收入", comparator="≈", value_text="8"),
    ]),
    ("城市和县城污水处理率分别达到97%和95%。", [
        dict(comparator=">=", value_text="97"),
        dict(comparator=">=", value_text="95"),
    ]),
    ("孕产妇系统管理率和儿童健康管理率达到92%以上。", [
        dict(indicator="孕产妇系统管理率", comparator=">=", value_text="92"),
        dict(indicator="儿童健康管理率", comparator=">=", value_text="92"),
    ]),
    ("高血压患者规范管理率、糖尿病患者规范管理率均达到70%以上。", [
        dict(indicator="高血压患者规范管理率", comparator=">=", value_text="70"),
        dict(indicator="糖尿病患者规范管理率", comparator=">=", value_text="70"),
    ]),
    ("新增城市绿地面积80公顷、改造老旧管网65公里。", [
        dict(indicator="新增城市绿地面积", value_text="80", unit="公顷"),
        dict(value_text="65", unit="公里"),
    ]),
    ("建设20所标准化学校和300间智慧教室。", [
        dict(indicator="标准化学校", value_text="20", unit="所", action="建设"),
        dict(indicator="智慧教室", value_text="300", unit="间", action="建设"),
    ]),
    ("残疾人基本康复服务和辅助器具适配服务覆盖率达到95%。", dict(comparator=">=", value_text="95")),
    ("生活垃圾、建筑垃圾资源化利用率分别达到80%以上、60%以上。", [
        dict(indicator="生活垃圾资源化利用率", comparator=">=", value_text="80"),
        dict(indicator="建筑垃圾资源化利用率", comparator=">=", value_text="60"),
    ]),
]

# --------------------------------------------------------------------------- action counts
ACTIONS = [
    ("组建产业创新联合体5个。", dict(indicator="产业创新联合体", action="组建", value_text="5", unit="个")),
    ("全年加装电梯300部。", dict(indicator="电梯", action="加装", value_text="300", unit="部")),
    ("更新改造城市供水老旧管网85公里。", dict(indicator="城市供水老旧管网", action="更新改造", value_text="85")),
    ("新建、改扩建公办幼儿园25所。", dict(indicator="公办幼儿园", action="新建、改扩建", comparator="=", value_text="25", unit="所")),
    ("建成120个县级数字化服务平台。", dict(indicator="县级数字化服务平台", action="建成", value_text="120", unit="个")),
    ("培育300家以上专精特新中小企业。", dict(indicator="专精特新中小企业", action="培育", comparator=">=", value_text="300", unit="家")),
    ("完成老旧小区改造86个。", dict(indicator="老旧小区改造", action="完成", value_text="86", unit="个")),
    ("实施农村公路提档升级工程420公里。", dict(action="实施", value_text="420", unit="公里")),
    ("全年实施重点项目450个以上。", dict(indicator="重点项目", action="实施", comparator=">=", value_text="450")),
    ("重点实施六所普通高中改扩建。", dict(action="实施", value=6.0, unit="所")),
    ("重点实施三所特殊教育学校新建、职业中专扩建、研学基地等工程建设。", dict(indicator="特殊教育学校新建", action="实施", value=3.0)),
    ("开展职业技能培训3.5万人次。", dict(indicator="职业技能培训", action="开展", value_text="3.5", unit="万人次")),
    ("改造提升三个农贸市场。", dict(indicator="农贸市场", action="改造提升", value=3.0, unit="个", change=None)),
    ("打造10条美丽乡村精品线路。", dict(indicator="美丽乡村精品线路", action="打造", value_text="10", unit="条")),
    ("基本建成保障性租赁住房2.1万套。", dict(indicator="保障性租赁住房", action="基本建成", value_text="2.1", unit="万套")),
    ("初步建成5个区域医疗中心。", dict(indicator="区域医疗中心", action="初步建成", value_text="5")),
    ("累计建成充电桩6000个。", dict(indicator="充电桩", action="累计建成", period="cumulative", value_text="6000")),
    ("新增5G基站800个。", dict(indicator="新增5G基站", action=None, value_text="800", unit="个")),
    ("新增就业岗位4500个。", dict(indicator="新增就业岗位", action=None, value_text="4500")),
    ("全市新增1500户（累计约4000户）家庭农场纳入名录管理。", [
        dict(indicator="家庭农场", action="新增", comparator="=", value_text="1500", unit="户"),
        dict(indicator="家庭农场", comparator="≈", value_text="4000", unit="户", period="cumulative"),
    ]),
    ("推动建设50个具有示范带动作用的现代农业产业园。", dict(indicator="现代农业产业园", action="建设", value_text="50", unit="个")),
    ("培育80家技术水平高、市场前景好的科技型企业。", dict(indicator="科技型企业", action="培育", value_text="80")),
    ("完成30座桥梁的危桥改造。", dict(indicator="桥梁的危桥改造", action="完成", value_text="30", unit="座")),
    ("完成12万平方米的城市公园景观提升。", dict(indicator="城市公园景观提升", action="完成", value_text="12", unit="万平方米")),
    ("全面完成下达的1200户农村危房改造任务。", dict(indicator="农村危房改造任务", action="完成", value_text="1200", unit="户")),
    ("联通县级以上40个部门的业务系统。", dict(indicator="部门的业务系统", action="联通", value_text="40")),
    ("新建一所特殊教育学校、两所职业高中。", [
        dict(indicator="特殊教育学校", action="新建", value=1.0, unit="所"),
        dict(indicator="职业高中", action="新建", value=2.0, unit="所"),
    ]),
    ("组织发布不少于60场公益讲座。", dict(indicator="公益讲座", action="组织发布", comparator=">=", value_text="60", unit="场")),
    ("每个街道至少建设一个嵌入式养老服务机构。", dict(indicator="嵌入式养老服务机构", action="建设", comparator=">=", value=1.0)),
    ("投资3.2亿元，实施城区供热管网改造工程。", dict(indicator="城区供热管网改造工程", action="投资", value_text="3.2", unit="亿元")),
    ("实施村庄绿化1200亩。", dict(indicator="村庄绿化", action="实施", value_text="1200", unit="亩")),
    ("推进供水管网扩容至每日10万吨。", dict(value_text="10")),
    ("完成45个、总长度31.5公里的背街小巷改造。", [
        dict(indicator="背街小巷改造", action="完成", value_text="45", unit="个"),
        dict(indicator="背街小巷改造总长度", action="完成", value_text="31.5", unit="公里"),
    ]),
]

# verb + object + comparator + count: the verb is the action; durations (3年内, 今后五年) are not
# part of the name
ACTION_BEFORE_COMPARATOR = [
    ("培训高素质农民达到6000名。", dict(indicator="高素质农民", action="培训", comparator=">=", value_text="6000", unit="名")),
    ("引进和培养急需紧缺人才不少于800人。", dict(indicator="急需紧缺人才", action="引进和培养", comparator=">=", unit="人")),
    ("3年内认定市级工匠工作室不少于30个。", dict(indicator="市级工匠工作室", action="认定", comparator=">=", value_text="30")),
    ("今后五年培育农业产业化龙头企业50家以上。", dict(indicator="农业产业化龙头企业", action="培育", comparator=">=")),
    ("招引外贸综合服务企业15家以上。", dict(indicator="外贸综合服务企业", action="招引", comparator=">=", unit="家")),
    ("推广节水灌溉技术达到20项。", dict(indicator="节水灌溉技术", action="推广", value_text="20", unit="项")),
    ("资助不少于60名优秀青年教师。", dict(indicator="优秀青年教师", action="资助", comparator=">=", value_text="60")),
    ("开行国际货运班列不少于300列。", dict(indicator="国际货运班列", action="开行", comparator=">=", unit="列")),
    ("开行列数达到300列。", dict(indicator="开行列数", action=None, comparator=">=", unit="列")),
    ("接待游客超过2000万人次。", dict(indicator="接待游客", action=None, comparator=">", unit="万人次")),
    # not split: 新增 stays in the name, a verb inside a rate or measure name stays too, Chinese
    # numerals before a name are not action counts
    ("新增城镇就业岗位达到1.2万个。", dict(indicator="新增城镇就业岗位", action=None, comparator=">=")),
    ("培训合格率达到95%以上。", dict(indicator="培训合格率", action=None, comparator=">=", unit="%")),
    ("两年内建设用地规模控制在1200公顷以内。", dict(indicator="建设用地规模", action=None, comparator="<=", unit="公顷")),
    ("按照五年内全部完成的要求，改造老旧小区120个。", dict(indicator="老旧小区", action="改造", value_text="120")),
]

# a value named only by when it applies measures the indicator before it; a hedge after the
# subject leaves the name (and sets commitment)
QUALIFIED = [
    ("确保新建项目开工率一季度达到35%、二季度达到65%、三季度90%以上。", [
        dict(indicator="新建项目开工率一季度", value_text="35", commitment="binding"),
        dict(indicator="新建项目开工率二季度", value_text="65"),
        dict(indicator="新建项目开工率三季度", value_text="90", comparator=">="),
    ]),
    ("开发区力争新落户企业120家。", dict(indicator="开发区新落户企业", value_text="120", commitment="aspirational")),
    ("上半年完成投资45%。", dict(indicator="上半年完成投资", value_text="45")),  # a qualifier first: unchanged
]

# a lexicon verb that is only the start of another word is no action (开发区, 建筑业, 新开发); one that
# jieba reads with a completing 成 takes it (新建成)
GLUED = [
    ("新建成标准化厂房20万平方米。", dict(indicator="标准化厂房", action="新建成", value_text="20", unit="万平方米")),
    ("建筑业总产值增长8%。", dict(indicator="建筑业总产值", action=None, change="increase")),
    ("新开发城乡公益性岗位3000个。", dict(indicator="新开发城乡公益性岗位", action=None, value_text="3000")),
    ("引进人才1.5万人。", dict(indicator="人才", action="引进", value_text="1.5", unit="万人")),
]

# --------------------------------------------------------------------------- shares written around the value
SHARES = [
    ("力争30%的县（市、区）通过国家认定。", dict(indicator="通过国家认定的县（市、区）比例", comparator="=", value_text="30", commitment="aspirational")),
    ("60%的行政村具备电商服务能力。", dict(indicator="具备电商服务能力的行政村比例", value_text="60")),
    ("80%以上的规上工业企业实现数字化改造。", dict(indicator="实现数字化改造的规上工业企业比例", comparator=">=", value_text="80")),
    ("全市90%的中小学校建成智慧校园。", dict(indicator="建成智慧校园的中小学校比例", value_text="90")),
]

# --------------------------------------------------------------------------- years
YEARS = [
    ("到2027年，全市普惠性幼儿园覆盖率达到92%以上。", dict(indicator="普惠性幼儿园覆盖率", comparator=">=", value_text="92", unit="%", year="2027")),
    ("2026年，城镇新增就业1.2万人以上。", dict(year="2026", value_text="1.2")),
    ("xxxx年，建设x个农村物流服务站。", dict(year="xxxx", value_text="x", action="建设")),
    ("力争到2030年，森林覆盖率达到45%。", dict(year="2030", commitment="aspirational")),
    ("于2025年年底前建成3个数据中心。", dict(year="2025", action="建成", value_text="3")),
    ("2028年底前完成全部120座水库除险加固。", dict(year="2028", value_text="120")),
    ("2026年基本建成8个未来社区。", dict(year="2026", action="基本建成")),
    ("到2025年，建成4个物流园区。新增冷库容量10万吨。", [
        dict(year="2025", value_text="4"),
        dict(year="2025", value_text="10"),
    ]),
    ("创建国家级示范区1个。到2026年，孵化科技型企业200家。", [
        dict(year=None, value_text="1"),
        dict(year="2026", value_text="200"),
    ]),
    ("从2024年起，每年培训乡村医生500人。", dict(year=None, period="annual", value_text="500")),
    ("自2025年开始，新建住宅小区配建充电设施比例达到100%。", dict(year=None, value_text="100")),
    ("2024—2026年，累计新建公园40个。", dict(year=None, period="cumulative", value_text="40")),
    ("5年内建成数字乡村示范村30个。", dict(year=None, value_text="30")),
    ("某市2026年节能工作要点\n一、主要目标\n单位地区生产总值能耗比2020年下降14%。", dict(year="2026", value_text="14", change="decrease")),
    ("推进家庭养老床位建设，2027年底前完成2000张。", dict(year="2027", indicator="家庭养老床位", action="完成", value_text="2000")),
    ("某区人民政府工作报告\n一、2025年工作回顾\n过去一年，各项工作稳步推进。\n二、2026年工作安排\n（一）稳定就业。全年城镇新增就业6000人。\n（二）改善民生。新建公园3个。", [
        dict(year="2026", section=[2, 1], value_text="6000"),
        dict(year="2026", section=[2, 2], value_text="3", action="新建"),
    ]),
    ("2026年县域商业体系建设工作要点\n一、重点任务\n（一）建设乡镇商贸中心12个。", dict(year="2026", value_text="12")),
    ("主要目标\n到2028年的主要目标是：\n——新增高新技术企业150家。\n——技术合同成交额突破80亿元。", [
        dict(year="2028", value_text="150"),
        dict(year="2028", value_text="80"),
    ]),
]

# --------------------------------------------------------------------------- commitment
COMMITMENT = [
    ("确保耕地保有量不低于420万亩。", dict(commitment="binding", comparator=">=")),
    ("必须保证应急物资储备库覆盖率达到100%。", dict(commitment="binding")),
    ("公共建筑节能率应当不低于百分之六十五。", dict(commitment="binding", value=65.0)),
    ("严格控制新增建设用地在800亩以内。", dict(commitment="binding", comparator="<=")),
    ("力争高新技术产业增加值占比达到40%。", dict(commitment="aspirational", indicator="高新技术产业增加值占比")),
    ("争取新增国家级专精特新企业10家。", dict(commitment="aspirational", value_text="10")),
    ("努力实现农业科技进步贡献率达到65%。", dict(commitment="aspirational", indicator="农业科技进步贡献率")),
    ("社区卫生服务中心标准化率达到90%。", dict(commitment=None)),
    ("新建建筑的绿地率不得低于百分之三十。", dict(commitment=None, comparator=">=")),
    ("某市居住区绿化条例\n第一章 总则\n第一条 为了规范绿化，制定本条例。\n第二条 居住区绿化应当符合下列规定：\n"
     "（一）绿地率不低于百分之三十；\n（二）人均绿地面积不低于二平方米。\n第三条 其他事项另行规定。", [
        dict(commitment="binding", value=30.0, section=[1, 2, 1]),
        dict(commitment="binding", value=2.0, section=[1, 2, 2]),
    ]),
    ("某市公园管理条例\n第一章 总则\n第一条 为了规范管理，制定本条例。\n第二条 公园建设按照下列规定执行：\n"
     "（一）绿化用地比例不低于百分之六十五；\n（二）园路及铺装场地比例不超过百分之十五。\n第三条 其他事项另行规定。", [
        dict(commitment=None, comparator=">=", value=65.0),
        dict(commitment=None, comparator="<=", value=15.0),
    ]),
]

# --------------------------------------------------------------------------- measures named once by a list lead-in
LEAD_SUBJECTS = [
    ("某市绿化条例\n第一章 总则\n第一条 为了规范绿化，制定本条例。\n第二条 道路绿化带的宽度，应当符合下列规定：\n"
     "（一）城市主干路每侧不小于十五米；\n（二）高速公路两侧不小于三十米。\n第三条 其他事项另行规定。", [
        dict(indicator="城市主干路每侧道路绿化带宽度", comparator=">=", value=15.0, unit="米"),
        dict(indicator="高速公路两侧道路绿化带宽度", comparator=">=", value=30.0, unit="米"),
    ]),
    ("新建小区人均绿地面积分别达到以下标准：组团不少于人均一平方米，小区不少于人均二平方米。", [
        dict(indicator="组团人均绿地面积", value=1.0),
        dict(indicator="小区人均绿地面积", value=2.0),
    ]),
    ("学校用地的绿地率不低于百分之三十五；其中寄宿制学校不低于百分之四十。", [
        dict(indicator="学校用地的绿地率", value=35.0),
        dict(indicator="寄宿制学校的绿地率", value=40.0),
    ]),
    ("其用地面积占建成区面积的比例不低于百分之三。", dict(indicator="用地面积占建成区面积的比例", value=3.0)),
    ("其他项目的抵扣面积不得超过百分之十。", dict(indicator="其他项目的抵扣面积", comparator="<=", value=10.0)),
    ("全面完成城区内56座各类燃煤锅炉淘汰工作。", dict(indicator="燃煤锅炉淘汰", action="完成", value_text="56")),
    ("建成3座现代化的污水处理厂。", dict(indicator="污水处理厂", action="建成", value_text="3")),
]

# --------------------------------------------------------------------------- period
PERIOD = [
    ("每年选派科技特派员不少于200名。", dict(period="annual", comparator=">=", value_text="200")),
    # 年均 inside the name moves to period; a yearly-average measure keeps it
    ("行政复议案件年均办结率达到98%。", dict(indicator="行政复议案件办结率", period="annual", value_text="98")),
    ("细颗粒物（PM2.5）年均浓度控制在30微克/立方米以下。", dict(indicator="细颗粒物（PM2.5）年均浓度", comparator="<=")),
    ("重大事故起数较前三年平均数下降10%。", dict(indicator="重大事故起数较前三年平均数", change="decrease")),
    ("年均新增城镇就业4万人。", dict(period="annual", value_text="4")),
    ("累计完成高标准农田建设85万亩。", dict(period="cumulative", action="累计完成", value_text="85")),
    ("总计投入财政资金3.6亿元，建设农村公路。", dict(period="cumulative", value_text="3.6")),
    ("教师每年至少2个月在企业实践。", dict(period="annual", comparator=">=", value_text="2", unit="个月")),
]

# --------------------------------------------------------------------------- kind: results and parameters
KINDS = [
    ("去年地区生产总值增长5.2%。", dict(kind="result", value_text="5.2")),
    ("一、2025年工作回顾\n（一）经济稳中有进。地区生产总值完成420亿元，同比增长6%。", [
        dict(kind="result", value_text="420"),
        dict(kind="result", value_text="6"),
    ]),
    ("过去五年，累计新增城镇就业10.5万人。", dict(kind="result", value_text="10.5")),
    ("全市已建成5G基站1.2万个。", dict(kind="result", value_text="1.2")),
    ("在已建成8个示范园区的基础上，再建设12个示范园区。", [
        dict(kind="result", value_text="8"),
        dict(kind="target", value_text="12", action="建设"),
    ]),
    ("对新认定的国家级企业技术中心给予最高200万元补助。", dict(kind="parameter", value_text="200")),
    ("按设备投资额的15%给予奖补。", dict(kind="parameter", value_text="15")),
    ("义务教育生均公用经费标准提高至800元。", dict(kind="parameter", value_text="800")),
    ("对首次创业的青年一次性发放创业补贴5000元。", dict(kind="parameter", value_text="5000")),
    ("城乡居民医保财政补助标准达到每人每年640元。", dict(kind="parameter")),
    ("困难残疾人生活补贴覆盖率达到100%。", dict(kind="target", indicator="困难残疾人生活补贴覆盖率")),
    ("安排专项资金1.5亿元。", dict(kind="target", value_text="1.5", action="安排")),
    ("发放创业担保贷款4亿元以上。", dict(kind="target", value_text="4", action="发放")),
    ("安排就业补助资金2.3亿元。", dict(kind="target", value_text="2.3", action="安排")),
    ("城乡居民医保人均财政补助标准提高30元。", dict(kind="parameter", value_text="30", change="increase")),
    ("按每亩150元标准给予耕地地力补贴。", dict(kind="parameter", value_text="150")),
    ("城镇居民人均可支配收入达到5.2万元。", dict(kind="target", comparator=">=", value_text="5.2", unit="万元")),
    ("完成固定资产投资260亿元以上。", dict(kind="target", comparator=">=", value_text="260")),
    # reimbursement ratios and caps, eligibility and benefit lines, per-capita funding: parameters, any unit
    ("职工医保政策范围内住院费用报销比例稳定在80%左右。", dict(kind="parameter", comparator="≈", value_text="80")),
    ("城乡居民大病保险年度最高支付限额提高到35万元。", dict(kind="parameter", value_text="35")),
    ("普通门诊统筹起付线下调至200元。", dict(kind="parameter", value_text="200")),
    ("农村最低生活保障标准提高5%。", dict(kind="parameter", value_text="5", change="increase")),
    ("特困供养人员基本生活标准不低于低保标准的1.3倍。", dict(kind="parameter", value_text="1.3")),
    ("公共租赁住房准入标准放宽至家庭人均月收入3000元。", dict(kind="parameter", value_text="3000")),
    ("学前教育生均公用经费提高到每生每年600元。", dict(kind="parameter", value_text="600")),
    ("基本公共卫生服务人均财政补助经费提高到95元。", dict(kind="parameter", value_text="95")),
    ("统筹安排衔接推进乡村振兴补助资金3.6亿元。", dict(kind="target", value_text="3.6", action="安排")),
    # a rule for computing an amount (按…的N%确定/计算) is a parameter
    ("保障性租赁住房租金按照同地段市场租金的85%确定。", dict(kind="parameter", value_text="85")),
    ("违约金按未缴金额的5%计算。", dict(kind="parameter", value_text="5")),
    ("农村生活污水处理设施运行率按照要求达到90%以上。", dict(kind="target", value_text="90")),
    # items of a list of eligibility conditions (符合下列条件：) decide who qualifies: parameters;
    # items of 下列要求： are normative thresholds and stay targets
    ("第一条 申请人才公寓应当符合下列条件：\n（一）家庭人均住房建筑面积低于20平方米；\n（二）在本市连续缴纳社会保险满一年。",
     dict(kind="parameter", value_text="20")),
    ("第一条 有下列情形之一的，不予受理：\n（一）申请材料超过30日未补正的；", dict(kind="parameter", value_text="30")),
    ("第一条 新建项目应当符合下列要求：\n（一）停车泊位配建比例不低于百分之二十；",
     dict(kind="target", comparator=">=", value_text="二十")),
]

# One value for each listed noun (各/均/都), and 分别 lists of values: one target per noun; a subject
# list before 分别 takes the measure written after it; a bound after the last value of an unbroken
# value list (10家、10家、80家以上) covers the whole list.
EACH = [
    ("新增绿色工厂和数字化车间各20家。", [
        dict(indicator="新增绿色工厂", value_text="20", unit="家"),
        dict(indicator="数字化车间", value_text="20", unit="家"),
    ]),
    ("建设乡镇综合文化站和村级文化广场各15个。", [
        dict(indicator="乡镇综合文化站", action="建设", value_text="15"),
        dict(indicator="村级文化广场", action="建设", value_text="15"),
    ]),
    ("规上工业增加值和社会消费品零售总额均增长6%左右。", [
        dict(indicator="规上工业增加值", change="increase", comparator="≈", value_text="6"),
        dict(indicator="社会消费品零售总额", change="increase", comparator="≈", value_text="6"),
    ]),
    ("城镇和农村生活污水处理率均达到90%以上。", [
        dict(indicator="城镇生活污水处理率", comparator=">=", value_text="90"),
        dict(indicator="农村生活污水处理率", comparator=">=", value_text="90"),
    ]),
    ("力争分别新培育国家级、省级、市级农业龙头企业5家、20家、60家以上。", [
        dict(indicator="国家级农业龙头企业", action="新培育", comparator=">=", value_text="5"),
        dict(indicator="省级农业龙头企业", comparator=">=", value_text="20"),
        dict(indicator="市级农业龙头企业", comparator=">=", value_text="60"),
    ]),
    ("新签约、新开工、新投产亿元以上项目分别达到120个、90个、60个。", [
        dict(indicator="新签约亿元以上项目", comparator=">=", value_text="120"),
        dict(indicator="新开工亿元以上项目", comparator=">=", value_text="90"),
        dict(indicator="新投产亿元以上项目", comparator=">=", value_text="60"),
    ]),
    ("规上工业企业亩均税收、亩均增加值均增长8%以上。", [
        dict(indicator="规上工业企业亩均税收", comparator=">=", value_text="8"),
        dict(indicator="亩均增加值", comparator=">=", value_text="8"),
    ]),
    ("普惠小微贷款、涉农贷款增速均不低于12%。", [
        dict(indicator="普惠小微贷款增速", comparator=">=", value_text="12"),
        dict(indicator="涉农贷款增速", comparator=">=", value_text="12"),
    ]),
    ("新增市级龙头企业和企业技术中心各5家。", [
        dict(indicator="新增市级龙头企业", value_text="5"),
        dict(indicator="企业技术中心", value_text="5"),
    ]),
    ("东片区和西片区分别新增公共充电桩1500个和900个。", [
        dict(indicator="东片区新增公共充电桩", value_text="1500"),
        dict(indicator="西片区新增公共充电桩", value_text="900"),
    ]),
    ("新增停车泊位2000个、充电桩800个以上。", [
        dict(comparator="=", value_text="2000"),
        dict(comparator=">=", value_text="800"),
    ]),
]

# Chinese-numeral counts without a lead-in verb that are still goals: a per-unit provision
# (每个乡镇都有一所…) and things counted by the standard they reach (两所高校进入…).
CN_COUNTS = [
    ("每个街道都有一所社区老年大学。", dict(indicator="社区老年大学", value_text="一", unit="所")),
    ("确保每个乡镇建有一个综合养老服务中心。", dict(indicator="综合养老服务中心", action="建有", value_text="一")),
    ("三所县级中医院达到二级甲等水平。", dict(indicator="县级中医院", value_text="三", unit="所")),
    ("两个县区通过国家农产品质量安全县复核。", dict(value_text="两", unit="个")),
    ("新增两所九年一贯制学校。", dict(indicator="九年一贯制学校", action="新增", value_text="两")),
]

# Nouns that end in a character also used as a modal or an adverb (产能, 储能) keep it; 发展到 reads as 达到;
# 新开业 is one verb.
WORD_EDGES = [
    ("新增生猪屠宰产能20万头。", dict(indicator="新增生猪屠宰产能", value_text="20")),
    ("新型储能装机规模达到40万千瓦。", dict(indicator="新型储能装机规模", comparator=">=", value_text="40")),
    ("规上工业企业发展到1200家。", dict(indicator="规上工业企业", comparator=">=", value_text="1200")),
    ("新开业社区食堂30家。", dict(indicator="社区食堂", action="新开业", value_text="30")),
    ("新建改造城市供水管网45公里。", dict(indicator="城市供水管网", action="新建改造", value_text="45")),
    ("开工改造城镇老旧小区120个。", dict(indicator="城镇老旧小区", action="开工改造", value_text="120")),
    ("建设安置房800套。", dict(indicator="安置房", action="建设", value_text="800")),
    # a verb that starts a rate's or an amount's name stays in it (建成区…, 整改完成率, 投资额)
    ("建成区绿化覆盖率达到43%。", dict(indicator="建成区绿化覆盖率", comparator=">=", value_text="43")),
    ("信访事项整改完成率98%以上。", dict(indicator="信访事项整改完成率", comparator=">=", value_text="98")),
    ("新签约项目60个以上、投资额300亿元以上。", [
        dict(indicator="新签约项目", value_text="60"),
        dict(indicator="投资额", comparator=">=", value_text="300", unit="亿元"),
    ]),
    # level verbs with 至/到: the value is the level reached
    ("工商业用电均价下调至0.6元/千瓦时左右。", dict(indicator="工商业用电均价", comparator="≈", value_text="0.6")),
    ("政府引导基金规模放大至200亿元以上。", dict(indicator="政府引导基金规模", comparator=">=", value_text="200")),
    ("冬小麦种植面积扩增到8万亩。", dict(indicator="冬小麦种植面积", comparator=">=", value_text="8")),
    # what an amount is for is not its object (安排资金…用于…)
    ("统筹安排资金12亿元用于城乡基础设施补短板。", dict(indicator="资金", action="安排", value_text="12")),
    ("筹措资金4亿元支持农村供水保障工程。", dict(indicator="资金", action="筹措", value_text="4")),
    # 和 leads a listed item, but 和美/和谐 start a name (every process, whatever the hash seed)
    ("建设和美乡村精品村40个。", dict(indicator="和美乡村精品村", action="建设", value_text="40")),
    # the full-width ％ as written is a rate like %: 投资增长 is a change, not an action on a count
    ("固定资产投资增长7％左右。", dict(indicator="固定资产投资", change="increase", comparator="≈", unit="％")),    ("研发人员全时当量达到12万人年以上。", dict(indicator="研发人员全时当量", comparator=">=", value_text="12", unit="万人年")),
]

# A change word inside a project name is part of the name: the value counts the projects.
CHANGE_IN_NAME = [
    ("实施城镇风貌提升改造项目60个。", dict(indicator="城镇风貌提升改造项目", change=None, value_text="60")),
    ("推进乡村振兴品质提升工程45个。", dict(indicator="乡村振兴品质提升工程", change=None, value_text="45")),
    ("开工建设产能提升技改项目120个以上。", dict(change=None, comparator=">=", value_text="120")),
    ("实施城市夜景亮化提升80处。", dict(indicator="城市夜景亮化提升", action="实施", change=None, value_text="80")),
    ("全市养老机构床位增加600张。", dict(indicator="养老机构床位", change="increase", value_text="600")),
]

# 余/多 after a number mean "more than" (ANNOTATION: 超过 → ``>``); a bound word before it does not
# weaken that, 左右 still wins.
MORE_THAN = [
    ("举办线上线下招聘会600余场。", dict(indicator="线上线下招聘会", action="举办", comparator=">", value_text="600", unit="场")),
    ("新招引亿元以上项目30多个。", dict(comparator=">", value_text="30", unit="个")),
    ("带动农民工就近就业2万余人。", dict(comparator=">", value_text="2", unit="万人")),
    ("新建城市书房二十余个。", dict(indicator="城市书房", comparator=">", value_text="二十")),
    ("全年开展送戏下乡达到300余场。", dict(comparator=">", value_text="300")),
    ("组织技能培训5000人次以上。", dict(comparator=">=", value_text="5000")),
]

# --------------------------------------------------------------------------- lists and baselines
LISTS = [
    ("每个园区建设1个公共实训基地、布局5家中试平台。", [
        dict(indicator="公共实训基地", action="建设", value_text="1", unit="个"),
        dict(indicator="中试平台", action="布局", value_text="5", unit="家"),
    ]),
    ("升级改造城市道路12条、雨污管网35公里。", [
        dict(indicator="城市道路", action="升级改造", value_text="12", unit="条"),
        dict(indicator="雨污管网", action="升级改造", value_text="35", unit="公里"),
    ]),
    ("新增上市企业2家、专精特新“小巨人”企业6家以上、规模以上企业200家。", [
        dict(indicator="新增上市企业", value_text="2"),
        dict(comparator=">=", value_text="6"),
        dict(indicator="规模以上企业", value_text="200"),
    ]),
    ("改扩建幼儿园8所、义务教育学校15所。", [
        dict(indicator="幼儿园", action="改扩建", value_text="8"),
        dict(indicator="义务教育学校", value_text="15"),
    ]),
    ("新增省级专精特新企业40家以上、创新型中小企业300家以上。", [
        dict(indicator="新增省级专精特新企业", comparator=">=", value_text="40"),
        dict(indicator="创新型中小企业", comparator=">=", value_text="300"),
    ]),
    ("达到千兆到乡镇、百兆到行政村、50兆进农户的带宽要求。", [
        dict(indicator="到乡镇带宽", comparator=">=", value=1000.0, unit="兆"),
        dict(indicator="到行政村带宽", comparator=">=", value=100.0, unit="兆"),
        dict(indicator="进农户带宽", comparator=">=", value=50.0, unit="兆"),
    ]),
    ("其中一、二、三产增加值分别增长3%、5%和6%。", [
        dict(indicator="一产增加值", value_text="3", change="increase"),
        dict(indicator="二产增加值", value_text="5", change="increase"),
        dict(indicator="三产增加值", value_text="6", change="increase"),
    ]),
    ("主要污染物排放总量分别下降5%、4%和3%。", [
        dict(comparator="=", value_text="5", change="decrease"),
        dict(comparator="=", value_text="4", change="decrease"),
        dict(comparator="=", value_text="3", change="decrease"),
    ]),
    ("服务业增加值比重从2023年的45%提升到50%。", dict(indicator="服务业增加值比重", comparator=">=", value_text="50")),
    ("园区亩均税收由18万元提高到25万元。", dict(comparator=">=", value_text="25", unit="万元")),
    ("地区生产总值同比增长6%左右。", dict(indicator="地区生产总值", comparator="≈", value_text="6", change="increase")),
    ("改造老旧小区52个4.3万户。", [
        dict(indicator="老旧小区", action="改造", value_text="52", unit="个"),
        dict(value_text="4.3", unit="万户"),
    ]),
]

# --------------------------------------------------------------------------- work reports: review part and plan part
# Tables as the .docx reader renders them: one row a line, cells joined by ｜.  A cell is a hard
# clause boundary (an indicator never spans cells); a cell holding only the value is named by
# the row's nearest label cell (a unit column is skipped).
TABLES = [
    # units written in the label's brackets; of two plain year columns the earlier is the base year
    ("某区“十五五”规划\n一、主要指标\n指标｜2025年｜2030年｜属性\n城区道路总里程（公里）｜640｜720｜预期性\n"
     "生活垃圾分类覆盖率（%）｜90｜≥98｜约束性\n", [
        dict(indicator="城区道路总里程", value_text="640", unit="公里", year="2025", kind="result"),
        dict(indicator="城区道路总里程", value_text="720", unit="公里", year="2030"),
        dict(indicator="生活垃圾分类覆盖率", value_text="90", unit="%", kind="result"),
        dict(indicator="生活垃圾分类覆盖率", comparator=">=", value_text="98", unit="%", year="2030"),
    ]),
    # a column that says 目标 is a goal whatever its year
    ("某区规划\n一、主要指标\n指标｜2027年目标｜2030年目标\n城区道路总里程（公里）｜680｜720\n", [
        dict(indicator="城区道路总里程", value_text="680", unit="公里", year="2027"),
        dict(indicator="城区道路总里程", value_text="720", unit="公里", year="2030"),
    ]),
    # a row restating a goal the text states is not a second target
    ("某区规划\n一、主要指标\n到2030年，城区道路总里程达到720公里。\n指标｜2025年｜2030年\n"
     "城区道路总里程（公里）｜640｜720\n", [
        dict(indicator="城区道路总里程", comparator=">=", value_text="720", unit="公里", year="2030", text="城区道路总里程达到720公里"),
        dict(indicator="城区道路总里程", value_text="640", kind="result"),
    ]),
    # the same indicator table pasted into a .txt with tabs between the cells
    ("某县2026年主要指标\n一、指标表\n序号\t指标名称\t单位\t2025年预计\t2027年目标\t属性\n"
     "1\t城镇新增就业\t万人\t1.4\t1.6\t预期性\n", [
        dict(indicator="城镇新增就业", value_text="1.4", unit="万人", year="2025", kind="result"),
        dict(indicator="城镇新增就业", value_text="1.6", unit="万人", year="2027"),
    ]),
    # an indicator table: a bare value takes the unit column, the year of its column's header, and a
    # value under an estimate/actual column is a result
    ("某县2026年主要指标\n一、指标表\n序号｜指标名称｜单位｜2025年预计｜2027年目标｜属性\n"
     "1｜城镇新增就业｜万人｜1.4｜1.6｜预期性\n", [
        dict(indicator="城镇新增就业", value_text="1.4", unit="万人", year="2025", kind="result"),
        dict(indicator="城镇新增就业", value_text="1.6", unit="万人", year="2027"),
    ]),
    ("某县2026年民生实事\n一、项目清单\n改造城镇老旧小区｜45个\n新增养老服务床位｜800张\n", [
        dict(indicator="城镇老旧小区", action="改造", value_text="45", unit="个", text="改造城镇老旧小区｜45个"),
        dict(indicator="新增养老服务床位", value_text="800", unit="张"),
    ]),
    ("某县2026年主要指标\n一、指标表\n城乡居民人均可支配收入增长｜%｜6.5\n", [
        dict(indicator="城乡居民人均可支配收入", change="increase", value_text="6.5"),
    ]),
    ("某县2026年主要指标\n一、指标表\n城市生活污水集中收集率｜达到75%以上｜约束性\n", [
        dict(indicator="城市生活污水集中收集率", comparator=">=", value_text="75", text="城市生活污水集中收集率｜达到75%以上"),
    ]),
]

WORK_REPORTS = [
    ("各位代表：\n2025年工作回顾\n一年来，全市地区生产总值增长5.6%，新建学校12所。\n2026年工作安排\n"
     "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业3万人以上。", [
        dict(kind="result", value_text="5.6"),
        dict(kind="result", value_text="12"),
        dict(kind="target", value_text="6", comparator="≈", year="2026"),
        dict(kind="target", value_text="3", comparator=">=", year="2026"),
    ]),
    ("各位代表：现在我代表市人民政府作报告。2025年工作回顾2025年是攻坚之年。全年完成固定资产投资300亿元。"
     "2026年工作安排建议2026年是关键之年。全年完成固定资产投资330亿元以上。", [
        dict(kind="result", value_text="300"),
        dict(kind="target", value_text="330", comparator=">=", year="2026"),
    ]),
    ("各位代表：\n2025年是承上启下的一年。全市粮食总产量达到52亿斤。\n2026年是全面完成规划目标的一年。"
     "粮食总产量稳定在52亿斤以上。", [
        dict(kind="result", value_text="52"),
        dict(kind="target", value_text="52", comparator=">=", year="2026"),
    ]),
]

# --------------------------------------------------------------------------- goals quoted in a sentence
QUOTED = [
    ("实现“引进人才3000名左右、新增就业岗位2万个以上”的目标。", [
        dict(indicator="人才", action="引进", comparator="≈", value_text="3000", unit="名"),
        dict(indicator="新增就业岗位", action=None, comparator=">=", value_text="2", unit="万个"),
    ]),
    ("启动2万亩“米袋子”示范基地建设。", dict(indicator="“米袋子”示范基地建设", action="启动", value_text="2", unit="万亩")),
    ("推进“一网通办”改革。", []),
]

ALL = QUOTED + LEAD_SUBJECTS + LISTS + WORK_REPORTS + COMPARATORS + CHANGE + NUMERALS + PER_POPULATION + PAIRS + ACTIONS + ACTION_BEFORE_COMPARATOR + QUALIFIED + GLUED + SHARES + YEARS + COMMITMENT + PERIOD + KINDS + TABLES + MORE_THAN + EACH + CN_COUNTS + CHANGE_IN_NAME + WORD_EDGES


@pytest.mark.parametrize(("text", "expected"), ALL, ids=_ids(ALL))
def test_target_fields(text: str, expected) -> None:
    _check(text, expected)


# --------------------------------------------------------------------------- not targets
NOT_TARGETS = [
    "健全60周岁以上老年人高龄津贴制度。",
    "对35岁以下高校毕业生给予创业指导。",
    "20万人口以上的县要建设一所特殊教育学校的规划研究。",
    "胸径二十五厘米以上的树木不得擅自迁移。",
    "高度不超过五十米的平屋顶宜实施屋顶绿化。",
    "许可期限一般不超过一年。",
    "自受理之日起十五日内作出答复。",
    "推进总投资35亿元的轨道交通一期工程建设。",
    "启动投资8000万元的城市书房项目。",
    "落实“十四五”规划确定的各项任务。",
    "实施三年行动计划。",
    "构建县乡村三级服务网络。",
    "推动“两线合一”。",
    "推广“1+N”帮扶模式。",
    "全力推进第十九届运动会筹备工作。",
    "2025年底前完成。",
    "6月底前完成系统上线。",
    "依据本条例第十二条第二款的规定执行。",
    "培育一批龙头企业。",
    "建设若干产业园区。",
    "每3年修订1次专业目录。",
    "每年召开两次联席会议。",
    "坚持把学习作为一种责任。",
    "绿地率可以降低五个百分点。",
    "建设日处理污水2万吨的污水处理项目。",
    "年营业收入2000万元以上的企业纳入统计。",
    "实现减少二次开发费用。",
]


@pytest.mark.parametrize("text", NOT_TARGETS, ids=[t[:20] for t in NOT_TARGETS])
def test_not_a_target(text: str) -> None:
    assert [t for t in _targets(text) if t.kind == "target"] == []


def test_section_paths_and_preamble() -> None:
    text = (
        "某市社区建设实施方案\n为加快发展，制定本方案。到2026年，建设10个示范点。\n一、重点任务\n"
        "（一）完善设施。新建公园5个。\n（二）优化服务。服务满意度达到95%以上。\n二、保障措施\n加强领导。"
    )
    got = _targets(text)
    assert [(t.section, t.value_text, t.year) for t in got] == [([], "10", "2026"), ([1, 1], "5", None), ([1, 2], "95", None)]


def test_nothing_after_body_end_and_no_crash_on_empty() -> None:
    assert _targets("") == []
    assert _targets("没有任何数字的一段话。") == []


def test_import_does_not_load_jieba() -> None:
    """jieba's dictionary (~0.7 s) is loaded on first need: not by import, nor by a text whose
    targets need no word segmentation (an action verb before an object does: 开发区 vs 开发)."""
    import subprocess
    import sys

    code = ("import sys, planparse; a = 'jieba' in sys.modules; planparse.parse('学前三年毛入园率达到95%以上。');"
            " b = 'jieba' in sys.modules; planparse.parse('新建幼儿园12所。'); print(a, b, 'jieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False False True"
