"""The construction registry: explicit order, names, subsets, and what a construction may read."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg_builder.errors import ValidationSetupError
from kg_builder.extract.constructions import NAMES, PASSES, constructions

PACKAGE = Path(__file__).resolve().parents[2] / "kg_builder" / "extract"
MODULES = sorted((PACKAGE / "constructions").glob("*.py"))


def test_names_are_unique_and_each_has_a_module():
    assert len(NAMES) == len(set(NAMES)) >= 8
    modules = {p.stem for p in MODULES}
    assert set(NAMES) <= modules


def test_the_first_pass_reads_triggers_after_the_constructions_that_claim_them():
    first = [c.name for c in PASSES[0]]
    assert first.index("refusal") < first.index("verb_triggers")
    assert first.index("complaint") < first.index("verb_triggers")
    assert first.index("object_triggers") < first.index("verb_triggers")


def test_an_unknown_construction_is_refused():
    with pytest.raises(ValidationSetupError, match="unknown construction"):
        constructions(("demand", "no_such_thing"))


def test_a_subset_keeps_registry_order():
    stages = constructions(("protest", "demand", "verb_triggers"))
    names = [[c.name for c in {*s.anywhere, *(m for ms in s.by_lemma.values() for m in ms)}]
             for s in stages]
    assert sorted(names[0]) == ["demand", "verb_triggers"] and names[1] == ["protest"]
    said = stages[0].at("say")
    assert [c.name for c in said] == ["demand"]


@pytest.mark.parametrize(("pos", "names"), [("VERB", ["intent"]), ("NOUN", []), ("AUX", []),
                                           (None, ["intent"])])
def test_a_construction_of_any_lemma_is_offered_only_its_parts_of_speech(pos, names):
    """'intent' reads any lemma but only verbs: at a token whose lemma no construction names, it
    is called for a verb only (and for any token when no part of speech is given)."""
    first = constructions(None)[0]
    assert [c.name for c in first.at("zzyzx", pos)] == names
    assert "intent" in [c.name for c in first.at("accuse", "NOUN")]  # a trigger's lemma: all


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.stem)
def test_a_construction_reads_only_its_own_rule_section(path):
    """No construction loads another section or calls the core readers' rule accessors."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "load_section":
                first = node.args[0]
                assert isinstance(first, ast.Attribute) and first.attr == "name", (
                    f"{path.name}:{node.lineno}: load_section must be given self.name")
            assert not node.func.id.endswith("_rules"), (
                f"{path.name}:{node.lineno}: {node.func.id}() reads another reader's section")


@pytest.mark.slow
def test_no_constructions_reads_names_but_no_events(nlp):
    from kg_builder.extract import read_doc
    from kg_builder.model import Article

    text = "Poland accused Belarus of pushing migrants across the border."
    reading = read_doc(nlp(text), Article(id="t", text=text), constructions=())
    assert reading.events == [] and {m.name for m in reading.mentions} >= {"Poland", "Belarus"}
