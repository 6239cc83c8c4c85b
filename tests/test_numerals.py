"""find_quantities: every number form the plans write, with the fields the gold compares.

Each row: a clause written for this table (not copied from any corpus document), the
``value_text``, ``value``, ``value_max``, ``unit`` and ``masked`` of the quantity the clause
is about (the row's ``pick``-th quantity, counting from 0).
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.normalize import normalize
from planparse.numerals import find_quantities, non_target_reason

NONE = object()  # "no quantity at all"

CASES = [
    # clause, pick, value_text, value, value_max, unit, masked
    # --- Arabic numbers and units
    ("全年新建公办幼儿园12所", 0, "12", 12.0, None, "所", False),
    ("城镇调查失业率控制在5.5%以内", 0, "5.5", 5.5, None, "%", False),
    ("新增城镇就业1,200人", 0, "1,200", 1200.0, None, "人", False),
    ("完成植树造林12000亩", 0, "12000", 12000.0, None, "亩", False),
    ("培训农村劳动力1.2万人次", 0, "1.2", 1.2, None, "万人次", False),
    ("完成固定资产投资2440亿元以上", 0, "2440", 2440.0, None, "亿元", False),
    ("新增光伏装机容量30万千瓦", 0, "30", 30.0, None, "万千瓦", False),
    ("改造老旧小区3.5万平方米", 0, "3.5", 3.5, None, "万平方米", False),
    ("新建城市道路18.6公里", 0, "18.6", 18.6, None, "公里", False),
    ("单位生产总值能耗下降3个百分点", 0, "3", 3.0, None, "个百分点", False),
    ("不动产登记办理时间压缩至3个工作日", 0, "3", 3.0, None, "个工作日", False),
    ("顶岗实习时间一般为6个月", 0, "6", 6.0, None, "个月", False),
    ("婴儿死亡率控制在4.5‰以下", 0, "4.5", 4.5, None, "‰", False),
    ("出水化学需氧量浓度低于30mg/L", 0, "30", 30.0, None, "mg/L", False),
    ("惠及10万家庭", 0, "10", 10.0, None, "万", False),
    ("新增5G基站1000座", 1, "1000", 1000.0, None, "座", False),
    ("互联网出口带宽扩容至10G", 0, "10", 10.0, None, "G", False),
    ("细颗粒物平均浓度降至35微克/立方米", 0, "35", 35.0, None, "微克/立方米", False),
    ("全市常住人口城镇化率达到６８．５％", 0, "６８．５", 68.5, None, "％", False),
    ("建成标准化厂房40余万平方米", 0, "40", 40.0, None, "万平方米", False),
    ("人均预期寿命达到79岁", 0, "79", 79.0, None, "岁", False),
    ("数据中心电能利用效率降到1.3以下", 0, "1.3", 1.3, None, None, False),
    # --- lists and separators that are not one number
    ("分别新建3、5所学校", 1, "5", 5.0, None, "所", False),
    ("在1，2号泵站之间铺设管线2公里", 2, "2", 2.0, None, "公里", False),
    ("完成投资12，000万元", 0, "12，000", 12000.0, None, "万元", False),
    ("两项指标分别为12，345。", 2, "345", 345.0, None, None, False),
    # --- a unit written once for a list is shared by every number of it
    ("分别新建3、5所学校", 0, "3", 3.0, None, "所", False),
    ("存贷款余额分别突破5000、5300亿元", 0, "5000", 5000.0, None, "亿元", False),
    ("三次产业结构调整为8.5∶40.2∶51.3", 0, "8.5∶40.2∶51.3", None, None, None, False),
    # --- masked digits
    ("学前三年毛入园率达到xx.xx%", 1, "xx.xx", None, None, "%", True),
    ("新增技能人才x.x万人", 0, "x.x", None, None, "万人", True),
    ("新建乡镇卫生院××所", 0, "××", None, None, "所", True),
    ("完成农村危房改造xxxx户", 0, "xxxx", None, None, "户", True),
    ("公办园在园幼儿占比达到XX%", 0, "XX", None, None, "%", True),
    ("完成棚户区改造x.xxxx万套", 0, "x.xxxx", None, None, "万套", True),
    # --- products are not masks
    ("提供7×24小时在线服务", 0, "7×24", None, None, "小时", False),
    # --- ranges: the lower end is the value
    ("每个街道建设5-10个社区食堂", 0, "5", 5.0, 10.0, "个", False),
    ("每年新增示范点5—10个", 0, "5", 5.0, 10.0, "个", False),
    ("综合能耗降低5～8%", 0, "5", 5.0, 8.0, "%", False),
    ("覆盖率达到60%—70%", 0, "60", 60.0, 70.0, "%", False),
    ("用3至5年时间完成改造", 0, "3", 3.0, 5.0, "年", False),
    ("每个乡镇培育3到5家龙头企业", 0, "3", 3.0, 5.0, "家", False),
    ("每村配备三至五名网格员", 0, "三", 3.0, 5.0, "名", False),
    ("每年培训x-xx万人次", 0, "x", None, None, "万人次", True),
    ("每个园区引进5个—10个配套项目", 0, "5", 5.0, 10.0, "个", False),
    ("带动就业5万—10万人", 0, "5", 5.0, 10.0, "万人", False),
    ("覆盖率达到百分之五十至六十", 0, "五十", 50.0, 60.0, "%", False),
    ("由3个增加到5个", 1, "5", 5.0, None, "个", False),
    ("吸纳就业1.2万余人", 0, "1.2", 1.2, None, "万人", False),
    ("新增市场主体1000多户", 0, "1000", 1000.0, None, "户", False),
    # --- Chinese numerals
    ("重点建设三所普通高中", 0, "三", 3.0, None, "所", False),
    ("带动就业一万人", 0, "一", 1.0, None, "万人", False),
    ("新增托位两千个", 0, "两千", 2000.0, None, "个", False),
    ("人均公园绿地面积不低于十二平方米", 0, "十二", 12.0, None, "平方米", False),
    ("道路两侧绿化带宽度不小于二十五米", 0, "二十五", 25.0, None, "米", False),
    ("绿化覆盖率不低于百分之九十五", 0, "九十五", 95.0, None, "%", False),
    ("森林覆盖率达到百分之五十八点六", 0, "五十八点六", 58.6, None, "%", False),
    ("小区人均绿地不少于零点五平方米", 0, "零点五", 0.5, None, "平方米", False),
    ("事故死亡率控制在千分之三以内", 0, "三", 3.0, None, "‰", False),
    ("实践课时占总课时一半以上", 0, "一半", 0.5, None, None, False),
    ("财政补助占比不低于三分之一", 0, "三分之一", 1 / 3, None, None, False),
    ("打造一座湿地公园和两条滨河步道", 1, "两", 2.0, None, "条", False),
    ("改造提升十一个城市出入口", 0, "十一", 11.0, None, "个", False),
    ("新建一百零五公里农村公路", 0, "一百零五", 105.0, None, "公里", False),
    ("实现万兆到县、千兆到乡镇、百兆到村", 0, "万", 10000.0, None, "兆", False),
    ("实现万兆到县、千兆到乡镇、百兆到村", 1, "千", 1000.0, None, "兆", False),
    ("实现万兆到县、千兆到乡镇、百兆到村", 2, "百", 100.0, None, "兆", False),
    ("绿色建筑占新建建筑比例达到七成以上", 0, "七", 7.0, None, "成", False),
    ("培育十余个特色产业集群", 0, "十", 10.0, None, "个", False),
    ("新建二十多家社区食堂", 0, "二十", 20.0, None, "家", False),
    ("动力电池产能达到130GWh", 0, "130", 130.0, None, "GWh", False),
    ("新增绿色信贷1.2万亿元", 0, "1.2", 1.2, None, "万亿元", False),
    ("单位地区生产总值能耗降至0.45吨标准煤/万元", 0, "0.45", 0.45, None, "吨标准煤/万元", False),
    ("每千人口医疗卫生机构床位达到6.5张", 0, "6.5", 6.5, None, "张", False),
    ("地区生产总值增长1.5倍", 0, "1.5", 1.5, None, "倍", False),
    ("新增高标准农田8至10个百分点", 0, "8", 8.0, 10.0, "个百分点", False),
    ("森林覆盖率稳定在百分之六十至百分之六十五", 0, "六十", 60.0, 65.0, "%", False),
    # --- per-population rates, ratios, fractions
    ("孕产妇死亡率控制在12/10万以下", 0, "12", 12.0, None, "/10万", False),
    ("孕产妇死亡率下降到xx/xx万", 0, "xx", None, None, "/xx万", True),
    ("生师比不高于1∶4000", 0, "1∶4000", None, None, None, False),
    ("生师比不高于1:18", 0, "1:18", None, None, None, False),
    ("优质资源覆盖面超过1/3", 0, "1/3", 1 / 3, None, None, False),
    ("每千人口拥有3岁以下婴幼儿托位数4个", 1, "4", 4.0, None, "个", False),
]

# Words that contain numerals but state no quantity.
NOT_QUANTITIES = [
    "谋划实施一批重大项目",
    "推进城乡供水一体化",
    "统一规划、统一建设",
    "点亮万家灯火",
    "千万不能放松",
    "打造三山两河生态格局",
    "沿六二六小河布置步道",
    "推动一些老旧厂房转型",
    "提升PM2.5治理水平",
    "创建国家4A级景区",
    "建设千家万户的幸福工程",
    "推进一户一档动态管理",
    "做到发现一户、救助一户",
    "推行“一项目一专班”机制",
    "防止二次污染",
    "坚持一成不变的标准",
    "打造零距离服务",
]


def _quantities(clause: str):
    n = normalize(clause)
    return find_quantities(n.text, n.folded)


@pytest.mark.parametrize(("clause", "pick", "value_text", "value", "value_max", "unit", "masked"), CASES)
def test_quantity_fields(clause, pick, value_text, value, value_max, unit, masked):
    qs = _quantities(clause)
    assert len(qs) > pick, f"only {len(qs)} quantities in {clause!r}"
    q = qs[pick]
    assert q.value_text == value_text
    assert q.value == pytest.approx(value) if value is not None else q.value is None
    assert q.value_max == pytest.approx(value_max) if value_max is not None else q.value_max is None
    assert q.unit == unit
    assert q.masked is masked


@pytest.mark.parametrize("clause", NOT_QUANTITIES)
def test_words_with_numerals_are_not_quantities(clause):
    assert _quantities(clause) == []


@pytest.mark.parametrize(("clause", "pick"), [(c[0], c[1]) for c in CASES])
def test_spans_are_grounded(clause, pick):
    """value_text and unit are the clean text at the reported indices."""
    n = normalize(clause)
    q = find_quantities(n.text, n.folded)[pick]
    assert q.start <= q.num_end <= q.end
    assert q.value_text in n.text[q.start : q.end]
    if q.shared_unit:
        assert n.text[q.start : q.end] == q.value_text and q.unit in n.text[q.end :]
    elif q.unit and q.form not in ("percent_word",):
        written = n.text[q.num_end : q.end]
        # the unit is the text after the number, less an approximation word inside it (万余人 → 万人)
        assert q.unit == written or q.unit == written.replace("余", "", 1).replace("多", "", 1)


def test_huge_digit_string_does_not_raise():
    q = _quantities("增长" + "9" * 10_000 + "%")[0]
    assert q.value is None and q.unit == "%"
    q = _quantities("1" + "0" * 300 + "元")[0]
    assert q.value == 1e300


def test_window_limits_the_search():
    n = normalize("新建12所，改建30所，培训500人")
    qs = find_quantities(n.text, n.folded, 5, 10)
    assert [q.value_text for q in qs] == ["30"]


@pytest.mark.parametrize(
    "text",
    [
        "一" * 10_000 + "规",
        "一" * 10_000 + "个",
        "三分" * 5_000,
        "百分之" * 3_000,
        "1-" * 5_000 + "个",
        "1:" * 5_000 + "1",
        "1、" * 5_000 + "个",
        "x" * 10_000 + "%",
    ],
    ids=["cn-run", "cn-run-unit", "fen", "pct-word", "range-chain", "ratio-chain", "list", "mask-run"],
)
def test_long_runs_take_linear_time(text):
    """Adversarial runs of 10⁴ characters finish fast (no rescanning a run from every position)."""
    n = normalize(text)
    t = time.perf_counter()
    find_quantities(n.text, n.folded)
    assert time.perf_counter() - t < 2.0


# --- properties on any text (hypothesis) -------------------------------------------------

_PIECES = [
    "1", "12", "0.5", "1,200", "１２", "．", "x", "xx.x", "×", "X", "%", "％", "‰", "个百分点", "万", "亿", "万人",
    "所", "个", "年", "岁", "周岁", "以上", "以下", "-", "—", "～", "至", "到", "、", "，", "。", ":", "∶", "/",
    "一", "两", "十", "百", "千", "零", "点", "百分之", "千分之", "分之", "一半", "余", "多", "第", "每", "“", "”",
    "（", "）", "〔", "〕", "号", "G", "兆", "A", "级", "+", "\n", "建设", "达到", "人口", "元", "罚款",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), st.integers(0, 30), st.integers(0, 60))
@settings(max_examples=300, deadline=None)
def test_quantities_are_ordered_grounded_and_in_the_window(text, a, b):
    """In any window: quantities in order, inside the window, value_text inside the span; reasons are codes."""
    n = normalize(text)
    lo, hi = min(a, b), max(a, b)
    qs = find_quantities(n.text, n.folded, lo, hi)
    prev_end = lo
    for q in qs:
        assert prev_end <= q.start <= q.num_end <= q.end <= min(hi, len(n.text))
        assert q.value_text and q.value_text in n.text[q.start : q.end]
        assert q.value is None or q.value == q.value  # never NaN
        assert q.value_max is None or q.value is None or q.value_max > q.value
        assert non_target_reason(n.folded, q) is None or isinstance(non_target_reason(n.folded, q), str)
        prev_end = q.end


def test_lexicon_blocks_do_not_redefine_each_other():
    """lexicon/quantities.py is shared: a name of the numerals block redefined below would silently win."""
    import inspect
    import re

    from planparse.lexicon import quantities

    src = inspect.getsource(quantities)
    cut = src.index("# COMPARATORS, COMMITMENT AND ACTION WORDS")
    names = [set(re.findall(r"^([A-Z][A-Z0-9_]*)\s*[:=]", part, re.M)) for part in (src[:cut], src[cut:])]
    assert names[0] and not names[0] & names[1]
