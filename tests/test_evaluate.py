"""`kg eval`: the actor matcher and the scorer on hand-made predictions, then the command."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from kg_builder.cli import app
from kg_builder.errors import InputError
from kg_builder.evaluate import (
    Actor,
    CorefScore,
    GoldItem,
    GoldTriple,
    Prediction,
    actors_match,
    content_words,
    family_of,
    read_gold,
    score,
    score_coreference,
    seed_gold_path,
)

from .conftest import SHARED

PLOVER = SHARED / "plover_gsr" / "plover_gsr_sentences.jsonl"


def gold(family: str, source: Actor, target: Actor | None) -> GoldTriple:
    return GoldTriple(family, source, target)


def pred(family: str, agent: Actor, target: Actor) -> Prediction:
    return Prediction(family=family, event_type="x", agent=agent, target=target,
                      trigger="t", sentence="s")


# --------------------------------------------------------------------------- matcher


@pytest.mark.parametrize(
    ("gold_actor", "predicted", "expected"),
    [
        # a shared content word
        (Actor("Zimbabwean Prime Minister Robert Mugabe", "ZWE", "GOV"),
         Actor("Robert Mugabe", "person/robert-mugabe"), "word"),
        (Actor("Darfur rebels"), Actor("rebels", "group/a/rebels"), "word"),
        # the same state through a demonym, a capital, a plural demonym
        (Actor("Hungarian"), Actor("Hungary", "state/HUN"), "state"),
        (Actor("Moscow"), Actor("Russia", "state/RUS"), "state"),
        (Actor("Israeli soldiers", "ISR", "***"), Actor("Israel", "state/ISR"), "state"),
        # the same state through the gold's ISO code (and a state-organ sector)
        (Actor("the government", "SDN", "GOV"), Actor("Sudan", "state/SDN"), "state"),
        (Actor("U.S.", "USA"), Actor("United States", "state/USA"), "state"),
        # the same known organisation, or the same name
        (Actor("U.N.", "IGO"), Actor("United Nations", "org/united-nations"), "org"),
        (Actor("United Nations", "IGO"), Actor("United Nations", "org/united-nations"), "word"),
        # no match
        (Actor("Sudanese government"), Actor("Government of Chad", "org/government-of-chad"), None),
        (Actor("United Nations", "IGO"), Actor("United States", "state/USA"), None),
        (Actor("Rwandan rebels", "RWA", "REB"), Actor("Rwanda", "state/RWA"), None),
        (Actor("Albania", "ALB"), Actor("Serbia", "state/SRB"), None),
        (Actor("Tokyo", "JAP"), Actor("China", "state/CHN"), None),
    ],
)
def test_actors_match(gold_actor, predicted, expected):
    assert actors_match(gold_actor, predicted) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Sudanese government", {"sudanese", "government"}),
        ("Serbia's forces", {"serbia", "force"}),
        ("the countries' leaders", {"country", "leader"}),
        ("U.S. officials", {"us", "official"}),
    ],
)
def test_content_words(text, words):
    assert content_words(text) == words


@pytest.mark.parametrize(
    ("event_type", "family"),
    [("Accusation", "DISAPPROVE"), ("Criticism", "DISAPPROVE"), ("Sanction", "SANCTION"),
     ("Arrest", "COERCE"), ("Meeting", "CONSULT"), ("Supply", "AID"),
     ("Cooperation", "COOPERATE"), ("Threat", "THREATEN"), ("Request", "DEMAND")],
)
def test_family_is_the_ontology_plover_category(event_type, family):
    assert family_of(event_type) == family


# --------------------------------------------------------------------------- scorer

HUN, ROU = Actor("Hungarian", "HUN"), Actor("Romanian", "ROU")
HUNGARY, ROMANIA = Actor("Hungary", "state/HUN"), Actor("Romania", "state/ROU")


def one(item_gold, preds, *, absent=()):
    return score([(GoldItem("i", "text", tuple(item_gold), tuple(absent)), list(preds))])


@pytest.mark.parametrize(
    ("case", "item_gold", "preds", "counts"),
    [
        ("matched", [gold("AGREE", HUN, ROU)], [pred("AGREE", HUNGARY, ROMANIA)], (1, 1, 1)),
        ("one gold matched once", [gold("AGREE", HUN, ROU)],
         [pred("AGREE", HUNGARY, ROMANIA),
          pred("AGREE", Actor("Hungarian officials", "group/i/h"), ROMANIA)],
         (1, 2, 1)),
        ("same prediction twice is one", [gold("AGREE", HUN, ROU)],
         [pred("AGREE", HUNGARY, ROMANIA), pred("AGREE", HUNGARY, ROMANIA)], (1, 1, 1)),
        ("family mismatch", [gold("DISAPPROVE", HUN, ROU)],
         [pred("SANCTION", HUNGARY, ROMANIA)], (1, 1, 0)),
        ("direction matters", [gold("AGREE", HUN, ROU)],
         [pred("AGREE", ROMANIA, HUNGARY)], (1, 1, 0)),
        ("no target: excluded", [gold("AGREE", HUN, None)], [pred("AGREE", HUNGARY, ROMANIA)],
         (0, 1, 0)),
    ],
)
def test_score_counts(case, item_gold, preds, counts):
    report = one(item_gold, preds)
    overall = report.overall
    assert (overall.gold, overall.predicted, overall.tp) == counts, case
    assert overall.fp == overall.predicted - overall.tp
    assert overall.fn == overall.gold - overall.tp


def test_family_mismatch_is_counted_in_both_families_and_explained():
    report = one([gold("DISAPPROVE", HUN, ROU)], [pred("SANCTION", HUNGARY, ROMANIA)])
    assert (report.families["DISAPPROVE"].fn, report.families["SANCTION"].fp) == (1, 1)
    kinds = {(e.error, e.kind) for e in report.errors}
    assert kinds == {("FN", "other family (SANCTION)"), ("FP", "family should be DISAPPROVE")}


def test_matching_is_maximal_not_greedy():
    # The first prediction fits both gold triples; a greedy matcher would take the first gold
    # and leave the second prediction unmatched.
    usa = Actor("United States", "state/USA")
    both = Actor("Hungarian and Romanian leaders", "group/i/x")
    report = one([gold("SANCTION", usa, HUN), gold("SANCTION", usa, ROU)],
                 [pred("SANCTION", usa, both), pred("SANCTION", usa, HUNGARY)])
    assert report.overall.tp == 2


def test_excluded_and_scores():
    report = one([gold("AGREE", HUN, ROU), gold("AGREE", ROU, None)],
                 [pred("AGREE", HUNGARY, ROMANIA), pred("THREATEN", ROMANIA, HUNGARY)])
    agree = report.families["AGREE"]
    assert (agree.gold, agree.excluded) == (1, 1)
    assert (agree.precision, agree.recall, agree.f1) == (1.0, 1.0, 1.0)
    threaten = report.families["THREATEN"]
    assert (threaten.precision, threaten.recall, threaten.f1) == (0.0, None, None)
    assert report.overall.precision == 0.5 and report.overall.excluded == 1
    assert [s.family for s in report.rows()] == ["THREATEN", "AGREE", "all"]


@pytest.mark.parametrize(("agent", "passed"), [(Actor("Putin", "person/putin"), False),
                                               (Actor("Lukashenko", "person/lukashenko"), True)])
def test_absent_check(agent, passed):
    report = one([], [pred("DISAPPROVE", agent, HUNGARY)],
                 absent=[("DISAPPROVE", Actor("Vladimir Putin"))])
    (check,) = report.checks
    assert check.passed is passed


# --------------------------------------------------------------------------- gold files


def test_seed_gold_file_holds_the_acceptance_criteria():
    (item,) = read_gold(seed_gold_path())
    assert item.partial and "Lukashenko" in item.text
    triples = {(g.family, g.source.text, g.target.text if g.target else None) for g in item.gold}
    assert triples == {
        ("DISAPPROVE", "Alexander Lukashenko", "Russia"),
        ("DISAPPROVE", "Viktor Babarika", "Belarus"),
        ("DISAPPROVE", "Alexander Lukashenko", "critics"),
        ("SANCTION", "United States", "Belarus"),
        ("SANCTION", "European Union", "Belarus"),
        ("SANCTION", "Donald Trump", "Alexander Lukashenko"),
        ("CONSULT", "Mike Pompeo", "Alexander Lukashenko"),
    }
    for g in item.gold:  # each evidence is quoted from the article
        assert g.evidence and g.evidence in item.text
    assert {(f, a.text) for f, a in item.absent} == {
        ("DISAPPROVE", "Vladimir Putin"), ("DISAPPROVE", "Mike Pompeo"),
        ("DISAPPROVE", "Donald Trump")}


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"id": "a", "text": "x", "gold": []}', "{not json"], ":2"),
        (['{"id": "a", "gold": []}'], "neither 'text'"),
        (['{"id": "a", "text": "x", "gold": [{"source": "A", "relation": "HUG", "target": "B"}]}'],
         "unknown relation 'HUG'"),
        (['{"id": "a", "text": "x"}', '{"id": "a", "text": "y"}'], "already used"),
        ([""], "no records"),
        (['{"id": "a", "text": "He left.", "mentions": [{"context": "She", "mention": "She", '
          '"entity": "X"}]}'], "not in the text"),
        (['{"id": "a", "text": "He left.", "mentions": [{"context": "He left", "mention": "e", '
          '"entity": "X"}]}'], "not a word of its context"),
    ],
)
def test_bad_gold_files_are_reported_with_their_line(tmp_path, lines, message):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_gold(path)
    assert message in info.value.message and str(path) in info.value.message


def test_coreference_scoring(tmp_path):
    from kg_builder.model import Article, Entity, Extraction, Mention, Span

    text = "Lukashenko met Putin. He praised him. Minsk agreed."
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": text, "mentions": [
        {"context": "He praised", "mention": "He", "entity": "Alexander Lukashenko"},
        {"context": "praised him", "mention": "him", "entity": "Vladimir Putin"},
        {"context": "Minsk agreed", "mention": "Minsk", "entity": "Belarus"}]}) + "\n",
        encoding="utf-8")
    (item,) = read_gold(path)
    assert [text[m.begin:m.begin + len(m.mention)] for m in item.mentions] == ["He", "him", "Minsk"]

    def mention(n: int, word: str, key: str) -> Mention:
        begin = text.index(word)
        return Mention(id=n, span=Span(begin, begin + len(word), word), name=word, how="pronoun",
                       kind="Person", sentence=1, entity_key=key)

    extraction = Extraction(
        article=Article(id="a", text=text),
        entities=(Entity(key="person/al", kind="Person", label="Alexander Lukashenko"),
                  Entity(key="person/vp", kind="Person", label="Vladimir Putin")),
        mentions=(mention(0, "He", "person/al"), mention(1, "him", "person/al")))
    result = CorefScore()
    score_coreference(item, extraction, result)
    assert (result.gold, result.correct) == (3, 1)
    assert [w[2:] for w in result.wrong] == [("Vladimir Putin", "Alexander Lukashenko")]
    assert [m[2] for m in result.missing] == ["Belarus"]
    assert result.accuracy == pytest.approx(1 / 3)


# --------------------------------------------------------------------------- the command

runner = CliRunner()
UNDEFINED = "\u2013"  # the table's en dash for an undefined score
ROW = re.compile(r"^│\s*(?P<family>[A-Z]+|all)\s*│(?P<cells>.*)│\s*$")


def table_rows(text: str) -> dict[str, list[str]]:
    rows = {}
    for line in text.splitlines():
        if m := ROW.match(line):
            rows[m["family"]] = [c.strip() for c in m["cells"].split("│")]
    return rows


@pytest.mark.slow
@pytest.mark.skipif(not PLOVER.is_file(), reason=f"the PLOVER gold file is not here ({PLOVER})")
def test_kg_eval_on_plover_sentences(tmp_path):
    out_file = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", str(PLOVER), "--limit", "20", "--errors", "2",
                                 "-o", str(out_file)])
    assert result.exit_code == 0, result.output
    rows = table_rows(result.stdout)
    assert "all" in rows and "AGREE" in rows  # the first 20 sentences are AGREE records
    for family, cells in rows.items():
        gold_n, pred_n, tp, fp, fn = (int(c) for c in cells[:5])
        assert tp + fp == pred_n and tp + fn == gold_n, family
        for cell in cells[5:8]:
            assert cell == UNDEFINED or 0.0 <= float(cell) <= 1.0, (family, cell)
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["items"] == 20
    overall = data["families"][-1]
    assert overall["family"] == "all" and overall["gold"] == int(rows["all"][0])
    assert sum(f["tp"] for f in data["families"][:-1]) == overall["tp"]


@pytest.mark.slow
def test_kg_eval_seed_json():
    result = runner.invoke(app, ["eval", "--seed", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    overall = data["families"][-1]
    assert (overall["family"], overall["gold"]) == ("all", 7)
    assert {f["family"] for f in data["families"]} >= {"DISAPPROVE", "SANCTION", "CONSULT"}
    assert len(data["checks"]) == 3 and "errors" not in data
    coref = data["coreference"]
    assert coref["gold"] >= 20 and coref["correct"] + len(coref["wrong"]) + len(
        coref["missing"]) == coref["gold"]


@pytest.mark.slow
def test_kg_eval_seed_table_prints_the_negative_check():
    result = runner.invoke(app, ["eval", "--seed"])
    assert result.exit_code == 0, result.output
    checks = [ln for ln in result.stdout.splitlines() if ln.startswith("check: no DISAPPROVE by")]
    assert len(checks) == 3


@pytest.mark.parametrize(
    "args", [["eval"], ["eval", "--seed", "x.jsonl"], ["eval", "--seed", "-f", "xml"]])
def test_kg_eval_usage_errors(args):
    assert runner.invoke(app, args).exit_code == 2
