"""Number tokens in clean text: Arabic, Chinese numerals, masked digits, ranges, units.

``find_quantities`` matches on the folded text (full-width digits and ％ already
half-width) and reports ``value_text`` and ``unit`` from the clean text at the
same indices, so every string is as written.  Forms recognised:

- Arabic ``1,200`` ``92.5`` ``1.2万人`` (a magnitude 万/亿 stays in the unit, as written);
- masked ``xx.xx%`` ``x.x万人`` ``××所`` (``masked=True``, ``value=None``); ``7×24`` is a
  product (``form="product"``), not a mask;
- Chinese numerals followed by a measure word or unit: ``三所`` ``一万人`` ``十二平方米``;
  ``百分之九十五`` (unit ``%``, value_text ``九十五``), ``千分之三`` (``‰``), ``一半``
  (0.5, no unit), ``三分之一``; bandwidth words ``万兆``/``千兆``/``百兆`` (10000/1000/100 兆);
- ranges ``5-10个`` ``60%—70%`` ``3至5年``: ``value``/``value_text`` are the lower end,
  ``value_max`` the upper end;
- per-population rates ``12/10万`` (value 12, unit ``/10万``), ratios ``1∶4000`` and
  fractions ``1/3`` (value_text as written, no unit; a ratio has value None).

``non_target_reason`` names why a quantity cannot be a target by its form and its
immediate context (date, ordinal, age threshold, plan name, score …).
"""

from __future__ import annotations

import math
import re as _stdre
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import regex as re

from .lexicon import quantities as lx

# Long literal alternations compile ~10x faster with the standard ``re`` (_stdre; import time
# matters: ``import planparse`` must stay fast); ``regex`` is kept where \p{Han} is needed.


@dataclass(frozen=True, slots=True)  # slots: a sentence of 10^4 numbers holds them all at once
class Quantity:
    """A number with its unit, found in the clean text (all indices are clean indices)."""

    start: int  # where the number (or its 百分之 / 千分之 prefix) starts
    end: int  # where the unit ends
    num_end: int  # where the number ends and the unit starts (after 余/多 in `40余家`); == end without unit
    value: float | None  # None when masked or not computable (ratios, products)
    value_text: str  # the number exactly as written ("92.5", "xx.xx", "九十五", "1∶4000"); lower end of a range
    value_max: float | None = None  # upper end of a range
    unit: str | None = None  # as written; "%" for 百分之N, "‰" for 千分之N; None for ratios and fractions
    masked: bool = False
    # Added fields (defaults keep the original interface):
    form: str = "arabic"  # arabic | chinese | masked | percent_word | fraction | ratio | per_population | product
    value_max_text: str | None = None  # upper end of a range as written
    shared_unit: bool = False  # the unit is written after a later number of a list (5000、5300亿元)


# ---------------------------------------------------------------------------
# Compiled patterns (built once from the lexicon)
# ---------------------------------------------------------------------------


def _alt(words) -> str:
    """Regex alternation of ``words``, longest first so the longest spelling wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))  # deterministic order


_CN_NUM_CHARS = lx.CN_DIGITS + lx.CN_MAGNITUDES
_BASE_UNITS = lx.COUNT_UNITS + lx.MEASURE_UNITS + lx.ARABIC_ONLY_UNITS
_MAG = _alt(lx.MAGNITUDE_PREFIXES)
_PER = _alt(lx.PER_UNITS)
# Unit after an Arabic / masked number: [magnitude] unit [/per-unit] | latin unit | bare magnitude.
_UNIT_AR = _stdre.compile(
    rf"(?:(?:(?:{_MAG})[余多]?)?(?:{_alt(_BASE_UNITS)})(?:/(?:{_PER}))?"
    rf"|(?:{_alt(lx.LATIN_UNITS)})(?![A-Za-z])(?:/(?:{_PER}))?"
    rf"|%|‰|‱|(?:{_alt(lx.BARE_MAGNITUDES)}))"
)
# Unit after a Chinese numeral: only 万/亿 prefixes, and no unit starting with 千/百/十
# (两千米 is 2000 米, not 2 千米).
_CN_UNITS = [
    u for u in _BASE_UNITS if u[0] not in lx.CN_FORBIDDEN_UNIT_STARTS and u not in lx.ARABIC_ONLY_UNITS
]
_UNIT_CN = _stdre.compile(
    rf"[余多]?(?:(?:(?:万亿|万|亿)[余多]?)?(?:{_alt(_CN_UNITS)})(?:/(?:{_PER}))?|%|‰"
    rf"|(?:{_alt(lx.CN_ONLY_UNITS)})(?=(?:{_alt(lx.CN_ONLY_UNIT_FOLLOW)})|$))"
)
_APPROX = re.compile(r"[余多]")
# What may follow a run of Chinese numerals that starts a quantity: the first character of a
# unit, an approximation word or a range separator (a cheap filter for 统一, 一批, 十四五 …).
_CN_FOLLOW = re.escape("".join(sorted({u[0] for u in _CN_UNITS} | set(lx.CN_ONLY_UNITS) | set("余多%‰至到-—~〜"))))
_CN_NUM = f"[{_CN_NUM_CHARS}]+(?:点[{lx.CN_DIGITS}]+)?"
_AR_CORE = r"[0-9xX×]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9xX×]+)?"
# Where a number starts: the alternatives are tried in order at each position.
_START = re.compile(
    rf"(?<![{_CN_NUM_CHARS}])(?:"
    rf"(?P<pw>百分之|千分之|万分之)(?P<pwn>{_CN_NUM})"
    rf"|(?P<fr>{_CN_NUM})分之(?P<fr2>{_CN_NUM})"
    r"|(?P<half>一半))"
    rf"|(?<![{_CN_NUM_CHARS}])(?P<cn>[{_CN_NUM_CHARS}]+(?:点[{lx.CN_DIGITS}]+)?)(?=[{_CN_FOLLOW}])"
    rf"|(?<![A-Za-z0-9.])(?P<ar>{_AR_CORE})"
)
_AR_CORE_RE = re.compile(_AR_CORE)
_CN_NUM_RE = re.compile(_CN_NUM)
_RANGE_SEP = re.compile(r"(?:-|—{1,2}|–|~|〜|至|到)")
_RATIO_SEP = re.compile(r"[:∶]")
_PER_POP = re.compile(rf"/(?P<den>[0-9xX]+(?:{_alt(lx.PER_POPULATION)}))")
_LATIN = re.compile(r"[A-Za-z]")
_MASK = frozenset(lx.MASK_CHARS)
_DIGITS = frozenset("0123456789")
_DATE_CHARS = frozenset("年月日号时")
_CN_ALLOWED_BEFORE_ONE = frozenset("统唯之同单逐某专划整归合任万")


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------


def _arabic_value(s: str) -> float | None:
    """Float of an Arabic number (commas allowed); None when not finite (10⁴ digits)."""
    try:
        v = float(s.replace(",", ""))
    except (ValueError, OverflowError):
        return None
    return v if math.isfinite(v) else None


@cache
def _cn2an():
    """cn2an is imported lazily: ``import planparse`` must stay fast."""
    import cn2an

    return cn2an.cn2an


@lru_cache(maxsize=4096)
def cn_value(s: str) -> float | None:
    """Value of a Chinese numeral (``二十五``, ``零点五``, ``两千``, ``万``), None if malformed (``六二六``)."""
    t = s.replace("两", "二").replace("〇", "零")
    if t and t[0] in "百千万亿":
        t = "一" + t
    try:
        v = _cn2an()(t, "strict")
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    return float(v)


def _unit_text(text: str, us: int, ue: int) -> str:
    """The unit as written, without an approximation word inside it (``1.2万余人`` → ``万人``)."""
    u = text[us:ue]
    if len(u) > 2 and u[1] in "余多" and u[0] in "万亿千百十":
        return u[0] + u[2:]
    if len(u) > 3 and u[2] in "余多" and u[:2] in ("万亿", "千万", "百万", "十万"):
        return u[:2] + u[3:]
    return u


def _is_masked(tok: str) -> bool:
    return any(c in _MASK for c in tok)


def _is_product(tok: str) -> bool:
    """``7×24``: × between two digits is a multiplication sign, not a mask."""
    i = tok.find("×")
    while i >= 0:
        if 0 < i < len(tok) - 1 and tok[i - 1] in _DIGITS and tok[i + 1] in _DIGITS:
            return True
        i = tok.find("×", i + 1)
    return False


# ---------------------------------------------------------------------------
# Scanner
# ---------------------------------------------------------------------------


def find_quantities(norm_text: str, folded: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity in ``[start, end)`` of the clean text, in order, non-overlapping."""
    end = len(folded) if end is None else min(end, len(folded))
    out: list[Quantity] = []
    pos = start
    while pos < end:
        m = _START.search(folded, pos, end)
        if not m:
            break
        q = _read(norm_text, folded, m, end)
        if q is None:
            pos = m.start() + 1 if m.lastgroup in ("half", "fr") else m.end()
            continue
        out.append(q)
        pos = q.end
    return _share_units(folded, out)


_SHAREABLE_FORMS = frozenset(("arabic", "masked", "chinese"))


def _share_units(folded: str, qs: list[Quantity]) -> list[Quantity]:
    """``5000、5300亿元``, ``1、2、3次``: a bare number listed before a number with a unit takes that unit.

    The unit is then not written after the number itself: ``shared_unit`` is True and ``end`` stays
    where the number ends.
    """
    for i in range(len(qs) - 2, -1, -1):
        a, b = qs[i], qs[i + 1]
        if (
            a.unit is None
            and b.unit is not None
            and a.form in _SHAREABLE_FORMS
            and b.form in _SHAREABLE_FORMS
            and folded[a.end : b.start] in lx.LIST_JOINERS
        ):
            qs[i] = replace(a, unit=b.unit, shared_unit=True)
    return qs


def _read(text: str, folded: str, m: re.Match, end: int) -> Quantity | None:
    kind = m.lastgroup
    if m.group("pw"):
        return _read_percent_word(text, folded, m, end)
    if m.group("fr"):
        a, b = cn_value(m.group("fr")), cn_value(m.group("fr2"))
        if a is None or b is None:
            return None
        return Quantity(m.start(), m.end(), m.end(), b / a if a else None, text[m.start() : m.end()], form="fraction")
    if kind == "half":
        return Quantity(m.start(), m.end(), m.end(), 0.5, text[m.start() : m.end()], form="chinese")
    if kind == "cn":
        return _read_chinese(text, folded, m.start(), m.end(), end)
    return _read_arabic(text, folded, m.start(), m.end(), end)


def _read_percent_word(text: str, folded: str, m: re.Match, end: int) -> Quantity | None:
    """百分之九十五 / 千分之三, with an optional range (百分之五十至百分之六十)."""
    v = cn_value(m.group("pwn"))
    if v is None:
        return None
    unit = lx.PERCENT_WORDS[m.group("pw")]
    q_end = m.end()
    vmax = vmax_text = None
    sep = _RANGE_SEP.match(folded, q_end, end)
    if sep:
        m2 = _START.match(folded, sep.end(), end)
        if m2 and m2.group("pw") == m.group("pw"):
            v2 = cn_value(m2.group("pwn"))
            if v2 is not None and v2 > v:
                vmax, vmax_text, q_end = v2, text[m2.start("pwn") : m2.end("pwn")], m2.end()
        elif m2 is None or not m2.group("pw"):
            m3 = _CN_NUM_RE.match(folded, sep.end(), end)  # 百分之五十至六十
            v2 = cn_value(m3.group()) if m3 else None
            if m3 and v2 is not None and v2 > v and not _UNIT_CN.match(folded, m3.end(), end):
                vmax, vmax_text, q_end = v2, text[m3.start() : m3.end()], m3.end()
    return Quantity(
        m.start(), q_end, q_end, v, text[m.start("pwn") : m.end("pwn")], vmax, unit,
        form="percent_word", value_max_text=vmax_text,
    )


def _cn_split(folded: str, s: int, e: int, end: int) -> tuple[int, re.Match | None]:
    """Shortest numeral prefix of the run ``[s, e)`` that a Chinese unit follows: (number end, unit match)."""
    for k in range(s + 1, e + 1):
        if folded[k - 1] == "点":
            continue
        um = _UNIT_CN.match(folded, k, end)
        if um:
            return k, um
    return e, None


_FIXED = _stdre.compile(_alt(lx.CN_FIXED_WORDS))
_FIXED_MAX = max(map(len, lx.CN_FIXED_WORDS))


def _cn_number_ok(folded: str, s: int, k: int) -> bool:
    """A Chinese numeral counts only when its characters form a number and not a word (统一, 万家)."""
    if folded[s] == "一" and s > 0 and folded[s - 1] in _CN_ALLOWED_BEFORE_ONE:
        return False
    for i in range(max(0, s - _FIXED_MAX + 1), s + 1):
        m = _FIXED.match(folded, i)
        if m and m.end() > s:
            return False
    return True


def _slogan(folded: str, s: int, e: int) -> bool:
    """``一户一档`` / ``发现一户，改造一户``: the same 一+unit repeated close by is a slogan, not a count."""
    if folded[e : e + 1] == "一":
        return True
    w = folded[s:e]
    return folded.find(w, e, e + 6 + len(w)) >= 0 or folded.find(w, max(0, s - 6 - len(w)), s) >= 0


def _read_chinese(text: str, folded: str, s: int, e: int, end: int) -> Quantity | None:
    k, um = _cn_split(folded, s, e, end)
    if um is None:
        return _read_chinese_range(text, folded, s, e, end)
    num = folded[s:k]
    if num in lx.CN_NOT_A_NUMBER:
        return None
    if s > 0 and folded[s - 1] in lx.CN_VAGUE_BEFORE and (folded[s - 1] == "几" or num in ("十", "百", "千", "万")):
        return None  # 数十个, 几十家: vague
    if folded.startswith(lx.CN_NOT_QUANTITY_AFTER, k) or not _cn_number_ok(folded, s, k):
        return None
    unit = um.group()
    if folded[um.end() - 1 : um.end() + 1] in lx.UNIT_LED_WORDS:
        return None  # 一项目一策, 两部门
    only_magnitude = all(c in "百千万亿" for c in num)
    if only_magnitude and unit not in lx.BANDWIDTH_UNITS:
        return None  # 万亩良田, 百亿级, 千家 — a scale word, not a count
    v = cn_value(num)
    if v is None:
        return None
    if unit == "元" and um.end() < end and not folded.startswith(lx.CN_YUAN_OK_AFTER, um.end()):
        return None  # 二元结构, 三元材料
    if folded[um.end() : um.end() + 1] == folded[um.end() - 1] and unit not in ("%", "‰"):
        return None  # 一张张, 一个个: reduplication
    if num == "一" and _slogan(folded, s, um.end()):
        return None  # 发现一户、改造一户; 一户一档
    us = um.start() + 1 if folded[um.start()] in "余多" else um.start()
    return Quantity(s, um.end(), us, v, text[s:k], unit=_unit_text(text, us, um.end()), form="chinese")


def _read_chinese_range(text: str, folded: str, s: int, e: int, end: int) -> Quantity | None:
    """三至五年 / 五到十个: only the upper end carries the unit."""
    sep = _RANGE_SEP.match(folded, e, end)
    if not sep or not _cn_number_ok(folded, s, e):
        return None
    v = cn_value(folded[s:e])
    m2 = _CN_NUM_RE.match(folded, sep.end(), end)
    if v is None or not m2:
        return None
    k2, um2 = _cn_split(folded, m2.start(), m2.end(), end)
    v2 = cn_value(folded[m2.start() : k2]) if um2 else None
    if um2 is None or v2 is None or v2 <= v:
        return None
    us = um2.start() + 1 if folded[um2.start()] in "余多" else um2.start()
    return Quantity(s, um2.end(), us, v, text[s:e], v2, text[us : um2.end()],
                    form="chinese", value_max_text=text[m2.start() : k2])


_BARE_MAG_RE = re.compile(_alt(lx.BARE_MAGNITUDES))


def _unit_ar(folded: str, pos: int, end: int) -> re.Match | None:
    """The unit after an Arabic number at ``pos``, unless its last character starts a word (3部门, 30对外);
    a magnitude before such a word stays the unit (10万家庭 → 万)."""
    um = _UNIT_AR.match(folded, pos, end)
    if um is not None and folded[um.end() - 1 : um.end() + 1] in lx.UNIT_LED_WORDS:
        mag = _BARE_MAG_RE.match(folded, pos, end)
        return mag if mag and mag.end() < um.end() else None
    return um


def _arabic_token(folded: str, s: int, e: int) -> tuple[float | None, bool]:
    tok = folded[s:e]
    if _is_masked(tok):
        return None, True
    return _arabic_value(tok), False


def _read_arabic(text: str, folded: str, s: int, e: int, end: int) -> Quantity | None:
    tok = folded[s:e]
    # thousands commas: half-width `1,200`; a full-width `12，000` only when a unit follows the
    # number (`12，000万元`), else `1，2` / `12，345` is a list
    if "," in tok:
        full = [s + i for i, c in enumerate(tok) if c == "," and text[s + i] != ","]
        if full and not (_unit_ar(folded, e, end) or folded[e : e + 1] in ("%", "‰")):
            e = full[0]
            tok = folded[s:e]
    if not tok or tok.strip("xX×.") == "" and "x" not in tok.lower() and "×" not in tok:
        return None
    if tok.endswith("."):
        e -= 1
        tok = tok[:-1]
    if _is_product(tok):
        um = _unit_ar(folded, e, end)
        q_end = um.end() if um else e
        return Quantity(s, q_end, e, None, text[s:e], unit=text[e:q_end] or None, form="product")
    # a number glued to Latin letters that are not a unit is a name (4A, 3D, H5N1 …)
    um = _unit_ar(folded, e, end)
    if um is None and e < end and _LATIN.match(folded, e):
        return None
    value, masked = _arabic_token(folded, s, e)
    form = "masked" if masked else "arabic"
    # ratio 1∶4000
    rs = _RATIO_SEP.match(folded, e, end)
    if rs and um is None:
        m2 = _AR_CORE_RE.match(folded, rs.end(), end)
        if m2 and not _unit_ar(folded, m2.end(), end) and folded[m2.end() : m2.end() + 1] not in _DATE_CHARS:
            re_ = m2.end()
            while True:  # 12.9∶34.9∶52.2: one ratio of three parts
                rs2 = _RATIO_SEP.match(folded, re_, end)
                m3 = _AR_CORE_RE.match(folded, rs2.end(), end) if rs2 else None
                if not m3 or _unit_ar(folded, m3.end(), end):
                    break
                re_ = m3.end()
            return Quantity(s, re_, re_, None, text[s:re_], masked=masked, form="ratio")
    # per-population rate 12/10万 or fraction 1/3
    if um is None and e < end and folded[e] == "/":
        pp = _PER_POP.match(folded, e, end)
        if pp:
            return Quantity(s, pp.end(), e, value, text[s:e], unit=text[e : pp.end()], masked=masked,
                            form="per_population")
        m2 = _AR_CORE_RE.match(folded, e + 1, end)
        if m2:
            v2, masked2 = _arabic_token(folded, m2.start(), m2.end())
            fv = value / v2 if value is not None and v2 else None
            return Quantity(s, m2.end(), m2.end(), fv, text[s : m2.end()], masked=masked or masked2, form="fraction")
    # 40余家, 1000多人: the unit follows the approximation word
    num_end = e
    if um is None:
        ap = _APPROX.match(folded, e, end)
        if ap:
            um2 = _unit_ar(folded, ap.end(), end)
            if um2:
                num_end, um = ap.end(), um2
    # range 5-10个, 60%—70%, 3至5年
    first_unit = um
    q = _arabic_range(text, folded, s, e, end, value, masked, first_unit)
    if q is not None:
        return q
    if um is None:
        return Quantity(s, e, e, value, text[s:e], masked=masked, form=form)
    return Quantity(s, um.end(), num_end, value, text[s:e], unit=_unit_text(text, um.start(), um.end()),
                    masked=masked, form=form)


def _arabic_range(text, folded, s, e, end, value, masked, first_unit) -> Quantity | None:
    """``5-10个`` / ``60%—70%`` / ``5个—10个`` / ``3至5年``; None when no range follows the first number.

    When the lower end carries a unit, the upper end must carry the same one (``5万—10万人`` also
    counts: a bare magnitude on the lower end, the full unit on the upper end).
    """
    p = first_unit.end() if first_unit is not None else e
    sep = _RANGE_SEP.match(folded, p, end)
    if not sep:
        return None
    m2 = _AR_CORE_RE.match(folded, sep.end(), end)
    if not m2 or (m2.end() < end and _LATIN.match(folded, m2.end()) and not _unit_ar(folded, m2.end(), end)):
        return None
    e2 = m2.end()
    if folded[e2 - 1] == ".":
        e2 -= 1
    v2, masked2 = _arabic_token(folded, m2.start(), e2)
    if not masked and not masked2 and (value is None or v2 is None or v2 <= value):
        return None
    um2 = _unit_ar(folded, e2, end)
    if first_unit is not None:
        u1 = first_unit.group()
        if um2 is None or not (um2.group() == u1 or (u1 in lx.BARE_MAGNITUDES and um2.group().startswith(u1))):
            return None
    unit = _unit_text(text, um2.start(), um2.end()) if um2 else None
    q_end = um2.end() if um2 else e2
    return Quantity(s, q_end, um2.start() if um2 else e2, value, text[s:e], v2, unit,
                    masked=masked or masked2, form="masked" if masked or masked2 else "arabic",
                    value_max_text=text[m2.start() : e2])


# ---------------------------------------------------------------------------
# Non-target forms
# ---------------------------------------------------------------------------

_CLAUSE_END = frozenset("，。；！？,;!?\n：:")
_LINE_END = frozenset("\n")
_CJK = re.compile(r"\p{Han}")
_HEADING_AFTER = frozenset("、.．)）")
_CIRCLE = re.compile(r"\p{Han}{0,3}圈")
_CAPACITY = re.compile(rf"(?:{_alt(lx.CAPACITY_BEFORE)})\p{{Han}}{{0,4}}$")
_NAMED_SET = re.compile(rf"\p{{Han}}{{0,6}}(?:{_alt(lx.NAMED_SET_HEADS)})")
_VERSION = re.compile(r"[0-9]+\.0")
_LATIN_CODE_BEFORE = re.compile(r"[A-Za-z][-_]$")
# The rest of a list after a quantity: 、7、8 (号线) / 、100亿和50亿 (企业); read within
# lexicon LIST_TAIL_WINDOW characters (every value of a 10^4-item list read the rest: quadratic)
_LIST_TAIL = _stdre.compile(
    rf"(?:[{''.join(sorted(lx.LIST_JOINERS))}](?:[0-9xX.]+|[{_CN_NUM_CHARS}]+)(?:{_UNIT_AR.pattern})?)+"
)
_QUOTES = frozenset("“\"‘「『")
_DOC_NUMBER_AFTER = re.compile(r"[)）〕\]][0-9]{1,4}号")
_DOC_MARK_BEFORE = re.compile(r"[发办字函令][(（]?[0-9]{0,4}[)）]?$")
_CLAUSE_END_RE = re.compile(r"[，。；！？,;!?\n：:、]")
_CLOCK = re.compile(r"([0-9]{1,2}):[0-5][0-9]")
_OPEN_BRACKETS = frozenset("（(〔[【")
_DURATION_AFTER = tuple(sorted(lx.DURATION_AFTER, key=len, reverse=True))


def _after(folded: str, i: int, n: int = 12) -> str:
    return folded[i : i + n]


def _before(folded: str, i: int, n: int = 12) -> str:
    return folded[max(0, i - n) : i]


def _clause_before(folded: str, i: int, n: int = 30) -> str:
    """The text from the start of the clause (last ，。；…) up to ``i``."""
    b = _before(folded, i, n)
    for k in range(len(b) - 1, -1, -1):
        if b[k] in _CLAUSE_END:
            return b[k + 1 :]
    return b


def _clause_window(folded: str, q: Quantity, n: int = 30) -> str:
    """The clause around ``q`` (from the last clause break before it to the next one after it)."""
    hi = min(len(folded), q.end + n)
    k = q.end
    while k < hi and folded[k] not in _CLAUSE_END:
        k += 1
    return _clause_before(folded, q.start, n) + folded[q.start : k]


def _inside_pair(folded: str, q: Quantity, opens: str, closes: str, limit: int) -> str | None:
    """The enclosed phrase when ``q`` sits inside a short ``open … close`` pair on its line."""
    lo = max(0, q.start - limit)
    left = max(folded.rfind(c, lo, q.start) for c in opens)
    if left < 0:
        return None
    barriers = [c for c in closes if c not in opens] + ["\n"]
    if max(folded.rfind(c, left + 1, q.start) for c in barriers) >= 0:
        return None
    hi = min(len(folded), q.end + limit)
    rights = [i for i in (folded.find(c, q.end, hi) for c in closes) if i >= 0]
    if not rights:
        return None
    right = min(rights)
    stops = [c for c in opens if c not in closes] + ["\n"]
    if any(0 <= folded.find(c, q.end, right) for c in stops):
        return None
    return folded[left + 1 : right]


def _is_year_value(q: Quantity) -> bool:
    if q.masked:
        return len(q.value_text) == 4
    return q.value is not None and lx.YEAR_MIN <= q.value <= lx.YEAR_MAX and q.value == int(q.value)


_BOUND_BEFORE = re.compile(
    rf"(?:{_alt(lx.CLASS_ATTRIBUTES)})(?:\p{{Han}}{{0,2}})(?:{_alt(lx.CLASS_BOUND_WORDS)})$"
)
_ATTRIBUTE = _stdre.compile(_alt(lx.CLASS_ATTRIBUTES))
# Each number alternative starts only where its run starts (lookbehind): a match from inside a run
# implies one from the run's start, so the answer is unchanged, and search() stays linear on a long
# run of digits (without it every start re-consumed the run: quadratic).  Searched on the clause
# slice, so the lookbehind sees nothing before the window.
_COUNT_LATER = _stdre.compile(
    rf"(?:(?<![0-9])[0-9]+(?:\.[0-9]+)?|(?<![xX])[xX]+|(?<![{_CN_NUM_CHARS}])[{_CN_NUM_CHARS}]+)"
    rf"[余多]?(?:{_alt(lx.COUNT_UNITS)})"
)


def _attribute_before(folded: str, i: int) -> bool:
    """A class attribute (总投资, 营业收入, 高度 …) earlier in the clause."""
    return _ATTRIBUTE.search(_clause_before(folded, i, 16)) is not None


def _count_later(folded: str, i: int) -> bool:
    """A count (…项目20个) later in the same clause: the measure before it sizes what is counted."""
    k, hi = i, min(len(folded), i + 30)
    while k < hi and folded[k] not in _CLAUSE_END:
        k += 1
    return _COUNT_LATER.search(folded[i:k]) is not None


def _attribute_bound_before(folded: str, i: int) -> bool:
    """高度不超过｜五十米的: an attribute noun and a bound word right before the measure."""
    return _BOUND_BEFORE.search(_clause_before(folded, i, 16)) is not None


def non_target_reason(folded: str, q: Quantity) -> str | None:
    """Why a quantity cannot be a target by its form and immediate context (age, date, ordinal, …), else None.

    Only the form and a few characters around the quantity are read (no clause semantics: past
    results, subsidies and the like are for the target reader).  Reason codes:

    - numbering and references: ``heading`` (1. / （1）), ``reference`` (附件1, 专栏3), ``ordinal``
      (第三, 前三位, 五期), ``doc_number`` (〔2021〕5号), ``title`` (inside 《》);
    - names: ``quoted_name`` (“3+N”, “两个毫不动摇”), ``name`` (3号线, 70周年, 3.0版, 3大平台,
      15分钟生活圈, 十二届二次全会), ``structure`` (3+N), ``product`` (7×24), ``formula`` (÷2),
      ``generation`` (5G基站), ``bandwidth_class`` (千兆光网), ``phone`` (12345热线), ``time`` (9:00);
    - time: ``year``, ``date``, ``period`` (2021—2023年), ``duration`` (5年内, 三年行动, 为期60天),
      ``deadline`` (期限…三年, 自受理之日起十日内), ``schedule`` (每5年修订1次), ``denominator`` (每10万人口);
    - conditions: ``age`` (60周岁以上老年人), ``condition`` (满3年), ``population_threshold``
      (20万人口以上的县), ``class_threshold`` (10蒸吨以上锅炉, 高度不超过五十米的, 10亿元以上项目20个),
      ``capacity_class`` (年产30万吨…项目), ``penalty`` (处…元罚款), ``score`` / ``score_weight`` ((0.5分), （60%）+…).
    """
    unit = q.unit or ""
    before = _before(folded, q.start)
    after_num = _after(folded, q.num_end)
    after = _after(folded, q.end)
    nxt = after[:1]
    bare = q.unit is None and q.form in ("arabic", "masked", "chinese")

    if q.form == "product":
        return "product"  # 7×24小时
    if before[-1:] in ("〔", "[", "【") or after_num.startswith(("〕", "]")):
        return "doc_number"
    if _DOC_NUMBER_AFTER.match(folded, q.num_end) and (before[-1:] in ("(", "（") or q.unit is None):
        return "doc_number"  # 川府发（2021）12号
    if q.unit is None and before[-1:] in ("(", "（", ")", "）") and after_num[:1] == "号" and _DOC_MARK_BEFORE.search(before):
        return "doc_number"  # （2021）12号
    # numbering: 1. / 1、 / （1） at a line start or in brackets
    if bare and nxt in _HEADING_AFTER and (not before or before[-1] in _LINE_END or before[-1] in _OPEN_BRACKETS):
        return "heading"
    if q.unit is None and before.endswith(lx.REFERENCE_BEFORE):
        return "reference"
    if before.endswith(lx.ORDINAL_BEFORE) and not before.endswith(lx.NOT_ORDINAL_BEFORE):
        if before.endswith("后") and not before.endswith(("排名后", "倒数")):
            if unit in lx.RANK_UNITS:
                return "ordinal"  # 后3位
        elif not before.endswith("前") or q.unit is None or unit in lx.RANK_UNITS:
            return "ordinal"
    if q.form == "ratio":
        tm = _CLOCK.fullmatch(folded, q.start, q.end)
        if tm and int(tm.group(1)) <= 24:
            return "time"
    # titles and quoted names
    if _inside_pair(folded, q, lx.TITLE_OPEN, lx.TITLE_CLOSE, 40) is not None:
        return "title"
    quoted = _inside_pair(folded, q, lx.QUOTE_OPEN, lx.QUOTE_CLOSE, lx.QUOTED_NAME_MAX)
    if quoted is not None and len(quoted) <= lx.QUOTED_NAME_MAX and not any(w in quoted for w in lx.QUOTE_GOAL_WORDS):
        return "quoted_name"
    # dates, years, periods
    if q.form == "fraction" and after.startswith("年"):
        return "period"  # 2023/2024年榨季
    if bare and q.value is not None and _is_year_value(q) and before.endswith(lx.YEAR_CONTEXT_BEFORE):
        return "year"  # 展望2024, 面向2049
    if bare and _LATIN_CODE_BEFORE.search(before):
        return "name"  # AHT-101
    if unit.startswith("年") or (bare and after_num.startswith("年")):
        if _is_year_value(q):
            return "period" if q.value_max is not None else "year"
    if bare and after_num.startswith("月") or unit in ("日", "号") and before.endswith("月"):
        return "date"
    if after_num.startswith(lx.NAME_AFTER_NUMBER):
        return "name"
    if q.form == "chinese" and after_num.startswith(lx.CN_NAME_AFTER_NUMBER):
        return "name"  # 六个一体化, 四个最严
    if after.startswith(lx.NAME_AFTER_QUANTITY) or _CIRCLE.match(after):
        return "name"
    if unit in lx.NAMED_SET_UNITS and _NAMED_SET.match(folded, q.end, q.end + 10):
        return "name"  # 三张数据目录清单, 两张网
    if unit in lx.SERVICE_TIME_UNITS and nxt and (_CJK.match(nxt) or nxt in _QUOTES) and not after.startswith(
        lx.SERVICE_TIME_OK_AFTER
    ):
        return "name"  # 24小时服务, 30分钟车程
    if bare and _VERSION.fullmatch(q.value_text) and before[-1:] and _CJK.match(before[-1:]):
        if not before.endswith(lx.VALUE_VERB_BEFORE):
            return "name"  # 工业4.0, 智慧城市2.0
    if unit in lx.PHASE_UNITS and not any(v in _clause_before(folded, q.start, 12) for v in lx.PHASE_COUNT_VERBS):
        return "ordinal"  # 长飞五期, 西路（二段）
    if unit in lx.SESSION_UNITS and (
        any(w in after[:8] for w in lx.SESSION_WORDS_AFTER) or any(w in before[-8:] for w in lx.SESSION_WORDS_BEFORE)
    ):
        return "name"  # 十二届二次、三次全会
    if q.unit and nxt and _CJK.match(nxt) and not after.startswith(lx.CAPACITY_OK_AFTER):
        rest = after[1:] if nxt == "的" else after
        if (
            rest[:1]
            and _CJK.match(rest[:1])
            and _CAPACITY.search(_clause_before(folded, q.start, 12))
            and any(h in rest[:10] for h in lx.CAPACITY_HEADS)
        ):
            return "capacity_class"  # 日处理鲜奶500吨生产加工项目
    tail = _LIST_TAIL.match(folded, q.end, q.end + lx.LIST_TAIL_WINDOW) if nxt in lx.LIST_JOINERS else None
    after_list = _after(folded, tail.end()) if tail else after
    if unit in lx.AMOUNT_UNITS and after_list.startswith(lx.MONEY_CLASS_HEADS):
        return "class_threshold"  # 十亿元企业, 过500亿、100亿和50亿企业集团
    if unit in lx.AMOUNT_UNITS and before.endswith(lx.SIZE_CLASS_BEFORE) and after_list.startswith("的"):
        if after_list[1:].startswith(lx.MONEY_CLASS_HEADS + lx.SIZE_CLASS_HEADS):
            return "class_threshold"  # 营业收入过500亿元的企业集团: a size class, not an amount to reach
    if unit in lx.RATING_UNITS and nxt and _CJK.match(nxt) and not after.startswith(lx.CAPACITY_OK_AFTER + ("的",)):
        return "rating_class"  # 220千伏输变电工程, 500kV变电站: the voltage class names the plant
    if unit in lx.UNIT_CAPACITY_UNITS and nxt and _CJK.match(nxt) and not after.startswith(lx.CAPACITY_OK_AFTER):
        rest = after[1:] if nxt == "的" else after
        if any(h in rest[:12] for h in lx.CAPACITY_HEADS):
            return "capacity_class"  # 350MW燃气发电项目, 2台66万千瓦机组: the capacity names the plant
    if unit in lx.PLANT_MASS_UNITS and nxt and _CJK.match(nxt) and nxt not in "的和及与或" and not after.startswith(
        lx.CAPACITY_OK_AFTER
    ):
        head = _CLAUSE_END_RE.split(after, maxsplit=1)[0]
        if any(h in head[:14] for h in lx.PLANT_HEADS):
            return "capacity_class"  # 推进20万吨高纯阴极铜清洁生产项目: the capacity names the plant
    if q.form == "chinese" and q.value == 1 and unit in lx.SINGLE_BODY_UNITS:
        if any(h in _after(folded, q.end, 20).split("，")[0] for h in lx.SINGLE_BODY_HEADS):
            return "structure"  # 打造一支…队伍: one team as a structure, not a count
    if bare and tail and after_list[:1] and _CJK.match(after_list[:1]):
        return "name"  # 6、7、8号线; 12345、110等热线
    # rates per population, schedules
    if before.endswith(lx.PER_BEFORE):
        return "denominator"
    if unit in lx.FREQUENCY_UNITS and "每" in _clause_before(folded, q.start):
        return "schedule"
    # ages and population thresholds
    if before.endswith(lx.CONDITION_BEFORE):
        return "age" if unit in lx.AGE_UNITS else "condition"
    if unit in lx.AGE_UNITS:
        rest = after
        for w in lx.THRESHOLD_AFTER:
            if rest.startswith(w):
                rest = rest[len(w) :]
                break
        rest = rest[1:] if rest.startswith("的") else rest
        if _CJK.match(rest) and not rest.startswith(("左右", "以上", "以下")):
            return "age"
    if unit.endswith("人") and after.startswith("口"):
        return "population_threshold"
    # durations and deadlines
    if unit in lx.DURATION_UNITS and after.startswith(_DURATION_AFTER):
        return "duration"
    if unit in lx.TERM_UNITS:
        cb = _clause_before(folded, q.start, 20)
        if any(w in cb for w in lx.TERM_WORDS_BEFORE):
            return "deadline"  # 期限一般不超过一年, 有效期三年
        if before.endswith(lx.SPAN_BEFORE):
            return "duration"  # 为期60天, 历时3年
    if unit in lx.AMOUNT_UNITS and any(w in _clause_window(folded, q) for w in lx.PENALTY_WORDS):
        return "penalty"
    if unit in lx.TIME_LIMIT_UNITS and after.startswith(("内", "以内", "之内")):
        if any(w in _clause_before(folded, q.start, 16) for w in lx.TIME_LIMIT_FROM):
            return "deadline"  # 自受理之日起十日内答复: a procedural time limit
    if unit == "年" and q.form == "chinese" and not after.startswith(("以上", "以下", "左右", "及以上")):
        return "duration"  # 过去一年, 三年行动, 承上启下的一年
    if unit == "年" and nxt and _CJK.match(nxt) and not after.startswith(("以上", "以下", "左右", "及以上", "的", "和", "或")):
        return "duration"  # 三年行动, 九年义务教育, 提供xx年免费教育
    # size classes: 10蒸吨以上锅炉, 胸径二十五厘米以上的树木, 高度不超过五十米的平屋顶
    base_unit = unit.split("/")[0].lstrip("万亿千百十") or unit  # 35蒸吨/小时以下 → 蒸吨
    if base_unit in lx.CLASS_MEASURE_UNITS:
        for w in lx.THRESHOLD_AFTER:
            if after.startswith(w):
                rest = after[len(w) :].lstrip("“\"‘「")
                with_de = rest.startswith("的")
                rest = rest[1:] if with_de else rest
                if rest and _CJK.match(rest):
                    if base_unit in lx.CLASS_COUNT_UNITS and not rest.startswith(lx.CLASS_COUNT_HEADS):
                        break
                    if base_unit in lx.EXTENT_UNITS and not (
                        with_de or _attribute_before(folded, q.start) or _count_later(folded, q.end)
                    ):
                        break  # 完成2万亩以上撂荒地治理: the extent of the work, not a size class
                    return "class_threshold"
                break
        else:
            if after.startswith("的") and _attribute_bound_before(folded, q.start):
                return "class_threshold"
    # technology names: 5G基站, 千兆光网
    if unit in lx.GENERATION_UNITS and q.value is not None and q.value <= lx.GENERATION_MAX and q.value == int(q.value):
        if nxt and (nxt not in _CLAUSE_END) and not after.startswith(lx.BANDWIDTH_LINK_AFTER):
            return "generation"
    if unit in lx.BANDWIDTH_UNITS and nxt and _CJK.match(nxt) and not after.startswith(lx.BANDWIDTH_LINK_AFTER):
        return "bandwidth_class"
    # scores and score weights
    if after_num.startswith(lx.SCORE_AFTER) and not after_num.startswith(lx.SCORE_NOT_AFTER) and q.unit is None:
        return "score"
    if unit in ("%", "％") and before[-1:] and before[-1] in "(（" and nxt and nxt in ")）":
        near = _before(folded, q.start, 12) + _after(folded, q.end, 4)
        if any(op in near for op in lx.FORMULA_OPERATORS):
            return "score_weight"
    # phone numbers and hotlines
    digits = q.value_text.isdigit() and len(q.value_text) >= lx.PHONE_MIN_DIGITS
    if digits and q.unit is None and (after.startswith(lx.HOTLINE_AFTER) or before.endswith(lx.HOTLINE_BEFORE)):
        return "phone"
    if q.value_max_text and len(q.value_max_text) >= 7:
        return "phone"
    # structure: “3+N”, 1+X; operands of a formula (（上半年+下半年）÷2)
    if after_num.startswith(lx.STRUCTURE_AFTER) or before.endswith(lx.STRUCTURE_AFTER):
        return "structure"
    if (before[-1:] and before[-1] in lx.FORMULA_OPERATORS) or (nxt and nxt in lx.FORMULA_OPERATORS):
        return "formula"
    # a bare number glued to a word names something (3大平台, 12345热线, 500强, 3.0版)
    if bare and nxt and not after.startswith(lx.BARE_OK_AFTER):
        return "name"
    return None
