"""Clause splitting and numeric-target recognition.

Works on the clean text (``norm.folded`` for matching, ``norm.text`` for the
strings reported).  The body (up to ``outline.body_end``) is cut into
paragraphs (lines, and section starts in mid-line), sentences (。！？) and
clauses (，；：outside brackets and quotes; a table cell separator ｜ always ends a
clause, and a value cell is named by its row's label cell, takes a unit column and
its column header's year).  Every quantity that
:func:`planparse.numerals.find_quantities` finds in a clause, and that
:func:`~planparse.numerals.non_target_reason` does not rule out, is read
against its context:

* **comparator**: the word written before it (达到, 不低于, 控制在, 增长 …) or
  after it (以上, 以内, 左右 — 左右 wins), ``>`` for 余/多 (1200余场); a change word gives ``=`` and a
  ``change`` direction, unless it has its own object (改造提升X40个) or reads
  ``提升X到Y``;
* **indicator**: the noun phrase before the comparator; for an action count the
  object around the number, with the verb in ``action`` (新建、改扩建公办幼儿园xx所,
  建成120个…平台); for a share written around the value (30%的县通过认定) a
  composed ``<predicate>的<population>比例``; items of a list that leave the
  measure unnamed take it from the lead-in (防护绿地的宽度，…：) or the list's
  last item (…的带宽要求); shared comparators and 分别 pairs are split, and a value
  shared with 各/均/都 (A企业和B企业各30家) gives one target per listed noun;
* **year**: the nearest valid year before it in the sentence, else one opening
  the paragraph or a goal-list lead-in, else a heading year, a work-report part
  heading (2024年工作安排) or a one-year plan title;
* **commitment**, **period** from the words governing the clause;
* **kind**: ``result`` in review parts (…工作回顾, 一年来, a reviewed year) or with
  past markers, ``parameter`` for per-unit rates, subsidies, fees and scores.

Quantities that are conditions (60周岁以上), project budgets (总投资10亿元的…),
baselines (从28%提升到35%), schedules (每3年修订1次), deadlines, permitted
relaxations or parts of an indicator (学前三年毛入园率) are dropped.  Every word
list lives in :mod:`planparse.lexicon.quantities`; jieba is loaded lazily and
only asked about a short phrase when the lexicon knows no verb in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

import regex as re

from .lexicon import quantities as lex
from .models import Target
from .normalize import Normalized
from .numerals import Quantity, find_quantities, non_target_reason
from .outline import Node, Outline

# --------------------------------------------------------------------------- regexes


_rx = cache(re.compile)  # compiled once per pattern written inline below


def _alt(words) -> str:  # noqa: ANN001 - any iterable of str
    """Regex alternation of ``words``, longest first, escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))  # deterministic order


_SENT_END = frozenset("。！？!?")
_CLAUSE_END = frozenset("，,；;：:")
_CELL_SEP = frozenset("|｜")  # table cells (the .docx reader joins a row's cells with ｜): a hard boundary
_OPEN = {"(": ")", "（": "）", "“": "”", "「": "」", "『": "』", "《": "》", "【": "】", "[": "]"}
_CLOSE = frozenset(_OPEN.values())
_SPACE = " \t\u3000\n\r\u2028\u2029\x85\x0c\x0b"  # line breaks the outline also treats as such

_YEAR_RE = re.compile(
    r"(?P<lead>力争到|争取到|预计到|计划到|确保到|截至|截止到|截止|到|至|于|在)?"
    r"(?P<y>(?<![0-9xX×])(?:19|20)[0-9]{2}(?![0-9])|(?<![0-9xX×])[xX×]{4}(?![0-9xX×]))年"
    r"(?P<post>年底前|年底|年末|底前|末前|底|末|前)?"
)
# after a year: a date, a start, a range or a name, not a target year
_YEAR_BAD_AFTER = re.compile(
    r"(?<!\s)\s*(?:[0-9xX×]{1,2}月|[一二三四五六七八九十]{1,2}月|度|以来|起|开始|之前|—|-|–|~|～|至[0-9]|到[0-9]|远景|前后|后|"
    r"的(?!(?:主要|发展|总体|具体|预期|工作)?(?:目标|任务|指标))|以后|间)"
)
_YEAR_BAD_BEFORE = re.compile(r"(?:从|自|自从|始于|由|以|比|较|与|同|相比于?|相对于?|[0-9]{4}年?[—\-–~～至到])\s*$")

_COMP_RE = re.compile(_alt(list(lex.COMPARATOR_BEFORE) + list(lex.CHANGE_WORDS)))
_AFTER_RE = re.compile(r"(?:的)?(" + _alt(lex.COMPARATOR_AFTER) + r")")
_BIND_RE = re.compile(_alt(lex.BINDING_WORDS))
_ASP_RE = re.compile(_alt(lex.ASPIRATIONAL_WORDS))
_ANNUAL_RE = re.compile(_alt(lex.ANNUAL_WORDS))
_CUMUL_RE = re.compile(_alt(lex.CUMULATIVE_WORDS))
_VERB = r"(?:基本|初步|累计)?(?:" + _alt(lex.ACTION_VERBS) + r")"
# verbs chain with a joiner (新建、改扩建) or, for a few second verbs, directly (新建改造, 开工改造)
# (possessive: 提升改造 reads as one verb or as 提升+改造, and backtracking over that choice is exponential)
_ACTION_RE = re.compile(_VERB + r"(?:(?:、|和|及|并)" + _VERB + r"|(?:" + _alt(lex.CHAINED_VERBS) + r"))*+")
# 和 leads in a listed item ("…和农村劳动力…"), but not in 和美/和谐/和平 names
_LEADING_RE = re.compile(
    r"(?:" + _alt(w for w in lex.LEADING_VERBS + lex.LEADING_SCOPE if w != "和") + r"|和(?![美谐平睦])|其(?![他余它次实中])"
    r"|(?:" + _alt(lex.VERB_ADVERBS) + r")(?=" + _VERB + r"|" + _alt(lex.LEADING_VERBS) + r"))++"
)
_TRAILING_RE = re.compile(r"(?:" + _alt(lex.TRAILING_WORDS) + r"|" + lex.TRAILING_BASELINE + r")$")
_BASELINE_RE = re.compile(lex.TRAILING_BASELINE)
_PAST_SECTION_RE = re.compile(lex.PAST_SECTION)
_FUTURE_SECTION_RE = re.compile(lex.FUTURE_SECTION)
# "2024年是…关键一年" / "今年是…" opening a paragraph: the reviewed year or the planned one
_YEAR_IS_RE = re.compile(r"(?:^|(?<=[。！？!?]))[ \t\u3000]*(?:(?P<y>(?:19|20)[0-9]{2})\s*年|(?P<now>今年))是", re.M)
_BLOCK_RE = re.compile(
    r"(?:^|(?<=[。！？!?]))[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}[、.．]\s*)?"
    r"(?:(?P<past>" + lex.PAST_BLOCK + r")|(?P<future>" + lex.FUTURE_BLOCK + r"))"
    r"(?=[ \t\u3000]*(?:\n|$|(?:19|20)[0-9]{2}|[\p{Han}，,]))",
    re.M,
)
_PAST_RE = re.compile(lex.PAST_SENTENCE)
_PARAM_RE = re.compile(lex.PARAMETER_WORDS)
_LIST_SEP_RE = re.compile(lex.NAME_LIST_SEP)
_CONDITION_LEAD_RE = re.compile(lex.CONDITION_LEADIN)
_PARAM_RULE_RE = re.compile(lex.PARAMETER_RULE_WORDS)
_PARAM_INDICATOR_RE = re.compile(lex.PARAMETER_INDICATORS)
_TOTAL_RE = re.compile(_alt(lex.TOTAL_VERBS))
_BUDGET_RE = re.compile(lex.PROJECT_BUDGET_BEFORE)
_OBJ_STOP_RE = re.compile(
    r"(?:和|与|及|、|以及)(?=[\p{Han}]{0,4}?[0-9xX×一二两三四五六七八九十百千万]+[^0-9a-zA-Z]?)|"
    + _alt(lex.OBJECT_STOP)
    + r"|[，,；;。：:！？]"
)
_HEAD_RE = re.compile(r"(?:" + _alt(lex.INDICATOR_HEADS) + r")$")
_TRAILING_VERB_RE = re.compile(r"(?:基本|初步|全面|累计|新)?(?:" + _alt(lex.ACTION_VERBS) + r")$")
_VERB_TO_RE = re.compile(r"(" + _alt(lex.ACTION_VERBS) + r")[至到]$")
_GENERIC_RE = re.compile(_alt(lex.GENERIC_ATTRIBUTES + ("和", "与", "及", "的")))
_SCHEDULE_RE = re.compile(r"每(?:[0-9一二两三四五六七八九十半]+)?(?:个)?(?:年|月|季度|季|周|半年|学期|天|日)")
_DEADLINE_CLAUSE_RE = re.compile(r"之日起|期限|有效期|时限|届满|不得迟于|最迟|逾期|期满")
_TIME_UNITS = frozenset(("年", "个月", "月", "周", "天", "日", "个工作日", "工作日", "小时", "个小时", "分钟"))
_RATE_UNITS = frozenset(("%", "％", "‰", "‱"))  # units as written: full-width ％ too
_MID_DROP_RE = re.compile(r"(?<=.)(?:" + _alt(lex.MID_DROP_WORDS) + r")(?=.)")
_TIME_QUALIFIER_RE = re.compile(_alt(lex.TIME_QUALIFIERS))
_PUNCT_STRIP = "，,；;：:、。.！!？? \u3000\n\r—-"
_ENUM_RE = re.compile(r"^(?:[（(][0-9一二三四五六七八九十]{1,3}[）)]|[①-⑳]|[0-9]{1,2}[.、．](?![0-9])|[一二三四五六七八九十]是)")
# A descriptive relative clause before a counted object ("引领行业发展的", "专业水平高、服务能力强的",
# "符合…需要的"): what is counted is named without it.
_DESCRIPTIVE_RE = re.compile(
    r"(?:(?:具有|具备|引领|符合|满足|带动|体现|代表|发挥)[^的，,。；;]{2,24}|[^的，,。；;]{1,8}[高强大好优]、[^的，,。；;]{1,8}[高强大好优])的"
)
_ACTION_WORDS = frozenset(lex.ACTION_VERBS)
_DURATION_RE = re.compile(lex.DURATION_LEAD)
# (not after a numeral: 前三年平均数 is an average over years, not a period)
_ANNUAL_INSIDE_RE = re.compile(
    r"(?<![0-9一二两三四五六七八九十])(?:每年|年均|年平均)(?!" + _alt(lex.ANNUAL_MEASURE_HEADS) + r")"
)
_RATE_NAME_RE = re.compile(r"(?:率|比例|比重|占比)$")
_MEASURE_ONLY_RE = re.compile(r"(?:面积|人数|数量|规模|总量|长度|里程|人次)$")
_CONDITION_PREFIX_RE = re.compile(r"^[0-9xX×.]+[^\p{Han}]{0,2}[\p{Han}]{0,3}?(?:及|或)?(?:以上|以下)的?")


# --------------------------------------------------------------------------- text units


@dataclass
class _Clause:
    start: int
    end: int


@dataclass
class _Sentence:
    start: int
    end: int
    clauses: list[_Clause]


@dataclass
class _Found:
    """A target under construction (clean indices)."""

    q: Quantity
    clause: _Clause
    indicator: str
    comparator: str
    change: str | None = None
    action: str | None = None
    period: str | None = None
    kind: str = "target"
    span: tuple[int, int] = (0, 0)
    form: str = "level"  # level / count / share
    extra: dict = field(default_factory=dict)


_NUMBER_CHAR_RE = re.compile(r"[0-9xX×.%一二两三四五六七八九十百千万亿零〇]")


def _segments(folded: str, start: int, end: int) -> list[_Sentence]:
    """Sentences of ``[start, end)`` and their clauses, splitting outside brackets and quotes."""
    sentences: list[_Sentence] = []
    clauses: list[_Clause] = []
    depth = 0
    cs = ss = start
    i = start
    while i < end:
        ch = folded[i]
        if i - cs >= lex.CLAUSE_MAX and not _NUMBER_CHAR_RE.match(ch):
            # a "clause" this long has no stops at all (PDF junk, adversarial input): cut it, so that
            # the values of one clause, held together while it is read, stay few
            clauses.append(_Clause(cs, i))
            cs = i
            if i - ss >= lex.SENTENCE_MAX:
                sentences.append(_Sentence(ss, i, clauses))
                clauses = []
                ss = i
        if ch in _CELL_SEP:
            depth = 0  # an unclosed bracket never carries into the next cell
            clauses.append(_Clause(cs, i))
            cs = i + 1
        elif ch in _OPEN and not (ch == '"' and depth):
            depth += 1
        elif ch in _CLOSE or (ch == '"' and depth):
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in _CLAUSE_END or ch in _SENT_END):
            clauses.append(_Clause(cs, i))
            cs = i + 1
            if ch in _SENT_END or i + 1 - ss >= lex.SENTENCE_MAX:
                sentences.append(_Sentence(ss, i + 1, clauses))
                clauses = []
                ss = i + 1
        i += 1
    if cs < end:
        clauses.append(_Clause(cs, end))
    if clauses:
        sentences.append(_Sentence(ss, end, clauses))
    return sentences


def _paragraphs(text: str, start: int, end: int, cuts: list[int]) -> Iterator[tuple[int, int]]:
    """Lines of ``[start, end)``, also cut where a section starts in mid-line.

    A stream, walking the sorted cuts once: no list of every line (10^5 short lines cost ~20x the
    input) and no scan of every cut for every line."""
    bounds = sorted({c for c in cuts if start < c < end})
    k, pos = 0, start
    while True:
        le = text.find("\n", pos, end)
        le = end if le < 0 else le
        s = pos
        while k < len(bounds) and bounds[k] <= pos:
            k += 1
        while k < len(bounds) and bounds[k] < le:
            yield s, bounds[k]
            s = bounds[k]
            k += 1
        if s < le:
            yield s, le
        if le >= end:
            return
        pos = le + 1


# --------------------------------------------------------------------------- jieba (short phrases only)


@cache
def _jieba():  # noqa: ANN202 - module object
    import jieba

    jieba.setLogLevel(60)
    return jieba


@cache
def _jieba_posseg():  # noqa: ANN202 - module object
    _jieba()
    import jieba.posseg as pseg

    return pseg


def _tokens(phrase: str) -> list[tuple[str, str]]:
    """(word, POS) for a short phrase."""
    if not phrase:
        return []
    return [(w.word, w.flag) for w in _jieba_posseg().lcut(phrase, HMM=False)]


def _words(phrase: str) -> list[str]:
    """jieba's words of a short phrase (segmentation only: ~5x cheaper than :func:`_tokens`)."""
    return _jieba().lcut(phrase, HMM=False) if phrase else []


# --------------------------------------------------------------------------- years


def _valid_year(folded: str, m: re.Match) -> bool:
    """A year mention that can be a target year (not a date, a start, a range or a name)."""
    if _YEAR_BAD_AFTER.match(folded, m.end()):
        return False
    before = folded[max(0, m.start() - 8) : m.start("y")]
    if _YEAR_BAD_BEFORE.search(before):
        return False
    return True


def _years_in(folded: str, s: int, e: int) -> list[tuple[int, str]]:
    return [(m.start(), m.group("y")) for m in _YEAR_RE.finditer(folded, s, e) if _valid_year(folded, m)]


def _single_year(s: str | None) -> str | None:
    """The one year a heading or one-year plan title names, if it names exactly one."""
    if not s:
        return None
    if _rx(r"[0-9xX×]{4}\s*年?\s*[—\-–~～至到]\s*[0-9xX×]{4}").search(s) or _rx(r"远景|规划|纲要|五年").search(s):
        return None
    ys = {m.group("y") for m in _YEAR_RE.finditer(s) if not _rx(r"\s*[0-9xX×]{1,2}月").match(s[m.end():])}
    return ys.pop() if len(ys) == 1 else None


_PLAN_TITLE_RE = re.compile(
    r"((?:19|20)[0-9]{2}|[xX×]{4})年[^，。,\n]{0,40}?"
    r"(?:工作要点|工作计划|工作方案|工作安排|考评办法|考核办法|实施方案|行动方案|行动计划|重点工作|任务清单|政府工作报告|工作报告)"
)


def _title_year(norm: Normalized, outline: Outline) -> str | None:
    """Year of a one-year plan named by the title (or, without a title, by the preamble)."""
    if outline.title:
        return _single_year(outline.title)
    m = _PLAN_TITLE_RE.search(norm.folded, 0, min(outline.body_start, 3000))
    return _single_year(m.group(0)) if m else None


# --------------------------------------------------------------------------- indicator helpers


def _strip(s: str) -> str:
    """Strip punctuation at both ends; a quote is stripped only when it has no partner."""
    s = s.strip(_PUNCT_STRIP)
    for o, c in (("“", "”"), ('"', '"')):
        if o != c:
            if s.startswith(c) or (s.startswith(o) and c not in s):
                s = s[1:]
            if s.endswith(o) or (s.endswith(c) and o not in s):
                s = s[:-1]
        elif s.count(o) % 2 == 1:
            s = s.strip(o)
    return s.strip(_PUNCT_STRIP)


def _trim_leading(s: str, keep_action: bool = False) -> str:
    """Drop leading adverbs, lead-in verbs and scope words (力争, 确保, 实现, 全年, 全市 …)."""
    s = _strip(s)
    for _ in range(4):
        if keep_action and _ACTION_RE.match(s):
            break
        m = _LEADING_RE.match(s)
        if m and m.end() == len(s) and not (keep_action and _ACTION_RE.fullmatch(s)):
            return ""
        if m and m.end() < len(s):
            rest = s[m.end() :]
            # keep words the indicator itself starts with (基本养老保险, 新增技能人才, 全年流通人次 …)
            cut = m.end()
            word = m.group(0)
            if word.endswith("基本") and rest[:1] not in "实建达":
                cut -= 2
            if cut <= 0:
                break
            s = _strip(s[cut:])
        else:
            break
    y = _YEAR_RE.match(s) or _DURATION_RE.match(s)
    if y and y.end() < len(s):
        s = _strip(s[y.end() :])  # 到2025年 / 5年内: when, not what
        return _trim_leading(s, keep_action)
    return s


def _trim_trailing(s: str) -> str:
    s = _strip(s)
    for _ in range(8):
        m = _TRAILING_RE.search(s)
        if not m or m.start() == 0:
            break
        if len(m.group(0)) == 1 and s[m.start() - 1 : m.end()] in lex.TRAILING_WORD_NOUNS:
            break  # 产能, 储能, 动能: the character ends a noun, it is not a modal
        s = _strip(s[: m.start()])
    return s


def _clean_indicator(s: str) -> str:
    """Trim an indicator phrase: leading verbs/adverbs, trailing adverbs, long glosses in brackets."""
    s = _ENUM_RE.sub("", _strip(s))
    s = _rx(r"[①-⑳㉑-㉟㊱-㊿]").sub("", s)  # footnote marks
    s = _rx(r"[（(][^（）()]{10,}[）)]").sub("", s)  # drop long explanatory glosses
    s = _MID_DROP_RE.sub("", s)
    s = _rx(r"(?:从|由)(?:[0-9xX×]{4}年)?(?:的)?[0-9xX×][^，,]*$").sub("", s)  # …比重从2020年的28%提升到
    s = _trim_trailing(_trim_leading(s))
    # a listed subject closed by 等 (A、B等x类重点对象…): keep what follows 等
    m = _rx(r"、[^、]{1,12}?等(?=[\p{Han}0-9xX×]{4,})").search(s)
    if m and not _rx(r"[高中初平同]等$").search(s[: m.end()]):
        s = s[m.end() :]
    # a trailing baseline left inside ("…收入按可比口径")
    s = _strip(_BASELINE_RE.sub("", s)) if _BASELINE_RE.search(s) and not _BASELINE_RE.match(s) else s
    return _strip(s)


def _split_action(s: str) -> tuple[str | None, str]:
    """Split a leading action verb chain from an object phrase (新建、改扩建公办幼儿园 → 新建、改扩建, 公办幼儿园)."""
    s = _trim_leading(s, keep_action=True)
    m = _ACTION_RE.match(s)
    end = m.end() if m else 0
    if m and end < len(s):
        glued = _glued_char(s, end)
        if glued and s[end] in lex.VERB_COMPLETIONS:
            end += 1  # 新建成|标准化厂房: the verb with its completion
        elif glued:
            return None, s  # 开发区, 建筑业, 新开发, 上榜: the "verb" is the start of another word
    if m and end < len(s):
        verb = _strip(s[:end])
        rest = _strip(s[end:])
        if verb.startswith("新增") or _MEASURE_ONLY_RE.fullmatch(rest):
            return None, s  # 新增 stays in the indicator (新增技能人才); 造林面积 is a noun
        if len(rest) == 1 or _RATE_NAME_RE.search(rest):
            return None, s  # 覆盖率, 投资额, 整改完成率, 建成区绿化覆盖率: the verb is part of the measure's name
        # 扩容至 / 提升到: the value is the level after the action
        return verb, rest
    if m and end == len(s):
        return _strip(s[:end]), ""  # the verb alone (新建成: with its completing 成)
    return None, s


def _measure_name(s: str) -> bool:
    """Whether ``s`` names a measure (…率, …比例, …数量, …人数, 列数), so a verb before it is part of the name."""
    return bool(_RATE_NAME_RE.search(s) or _MEASURE_ONLY_RE.search(s)) or s.endswith("数")


def _action_count_unit(unit: str | None) -> bool:
    """Whether ``unit`` counts things an action produces (所, 家, 万名), not a change, a span of time or
    a number of times."""
    if not unit:
        return False
    for prefix in lex.MAGNITUDE_PREFIXES:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            unit = unit[len(prefix) :]
            break
    # 接待游客1.2亿人次: a unit of times counts the action itself, whose verb then names the measure
    return unit in lex.COUNT_UNITS and unit not in lex.ACTION_COUNT_EXCLUDED_UNITS and not unit.endswith("次")


def _glued_char(s: str, i: int) -> bool:
    """Whether ``s[i]`` alone completes the word jieba reads across ``i`` (开发|区, 建|筑业's 建筑,
    新开|发, 新建|成): the verb matched before ``i`` is then not a word of its own.  A word running on
    for two or more characters (引进人才, 推广应用) is a verb–object compound: the split stands."""
    k = 0
    for word in _words(s[: i + 6]):
        if k < i < k + len(word):
            return k + len(word) == i + 1
        k += len(word)
        if k >= i:
            return False
    return False


def _trailing_action(s: str) -> tuple[str | None, str]:
    """Split an action verb written after its object (棚户区改造基本建成 → 基本建成)."""
    m = _TRAILING_VERB_RE.search(s)
    if m and m.start() > 1 and not _HEAD_RE.search(s[: m.end()]):
        verb = m.group(0)
        obj = _strip(s[: m.start()])
        if verb in ("改造", "建设", "治理", "整治", "修复", "培训", "服务", "绿化", "造林", "投资") and len(verb) == 2:
            return None, s  # nominal use: 棚户区改造, 村屯绿化, 职业技能培训
        return verb, obj
    return None, s


def _object_after(folded: str, text: str, i: int, end: int) -> tuple[str, int]:
    """The object written after a count (``…个骨干专业（群）和…``), as written, and where it ends.

    Read within ``OBJECT_WINDOW`` characters of the count: a clause with no stop in it (``百分之``
    × 10^4) made every count scan, and copy, the rest of the clause — quadratic time.
    """
    end = min(end, i + lex.OBJECT_WINDOW)
    j = i
    # skip a parenthetical right after the count: 2400户（累计约3600户）大中型…
    if j < end and folded[j] in "(（":
        close = folded.find("）" if folded[j] == "（" else ")", j, end)
        if close > 0:
            j = close + 1
    if j < end and folded[j] == "的":
        j += 1
    if j < end and folded[j] in "、和及与":
        return "", j  # the list goes on: this count's object is written after the next one
    cond = _CONDITION_PREFIX_RE.match(folded[j:end])
    if cond:
        j += cond.end()  # 178座10蒸吨及以下的锅炉: skip the size class
    elif j < end and folded[j] in "0123456789xX×":
        return "", j  # 老旧小区86个70.29万平方米: another quantity, no object
    lead = _rx(r"各类|各种|各项|[\p{Han}]{1,3}[化型性]的(?=[\p{Han}]{2})").match(folded[j:end])
    if lead:
        j += lead.end()  # 各类燃煤锅炉, 现代化的垃圾中转站: the counted thing without its epithet
    depth = 0
    k = j
    while k < end:
        ch = folded[k]
        if ch in "(（“《":
            depth += 1
        elif ch in ")）”》":
            if depth == 0:
                break  # the quote or bracket the count stands in closes here
            depth -= 1
        elif depth == 0:
            m = _OBJ_STOP_RE.match(folded, k, end)
            if m and k > j:
                break
            if ch in "，,；;。：:！？":
                break
        k += 1
    obj = _strip(text[j:k])
    if len(obj) > 6 and obj.endswith("工作"):
        obj = obj[:-2]  # …淘汰和清洁能源替代工作
    m = _rx(r"^([^、]{2,})、.+等(?:[\p{Han}]{1,6})$").match(obj)
    if m:
        obj = m.group(1)  # 五所普通中小学新建扩建、职业高中扩建…等工程建设: the count is the first item's
    m = _DESCRIPTIVE_RE.match(obj)
    if m and len(obj) - m.end() >= 4:
        obj = obj[m.end() :]  # 引领行业发展的智能制造示范工厂 → 智能制造示范工厂 (the shortest name)
    return obj, k


def _split_shared(ind: str, n: int) -> list[str] | None:
    """``A率和B率`` → [A率, B率]; ``城乡居民X`` with two values → 城镇居民X, 农村居民X."""
    if n == 2 and "城乡" in ind:
        return [ind.replace("城乡", "城镇", 1), ind.replace("城乡", "农村", 1)]
    parts = [p for p in _LIST_SEP_RE.split(ind) if p]
    if len(parts) >= 2 and all(_HEAD_RE.search(p) and len(p) >= 3 for p in parts):
        return parts
    if n >= 2 and len(parts) == n:
        # A和B + shared head: 智能制造装备和工业软件市场满足率 → …装备市场满足率, 工业软件市场满足率
        last = parts[-1]
        # parallel subjects end alike (生活垃圾、建筑垃圾资源化利用率): the head starts after that ending
        first = parts[0]
        if all(len(p) <= 2 for p in parts[:-1]) and len(last) > len(first):
            return [p + last[len(first) :] for p in parts[:-1]] + [last]  # 一、二、三产 → 一产, 二产, 三产
        for k in range(min(len(first), 4), 1, -1):
            i = last.find(first[-k:])
            if 0 < i and _HEAD_RE.search(last) and len(last) - (i + k) >= 2:
                head = last[i + k :]
                return [p + head for p in parts[:-1]] + [last]
        for k in range(len(last) - 1, 0, -1):
            if _HEAD_RE.search(last[k:]):
                head = last[k:]
                if len(last) - len(head) >= 2:
                    return [p + head for p in parts[:-1]] + [last]
        return None
    return None


# --------------------------------------------------------------------------- main


class _Doc:
    """Per-document context: outline lookups and inherited years."""

    def __init__(self, norm: Normalized, outline: Outline) -> None:
        self.norm = norm
        self.outline = outline
        self.text = norm.text
        self.folded = norm.folded
        self.nodes = outline.flat()
        self.by_path = {n.path: n for n in self.nodes}
        self.title_year = _title_year(norm, outline)
        self._heading_info: dict[tuple[int, ...], tuple[str | None, bool | None]] = {}
        # (position, past?, year) of unnumbered part headings (2023年工作回顾 / 2024年工作安排)
        self.blocks: list[tuple[int, bool, str | None]] = []
        past_year = ""
        for m in _BLOCK_RE.finditer(self.folded, 0, outline.body_end):
            if len(m.group(0).strip()) > 24:
                continue
            if m.group("past") is not None:
                past_year = max(past_year, m.group("py") or "")
                self.blocks.append((m.start(), True, None))
            elif m.group("y") > past_year:  # a plan part names a year after the reviewed one
                self.blocks.append((m.start(), False, m.group("y")))
        # paragraphs opening with "<year>是…": the latest year is the planned one, earlier ones are reviewed
        opens = [(m.start(), m.group("y")) for m in _YEAR_IS_RE.finditer(self.folded, 0, outline.body_end)]
        latest = max((y for _, y in opens if y), default=None)
        if latest and any(y and y < latest for _, y in opens) or any(b[1] for b in self.blocks):
            for pos, y in opens:
                self.blocks.append((pos, bool(y and y < latest), None if y and y < latest else latest))
            self.blocks.sort()
        # the year the document plans for: a one-year title, else its plan part
        self.plan_year = self.title_year or max((y for _, past, y in self.blocks if y), default=None)

    def block_at(self, pos: int) -> tuple[bool, str | None]:
        """(inside a review part?, year of the plan part) of the last part heading before ``pos``."""
        last = None
        for b in self.blocks:
            if b[0] > pos:
                break
            last = b
        return (last[1], last[2]) if last else (False, None)

    def heading_text(self, node: Node) -> str:
        return node.title or self.folded[node.start : min(node.head_end, node.start + 60)]

    def chain(self, node: Node | None) -> list[Node]:
        out = []
        while node is not None:
            out.append(node)
            node = self.by_path.get(node.path[:-1]) if len(node.path) > 1 else None
        return out

    def heading_info(self, node: Node | None) -> tuple[str | None, bool | None]:
        """(year named by the nearest heading, past review (True) / plan part (False) / unknown (None))."""
        if node is None:
            return None, None
        key = node.path
        if key not in self._heading_info:
            year, past = None, None
            for n in self.chain(node):
                h = self.heading_text(n)
                if year is None:
                    year = _single_year(h)
                if past is None and _PAST_SECTION_RE.search(h):
                    past = True
                elif past is None and _FUTURE_SECTION_RE.search(h):
                    past = False
            self._heading_info[key] = (year, past)
        return self._heading_info[key]


def extract_targets(norm: Normalized, outline: Outline) -> list[Target]:
    """Every quantity the text states, with section path, year, kind and original span."""
    doc = _Doc(norm, outline)
    text, folded = doc.text, doc.folded
    end = min(outline.body_end, len(text))
    number_ends = {n.start: n.start + len(n.number) for n in doc.nodes}
    cuts = [n.start for n in doc.nodes]
    out: list[Target] = []
    pool: dict[str, str] = {}  # one string per distinct name, number, unit, verb, year: they repeat
    share = pool.setdefault
    list_year: tuple[str, int] | None = None  # (year, scope end) of a goal-list lead-in
    chapeau: dict[tuple[int, ...], str] = {}  # commitment a list lead-in gives its items
    subjects: dict[tuple[int, ...], str] = {}  # what a list lead-in says its items measure (防护绿地的宽度)
    conditions: set[tuple[int, ...]] = set()  # sections whose lead-in lists eligibility conditions (下列条件：)
    for ps, pe in _paragraphs(text, 0, end, cuts):
        if ps in number_ends:
            ps = number_ends[ps]
        while ps < pe and text[ps] in _SPACE:
            ps += 1
        if ps >= pe:
            continue
        node = outline.node_at(ps)
        if list_year and ps >= list_year[1]:
            list_year = None
        head_year, heading_past = doc.heading_info(node)
        sentences = _segments(folded, ps, pe)
        para_year = _paragraph_year(folded, sentences)
        para_subject = None
        for sent in sentences:
            years = _years_in(folded, sent.start, sent.end)
            block_past, block_year = doc.block_at(sent.start)
            past_section = heading_past if heading_past is not None else (block_past and not head_year)
            found = _sentence_targets(doc, sent, past_section)
            lead = folded[sent.start : sent.end].rstrip(_SPACE)
            if lead.endswith((":", "：")) and not found:
                if years:
                    scope_end = node.end if node is not None else outline.body_start
                    list_year = (years[-1][1], max(scope_end, pe))
                c = _commitment(lead)
                if c and node is not None:
                    chapeau[node.path] = c
                if node is not None and _CONDITION_LEAD_RE.search(lead):
                    conditions.add(node.path)
                subj = _lead_subject(text, folded, sent)
                if subj:
                    para_subject = subj
                    if node is not None:
                        subjects[node.path] = subj
            for k, f in enumerate(found):
                if f.form == "level" and (f.q.unit or "") not in lex.COUNT_UNITS and not _HEAD_RE.search(f.indicator):
                    # the measure this item leaves unnamed: a lead-in clause of the sentence (…分别达到以下标准：),
                    # the measure of the previous item (…的绿地率；其中…设施不低于…), or the list's lead-in
                    prev = found[k - 1] if k else None
                    subj = _clause_lead_subject(text, folded, sent, f.clause)
                    if subj is None and prev is not None and "的" in prev.indicator and _HEAD_RE.search(prev.indicator):
                        f.indicator += prev.indicator[prev.indicator.rindex("的") :]
                    else:
                        subj = subj or para_subject or next((subjects[n.path] for n in doc.chain(node) if n.path in subjects), None)
                        if subj:
                            f.indicator = _with_subject(f.indicator, subj)
                s = f.q.start
                column = f.extra.get("column")
                if column and (_PAST_COLUMN_RE.search(column) or f.extra.get("base_column")):
                    f.kind = "result"  # a value under 2025年预计 / 实际 / 基期, or a base year: not the goal
                if f.kind == "target" and conditions and any(n.path in conditions for n in doc.chain(node)):
                    f.kind = "parameter"  # an item of 应当符合下列条件： is an eligibility condition, not a goal
                year = next((y for p, y in reversed(years) if p < s), None) or (_single_year(column) if column else None)
                year = year or para_year or (list_year[0] if list_year else None) or head_year
                if f.kind != "result":  # the planned year is not the year of a reported result
                    year = year or block_year or doc.title_year
                    if year is None and doc.plan_year and _rx(r"今年|年内|全年|当年").search(folded[sent.start : s]):
                        year = doc.plan_year  # 今年 names the year the document plans for
                commitment = _commitment(folded[max(f.clause.start, s - 80) : s]) or _lead_commitment(folded, sent)
                if commitment is None and node is not None:
                    # a list lead-in of this section or an ancestor (应当按照下列指标控制：)
                    commitment = next((chapeau[n.path] for n in doc.chain(node) if n.path in chapeau), None)
                if f.kind == "target" and year and doc.plan_year and year < doc.plan_year and "x" not in year:
                    f.kind = "result"  # a past year inside a plan for a later year
                a, b = f.span
                while a < b and text[a] in _SPACE:
                    a += 1
                while b > a and text[b - 1] in _SPACE:
                    b -= 1
                sec_node = outline.node_at(a)
                out.append(
                    Target.built(
                        indicator=share(f.indicator, f.indicator),
                        comparator=f.comparator,
                        value=f.q.value,
                        value_text=share(f.q.value_text, f.q.value_text),
                        value_max=f.q.value_max,
                        unit=None if f.q.unit is None else share(f.q.unit, f.q.unit),
                        masked=f.q.masked,
                        change=f.change,
                        action=None if f.action is None else share(f.action, f.action),
                        period=f.period,
                        year=None if year is None else share(year, year),
                        commitment=commitment,
                        kind=f.kind,
                        section=list(sec_node.path) if sec_node is not None else [],
                        text=norm.orig_text(a, b),
                        span=norm.orig_span(a, b),
                    )
                )
    return _without_restated_rows(out)


def _in_table(t: Target) -> bool:
    return any(c in t.text for c in "｜|\t")


def _without_restated_rows(targets: list[Target]) -> list[Target]:
    """Drop a table row's value that restates a target the prose states (same indicator, value, unit
    and year): the indicator table of a plan repeats its text's goals, and one goal is one target."""
    said = {(t.indicator, t.value_text, t.unit, t.year) for t in targets if not _in_table(t)}
    return [t for t in targets if not (_in_table(t) and (t.indicator, t.value_text, t.unit, t.year) in said)]


_LEAD_SUBJECT_RE = re.compile(r"(?P<s>[^，,。：:；;]{2,16}?)(?:，|,|分别|应当|不得|不低于|不少于|不小于|达到|按照|符合)")


def _lead_subject(text: str, folded: str, sent: _Sentence) -> str | None:
    """What a list lead-in measures: ``防护绿地的宽度，应当…：`` → 防护绿地宽度; ``居住区人均公园绿地面积分别达到…：``."""
    s = sent.start
    while s < sent.end and folded[s] in _SPACE:
        s += 1
    m = _LEAD_SUBJECT_RE.match(folded, s, sent.end)
    if not m:
        return None
    subj = _strip(text[m.start("s") : m.end("s")])
    if not _HEAD_RE.search(subj) or _rx(r"^第[一二三四五六七八九十百零0-9]+条").match(subj):
        return None
    return subj


def _clause_lead_subject(text: str, folded: str, sent: _Sentence, clause: _Clause) -> str | None:
    """Subject of the last clause before ``clause`` in its sentence that ends with ：."""
    for c in reversed(sent.clauses):
        if c.start >= clause.start:
            continue
        if folded[c.end : c.end + 1] in (":", "："):
            return _lead_subject(text, folded, _Sentence(c.start, c.end, [c]))
    return None


def _with_subject(indicator: str, subj: str) -> str:
    """Compose an item's indicator with the measure its lead-in names.

    ``城市快速路每侧`` + ``防护绿地的宽度`` → ``城市快速路每侧防护绿地宽度``;
    ``组团人均`` + ``居住区人均公园绿地面积`` → ``组团人均公园绿地面积``.
    """
    if "人均" in subj:
        tail = subj[subj.index("人均") :]
        return (indicator[: -2] if indicator.endswith("人均") else indicator) + tail
    return indicator + subj.replace("的", "")


def _paragraph_year(folded: str, sentences: list[_Sentence]) -> str | None:
    """A year that opens the paragraph (``到2022年，…``, ``具体指标：到2022年，…``) scopes all of it."""
    if not sentences:
        return None
    for c in sentences[0].clauses[:2]:
        s = c.start
        while s < c.end and folded[s] in _SPACE:
            s += 1
        m = _YEAR_RE.match(folded, s, c.end)
        if m and c.end - m.end() <= 1 and _valid_year(folded, m):
            return m.group("y")
        seg = folded[s : c.end]
        if len(seg) > 12 or not seg.endswith(("指标", "目标", "任务", "要求")):
            break
    return None


def _commitment(s: str) -> str | None:
    """Commitment word nearest before the quantity in ``s``."""
    b = [m.end() for m in _BIND_RE.finditer(s)]
    a = [m.end() for m in _ASP_RE.finditer(s)]
    if not a and not b:
        return None
    return "binding" if (max(b) if b else -1) > (max(a) if a else -1) else "aspirational"


def _lead_commitment(folded: str, sent: _Sentence) -> str | None:
    """A short lead-in clause (``力争到2025年，``) governs the whole sentence."""
    c = sent.clauses[0]
    seg = folded[c.start : c.end]
    if len(seg) <= 14 and _YEAR_RE.search(seg):
        return _commitment(seg)
    return None


def _sentence_targets(doc: _Doc, sent: _Sentence, past_section: bool) -> list[_Found]:
    """Targets of one sentence, in order."""
    text, folded = doc.text, doc.folded
    quantities = [q for q in find_quantities(text, folded, sent.start, sent.end)]
    if not quantities:
        return []
    found: list[_Found] = []
    past_sentence = bool(_rx(r"(?<!\s)\s*(?:去年|过去|上年|今年以来|近年来|近[一二三四五几]年)").match(folded[sent.start : sent.end]))
    qi0 = 0
    for ci, clause in enumerate(sent.clauses):
        while qi0 < len(quantities) and quantities[qi0].start < clause.start:
            qi0 += 1
        qi1 = qi0
        while qi1 < len(quantities) and quantities[qi1].start < clause.end + 1:
            qi1 += 1
        qs = quantities[qi0:qi1]
        if not qs:
            continue
        qs = [q for q in qs if not non_target_reason(folded, q)]
        comps = [_comparator_before(folded, clause.start, q) for q in qs]
        cursor = clause.start
        for qi, q in enumerate(qs):
            if comps[qi] is not None and comps[qi][0] < cursor <= q.start:
                comps[qi] = None  # that word belongs to an earlier quantity of the list
            # a quantity inside the indicator of a later quantity (学前三年毛入园率, 控制宽度二十米以上河道…)
            if any(
                comps[k] is not None
                and comps[k][0] >= q.end
                and comps[k][0] - q.end < 40
                and not _rx(r"[（(、，,和及与；;]").search(folded[q.end : comps[k][0]])
                for k in range(qi + 1, min(len(qs), qi + 4))
            ):
                continue
            if qi + 1 < len(qs) and _inside_next(folded, q, qs[qi + 1], comps[qi + 1], clause.end):
                continue  # x类重点对象农村危房改造x.xxxx万户, 新增5G基站1000座
            f = _read(doc, sent, ci, clause, q, cursor, comps[qi], found)
            if f is None:
                continue
            cursor = max(cursor, f.extra.get("end", q.end))
            _classify(doc, f, sent, past_section or past_sentence)
            found.append(f)
    _shared_requirement(found)
    _time_qualified(found)
    for k, f in enumerate(found):
        if f.extra.get("borrow"):
            nxt = next((g for g in found[k + 1 : k + 6] if g.clause is f.clause and g.indicator), None)
            f.indicator = (nxt.extra.get("object") or nxt.indicator) if nxt is not None else ""
    found = [f for f in found if f.indicator]
    _split_pairs(doc, found)
    return found


_REQUIREMENT_RE = re.compile(r"^(?P<own>.+?)的(?P<what>[\p{Han}]{1,6}?)(?:要求|标准)$")


def _shared_requirement(found: list[_Found]) -> None:
    """``达到万兆到旗县区、千兆到乡镇、20兆进牧户的带宽要求``: each listed item measures the 带宽 the list ends with."""
    k = 0
    while k < len(found):
        group = [found[k]]
        while k + len(group) < len(found) and found[k + len(group)].clause is found[k].clause:
            group.append(found[k + len(group)])
        k += len(group)
        if len(group) < 2:
            continue
        m = _REQUIREMENT_RE.match(group[-1].indicator)
        if not m:
            continue
        for f in group[:-1]:
            if not _HEAD_RE.search(f.indicator):
                f.indicator += m.group("what")
        group[-1].indicator = m.group("own") + m.group("what")


def _time_qualified(found: list[_Found]) -> None:
    """``开工率一季度达到30%、二季度达到60%``: a value named only by when it applies measures the
    indicator before it (→ 开工率二季度)."""
    for prev, f in zip(found, found[1:], strict=False):
        if _TIME_QUALIFIER_RE.fullmatch(f.indicator) and prev.indicator and f.q.unit == prev.q.unit:
            m = _TIME_QUALIFIER_RE.search(prev.indicator)
            base = prev.indicator[: m.start()] + prev.indicator[m.end() :] if m else prev.indicator
            if base:
                f.indicator = base + f.indicator


def _inside_next(folded: str, q: Quantity, nq: Quantity, ncomp: tuple[int, int, str] | None, ce: int) -> bool:
    """``q`` is part of the object phrase that the next quantity counts (nothing separates them)."""
    between = folded[q.end : nq.start]
    if not between or _rx(r"[、，,；;和及与或（(）)]|以上|以下|以内|左右").search(between) or ncomp is not None:
        return False
    after = _AFTER_RE.match(folded, nq.end, ce)
    rest = folded[after.end() if after else nq.end : ce]
    return not _rx(r"[\p{Han}“\"]").match(rest)


def _comparator_before(folded: str, cs: int, q: Quantity) -> tuple[int, int, str] | None:
    """(start, end, word) of the comparator or change word written before ``q`` in its clause."""
    lo = max(cs, q.start - 24)
    best = None
    for m in _COMP_RE.finditer(folded, lo, q.start):
        w = m.group(0)
        between = folded[m.end() : q.start]
        if _rx(r"[，,；;。：:！？]").search(between):
            continue
        if len(w) == 1 and between:
            continue
        if w in ("为", "是") and _rx(r"[作成认行以视更因较最称分划定改转并]$").search(folded[max(0, m.start() - 1) : m.start()]):
            continue
        if w == "达" and (folded[m.start() - 1 : m.start()] in ("下", "表", "传", "送", "发", "通", "抵", "直", "长", "到", "转", "雷")):
            continue
        if len(between) > 14:
            continue
        best = (m.start(), m.end(), w)
    return best


def _context_exclusion(
    folded: str,
    q: Quantity,
    comp: tuple[int, int, str] | None,
    pre_f: str,
    after: str | None,
    after_end: int,
    cs: int,
    ce: int,
) -> str | None:
    """Why a quantity is not a target in its clause (baseline, budget, deadline, schedule, condition), else None."""
    unit = q.unit or ""
    if _rx(r"(?:从|由)[^，,；;。]{0,16}$").search(pre_f) and _rx(r"^[^，,；;。]{0,6}?(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|压缩|缩短)?(?:到|至)").search(
        folded[after_end : min(ce, after_end + 20)]
    ):
        return "baseline"  # 从2020年的28%提升到35%: the baseline, not the goal
    if _BUDGET_RE.search(pre_f) and folded[after_end : after_end + 1] == "的":
        return "project budget"  # 推进总投资10亿元的…项目: the budget only describes the project
    if _rx(r"(?:日|年|月|小时)(?:处理|产|生产|加工|供应|吞吐|输送|发电)(?:能力)?[\p{Han}]{0,4}$").search(pre_f) and re.search(
        r"项目|工程|生产线|基地", folded[q.end : min(ce, q.end + lex.OBJECT_WINDOW)]
    ):
        return "project capacity"  # 日处理鲜奶500吨生产加工项目: a capacity naming the project
    if unit in _TIME_UNITS and _DEADLINE_CLAUSE_RE.search(folded[max(cs, q.start - 40) : min(ce, q.end + 20)]):
        return "deadline or term"  # 受理之日起十日内, 期限一般不超过一年
    if unit in ("次", "轮", "遍") and _SCHEDULE_RE.search(folded[max(cs, q.start - 30) : q.start]):
        return "schedule"  # 每3年修订1次: a schedule
    action_before = _ACTION_RE.search(_trim_leading(pre_f)) is not None
    nxt = folded[after_end : after_end + 1]
    if after in ("以上", "及以上", "以下", "及以下", "或以上", "或以下") and comp is None:
        if unit in lex.CONDITION_UNITS:
            cont = bool(nxt) and _rx(r"[\p{Han}、0-9]").match(nxt) is not None  # 60周岁以上老年人, 10蒸吨及以下的
        else:
            cont = nxt == "的"  # a count class (5家以上的企业); 5家以上、… is a list of counts
        if cont and unit not in _RATE_UNITS and not action_before:
            return "condition"  # 60周岁以上老年人, 10蒸吨及以下的锅炉, 年营业收入2000万元以上的企业
    if comp is None and after is None and unit in lex.CONDITION_UNITS and nxt == "以":
        return "condition"
    return None



@dataclass
class _Reading:
    """One quantity being read in its clause; each step of :func:`_read` fills in a part."""

    q: Quantity
    clause: _Clause
    left: int  # where the text not yet used by an earlier target of the clause starts
    comp: tuple[int, int, str] | None  # comparator or change word written before the value
    after: str | None = None  # comparator word written after the value (以上, 左右 …)
    after_end: int = 0
    arabic: bool = True
    listed: _Found | None = None  # previous target of a list this quantity continues
    comparator: str = "="
    change: str | None = None
    level_of: str | None = None  # 提升农村自来水普及率到90%: the indicator between the verb and 到
    action: str | None = None
    indicator: str = ""
    form: str = "level"  # level / count / share
    span: tuple[int, int] = (0, 0)
    obj: str = ""  # the object written after the count
    obj_end: int = 0
    consumed: int = 0  # where this target's text ends (the next quantity's reading starts after it)

    def found(self, **extra) -> _Found:  # noqa: ANN003 - extra fields of _Found.extra
        return _Found(self.q, self.clause, self.indicator, self.comparator, self.change, self.action, None,
                      "target", self.span, self.form, extra)


def _read(
    doc: _Doc,
    sent: _Sentence,
    ci: int,
    clause: _Clause,
    q: Quantity,
    left: int,
    comp: tuple[int, int, str] | None,
    found: list[_Found],
) -> _Found | None:
    """Read one quantity in its clause: comparator, indicator, action, exclusions.

    A pipeline of named steps over a :class:`_Reading`: where the reading starts (a restated
    value inside a parenthesis), the word after the value, exclusions (numerals inside words,
    permitted relaxations, context), the comparator and change, then the indicator (share /
    with a comparator / without one), table-row labels and inherited objects, and the period.
    ``left`` is where the text not yet used by an earlier target of the clause starts.
    """
    text, folded = doc.text, doc.folded
    # an indicator is a name, not a paragraph: in a clause with no stop (百分之 × 10^4) every value
    # read, and copied, everything before it — quadratic time
    left = max(left, q.start - lex.INDICATOR_WINDOW)
    left, restated = _restated(folded, clause, q, left, found)
    r = _Reading(q, clause, left, comp, span=(clause.start, clause.end))
    r.after, r.after_end = _after_word(folded, q, clause.end)
    r.arabic = _rx(r"[0-9xX×]").match(q.value_text or "") is not None
    if _word_not_quantity(folded, r) or _context_exclusion(
        folded, q, r.comp, folded[left : q.start], r.after, r.after_end, clause.start, clause.end
    ):
        return None
    r.listed = _listed_item(text, clause, r, found)
    r.comp = _verb_not_change(folded, clause.start, r)
    _comparator(text, folded, r)
    if restated is not None:
        period = "cumulative" if _CUMUL_RE.search(folded[left : q.start]) else None
        return _Found(q, clause, restated.indicator, r.comparator, r.change, None, period, "target", restated.span,
                      restated.form, {"end": left})
    r.obj, r.obj_end = _object_after(folded, text, r.after_end, clause.end)
    if r.obj and _purpose(r.obj, q):
        r.obj, r.obj_end = "", r.after_end  # 安排资金15亿元用于民生实事: what the money is for, not a counted object
    r.consumed = max(r.after_end, r.obj_end if r.obj else r.after_end)
    if q.unit in _RATE_UNITS and folded[r.after_end : r.after_end + 1] == "的" and r.comp is None:
        # 30%的县（市、区）通过认定 → 通过认定的县（市、区）比例
        r.form = "share"
        r.indicator = _share_indicator(text, folded, r.after_end + 1, clause.end)
    elif r.comp is not None:
        _indicator_with_comparator(text, folded, r)
    else:
        done = _indicator_without_comparator(text, folded, sent, ci, r, found)
        if done is not True:
            return done or None
    _row_indicator(text, folded, r)
    if not r.indicator:
        done = _inherited_indicator(text, sent, ci, r, found)
        if done is not True:
            return done or None
    if not _rx(r"[\p{Han}A-Za-z]").search(r.indicator[:80]):
        return None
    return _finish(folded, r)


_PURPOSE_RE = re.compile(_alt(lex.PURPOSE_WORDS))
_MONEY_PURPOSE_RE = re.compile(_alt(lex.MONEY_PURPOSE_VERBS))


def _purpose(obj: str, q: Quantity) -> bool:
    """The phrase after a value says what it is for (用于…; after money also 支持…, 实施…)."""
    if _PURPOSE_RE.match(obj):
        return True
    unit = q.unit or ""
    return (unit in lex.MONEY_UNITS or unit.endswith("元")) and _MONEY_PURPOSE_RE.match(obj) is not None


def _restated(folded: str, clause: _Clause, q: Quantity, left: int, found: list[_Found]) -> tuple[int, _Found | None]:
    """``2400户（累计约3600户）…``: inside a parenthesis an earlier target already read past, the
    value restates that target; the reading starts at the parenthesis."""
    if left <= q.start:
        return left, None
    op = max(folded.rfind("（", clause.start, q.start), folded.rfind("(", clause.start, q.start))
    left = op + 1 if op >= 0 else q.start
    return left, (found[-1] if found and found[-1].clause is clause else None)


def _after_word(folded: str, q: Quantity, ce: int) -> tuple[str | None, int]:
    """The comparator word written right after the value (以上, 左右; 内 only after a time) and where it ends."""
    am = _AFTER_RE.match(folded, q.end, ce)
    if am is None or (am.group(1) == "内" and (q.unit or "") not in _TIME_UNITS):
        return None, q.end
    return am.group(1), am.end()


def _word_not_quantity(folded: str, r: _Reading) -> bool:
    """Vague numbers (一批), numerals inside words (二次开发, 两种类型) and permitted relaxations (可以降低五个百分点)."""
    q, comp, unit = r.q, r.comp, r.q.unit or ""
    if q.value_text in lex.VAGUE_NUMBERS:
        return True
    if not r.arabic and unit in ("次", "种", "套", "遍", "轮") and (comp is None or comp[2] in lex.CHANGE_WORDS):
        return True  # 二次开发, 两种类型, 一套手续: numerals inside words
    cs = r.clause.start
    return comp is not None and bool(_rx(r"(?:可以|可|允许|准予|酌情)$").search(folded[max(cs, comp[0] - 3) : comp[0]]))


def _listed_item(text: str, clause: _Clause, r: _Reading, found: list[_Found]) -> _Found | None:
    """The previous target of a list this quantity continues (A达30%、B达20%; 万兆到…、千兆到…)."""
    if r.comp is None and r.left > clause.start and found and found[-1].clause is clause:
        if _rx(r"和|及|与|以及|、").sub("", _strip(text[r.left : r.q.start])) == "":
            return found[-1]
    return None


def _verb_not_change(folded: str, cs: int, r: _Reading) -> tuple[int, int, str] | None:
    """Drop a change word that is a verb with its own object (改造提升老旧厂房40个, 提升农贸市场20个)
    or that closes an action verb before a count (改造提升四个城市出入口)."""
    comp, q, unit = r.comp, r.q, r.q.unit or ""
    if comp is None or comp[2] not in lex.CHANGE_WORDS:
        return comp
    if comp[1] < q.start and not _rx(r"^[到至了]|[到至]$").search(folded[comp[1] : q.start]):
        return None
    if comp[1] == q.start and _ACTION_RE.search(folded[max(cs, comp[0] - 4) : comp[0]]):
        if unit not in _RATE_UNITS and unit not in ("个百分点", "百分点"):
            return None
    if comp[1] == q.start and unit in lex.COUNT_UNITS and unit not in ("个百分点", "百分点"):
        # 实施道路照明质量提升100条: a clause led by an action verb counts the X提升 works it names
        pre = _trim_leading(folded[max(cs, r.left) : comp[0]])
        m = _ACTION_RE.match(pre)
        if m and m.end() < len(pre) and not _HEAD_RE.search(pre):
            return None
    return comp


def _comparator(text: str, folded: str, r: _Reading) -> None:
    """Comparator and change direction from the word before the value, a list it continues, the
    word after it (左右 wins) and 余/多 (more than)."""
    comp, q = r.comp, r.q
    if comp is not None:
        word = comp[2]
        between_to = folded[comp[1] : q.start]
        if word in lex.CHANGE_WORDS and len(between_to) > 1 and between_to[-1] in "到至":
            r.comparator = ">=" if lex.CHANGE_WORDS[word] == "increase" else "<="
            r.level_of = _clean_indicator(text[comp[1] : q.start - 1])
        elif word in lex.CHANGE_WORDS:
            r.change = lex.CHANGE_WORDS[word]
        else:
            r.comparator = lex.COMPARATOR_BEFORE[word]
    listed = r.listed
    if listed is not None and listed.q.start < q.start:
        r.comparator, r.change = listed.comparator, listed.change
        if listed.extra.get("after"):
            r.comparator = "="  # 5%以上、3%左右: each value has its own after-word
    if r.after:
        ac = lex.COMPARATOR_AFTER[r.after]
        if ac == "≈" or r.comparator == "=":
            r.comparator = ac
    elif comp is not None and comp[2] in ("约", "大约", "近", "接近"):
        r.comparator = "≈"
    if r.comparator in ("=", ">=") and _more_than(folded, q):
        r.comparator = ">"  # 1200余场, 40多家: 余/多 mean "more than" (超过 → >)


def _indicator_with_comparator(text: str, folded: str, r: _Reading) -> None:
    """Indicator when a comparator is written: the phrase before it, or a counted object (达到…建成12个…)."""
    comp, q, obj = r.comp, r.q, r.obj
    if comp is None:
        return
    ind_raw = text[r.left : comp[0]] if r.level_of is None else r.level_of
    between = folded[comp[1] : q.start]
    verb_between, between_obj = _split_action(between) if between else (None, "")
    cleaned = _clean_indicator(ind_raw)
    verb_only, rest = _split_action(cleaned) if cleaned else (None, "")
    if obj and not _rx(r"[\p{Han}]{0,2}的").match(obj) and (verb_between or (verb_only and not rest) or not cleaned):
        r.form = "count"
        r.action = verb_between or verb_only
        r.indicator = obj
        r.span = (r.clause.start, max(r.clause.end, r.obj_end))
    elif verb_between and between_obj and not obj and _rx(r"^[\p{Han}]{2,8}$").match(between_obj):
        # 每个园区至少储备土地1000亩: the verb and its object sit between the comparator and the value
        r.form, r.action, r.indicator = "count", verb_between, between_obj
    elif (
        r.arabic and not obj and verb_only and rest and not between
        and _action_count_unit(q.unit) and not _measure_name(rest)
    ):
        # 培训新型农民达到4万名: verb and object before the comparator, a count unit after the value
        r.form, r.action, r.indicator = "count", verb_only, rest
    else:
        r.indicator = cleaned
        if between.startswith("人均") and r.indicator and "人均" not in r.indicator:
            r.indicator += "人均"
        elif obj and len(obj) <= 10 and not obj.startswith("的") and not _HEAD_RE.search(r.indicator):
            r.indicator += obj  # 住宅每户不少于一个停车位 → 住宅每户停车位


def _indicator_without_comparator(
    text: str, folded: str, sent: _Sentence, ci: int, r: _Reading, found: list[_Found]
) -> bool | _Found:
    """Indicator of a bare value: a further list item, a counted object after the value, an object
    written after the next count (borrowed), or the phrase before the value (with its verb).

    Returns True when the reading goes on, False to drop the quantity, or a finished target.
    """
    q, obj, clause, left = r.q, r.obj, r.clause, r.left
    cs, ce = clause.start, clause.end
    pre = _trim_leading(text[left : q.start], keep_action=True)
    verb, rest = _split_action(pre)
    if r.listed is not None and not verb and not rest:
        # a further item of a list (A、B和C): same reading as the item before
        r.form, r.action = r.listed.form, r.listed.action
        r.indicator = obj or r.listed.indicator
        return True
    if obj and not obj.startswith(("以上", "以下")):
        return _counted_object(text, folded, r, verb, rest, found)
    if (
        verb
        and not rest
        and folded[r.after_end : r.after_end + 1] in ("、", "和", "及")
        and _rx(r"[0-9xX×一二两三四五六七八九十]").search(folded[r.after_end : min(ce, r.after_end + 30)])
    ):
        # 完成45个、总长度31.5公里的背街小巷改造: the object is written after the next count
        r.action, r.form = verb, "count"
        return r.found(end=r.after_end, after=r.after, borrow=True)
    if not pre:
        cell = _row_label(text, folded, cs) if not obj else None
        if cell is None:
            return False
        # a table cell holding only the value: the row's label cell names it
        pre = _trim_leading(text[cell[0] : cell[1]], keep_action=True)
        cm = _rx(r"(?:" + _alt(lex.CHANGE_WORDS) + r")(?:率|幅度)?$").search(pre)
        if cm and cm.start() >= 2:
            r.change = lex.CHANGE_WORDS[_COMP_RE.match(pre, cm.start()).group(0)]  # 收入增长｜%｜6.5
            pre = pre[: cm.start()]
        verb, rest = _split_action(pre)
        r.span = (cell[0], ce)
        if q.unit is None and (unit := _row_unit(text, folded, cs, cell[1])):
            r.q = q = replace(q, unit=unit)  # a bare value under a unit column
        elif q.unit is None and (um := _LABEL_UNIT_RE.search(rest)):
            r.q = q = replace(q, unit=um.group(1))  # 农村公路总里程（公里）｜9800: the unit in the label
            rest = rest[: um.start()]
    m_to = _VERB_TO_RE.search(rest)
    if not verb and m_to and m_to.start() > 0:
        verb, rest = m_to.group(1), rest[: m_to.start()]  # 出口扩容至5G
    v2, obj2 = _trailing_action(rest)
    if verb:
        r.action, indicator = verb, rest
    elif v2:
        r.action, indicator = v2, obj2
    else:
        indicator = rest
        prev = found[-1] if found and found[-1].clause is clause else None
        if prev is not None and prev.action and folded[left : left + 1] in "、和及" and not rest.startswith("新增"):
            r.action = prev.action  # 升级改造市政道路6条、城镇供水管网40公里
    r.indicator = _clean_indicator(indicator)
    r.form = "count" if r.action else "level"
    if not r.arabic and (q.value == 1 or len(r.indicator) <= 2):
        return False  # 发现一户，改造一户: a saying, not a count
    if not r.indicator and r.action in ("投资", "安排", "筹集") and ci + 1 < len(sent.clauses):
        # 投资6.6亿元，实施…建设: the amount funds the work of the next clause
        nc = sent.clauses[ci + 1]
        _, indicator = _split_action(_strip(text[nc.start : nc.end]))
        r.indicator = _after_last_quantity(indicator)
        r.span = (cs, nc.end)
    return True


def _counted_object(text: str, folded: str, r: _Reading, verb: str | None, rest: str, found: list[_Found]) -> bool:
    """A count with its object written after it (新建…幼儿园12所 / 建成120个…平台); False drops it."""
    q, obj, clause = r.q, r.obj, r.clause
    unit = q.unit or ""
    r.form = "count"
    r.action = verb
    if not r.arabic and (
        (verb is None and rest and not _PER_SCOPE_RE.match(rest))
        or unit in ("次", "种", "套", "批", "遍", "轮")
        or (q.value == 1 and unit in ("户", "人", "种"))
    ):
        return False  # 严把…两个关口, 作为一种要求, 发现一户: numerals in words, not counts
    if not verb and rest and _HEAD_RE.search(rest):
        r.indicator = obj + rest  # 总长度57.9公里的城市道路新建改造 → 城市道路新建改造总长度
        r.action = next((f.action for f in reversed(found[-4:]) if f.clause is clause and f.form == "count"), None)
    else:
        r.indicator = obj
        tv = _TRAILING_VERB_RE.search(rest) if not verb and rest else None
        if tv:
            r.action = tv.group(0)  # 每个集群建设1家公共服务平台
    if not verb and not _strip(text[r.left : q.start]):
        r.action = next((f.action for f in reversed(found[-4:]) if f.form == "count" and f.action), None)
        if r.action is None and not rest and not _ACHIEVE_RE.match(folded, r.obj_end) and not _ACHIEVE_RE.search(obj, 1):
            # (两所高校进入全国百强, 5个县通过国家评估: things counted by the standard they reach are kept)
            if not r.arabic:
                return False  # a Chinese-numeral count with no action: a structural count (七方面工作)
            if not (found and found[-1].clause is clause):
                return False  # a bare count with nothing before it (3大平台、19类功能模块)
    return True


def _row_indicator(text: str, folded: str, r: _Reading) -> None:
    """A table cell with a comparator and value only (``无害化处理率｜达到95%以上``): the row label names it."""
    cs = r.clause.start
    cell = _row_label(text, folded, cs) if not r.indicator and not _strip(text[cs : r.left]) else None
    if cell is not None:
        label = _clean_indicator(text[cell[0] : cell[1]])
        if r.q.unit is None and (um := _LABEL_UNIT_RE.search(label)):
            r.q = replace(r.q, unit=um.group(1))  # 无害化处理率（%）｜≥95: the unit in the label
            label = _strip(label[: um.start()])
        r.indicator = label
        r.span = (cell[0], r.span[1])


def _inherited_indicator(text: str, sent: _Sentence, ci: int, r: _Reading, found: list[_Found]) -> bool | _Found:
    """A value with no name of its own: the indicator of the last target before it, or the object
    of the previous clause (开展家庭养老床位建设，2025年底前完成3000张).  True goes on, False drops."""
    clause = r.clause
    inherit = next((f for f in reversed(found[-4:]) if f.indicator), None)
    if inherit is None:
        if r.action and ci > 0:
            pc = sent.clauses[ci - 1]
            _, prev_obj = _split_action(_strip(text[pc.start : pc.end]))
            prev_obj = _rx(r"(?:建设|工作|行动|工程)$").sub("", prev_obj)
            if 2 <= len(prev_obj) <= 20 and not _rx(r"[0-9，,]").search(prev_obj):
                r.indicator, r.span, r.form = prev_obj, (pc.start, clause.end), "count"
                return r.found(end=r.consumed, after=r.after)
        return False
    r.indicator = inherit.indicator
    if inherit.form == "count" and r.form == "level" and not r.action:
        r.action = inherit.action
    r.span = (min(inherit.clause.start, clause.start), r.span[1])
    return True


def _finish(folded: str, r: _Reading) -> _Found:
    """Period (每年 / 累计) out of the indicator, the 各/均 mark of a shared value, the finished target."""
    q, cs, left, action = r.q, r.clause.start, r.left, r.action
    indicator = r.indicator[:80]  # a longer "indicator" is a run of text, not a name
    period = None
    pre_clause = folded[max(cs, left, q.start - 40) : q.start]
    if _CUMUL_RE.search(pre_clause):
        period = "cumulative"
    elif _ANNUAL_RE.search(pre_clause):
        period = "annual"
    indicator = _rx(r"^(?:每年|年均|每年度)").sub("", indicator) or indicator
    if len(indicator) > 4:
        indicator = _ANNUAL_INSIDE_RE.sub("", indicator)  # 仲裁年均结案率 → 仲裁结案率 (period: annual)
    if action and action.startswith("累计") and period is None:
        period = "cumulative"
    # 各/均/都 (or 分别) right before the value or its comparator: the value holds for each listed noun
    comp = r.comp
    each_end = q.start if comp is None else comp[0] + (1 if comp[2].startswith("均") else 0)  # 均达到
    each = _EACH_RE.search(folded, max(left, cs), each_end) is not None
    header = _header_cells(folded, cs) if cs and folded[cs - 1] in _CELL_SEP else None
    column = header[0][header[1]].strip() if header and header[1] < len(header[0]) else None
    return _Found(q, r.clause, _strip(indicator), r.comparator, r.change, action, period, "target", r.span, r.form,
                  {"end": r.consumed, "after": r.after, "object": r.obj if r.form == "count" else None, "left": left,
                   "each": each, "column": column, "base_column": _base_column(header)})


_UNIT_CELL_RE = re.compile(
    r"(?:" + _alt(lex.MAGNITUDE_PREFIXES) + r")?(?:" + _alt(lex.COUNT_UNITS + lex.MEASURE_UNITS) + r")|[%％‰]"
)
_LABEL_UNIT_RE = re.compile(r"[（(]\s*+(" + _UNIT_CELL_RE.pattern + r")\s*+[）)]$")
# 每个乡镇都有一所…, 每个村建有一个…: a per-unit provision (the scope needs no verb before the count)
_PER_SCOPE_RE = re.compile(
    r"^每(?:一)?个?[^，,；;。]{1,12}?(?:都|均|至少|各|要)?(?:" + _alt(lex.PROVISION_VERBS + lex.ACTION_VERBS) + r")$"
)
# after a counted object: the standard the things reach (两所高校进入全国百强, 三个县通过国家评估)
_ACHIEVE_RE = re.compile(r"(?:均|都|全部|率先)?(?:" + _alt(lex.ACHIEVE_VERBS) + r")")
_EACH_RE = re.compile(r"(?:(?<![各])各|均|都|分别)(?:为|是)?$")
# a row label: a name, optionally with its unit in brackets (城镇化率（%）, 农村公路总里程（公里）)
_ROW_LABEL_RE = re.compile(r"^[\p{Han}（）()、“”A-Za-z0-9.]{2,30}(?:[（(][%％‰][）)])?$")


def _row_label(text: str, folded: str, cs: int) -> tuple[int, int] | None:
    """Clean range of the nearest earlier cell of a table row that names something (``新建城市公园｜12个``).

    A unit column between them (``城镇新增就业｜万人｜1.2``) is skipped; :func:`_row_unit` reads it.
    """
    if cs == 0 or folded[cs - 1] not in _CELL_SEP:
        return None
    line_start = folded.rfind("\n", 0, cs) + 1
    e = cs - 1
    for _ in range(3):
        s = max(folded.rfind("|", line_start, e), folded.rfind("｜", line_start, e)) + 1 or line_start
        s = max(s, line_start)
        cell = _strip(text[s:e])
        if _UNIT_CELL_RE.fullmatch(cell):
            pass  # a unit column (万人, %): the label is further left
        elif _ROW_LABEL_RE.match(cell) and len(_rx(r"\p{Han}").findall(cell)) >= 2 and cell not in lex.TABLE_HEADER_WORDS:
            return s, e
        if s <= line_start:
            break
        e = s - 1
    return None


def _row_unit(text: str, folded: str, cs: int, label_end: int) -> str | None:
    """The unit column between a row's label and a bare value cell (``城镇新增就业｜万人｜1.2`` → 万人)."""
    # cell boundaries from `folded`, where every separator reads | (｜, and a tab of a tab-separated row)
    bounds = [label_end - 1, *(m.start() for m in _rx(r"\|").finditer(folded, label_end, cs)), cs]
    cells = [_strip(text[a + 1 : b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    units = [c for c in cells if c and _UNIT_CELL_RE.fullmatch(c)]
    return units[-1] if len(units) == 1 else None


_HEADER_ROW_RE = re.compile(r"指标|单位|目标|属性|序号|项目|名称")
_PAST_COLUMN_RE = re.compile(r"实际|完成|预计|现状|基期|基准|基数|上年")


def _header_cells(folded: str, cs: int) -> tuple[list[str], int] | None:
    """Cells of the nearest header row above a value cell, and the value's column in it."""
    line_start = folded.rfind("\n", 0, cs) + 1
    col = folded.count("|", line_start, cs)
    end = line_start - 1
    for _ in range(12):
        if end <= 0:
            return None
        start = folded.rfind("\n", 0, end) + 1
        line = folded[start:end]
        if "|" in line and _HEADER_ROW_RE.search(line) and not _rx(r"[0-9](?![0-9]*年)").sub("", line) != line:
            return line.split("|"), col
        end = start - 1
    return None


def _base_column(header: tuple[list[str], int] | None) -> bool:
    """Whether the value's column is a plain year earlier than another year column of its header
    (``指标｜2025年｜2030年``: the 2025 column is the base the plan starts from); a column that says
    目标 is a goal whatever its year."""
    if header is None or header[1] >= len(header[0]):
        return False
    years = [_single_year(c) for c in header[0]]
    own = years[header[1]]
    later = [y for y in years if y and own and y.isdigit() and own.isdigit() and y > own]
    return bool(later) and not _rx(r"目标|预期|规划").search(header[0][header[1]])


def _more_than(folded: str, q: Quantity) -> bool:
    """The number is written with 余/多 (``1200余场``, ``四十多家``, ``3万余人``): more than the value."""
    tail = folded[q.start : q.end]
    k = q.num_end - q.start
    return tail[k - 1 : k] in ("余", "多") or bool(_rx(r"^[^余多]*[0-9一二三四五六七八九十百千万亿](?:万|亿)?[余多]").match(tail))


def _after_last_quantity(s: str) -> str:
    """``65条、总长度57.9公里的城市道路新建改造`` → ``城市道路新建改造``."""
    ends = [m.end() for m in _rx(r"[0-9xX×][0-9.xX×]*[^\p{Han}]?[\p{Han}]{0,4}?(?:的)").finditer(s)]
    return _strip(s[ends[-1] :]) if ends else s


_SHARE_VERB_RE = re.compile(r"(?:" + _alt(lex.SHARE_ADVERBS) + r"){0,2}(?:" + _alt(lex.SHARE_VERBS) + r")")


def _share_indicator(text: str, folded: str, i: int, end: int) -> str:
    """``县（市、区）通过国家认定`` → ``通过国家认定的县（市、区）比例``.

    The population ends where the predicate's verb starts: a lexicon verb, or the
    first verb jieba tags when the lexicon knows none.
    """
    seg = text[i:end]
    seg_f = folded[i:end]
    if not seg:
        return ""
    cut = None
    depth = 0
    for k, ch in enumerate(seg_f):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and k > 0 and _SHARE_VERB_RE.match(seg_f, k):
            cut = k
            break
    if cut is None:
        pos = 0
        for w, flag in _tokens(seg_f[:40]):
            if any(c in "(（" for c in w):
                depth += 1
            if any(c in ")）" for c in w):
                depth = max(0, depth - 1)
            if pos > 0 and depth == 0 and (flag.startswith("v") or flag in ("d", "p", "ad")):
                cut = pos
                break
            pos += len(w)
    if cut is None:
        return _strip(seg) + "比例"
    pop = _strip(seg[:cut])
    pred = _strip(seg[cut:])
    pred = _rx(r"^(?:均|都|全部|已|要|能|可以)").sub("", pred)
    return f"{pred}的{pop}比例"


def _classify(doc: _Doc, f: _Found, sent: _Sentence, past: bool) -> None:
    """Kind: result (reported for the past) or parameter (subsidies, fees, scores) or target."""
    folded = doc.folded
    # a window around the quantity: markers further away belong to other quantities (and keeps this linear)
    clause = folded[max(f.clause.start, f.q.start - 60) : min(f.clause.end, f.q.end + 40)]
    own = folded[max(f.clause.start, f.extra.get("left", 0), f.q.start - 60) : min(f.clause.end, f.q.end + 6)]
    unit = f.q.unit or ""
    if past or _PAST_RE.search(own):
        f.kind = "result"
        return
    is_rate_indicator = bool(_rx(r"(?:率|比例|比重|占比|覆盖面)$").search(f.indicator))
    if _PARAM_INDICATOR_RE.search(f.indicator):
        f.kind = "parameter"  # 住院费用报销比例, 起付线, 低保标准, 生均公用经费: a policy parameter, whatever the unit
    elif unit in ("分",):
        f.kind = "parameter"
    elif unit in lex.MONEY_UNITS or unit.endswith("元"):
        before = folded[max(f.clause.start, f.q.start - 30) : f.q.start]
        if is_rate_indicator:
            pass
        elif _PARAM_RULE_RE.search(clause):
            f.kind = "parameter"  # 给予每户500元, 生均标准提高至1000元, 最高200万元
        elif _PARAM_RE.search(clause) and not (f.action in lex.TOTAL_VERBS or _TOTAL_RE.search(before)):
            f.kind = "parameter"  # 创业补贴5000元 (but 发放创业补贴2亿元 is a planned total)
    elif unit in _RATE_UNITS and not is_rate_indicator:
        before = folded[f.clause.start : f.q.start]
        after = folded[f.q.end : f.clause.end]
        if "按" in before and _rx(r"给予|奖补|补助|补贴|奖励|资助|返还|贴息|报销|支付|收取|缴纳").search(after + before):
            f.kind = "parameter"
        elif _rx(r"按(?:照)?[^，,。；;]{0,30}+$").search(before) and _rx(r"^\s{0,2}+(?:的?比例)?(?:确定|计算|核定|核算|折算|计提|计收)").search(after):
            f.kind = "parameter"  # 租金按市场租金的70%确定: a rule for computing an amount, not a level to reach


def _split_pairs(doc: _Doc, found: list[_Found]) -> None:
    """Shared comparators and 分别 pairs: one target per indicator."""
    i = 0
    respectively: dict[int, bool] = {}  # clause start → does the clause say 分别?
    while i < len(found):
        f = found[i]
        # values of one clause that share one indicator (分别超过70%和50%)
        group = [g for g in found[i : i + 12] if g.clause is f.clause and g.indicator == f.indicator]
        if len(group) >= 2 and f.clause.start not in respectively:
            respectively[f.clause.start] = doc.folded.find("分别", f.clause.start, f.clause.end) >= 0
        if group and group[0] is f and len(group) >= 2 and respectively[f.clause.start]:
            subj, _, measure = f.indicator.partition("分别")
            names = None
            if measure and subj:  # 城区和郊区分别新建停车位 → 城区新建停车位, 郊区新建停车位
                parts = [p for p in _LIST_SEP_RE.split(subj) if p]
                names = [p + measure for p in parts] if len(parts) == len(group) else None
            names = names or _split_shared(f.indicator, len(group))
            if names is None and len(_LIST_SEP_RE.split(f.indicator)) == len(group):
                names = _distribute(f.indicator, len(group))  # the clause lists its own names (A率、B率分别…)
            if names is None:
                names = _pair_from_previous_clause(doc, f, len(group))
            if names is None:
                names = _distribute(f.indicator, len(group))
            if names and len(names) == len(group):
                for g, n in zip(group, names, strict=True):
                    g.indicator = n
                _share_list_bound(doc.folded, group)
            i += len(group)
            continue
        if len(group) == 1:
            names = _split_shared(f.indicator, 1)
            if f.extra.get("each") and not (names and len(names) >= 2):
                names = _distribute(f.indicator)  # 新增A企业和B企业各30家: one target per listed noun
                if names:
                    clones = [_Found(f.q, f.clause, n, f.comparator, f.change, f.action, f.period, f.kind, f.span,
                                     f.form, f.extra) for n in names]
                    found[i : i + 1] = clones
                    i += len(clones)
                    continue
            if names and len(names) >= 2 and f.form == "level":
                clones = [_Found(f.q, f.clause, n, f.comparator, f.change, f.action, f.period, f.kind, f.span, f.form) for n in names]
                found[i : i + 1] = clones
                i += len(clones)
                continue
        i += 1


def _distribute(ind: str, n: int | None = None) -> list[str] | None:
    """Names of a list that shares one value (``A企业和B企业各30家``) or one 分别 list of values.

    In order: parallel items that end alike take the head the last item has after that ending
    (``国家级、省级X企业``, ``A贷款、B贷款增速``); long items are whole names (``亩均税收、亩均增加值``)
    unless only the last names a measure; a head shared as :func:`_split_shared` reads it; three-
    character verbs before one object (``新签约、新开工X项目``); else each listed noun stands alone.
    """
    parts = [p for p in _LIST_SEP_RE.split(ind) if p]
    if len(parts) < 2 or (n is not None and len(parts) != n) or len(parts) > 8:
        return None
    first, last = parts[0], parts[-1]
    # one shared character only for short items or rank modifiers (国家级、省级; 新培育国家级、省级)
    for k in range(min(len(first), 4), 0 if len(first) <= 3 or first[-1] in "级类型" else 1, -1):
        i = last.find(first[-k:])
        if 0 < i and len(last) - (i + k) >= 2 and all(p.endswith(first[-k:]) for p in parts[:-1]):
            head = last[i + k :]
            return [p + head for p in parts[:-1]] + [last]
    if all(len(p) >= 4 for p in parts) and (
        not (_HEAD_RE.search(last) and not _HEAD_RE.search(first)) or last[:2] in first
    ):
        return parts  # 市场主体总量、新登记企业户数; 亩均税收、亩均增加值: each long item is a whole name
    shared = _split_shared(ind, len(parts))
    if shared:
        return shared  # 污水和垃圾处理率 → 污水处理率, 垃圾处理率
    if len({len(p) for p in parts[:-1]}) == 1 and len(first) == 3 and len(last) > 4 and not _HEAD_RE.search(first):
        return [p + last[3:] for p in parts[:-1]] + [last]  # 新签约、新开工、新竣工亿元以上项目
    if all(len(p) >= 2 for p in parts) and not (_HEAD_RE.search(last) and not _HEAD_RE.search(first)):
        return parts
    return None


def _share_list_bound(folded: str, group: list[_Found]) -> None:
    """``10家、10家、80家以上``: a bound written after the last value of an unbroken list covers all of it."""
    last = group[-1]
    if not last.extra.get("after") or any(g.extra.get("after") or g.comparator != "=" for g in group[:-1]):
        return
    if all(_rx(r"[、和及与]").fullmatch(folded[a.q.end : b.q.start]) for a, b in zip(group, group[1:], strict=False)):
        for g in group[:-1]:
            g.comparator = last.comparator


def _pair_from_previous_clause(doc: _Doc, f: _Found, n: int) -> list[str] | None:
    """``智能制造装备和工业软件…显著提升，市场满足率分别超过70%和50%`` → subjects from the clause before."""
    s = doc.text[max(0, f.span[0] - 40) : f.clause.start]
    s = _rx(r"[，,；;。：:\n]").split(s.rstrip("，,"))[-1] if s else ""  # never past the paragraph's start
    parts = _rx(r"和|与|及|、").split(s, maxsplit=n - 1)
    if len(parts) != n:
        return None
    names = []
    for k, p in enumerate(parts):
        p = _trim_leading(p)
        if k == n - 1:
            # the last subject ends where a generic attribute of the pair starts (…工业软件技术水平)
            m = _GENERIC_RE.search(p[2:])
            p = p[: m.start() + 2] if m else p
        if not p:
            return None
        names.append(p + f.indicator)
    return names
