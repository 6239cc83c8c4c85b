"""Properties every parse must have, whatever the input (hypothesis).

The generator writes text from the alphabet that matters to the parser:
numbering tokens, comparator and agency words, numbers (Arabic, Chinese,
masked, with units), full/half-width punctuation, every kind of line break
and blank, and hostile characters (BOM, zero-width space, NUL, emoji, lone
surrogates).  On every such text:

* ``parse`` never raises and is deterministic;
* every item is grounded: its span lies in the text and ``text[s:e] == item.text``;
* sections nest: a child lies inside its parent, siblings do not overlap and
  come in order, ``path`` extends the parent's path and is unique;
* every target / responsibility lies inside the section that holds it, and the
  preamble's items lie before the first section;
* the plan survives a JSON round trip.

Examples per test: 200 by default (fast enough for CI).  Set
``PLANPARSE_HYPOTHESIS_PROFILE=long`` for 100,000 (``PLANPARSE_HYPOTHESIS_EXAMPLES`` overrides the
number, e.g. to run a long campaign in chunks with different ``--hypothesis-seed``s; see
docs/reliability.md).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import planparse
from planparse.models import Plan
from planparse.normalize import normalize

# ci (the default): 200 examples, derandomized so that a run is reproducible; long: random, 10^5
# examples.  Settings objects applied per test, not loaded profiles: other test files keep their own.
_PROFILES = {
    "default": settings(
        max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
    ),
    "long": settings(
        max_examples=int(os.environ.get("PLANPARSE_HYPOTHESIS_EXAMPLES", "100000")),
        deadline=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
    ),
}
PROFILE = _PROFILES[os.environ.get("PLANPARSE_HYPOTHESIS_PROFILE", "default")]
# Characters a long campaign may exclude to keep exploring past a bug already reported (empty in CI).
SKIP_CHARS = frozenset(os.environ.get("PLANPARSE_HYPOTHESIS_SKIP", ""))

# --- the alphabet ------------------------------------------------------------

NUMBERING = [
    "一、", "二、", "三、", "十、", "十二、", "二十一、", "（一）", "（二）", "（十一）", "(一)", "(三)",
    "1.", "2.", "1．", "１．", "3、", "10.", "（1）", "(2)", "（１２）", "①", "②", "⑳",
    "第一条", "第十二条", "第一章", "第三章", "第一节", "第二部分", "一是", "二是", "附件", "专栏1",
    "1.1", "1.1.1", "2.3.", "一.", "一．",
]
COMPARATORS = [
    "达到", "不低于", "不少于", "控制在", "以内", "左右", "以上", "以下", "增长", "下降", "提高到",
    "降至", "不超过", "超过", "低于", "约", "力争", "确保", "争取", "累计", "年均", "每年", "百分之",
    "千分之", "每千人", "每万人", "到2025年", "到xxxx年", "全年", "新建", "改扩建",
]
AGENCIES = [
    "牵头单位：", "配合单位：", "牵头单位:", "责任单位：", "牵头责任单位：", "参与单位：", "协办：",
    "市教育局", "市财政局", "区卫生健康委", "县人力资源社会保障局", "各区县人民政府", "负责", "按职责分工负责",
    "（牵头单位：市教育局；配合单位：市财政局、市人社局）", "（市发展改革委牵头，各区配合）", "；", "、",
]
NUMBERS = [
    "0", "12", "92.5", "100", "1,200", "1.2万", "xx", "xx.xx", "XX", "×××", "x", "X", "九十五", "三",
    "两", "十四五", "2025", "2024年", "1∶4000", "1:4000", "1/3", "5-10", "3至5", "５０", "0.5‰",
    "%", "％", "‰", "个百分点", "万人", "所", "个", "亿元", "/10万", "平方米", "人次",
]
WORDS = [
    "学前三年毛入园率", "城镇新增就业人数", "幼儿园", "医疗卫生机构床位数", "覆盖率", "推进", "实施",
    "加强", "工作要点", "实施方案", "总体目标", "主要任务", "保障措施", "的", "和", "及", "等",
]
PUNCT = list("。，、；：？！…—“”‘’《》【】（）()[]{},.;:?!-~·")
BLANKS = ["\n", "\n", "\n", "\r", "\r\n", "\r\n", "\n\n", "\t", "\u3000", " ", "  ", "\u00a0",
          "\u200b", "\ufeff", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"]
HOSTILE = ["\x00", "😀", "👨‍👩‍👧", "\U00020000", "e\u0301", "\ufffd", "\x1b", "\x7f", "ｘ", "\u202e"]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d"]

_cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_fullwidth = st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E)
_any_char = st.characters(codec=None, exclude_categories=())  # every code point, surrogates included

_clean_piece = st.one_of(
    st.sampled_from(NUMBERING),
    st.sampled_from(COMPARATORS),
    st.sampled_from(AGENCIES),
    st.sampled_from(NUMBERS),
    st.sampled_from(WORDS),
    st.sampled_from(PUNCT),
    st.sampled_from(BLANKS),
    st.sampled_from(HOSTILE),
    st.text(_cjk, min_size=1, max_size=4),
    st.text(_fullwidth, min_size=1, max_size=3),
    st.text(st.sampled_from("0123456789.xX×"), min_size=1, max_size=8),
)


@st.composite
def _lines(draw: st.DrawFn, piece: st.SearchStrategy[str]) -> str:
    """A document-shaped text: lines that often start with a numbering token."""
    out = []
    for _ in range(draw(st.integers(0, 12))):
        if draw(st.booleans()):
            out.append(draw(st.sampled_from(NUMBERING)))
        out.append("".join(draw(st.lists(piece, max_size=14))))
        out.append(draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n", "", "。\n"])))
    return "".join(out)


clean_texts = st.one_of(_lines(_clean_piece), st.lists(_clean_piece, max_size=40).map("".join))
"""Texts of well-formed Unicode (what any decoded file can contain)."""

texts = st.one_of(
    clean_texts,
    _lines(st.one_of(_clean_piece, st.sampled_from(SURROGATES), st.text(_any_char, max_size=3))),
    st.text(_any_char, max_size=60),
)
"""Any Python ``str``, lone surrogates included."""


# --- invariants (also used by tests/test_corpus_grounding.py) ----------------


def span_errors(plan: Plan, text: str) -> list[str]:
    """Every way ``plan`` breaks the grounding and nesting invariants on ``text`` (empty = none)."""
    errors: list[str] = []
    n = len(text)

    def grounded(kind: str, item: object) -> None:
        s, e = item.span  # type: ignore[attr-defined]
        if not (0 <= s <= e <= n):
            errors.append(f"{kind} span {item.span} outside [0, {n}]")  # type: ignore[attr-defined]
        elif text[s:e] != item.text:  # type: ignore[attr-defined]
            errors.append(f"{kind} text {item.text!r} != text[{s}:{e}] {text[s:e]!r}")  # type: ignore[attr-defined]

    def walk(sections: list, parent: object | None, depth: int) -> None:
        prev_end = parent.span[0] if parent is not None else 0  # type: ignore[attr-defined]
        for sec in sections:
            s, e = sec.span
            where = f"section {sec.path} {sec.number!r} span {sec.span}"
            if not (0 <= s <= e <= n):
                errors.append(f"{where} outside [0, {n}]")
            if parent is not None:
                ps, pe = parent.span  # type: ignore[attr-defined]
                if not (ps <= s and e <= pe):
                    errors.append(f"{where} not inside parent {parent.path} {parent.span}")  # type: ignore[attr-defined]
                if sec.path[:-1] != parent.path:  # type: ignore[attr-defined]
                    errors.append(f"{where} path does not extend parent path {parent.path}")  # type: ignore[attr-defined]
            elif len(sec.path) != 1 and not (len(sec.path) == 2 and sec.level == 1):
                # (an attachment restarting at 一、 is top-level with the prefix [N+1] in its path, ANNOTATION.md)
                errors.append(f"{where} is top-level with a path of length {len(sec.path)}")
            if sec.level != depth:
                errors.append(f"{where} has level {sec.level} at depth {depth}")
            if s < prev_end:
                errors.append(f"{where} overlaps or precedes its previous sibling (ends {prev_end})")
            prev_end = e
            if not text[s:e].startswith(sec.number) and sec.number:
                errors.append(f"{where} does not start with its number")
            for kind, items in (("target", sec.targets), ("responsibility", sec.responsibilities)):
                for it in items:
                    grounded(kind, it)
                    if list(it.section) != list(sec.path):
                        errors.append(f"{kind} {it.text!r} has section {it.section} but hangs on {sec.path}")
                    if not (s <= it.span[0] and it.span[1] <= e):
                        errors.append(f"{kind} {it.text!r} {it.span} outside its section {where}")
            walk(sec.children, sec, depth + 1)

    walk(plan.sections, None, 1)
    first = plan.sections[0].span[0] if plan.sections else n
    for kind, items in (("target", plan.targets), ("responsibility", plan.responsibilities)):
        for it in items:
            grounded(kind, it)
            if it.span[1] > first:
                errors.append(f"preamble {kind} {it.text!r} {it.span} ends after the first section ({first})")
    if plan.preamble and plan.preamble not in text:
        errors.append("preamble is not a substring of the text")
    return errors


def path_errors(plan: Plan) -> list[str]:
    """Section paths that occur more than once (a path names one section)."""
    seen: set[tuple[int, ...]] = set()
    dups: list[str] = []
    for sec in plan.iter_sections():
        p = tuple(sec.path)
        if p in seen:
            dups.append(f"duplicate section path {list(p)} ({sec.number!r} at {sec.span})")
        seen.add(p)
    return dups


# --- properties ---------------------------------------------------------------


@PROFILE
@given(texts)
def test_parse_never_raises_and_is_grounded(text: str) -> None:
    """On any str: no exception, every span grounded, sections nested."""
    assume(not any(c in text for c in SKIP_CHARS))
    plan = planparse.parse(text)
    assert span_errors(plan, text) == []


@PROFILE
@given(texts)
def test_section_paths_are_unique(text: str) -> None:
    """No two sections share a path (a repeated ``一、`` does not continue the sequence)."""
    assert path_errors(planparse.parse(text)) == []


@PROFILE
@given(texts)
def test_parse_is_deterministic(text: str) -> None:
    """Parsing the same text twice gives equal plans."""
    assert planparse.parse(text) == planparse.parse(text)


@PROFILE
@given(clean_texts)
def test_plan_survives_json_round_trip(text: str) -> None:
    """``Plan.model_validate_json(plan.model_dump_json()) == plan`` for well-formed Unicode."""
    plan = planparse.parse(text, source="doc.txt")
    assert Plan.model_validate_json(plan.model_dump_json()) == plan


with_surrogates = st.builds(
    lambda t, sur, at: t[: at % (len(t) + 1)] + sur + t[at % (len(t) + 1) :],
    texts,
    st.sampled_from(SURROGATES),
    st.integers(0, 10_000),
)


@PROFILE
@given(with_surrogates)
def test_plan_with_lone_surrogates_round_trips_through_python_dump(text: str) -> None:
    """Text with lone surrogates (legal in a Python str, e.g. from ``errors="surrogateescape"``) has no
    exact JSON form: UTF-8 cannot encode it (pydantic's ``model_dump_json`` raises) and ``json`` merges an
    escaped high+low pair into one character.  The Python dump still round-trips exactly."""
    plan = planparse.parse(text)
    assert Plan.model_validate(plan.model_dump()) == plan


@PROFILE
@given(texts)
def test_every_clean_character_is_a_character_of_the_original(text: str) -> None:
    """The offset map of the normaliser is exact: clean index i maps to an original index holding the
    same character, strictly increasing; ``folded`` has the length of ``text``."""
    norm = normalize(text)
    assert len(norm.folded) == len(norm.text)
    prev = -1
    for i, ch in enumerate(norm.text):
        o = norm.to_orig(i)
        assert o > prev and text[o] == ch, (i, o, ch)
        prev = o
    s, e = norm.orig_span(0, len(norm.text))
    assert 0 <= s <= e <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\ufeff",
        "\x00" * 10,
        "\ud800",
        "一、",
        "（一）",
        "1.",
        "一、\r\n（一）\r\n1.\r\n（1）\r\n①",
        "一、总体目标\r（一）扩大资源。到2025年，学前三年毛入园率达到xx.xx%以上。\r",
        "百分之",
        "达到" * 50,
        "（牵头单位：市教育局；配合单位：市财政局）",
        # found by the generator (kept as regressions; see docs/reliability.md)
        "1.\n新建幼儿园3所、\u20282.新建学校2所。",  # a clause ended at U+2028 kept the break (fixed 09:25)
        "\n（一）学前三年毛入园率0\u2028\n（二）\n",
        # a preamble list ran on into a heading starting mid-line after ？ (fixed: the heading ends the list)
        "牵头单位：市教育局；配合单位：市财政局？一、总体要求",
        # an assignment between section [1] and the attachment's [2, 1] (after 附件) landed in the preamble
        # list; it is in the attachment's title lines, in no section: not emitted (fixed)
        "①\n一、\n附件\n一、\n\n\n二、\n\n\n（牵头单位：市教育局；配合单位：市财政局、市人社局）\n一、\n",
    ],
)
def test_edge_documents(text: str) -> None:
    """Hand-picked degenerate inputs satisfy the same invariants."""
    plan = planparse.parse(text)
    assert span_errors(plan, text) == []
    assert path_errors(plan) == []
    assert planparse.parse(text) == plan
