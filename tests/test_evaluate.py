"""Scoring rules of planparse.evaluate (DATA-CONTRACT.md "Scoring"), and agreement with tools/score.py.

The small gold/plan pairs are written for these tests; the agreement tests read
``../shared`` and skip when it is absent.
"""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from planparse import cli
from planparse.evaluate import (
    Counts,
    char_f1,
    count_span_errors,
    evaluate,
    format_errors,
    format_report,
    indicator_similarity,
    norm,
    score_document,
    unit_match,
    value_match,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORE_PY = SHARED / "tools" / "score.py"


def gold(**kw: object) -> dict:
    return {"format": "planparse-gold/1", "document": "d.txt", "sections": [], "targets": [],
            "responsibilities": [], **kw}


def gt(indicator: str, value: str, unit: object, section: list[int] | None = None, **kw: object) -> dict:
    return {"section": section or [1], "indicator": indicator, "comparator": ">=", "value": value, "unit": unit,
            "year": None, "commitment": None, **kw}


def pt(indicator: str, value: float | None, unit: str | None, value_text: str | None = None, **kw: object) -> dict:
    return {"indicator": indicator, "comparator": ">=", "value": value,
            "value_text": value_text if value_text is not None else str(value), "unit": unit, "kind": "target", **kw}


def plan_with(targets: list[dict] | None = None, resps: list[dict] | None = None, path: list[int] | None = None) -> dict:
    sec = {"path": path or [1], "title": "总体目标", "targets": targets or [], "responsibilities": resps or [],
           "children": []}
    return {"sections": [sec], "targets": [], "responsibilities": []}


# ---------------------------------------------------------------- string rules


@pytest.mark.parametrize(
    ("a", "b"),
    [("（一）", "(一)"), ("牵头单位：市教育局", "牵头单位:市教育局"), ("９５％", "95%"), ("市 教育局", "市教育局"), (None, "")],
)
def test_norm_folds_width_and_spaces(a: object, b: str) -> None:
    assert norm(a) == norm(b)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("毛入园率", "毛入园率", 1.0), ("入园率", "毛入园率", 2 * 1 * 0.75 / 1.75), ("", "率", 0.0), ("甲", "乙", 0.0)],
)
def test_char_f1(a: str, b: str, expected: float) -> None:
    assert char_f1(a, b) == pytest.approx(expected)


def test_containment_raises_similarity_to_0_8() -> None:
    assert indicator_similarity("学前三年毛入园率", "毛入园率") == pytest.approx(0.8)
    assert indicator_similarity("学前三年毛入园率", "学前三年毛入园率") == 1.0


@pytest.mark.parametrize(
    ("gold_value", "pred", "ok"),
    [
        ("92.5", pt("a", 92.5, "%"), True),
        ("92.50", pt("a", 92.5, "%"), True),
        ("92.5", pt("a", 92.4, "%"), False),
        ("xx.xx", pt("a", None, "%", value_text="xx.xx"), True),
        ("xx.xx", pt("a", None, "%", value_text="XX.XX"), True),  # masks compare case-blind
        ("××", pt("a", None, "%", value_text="xx"), True),
        ("xx", pt("a", None, "%", value_text="xx.x"), False),
        ("5", pt("a", None, "%", value_text="5"), False),  # numeric gold needs a numeric value
        ("三分之一", pt("a", None, None, value_text="三分之一"), True),  # neither number nor mask: as text
    ],
)
def test_value_match(gold_value: str, pred: dict, ok: bool) -> None:
    assert value_match(gold_value, pred) is ok


@pytest.mark.parametrize(
    ("gold_unit", "pred_unit", "ok"),
    [("%", "%", True), ("%", "％", True), (["万人", "万名"], "万名", True), ("所", "个", False), (None, None, True),
     (None, "", True), ("%", None, False)],
)
def test_unit_match(gold_unit: object, pred_unit: str | None, ok: bool) -> None:
    assert unit_match(gold_unit, {"unit": pred_unit}) is ok


# ---------------------------------------------------------------- document scores


def test_sections_match_on_path_and_titles_are_compared_over_matches() -> None:
    g = gold(sections=[{"path": [1], "number": "一、", "title": "总体目标"},
                       {"path": [1, 1], "number": "(一)", "title": "扩大资源（试点）"},
                       {"path": [2], "number": "二、", "title": "保障措施"}])
    p = {"sections": [{"path": [1], "title": "总体目标", "children": [
        {"path": [1, 1], "title": "扩大资源(试点)", "children": []},
        {"path": [1, 2], "title": "多出来的", "children": []}]}]}
    s = score_document(g, p)
    assert (s.sections.tp, s.sections.pred, s.sections.gold) == (2, 3, 3)
    assert s.titles == 2
    assert s.missed_sections == [((2,), "保障措施")]
    assert s.spurious_sections == [((1, 2), "多出来的")]


def test_target_needs_value_unit_and_similar_indicator() -> None:
    g = gold(targets=[gt("学前三年毛入园率", "92.5", "%"), gt("普惠性幼儿园覆盖率", "90", "%")])
    p = plan_with([pt("毛入园率", 92.5, "%"),  # contained: similarity 0.8
                   pt("普惠性幼儿园覆盖率", 90, "个"),  # wrong unit
                   pt("公办园占比", 90, "%")])  # same value, unrelated indicator
    s = score_document(g, p)
    assert (s.targets.tp, s.targets.pred, s.targets.gold) == (1, 3, 2)
    assert [m["indicator"] for m in s.missed_targets] == ["普惠性幼儿园覆盖率"]
    assert s.attrs["indicator"] == 0 and s.attrs["comparator"] == 1 and s.attrs["section"] == 1


def test_only_predictions_of_kind_target_count() -> None:
    g = gold(targets=[gt("地区生产总值", "5.5", "%")])
    p = plan_with([pt("地区生产总值", 5.5, "%", kind="result"), pt("补助标准", 500, "元", kind="parameter")])
    s = score_document(g, p)
    assert (s.targets.tp, s.targets.pred) == (0, 0)
    assert score_document(g, plan_with([pt("地区生产总值", 5.5, "%", kind=None)])).targets.tp == 1


def test_each_gold_target_matches_at_most_once_best_similarity_first() -> None:
    g = gold(targets=[gt("城镇新增就业人数", "2", "万人")])
    p = plan_with([pt("新增就业", 2, "万人"), pt("城镇新增就业人数", 2, "万人")])
    s = score_document(g, p)
    assert s.targets.tp == 1 and s.attrs["indicator"] == 1
    assert [x["indicator"] for x in s.spurious_targets] == ["新增就业"]


def test_span_on_the_gold_clause_is_enough_for_a_weak_indicator() -> None:
    text = "全年完成造林面积1.2万亩。"
    clause = "完成造林面积1.2万亩"
    g = gold(targets=[gt("造林面积", "1.2", "万亩", text=clause)])
    start = text.index(clause)
    weak = pt("全年完成", 1.2, "万亩", text=clause, span=[start, start + len(clause)])
    assert score_document(g, plan_with([weak])).targets.tp == 0  # without the document text
    assert score_document(g, plan_with([weak]), text).targets.tp == 1
    elsewhere = {**weak, "span": [0, 2]}
    assert score_document(g, plan_with([elsewhere]), text).targets.tp == 0


def test_target_attributes_over_matched_pairs() -> None:
    g = gold(targets=[gt("森林覆盖率", "45", "%", section=[2, 1], comparator=">=", year="2027", commitment="binding")])
    p = plan_with([pt("森林覆盖率", 45, "%", section=[2, 1], comparator=">=", year="2027", commitment=None)], path=[2, 1])
    assert score_document(g, p).attrs == {"indicator": 1, "comparator": 1, "section": 1, "year": 1, "commitment": 0}


def test_item_section_defaults_to_the_section_it_hangs_on() -> None:
    g = gold(targets=[gt("森林覆盖率", "45", "%", section=[3])])
    item = pt("森林覆盖率", 45, "%")
    assert score_document(g, plan_with([item], path=[3])).attrs["section"] == 1


def test_responsibilities_are_section_role_agency_triples() -> None:
    g = gold(responsibilities=[{"section": [1], "lead": ["市教育局"], "support": ["市财政局", "市人社局"]}])
    p = plan_with(resps=[{"lead": ["市教育局"], "support": ["市财政局"], "section": None},
                         {"lead": ["市财政局"], "support": [], "section": [1]},
                         {"lead": ["市教育局"], "support": [], "section": [2]}])
    s = score_document(g, p)
    assert (s.responsibilities.tp, s.responsibilities.pred, s.responsibilities.gold) == (2, 4, 3)
    assert s.missed_responsibilities == [((1,), "support", "市人社局")]
    assert ((1,), "lead", "市财政局") in s.spurious_responsibilities


def test_preamble_items_have_the_empty_path() -> None:
    g = gold(responsibilities=[{"section": [], "lead": ["市政府办公室"], "support": []}])
    p = {"sections": [], "responsibilities": [{"lead": ["市政府办公室"], "support": []}]}
    assert score_document(g, p).responsibilities.tp == 1


@pytest.mark.parametrize(
    ("counts", "p", "r", "f"),
    [(Counts(0, 0, 0), 1.0, 1.0, 1.0), (Counts(0, 0, 4), 0.0, 0.0, 0.0), (Counts(0, 3, 0), 0.0, 1.0, 0.0),
     (Counts(2, 4, 8), 0.5, 0.25, 1 / 3)],
)
def test_precision_recall_f1_edge_cases(counts: Counts, p: float, r: float, f: float) -> None:
    assert (counts.precision, counts.recall, counts.f1) == pytest.approx((p, r, f))


def test_span_errors_count_items_whose_span_does_not_cut_their_text() -> None:
    text = "新建幼儿园12所。"
    good = pt("幼儿园", 12, "所", text="新建幼儿园12所", span=[0, 8])
    bad = pt("幼儿园", 12, "所", text="新建幼儿园12所", span=[1, 9])
    assert count_span_errors(plan_with([good, bad]), text) == 1


# ---------------------------------------------------------------- whole runs


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    doc = "临江市工作要点\n一、总体目标\n新建公办幼儿园12所。\n二、保障措施\n（一）加强领导。\n"
    (tmp_path / "a.txt").write_text(doc.replace("\n", "\r\n"), encoding="utf-8", newline="")
    g = gold(document="a.txt", title="临江市工作要点",
             sections=[{"path": [1], "number": "一、", "title": "总体目标"},
                       {"path": [2], "number": "二、", "title": "保障措施"},
                       {"path": [2, 1], "number": "(一)", "title": "加强领导"}],
             targets=[gt("公办幼儿园", "12", "所", text="新建公办幼儿园12所")])
    (tmp_path / "a.gold.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_evaluate_reads_documents_keeping_crlf(gold_dir: Path) -> None:
    seen: list[str] = []

    def spy(text: str) -> dict:
        seen.append(text)
        return {"sections": []}

    report = evaluate([str(gold_dir)], parse=spy)
    assert "\r\n" in seen[0]
    assert report.documents == 1 and report.total("sections").gold == 3


def test_a_crash_scores_as_an_empty_plan_and_is_reported(gold_dir: Path) -> None:
    def boom(text: str) -> dict:
        raise RuntimeError("stage failed")

    report = evaluate([str(gold_dir)], parse=boom)
    j = report.to_json()
    assert j["crashes"] == 1 and j["sections"]["tp"] == 0 and j["targets"]["gold"] == 1
    assert "CRASH" in format_report(report) and "stage failed" in format_errors(report)


def test_show_errors_lists_missed_items_with_context(gold_dir: Path) -> None:
    report = evaluate([str(gold_dir)], parse=lambda text: {"sections": []})
    listing = format_errors(report)
    assert "MISSED target" in listing and "【新建公办幼儿园12所】" in listing
    assert "MISSED section   2.1 加强领导" in listing


def test_eval_command_json_and_exit_codes(capsys, gold_dir: Path, tmp_path: Path) -> None:
    assert cli.main(["eval", str(gold_dir), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 1 and out["per_document"][0]["document"] == "a.txt"
    assert cli.main(["eval", str(tmp_path / "nowhere")]) == 2
    (tmp_path / "empty").mkdir()
    assert cli.main(["eval", str(tmp_path / "empty")]) == 2


# ---------------------------------------------------------------- agreement with tools/score.py


@pytest.fixture(scope="module")
def score_py():
    if not SCORE_PY.is_file() or not DEV.is_dir():
        pytest.skip("../shared/corpus not present")
    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def perturbed_plan(g: dict, text: str, rng: random.Random) -> dict:
    """A plan derived from gold with realistic mistakes: wrong paths and titles, trimmed indicators,
    masked and numeric values, wrong units, other kinds, spans on the gold clause, spurious items."""
    secs = []
    for s in g["sections"]:
        path = list(s["path"]) if rng.random() > 0.1 else [*s["path"], 9]
        title = s["title"] if rng.random() > 0.2 else s["title"][:-1]
        secs.append({"path": path, "title": title, "targets": [], "responsibilities": [], "children": []})
    if not secs:
        secs.append({"path": [1], "title": "", "targets": [], "responsibilities": [], "children": []})
    for t in g["targets"]:
        v = str(t["value"])
        masked = "x" in v.lower() or "×" in v
        try:
            num = None if masked else float(v)
        except ValueError:
            num = None
        unit = t["unit"][0] if isinstance(t["unit"], list) else t["unit"]
        ind = t["indicator"]
        roll = rng.random()
        ind = ind if roll < 0.4 else ind[1:] if roll < 0.7 else ind[: max(1, len(ind) // 3)] + "工作"
        item = {"indicator": ind, "comparator": t["comparator"] if rng.random() > 0.2 else "=", "value": num,
                "value_text": v, "unit": unit if rng.random() > 0.1 else "个",
                "kind": rng.choice(["target"] * 8 + ["result", None]), "year": t.get("year"),
                "commitment": t.get("commitment"), "section": list(t["section"]) if rng.random() > 0.2 else None}
        clause = t.get("text")
        i = text.find(clause) if clause else -1
        item["text"], item["span"] = (clause, [i, i + len(clause)]) if i >= 0 else ("", [0, 0])
        for _ in range(1 + (rng.random() < 0.15)):  # sometimes predicted twice
            rng.choice(secs)["targets"].append(dict(item))
    for _ in range(5):
        rng.choice(secs)["targets"].append({"indicator": "其他指标", "comparator": "=", "value": 1.0,
                                            "value_text": "1", "unit": "个", "kind": "target"})
    resps = [{"section": r["section"] if rng.random() > 0.2 else None, "lead": r.get("lead", [])[:2],
              "support": [a + ("等" if rng.random() < 0.2 else "") for a in r.get("support", [])]}
             for r in g["responsibilities"]]
    top = {"sections": secs[:1], "targets": [], "responsibilities": resps}
    secs[0]["children"] = secs[1:]
    return top


def test_document_scores_agree_with_score_py_on_perturbed_dev_plans(score_py) -> None:
    rng = random.Random(20260)
    matched = gold_total = 0
    for gf in sorted(DEV.glob("*.gold.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        with open(gf.parent / g["document"], encoding="utf-8", newline="") as f:
            text = f.read()
        for _ in range(3):
            plan = perturbed_plan(g, text, rng)
            theirs = score_py.score_doc(g, json.loads(json.dumps(plan)), text)
            ours = score_document(g, json.loads(json.dumps(plan)), text)
            assert (ours.sections.tp, ours.sections.pred, ours.sections.gold) == theirs["sections"], gf.name
            assert ours.titles == theirs["titles"]
            assert (ours.targets.tp, ours.targets.pred, ours.targets.gold) == theirs["targets"], gf.name
            assert (ours.responsibilities.tp, ours.responsibilities.pred,
                    ours.responsibilities.gold) == theirs["responsibilities"], gf.name
            assert ours.attrs == theirs["attrs"]
            assert ours.missed_targets == theirs["missed"]
            assert ours.spurious_targets == theirs["spurious"]
            matched += ours.targets.tp
            gold_total += ours.targets.gold
    assert 0 < matched < gold_total  # the perturbations both match and miss


def test_totals_agree_with_score_py_on_dev_with_the_current_parser(score_py) -> None:
    def run(*cmd: str) -> dict:  # both in fresh processes, so both run the same parser code
        proc = subprocess.run([sys.executable, *cmd, str(DEV), "--json"], capture_output=True, text=True,
                              encoding="utf-8", check=True)
        return json.loads(proc.stdout)

    theirs = run(str(SCORE_PY))
    ours = run("-m", "planparse", "eval")
    for d in (theirs, ours):
        d.pop("chars_per_s")
    ours.pop("per_document")
    assert ours == theirs
