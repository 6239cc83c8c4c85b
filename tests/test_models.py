"""The output models: what a parsed item promises beyond its fields.

Items the parser builds share one read-only "fields set" per class (it was most of an item's
memory); these cases pin down that the sharing is invisible to pydantic's own features.
"""

from __future__ import annotations

import copy
import pickle

import pytest

import planparse
from planparse.models import Plan, Responsibility, Section, Target

DOC = (
    "一、主要目标\n"
    "（一）扩大学前资源。到2026年，全市新建幼儿园8所，学前三年毛入园率达到96%以上。"
    "（牵头单位：市教育局；配合单位：市财政局、市住房城乡建设局）\n"
    "（二）提升托育服务。每千人口拥有3岁以下婴幼儿托位数达到4.5个。（市卫生健康委负责）\n"
)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return planparse.parse(DOC)


def _items(plan: Plan) -> list:
    return [plan, *plan.iter_sections(), *plan.all_targets(), *plan.all_responsibilities()]


def test_every_field_of_a_parsed_item_counts_as_set(plan: Plan) -> None:
    assert len(plan.all_targets()) >= 2 and len(plan.all_responsibilities()) == 2
    for item in _items(plan):
        assert item.model_fields_set == set(type(item).model_fields)
        assert item.model_dump(exclude_unset=True) == item.model_dump()


def test_items_of_a_class_share_one_fields_set(plan: Plan) -> None:
    first, second = plan.all_responsibilities()
    assert first.model_fields_set is second.model_fields_set


def test_the_shared_fields_set_refuses_removal(plan: Plan) -> None:
    shared = plan.all_targets()[0].model_fields_set
    for mutate in (lambda s: s.discard("unit"), lambda s: s.remove("unit"), lambda s: s.clear(), lambda s: s.pop()):
        with pytest.raises(TypeError, match="read-only"):
            mutate(shared)
    with pytest.raises(KeyError):
        shared.add("not_a_field")
    assert "unit" in shared


def test_assignment_and_copies_keep_working(plan: Plan) -> None:
    r = plan.all_responsibilities()[0].model_copy(deep=True)
    r.lead = ["市人民政府办公室"]
    assert r.lead == ["市人民政府办公室"]
    changed = r.model_copy(update={"support": []})
    assert changed.support == [] and r.support != []
    assert copy.copy(r) == r and copy.deepcopy(r) == r
    assert pickle.loads(pickle.dumps(plan)) == plan


def test_round_trip_through_json_keeps_every_field(plan: Plan) -> None:
    again = Plan.model_validate_json(plan.model_dump_json())
    assert again == plan
    assert again.model_dump(exclude_unset=True)["sections"][0]["children"][0]["targets"][0] == (
        plan.model_dump()["sections"][0]["children"][0]["targets"][0]
    )


@pytest.mark.parametrize("cls", [Target, Responsibility, Section, Plan])
def test_models_built_by_users_keep_pydantic_semantics(cls: type) -> None:
    """Only parser-built items share the set; ``cls(**fields)`` records what was passed, as usual."""
    fields = {
        Target: {"indicator": "覆盖率", "comparator": ">=", "value_text": "90", "text": "覆盖率达到90%", "span": (0, 7)},
        Responsibility: {"lead": ["市教育局"], "text": "（市教育局负责）", "span": (0, 8)},
        Section: {"path": [1], "number": "一、", "level": 1, "title": "目标", "span": (0, 4)},
        Plan: {"title": "方案"},
    }[cls]
    item = cls(**fields)
    assert item.model_fields_set == set(fields)
    assert type(item.model_fields_set) is set  # a plain set of its own, not the shared one
