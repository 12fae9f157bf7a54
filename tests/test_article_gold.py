"""The article-level recall gold of `kg eval`: its format, the sentence items it is scored by
(with hand-made predictions, no model), and the command on the hand-written example corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg_builder.article_gold import (
    is_article_gold,
    read_article_gold,
    score_article,
)
from kg_builder.cli import app
from kg_builder.errors import InputError
from kg_builder.evaluate import Actor, Prediction, score
from kg_builder.model import Article

EXAMPLE = Path(__file__).resolve().parent / "data" / "audit" / "example"
GOLD = EXAMPLE / "recall_gold.jsonl"

# Written for these tests; offsets as `kg audit sentences` gives them.
TEXT = ("Russia accused Ukraine of shelling the border town on Sunday.\n\n"  # [0, 61]
        "The German chancellor met the French president in Berlin on Monday. "  # [63, 130]
        "Angela Merkel later criticised Turkey over its treatment of journalists.")  # [131, 203]
ARTICLE = Article(id="t-1", text=TEXT)


def line(**fields) -> str:
    return json.dumps({"corpus": "mini_news", "article": "t-1", **fields})


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def pred(family: str, agent: str, agent_key: str, target: str, target_key: str,
         begin: int | None, end: int | None) -> Prediction:
    return Prediction(family=family, event_type="x", agent=Actor(agent, agent_key),
                      target=Actor(target, target_key), trigger="t", sentence="s",
                      begin=begin, end=end)


# --------------------------------------------------------------------------- the format


def test_the_example_gold_file():
    gold = read_article_gold(GOLD)
    assert gold.articles == (("mini_news", "mini-001"), ("mini_news", "mini-002"))
    assert [(e.begin, e.end, e.family, e.agent, e.target) for e in gold.events] == [
        (0, 61, "DISAPPROVE", "Russia", "Ukraine"),
        (63, 130, "CONSULT", "The German chancellor", "the French president"),
        (131, 203, "DISAPPROVE", "Angela Merkel", "Turkey"),
        (205, 273, "CONSULT", "Officials from Kenya", "Uganda"),
    ]
    assert gold.events[1].event == "Meeting" and gold.events[1].note == "role-only actors"
    assert gold.events_of("mini_news", "mini-002") == []
    assert is_article_gold(GOLD)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([line(sentence=[0, 61], agent="Russia", family="ACCUSE", target="Ukraine")],
         "unknown family 'ACCUSE'"),
        ([line(sentence=[0, 61], agent="Russia", family="CONSULT", event="Accusation",
               target="Ukraine")], "the event class Accusation is of family DISAPPROVE"),
        ([line(sentence=[0, 61], agent="Russia", family="DISAPPROVE", event="Blame")],
         "unknown event class 'Blame'"),
        ([line(sentence=[61, 0], agent="Russia", family="DISAPPROVE")], "begin < end"),
        ([line(sentence="0-61", agent="Russia", family="DISAPPROVE")], "'sentence' must be"),
        ([line(sentence=[0, 61], family="DISAPPROVE")], "'agent' is missing"),
        ([line(sentence=[0, 61], agent="Russia", family="DISAPPROVE", source="Russia")],
         "unknown key(s) source"),
        ([line(no_events=True),
          line(sentence=[0, 61], agent="Russia", family="DISAPPROVE", target="Ukraine")],
         "marked no_events and also has events"),
        ([line(no_events=True, agent="Russia")], "a no_events line holds only"),
        ([json.dumps({"article": "t-1", "sentence": [0, 5], "agent": "A", "family": "AID"})],
         "'corpus' is missing"),
        (["{not json"], "a gold record is malformed"),
        ([line(sentence=[0, 61], agent="Russia", family="DISAPPROVE", modality="maybe")],
         "'modality' must be one of asserted, not_asserted, negated"),
        ([line(sentence=[0, 61], agent="Russia", family="DISAPPROVE", unsure="yes")],
         "'unsure' must be true or false"),
    ],
)
def test_bad_gold_lines_are_refused_naming_file_and_line(tmp_path, lines, message):
    path = write(tmp_path, line(sentence=[0, 61], agent="Russia", family="DISAPPROVE",
                                target="Ukraine", corpus="other"), *lines)
    with pytest.raises(InputError) as caught:
        read_article_gold(path)
    assert message in caught.value.message
    assert f"{path}:{1 + len(lines)}" in caught.value.message


def test_sentence_gold_is_not_article_gold(tmp_path):
    path = tmp_path / "plover.jsonl"
    path.write_text('{"id": "1", "text": "x", "gold": []}\n', encoding="utf-8")
    assert not is_article_gold(path)


# --------------------------------------------------------------------------- sentence items


GOLD_EVENTS_LINES = [
    line(sentence=[0, 61], agent="Russia", family="DISAPPROVE", target="Ukraine"),
    line(sentence=[63, 130], agent="The German chancellor", family="CONSULT",
         target="the French president"),
    line(sentence=[131, 203], agent="Angela Merkel", family="DISAPPROVE", target="Turkey"),
    line(sentence=[131, 203], agent="Angela Merkel", family="DISAPPROVE", target="Turkey",
         note="listed twice: one gold event"),
    line(sentence=[0, 61], agent="Russia", family="THREATEN", note="no target: excluded"),
]


@pytest.mark.parametrize(
    ("preds", "counts", "fp_items"),
    [
        # all found, each in its own sentence
        ([pred("DISAPPROVE", "Russia", "state/RUS", "Ukraine", "state/UKR", 0, 61),
          pred("CONSULT", "Olaf Scholz", "person/scholz", "Emmanuel Macron", "person/macron",
               63, 130),
          pred("DISAPPROVE", "Angela Merkel", "person/merkel", "Turkey", "state/TUR", 131, 203)],
         (3, 3, 2), ["t-1#63,130"]),
        # the right pair read from another sentence is not the gold event of that sentence
        ([pred("DISAPPROVE", "Angela Merkel", "person/merkel", "Turkey", "state/TUR", 0, 61)],
         (3, 1, 0), ["t-1#0,61"]),
        # a sentence split differently by us (one evidence span over two gold sentences)
        ([pred("DISAPPROVE", "Angela Merkel", "person/merkel", "Turkey", "state/TUR", 63, 203),
          pred("DISAPPROVE", "Russia", "state/RUS", "Ukraine", "state/UKR", 0, 61)],
         (3, 2, 2), []),
        # a prediction from a sentence without gold is a false positive of the article
        ([pred("SANCTION", "Russia", "state/RUS", "Turkey", "state/TUR", 205, 250)],
         (3, 1, 0), ["t-1 (other sentences)"]),
    ],
)
def test_scoring_by_sentence(tmp_path, preds, counts, fp_items):
    gold = read_article_gold(write(tmp_path, *GOLD_EVENTS_LINES))
    report = score(score_article(ARTICLE, gold.events_of("mini_news", "t-1"), preds))
    overall = report.overall
    assert (overall.gold, overall.predicted, overall.tp) == counts
    assert overall.excluded == 1  # the gold event without a target
    assert [e.item for e in report.errors if e.error == "FP"] == fp_items
    if counts == (3, 3, 2):  # the matcher of kg_builder/evaluate does not resolve role phrases
        (fn,) = [e for e in report.errors if e.error == "FN"]
        assert (fn.family, fn.agent, fn.kind) == ("CONSULT", "The German chancellor",
                                                  "both actors wrong")
        assert fn.sentence == TEXT[63:130]  # the gold sentence, read from the article


def test_an_article_without_events_makes_every_prediction_a_false_positive(tmp_path):
    gold = read_article_gold(write(tmp_path, line(no_events=True)))
    report = score(score_article(
        ARTICLE, gold.events_of("mini_news", "t-1"),
        [pred("DISAPPROVE", "Russia", "state/RUS", "Ukraine", "state/UKR", 0, 61)]))
    assert (report.overall.gold, report.overall.predicted, report.overall.tp) == (0, 1, 0)


# --------------------------------------------------------------------------- the command


@pytest.mark.slow
def test_kg_eval_reads_the_articles_from_the_corpus_folder(tmp_path):
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", str(GOLD), "--corpus-dir", str(EXAMPLE),
                                      "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    families = {f["family"]: f for f in data["families"]}
    assert (families["DISAPPROVE"]["gold"], families["CONSULT"]["gold"]) == (2, 2)
    # "Russia accused Ukraine …" and "Angela Merkel later criticised Turkey …" are found
    assert families["DISAPPROVE"]["tp"] == 2
    # the sanctions sentence is not annotated: its event counts against precision
    assert any(e["error"] == "FP" and e["item"] == "mini-001 (other sentences)"
               and e["family"] == "SANCTION" for e in data["errors"])
    assert families["all"]["predicted"] >= 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([str(GOLD)], "--corpus-dir"),
        ([str(EXAMPLE / "recall_gold.jsonl"), "--corpus-dir", str(EXAMPLE / "missing")],
         "no corpus 'mini_news'"),
    ],
)
def test_kg_eval_article_gold_errors(args, message):
    result = CliRunner().invoke(app, ["eval", *args])
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.slow
@pytest.mark.parametrize(("options", "gold"), [
    ([], 1),                        # the sure, asserted accusation only
    (["--include-hedged"], 2),      # … and the hedged one
    (["--sure-only"], 0),           # the asserted one is marked unsure
])
def test_kg_eval_scores_gold_by_its_modality_and_certainty(tmp_path, options, gold):
    path = write(tmp_path, *[json.dumps({"corpus": "mini_news", "article": "mini-001", **f})
                             for f in (
        {"sentence": [0, 61], "agent": "Russia", "family": "DISAPPROVE", "target": "Ukraine",
         "unsure": True},
        {"sentence": [131, 203], "agent": "Angela Merkel", "family": "DISAPPROVE",
         "target": "Turkey", "modality": "not_asserted"})])
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", str(path), "--corpus-dir", str(EXAMPLE),
                                      "--format", "json", "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    families = {f["family"]: f for f in json.loads(out.read_text(encoding="utf-8"))["families"]}
    assert families["all"]["gold"] == gold


def test_offsets_beyond_the_article_are_an_error(tmp_path):
    path = write(tmp_path, json.dumps({"corpus": "mini_news", "article": "mini-002",
                                       "sentence": [100, 900], "agent": "A",
                                       "family": "DISAPPROVE", "target": "B"}))
    result = CliRunner().invoke(app, ["eval", str(path), "--corpus-dir", str(EXAMPLE)])
    assert result.exit_code == 2
    assert "lies beyond the end of mini-002" in result.output and f"{path}:1" in result.output
