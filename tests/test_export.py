"""Writers of planparse.export: CSV rows and columns, JSON records, the tree outline, atomic files.

Plans are built by hand here, so these tests specify the output formats
independently of how well the parser stages work.
"""

from __future__ import annotations

import csv
import io
import os

import pytest

from planparse.export import (
    CSV_ENCODING,
    RESPONSIBILITY_COLUMNS,
    TARGET_COLUMNS,
    atomic_write,
    commit_staged,
    describe_target,
    display_path,
    drop_staged,
    plan_record,
    render_tree,
    responsibility_rows,
    rows_to_csv,
    section_path_text,
    stage_file,
    target_rows,
)
from planparse.models import Plan, Responsibility, Section, Target

TEXT = "一、稳就业\n城镇新增就业2万人，\n调查失业率控制在5.5%以内。（牵头单位：市人社局；配合单位：市财政局、市教育局）\n"


def _target(indicator: str, value: float, unit: str, section: list[int], clause: str, **kw: object) -> Target:
    start = TEXT.index(clause)
    return Target(indicator=indicator, comparator=kw.pop("comparator", "="), value=value, value_text=str(kw.pop("value_text", value)),
                  unit=unit, section=section, text=clause, span=(start, start + len(clause)), **kw)


def make_plan() -> Plan:
    clause_a = "城镇新增就业2万人，\n"  # a newline inside the clause, as the original had it
    clause_b = "调查失业率控制在5.5%以内"
    clause_r = "（牵头单位：市人社局；配合单位：市财政局、市教育局）"
    r_start = TEXT.index(clause_r)
    sec = Section(
        path=[1], number="一、", level=1, title="稳就业", span=(0, len(TEXT)),
        targets=[
            _target("城镇新增就业", 2.0, "万人", [1], clause_a, value_text="2"),
            _target("调查失业率", 5.5, "%", [1], clause_b, comparator="<=", value_text="5.5", commitment="binding"),
        ],
        responsibilities=[Responsibility(lead=["市人社局"], support=["市财政局", "市教育局"], section=[1],
                                         text=clause_r, span=(r_start, r_start + len(clause_r)))],
    )
    preamble_target = Target(indicator="x", comparator="=", value=None, value_text="xx", masked=True, unit="个",
                             kind="parameter", section=[], text="一", span=(0, 1))
    return Plan(source="a.txt", title="稳就业要点", sections=[sec], targets=[preamble_target])


def test_target_rows_have_exactly_the_contract_columns_one_row_per_target_of_every_kind() -> None:
    plan = make_plan()
    rows = list(target_rows(plan, "docs/a.txt"))
    assert [tuple(r) for r in rows] == [TARGET_COLUMNS] * 3
    assert len(rows) == len(plan.all_targets())
    assert [r["kind"] for r in rows] == ["parameter", "target", "target"]  # text order


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ("source", "docs/a.txt"),
        ("section_path", "1"),
        ("section_number", "一、"),
        ("section_title", "稳就业"),
        ("indicator", "调查失业率"),
        ("comparator", "<="),
        ("value", 5.5),
        ("value_text", "5.5"),
        ("unit", "%"),
        ("commitment", "binding"),
        ("year", ""),  # None is an empty cell
        ("masked", False),
        ("text", "调查失业率控制在5.5%以内"),
    ],
)
def test_target_row_cells(column: str, expected: object) -> None:
    row = list(target_rows(make_plan(), "docs/a.txt"))[2]
    assert row[column] == expected


def test_target_row_offsets_cut_the_text_out_of_the_original() -> None:
    for row in target_rows(make_plan(), "a.txt"):
        if row["kind"] == "target":
            assert TEXT[row["start"]:row["end"]] == row["text"]


def test_preamble_target_has_empty_section_cells() -> None:
    row = next(iter(target_rows(make_plan(), "a.txt")))
    assert (row["section_path"], row["section_number"], row["section_title"]) == ("", "", "")


def test_responsibility_rows_one_per_agency_with_role() -> None:
    rows = list(responsibility_rows(make_plan(), "a.txt"))
    assert [tuple(r) for r in rows] == [RESPONSIBILITY_COLUMNS] * 3
    assert [(r["role"], r["agency"]) for r in rows] == [("lead", "市人社局"), ("support", "市财政局"), ("support", "市教育局")]


def test_responsibility_without_agency_keeps_a_row() -> None:
    plan = Plan(responsibilities=[Responsibility(text="由各地负责", span=(0, 5))])
    rows = list(responsibility_rows(plan, "a.txt"))
    assert [(r["role"], r["agency"], r["text"]) for r in rows] == [("", "", "由各地负责")]


def test_csv_quotes_newlines_and_round_trips() -> None:
    text = rows_to_csv(target_rows(make_plan(), "a,b.txt"), TARGET_COLUMNS)
    back = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["text"] for r in back][1] == "城镇新增就业2万人，\n"
    assert back[0]["source"] == "a,b.txt"


def test_csv_encoding_is_utf8_with_bom_for_excel() -> None:
    assert "x".encode(CSV_ENCODING) == b"\xef\xbb\xbfx"


@pytest.mark.parametrize(("path", "text"), [([], ""), ([2], "2"), ([2, 1, 7], "2.1.7")])
def test_section_path_text(path: list[int], text: str) -> None:
    assert section_path_text(path) == text


def test_plan_record_is_the_model_dump_with_the_source_as_given() -> None:
    plan = make_plan()
    record = plan_record(plan, "其他/路径 a.txt")
    assert record["source"] == "其他/路径 a.txt"
    assert {k: v for k, v in record.items() if k != "source"} == {
        k: v for k, v in plan.model_dump(mode="json").items() if k != "source"
    }
    assert Plan.model_validate(record).sections[0].targets[1].unit == "%"


def test_display_path_escapes_undecodable_bytes() -> None:
    name = os.fsdecode(b"bad\xff.txt")
    shown = display_path(name)
    assert shown == "bad\\xff.txt"
    shown.encode("utf-8")  # can be written anywhere
    assert display_path("临江 市.txt") == "临江 市.txt"
    assert display_path("a\ud800b") == "a\\ud800b"  # not an escaped byte: still printable


def test_tree_shows_sections_targets_and_agencies() -> None:
    tree = render_tree(make_plan(), "a.txt")
    lines = tree.splitlines()
    assert lines[0] == "a.txt"
    assert "稳就业要点" in lines[1]
    assert any(line.strip().startswith("一、 稳就业") for line in lines)
    assert any("调查失业率 <= 5.5%" in line and "binding" in line for line in lines)
    assert any("牵头: 市人社局" in line and "配合: 市财政局、市教育局" in line for line in lines)


def test_describe_target_shows_range_and_action() -> None:
    t = Target(indicator="公办幼儿园", action="新建", comparator="=", value=5, value_max=10, value_text="5",
               unit="所", text="新建公办幼儿园5-10所", span=(0, 12))
    assert describe_target(t).startswith("[新建] 公办幼儿园 = 5–10所")


def test_atomic_write_replaces_in_one_step(tmp_path) -> None:
    out = tmp_path / "sub" / "plans.jsonl"
    with atomic_write(out) as f:
        f.write("一\n")
    assert out.read_text(encoding="utf-8") == "一\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["plans.jsonl"]


@pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
def test_interrupted_atomic_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, exc: type) -> None:
    out = tmp_path / "plans.jsonl"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(exc), atomic_write(out) as f:
        f.write("half")
        raise exc()
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plans.jsonl"]


def test_staged_files_appear_only_on_commit_and_vanish_on_drop(tmp_path) -> None:
    old, new = tmp_path / "a.txt.json", tmp_path / "sub" / "b.txt.json"
    old.write_text("old\n", encoding="utf-8")
    staged = [(stage_file(old, "一\n"), str(old)), (stage_file(new, "二\n"), str(new))]
    assert old.read_text(encoding="utf-8") == "old\n" and not new.exists()
    drop_staged(staged)
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == ["a.txt.json", "sub"]
    staged = [(stage_file(old, "一\n"), str(old)), (stage_file(new, "二\n"), str(new))]
    commit_staged(staged)
    assert (old.read_text(encoding="utf-8"), new.read_text(encoding="utf-8")) == ("一\n", "二\n")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.txt.json", "b.txt.json", "sub"]
