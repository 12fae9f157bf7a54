"""`kg audit`: Wilson intervals, calibration bins, verdicts, sheets on disk, the seeded draw,
re-score matching, and one end-to-end run (build, sample, judge, score, keep, rescore)."""

from __future__ import annotations

import csv
import json
import math
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg_builder.audit import (
    FIXED,
    NOT_IN_STORE,
    PRESENT,
    REGRESSION,
    UNJUDGED_GONE,
    AuditItem,
    EntityRow,
    EventRow,
    Sheet,
    add_context,
    calibration,
    class_gloss,
    draw,
    key_path,
    parse_verdict,
    read_sheet,
    rescore_rows,
    same_actor,
    sample_items,
    score_view,
    stated,
    verdicts,
    wilson,
    write_judging_sheet,
    write_kept_sheet,
)
from kg_builder.cli import app
from kg_builder.corpora import find_articles, pick_articles, read_id_list
from kg_builder.errors import InputError
from kg_builder.model import Article

AUDIT_DATA = Path(__file__).resolve().parent / "data" / "audit"
EXAMPLE = AUDIT_DATA / "example"
MINI = EXAMPLE / "mini_news" / "mini_news.jsonl"
ID = "https://w3id.org/kg-builder/id/"


def ev(article: str = "a1", begin: int = 0, end: int = 50, event_type: str = "Accusation",
       agent: str = "Russia", agent_iri: str = ID + "state/RUS", target: str = "Ukraine",
       target_iri: str = ID + "state/UKR", *, confidence: float | None = 0.8,
       modality: str = "Asserted", polarity: str = "Positive", sentence: str = "") -> EventRow:
    return EventRow(article, begin, end, event_type, agent, agent_iri, target, target_iri,
                    polarity, modality, "", confidence, sentence)


def judged(rows_verdicts, view: str = "events") -> list[AuditItem]:
    return [AuditItem(view, i, row, verdict) for i, (row, verdict) in enumerate(rows_verdicts, 1)]


# --------------------------------------------------------------------------- Wilson interval


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [
        # the hand audit: 32 of 60 events right, 22 of 25 accusations
        (32, 60, 0.4089, 0.6537),
        (22, 25, 0.7004, 0.9583),
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (1, 1, 0.2065, 1.0),
        (90, 100, 0.8256, 0.9448),
    ],
)
def test_wilson_interval(successes, n, low, high):
    got = wilson(successes, n)
    assert got is not None
    assert got == pytest.approx((low, high), abs=1e-4)
    assert got[0] <= successes / n <= got[1]


def test_wilson_interval_of_nothing_and_of_nonsense():
    assert wilson(0, 0) is None
    with pytest.raises(ValueError):
        wilson(5, 3)


@pytest.mark.parametrize(("successes", "n"), [(3, 7), (50, 51), (1, 200)])
def test_wilson_interval_narrows_with_more_rows(successes, n):
    small, large = wilson(successes, n), wilson(successes * 10, n * 10)
    assert large[1] - large[0] < small[1] - small[0]
    centre = (successes + 1.96**2 / 2) / (n + 1.96**2)  # Wilson's centre, pulled toward 1/2
    assert math.isclose((small[0] + small[1]) / 2, centre, abs_tol=1e-3) or small[1] == 1.0


# --------------------------------------------------------------------------- calibration


@pytest.mark.parametrize(
    ("confidences", "bins"),
    [
        # 0.7 is the lower edge of [0.7, 0.8) even though 0.7 / 0.1 = 6.999… in floating point
        ([0.7, 0.7, 0.75], [(0.7, 0.8, 3)]),
        ([0.5, 0.59, 0.6, 0.9, 1.0], [(0.5, 0.6, 2), (0.6, 0.7, 1), (0.9, 1.0, 2)]),
        ([0.3], [(0.3, 0.4, 1)]),
    ],
)
def test_calibration_bins(confidences, bins):
    items = judged([(ev(confidence=c), "right") for c in confidences])
    got = calibration(items)
    assert [(b.low, b.high, b.n) for b in got] == bins


def test_calibration_precision_mean_and_verdict():
    items = judged([(ev(confidence=0.9), "right")] * 9 + [(ev(confidence=0.9), "wrong agent")]
                   + [(ev(confidence=0.8), "right"), (ev(confidence=0.8), "not an event")]
                   + [(ev(confidence=0.6), None), (ev(confidence=None), "right")])
    (eight, nine) = calibration(items)  # unjudged rows and rows without confidence are left out
    assert (eight.n, eight.right, eight.precision, eight.mean_confidence) == (2, 1, 0.5, 0.8)
    assert not eight.calibrated()  # |0.5 - 0.8| = 0.3
    assert (nine.n, nine.right, nine.precision) == (10, 9, 0.9)
    assert nine.calibrated() and nine.interval == wilson(9, 10)


@pytest.mark.parametrize(("right", "n", "confidence", "calibrated"),
                         [(7, 10, 0.8, True), (6, 10, 0.8, False), (9, 10, 0.8, True)])
def test_calibration_tolerance_edge(right, n, confidence, calibrated):
    items = judged([(ev(confidence=confidence), "right")] * right
                   + [(ev(confidence=confidence), "wrong type")] * (n - right))
    (b,) = calibration(items)
    assert b.calibrated(0.10) is calibrated


# --------------------------------------------------------------------------- verdicts


@pytest.mark.parametrize(
    ("view", "text", "verdict"),
    [
        ("events", "right", "right"),
        ("events", " Right ", "right"),
        ("events", "OK", "right"),
        ("events", "wrong type", "wrong type"),
        ("events", "Wrong_Type", "wrong type"),
        ("events", "wrong-agent", "wrong agent"),
        ("events", "wa", "wrong agent"),
        ("events", "WRONG  TARGET", "wrong target"),
        ("events", "not an event", "not an event"),
        ("events", "no event", "not an event"),
        ("accusations", "wrong target", "wrong target"),
        ("entities", "not an entity", "not an entity"),
        ("entities", "split-or-merged", "split-or-merged"),
        ("entities", "merged", "split-or-merged"),
        ("entities", "Wrong type", "wrong type"),
        ("events", "", None),
        ("entities", "   ", None),
    ],
)
def test_parse_verdict(view, text, verdict):
    assert parse_verdict(text, view=view, where="s.csv:2") == verdict


@pytest.mark.parametrize(
    ("view", "text"),
    [("events", "wrong"), ("events", "not an entity"), ("entities", "wrong agent"),
     ("entities", "not an event"), ("events", "maybe")],
)
def test_unknown_verdicts_are_refused_naming_file_and_line(view, text):
    with pytest.raises(InputError) as caught:
        parse_verdict(text, view=view, where="sheet.csv:7")
    assert "sheet.csv:7" in caught.value.message and repr(text) in caught.value.message
    assert "right" in caught.value.message  # it lists what is accepted


@pytest.mark.parametrize(("view", "expected"), [
    ("events", ("right", "wrong type", "wrong agent", "wrong target", "not an event")),
    ("entities", ("right", "wrong type", "not an entity", "split-or-merged")),
])
def test_verdict_vocabulary(view, expected):
    assert verdicts(view) == expected


def test_score_view_counts_each_verdict_and_leaves_unjudged_rows_out():
    items = judged([(ev("a1"), "right"), (ev("a1", 60, 90), "right"), (ev("a2"), "wrong type"),
                    (ev("a3"), None)])
    s = score_view("events", items)
    assert (s.judged, s.right, s.unjudged, s.articles) == (3, 2, 1, 3)
    assert s.precision == pytest.approx(2 / 3) and s.interval == wilson(2, 3)
    assert dict(s.ordered_counts()) == {"right": 2, "wrong type": 1, "wrong agent": 0,
                                        "wrong target": 0, "not an event": 0}


# --------------------------------------------------------------------------- what the judge sees


@pytest.mark.parametrize(
    ("row", "text"),
    [
        (ev(), "as a fact"),
        (ev(polarity="Negative"), "negated: says it did not happen"),
        (ev(modality="Hedged"), "hedged: may not have happened"),
        (EventRow("a", 0, 1, "Accusation", "X", "x", "Y", "y", "Positive", "Reported",
                  "Pavel Latushko"), "reported by Pavel Latushko"),
    ],
)
def test_stated_in_plain_words(row, text):
    assert stated(row) == text


@pytest.mark.parametrize(("name", "gloss"), [
    ("Accusation", "An agent accuses or blames a target, for example of a crime, corruption, "
                   "human-rights abuses, aggression, war crimes or espionage."),
    ("Demand", "An agent demands something of a target: cooperation, aid, reform, a "
               "concession, a meeting or a settlement."),
    ("Treaty", "An agent signs a formal agreement, treaty or memorandum with a target."),
    ("City", "A city, town or other populated place."),
])
def test_gloss_is_the_definition_without_codes(name, gloss):
    assert class_gloss(name) == gloss


# --------------------------------------------------------------------------- sheets on disk


def _fill(sheet: Path, verdicts_by_row: dict[int, str], notes: dict[int, str] | None = None,
          ) -> None:
    with sheet.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        columns, records = reader.fieldnames, list(reader)
    for r in records:
        r["verdict"] = verdicts_by_row.get(int(r["row"]), "")
        r["note"] = (notes or {}).get(int(r["row"]), "")
    records.reverse()  # a judge may sort the sheet
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        writer.writerows(records)


EVENT_ROWS = [ev("a1", 0, 50, sentence="Russia accused Ukraine, said a judge's sentence."),
              ev("a1", 52, 90, "Meeting", "Olaf Scholz", ID + "person/olaf-scholz", "France",
                 ID + "state/FRA", confidence=0.6, sentence="Scholz met, in a row of his own."),
              ev("a2", 0, 40, "Sanction", confidence=1.0, modality="Reported",
                 sentence="A third sentence, with \"quotes\", commas\nand a line break.")]


def test_judging_sheet_shows_only_what_the_judge_needs(tmp_path):
    sheet = tmp_path / "events.csv"
    items = [AuditItem("events", i, r) for i, r in enumerate(EVENT_ROWS, 1)]
    key = write_judging_sheet(Sheet("events", items, {"seed": 1}), sheet)
    assert key == key_path(sheet) == tmp_path / "events.key.json"
    with sheet.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        records = list(reader)
    assert reader.fieldnames == ["row", "article", "sentence", "agent", "event", "meaning",
                                 "target", "stated", "verdict", "note"]
    assert records[1]["event"] == "meeting" and records[1]["meaning"] == class_gloss("Meeting")
    assert records[2]["sentence"] == EVENT_ROWS[2].sentence
    text = sheet.read_text(encoding="utf-8")
    for hidden in ("0.6", "Asserted", ID, "Sanction,"):  # no confidence, key or class name
        assert hidden not in text
    data = json.loads(key.read_text(encoding="utf-8"))
    assert data["view"] == "events" and data["sample"] == {"seed": 1}
    assert data["rows"][1]["confidence"] == 0.6
    assert "sentence" not in json.dumps(data)  # the key holds no corpus text


def test_judged_sheet_round_trip_and_kept_form(tmp_path):
    sheet = tmp_path / "events.csv"
    items = [AuditItem("events", i, r) for i, r in enumerate(EVENT_ROWS, 1)]
    write_judging_sheet(Sheet("events", items), sheet)
    _fill(sheet, {1: "right", 2: "Wrong_Agent"}, {2: "the chancellor, not Scholz"})
    got = read_sheet(sheet)
    assert got.view == "events"
    assert [(i.number, i.verdict, i.note) for i in got.items] == [
        (1, "right", ""), (2, "wrong agent", "the chancellor, not Scholz"), (3, None, "")]
    assert [i.row for i in got.items] == [replace(r, sentence="") for r in EVENT_ROWS]
    kept = tmp_path / "kept.csv"
    write_kept_sheet(got, kept)
    text = kept.read_text(encoding="utf-8")
    assert text.splitlines()[0] == ("view,row,article,begin,end,event_type,agent,agent_iri,"
                                    "target,target_iri,polarity,modality,reported_by,"
                                    "confidence,verdict,note")
    for row in EVENT_ROWS:
        assert row.sentence.split(",")[0] not in text  # no sentence text in the repository form
    again = read_sheet(kept)
    assert [(i.number, i.row, i.verdict, i.note) for i in again.items] == [
        (i.number, i.row, i.verdict, i.note) for i in got.items]


def test_entity_sheet_round_trip(tmp_path):
    rows = [EntityRow("a1", ID + "person/tony-blair", "Tony Blair", "Person", ("Blair", "Mr Blair"),
                      10, 60, "Tony Blair spoke."),
            EntityRow("a1", ID + "place/jordan", "Jordan", "City")]
    sheet = tmp_path / "entities.csv"
    write_judging_sheet(Sheet("entities", [AuditItem("entities", i, r)
                                           for i, r in enumerate(rows, 1)]), sheet)
    header = sheet.read_text(encoding="utf-8").splitlines()[0]
    assert header == "row,article,label,type,meaning,mentions,sentence,verdict,note"
    _fill(sheet, {1: "split", 2: "wrong type"})
    got = read_sheet(sheet)
    assert [(i.verdict, i.row.mentions, i.row.begin) for i in got.items] == [
        ("split-or-merged", ("Blair", "Mr Blair"), 10), ("wrong type", (), None)]
    kept = tmp_path / "kept.csv"
    write_kept_sheet(got, kept)
    assert "Tony Blair spoke" not in kept.read_text(encoding="utf-8")
    assert [(i.row, i.verdict) for i in read_sheet(kept).items] == [
        (i.row, i.verdict) for i in got.items]


def _judging_sheet(tmp_path: Path) -> Path:
    sheet = tmp_path / "events.csv"
    write_judging_sheet(Sheet("events", [AuditItem("events", i, r)
                                         for i, r in enumerate(EVENT_ROWS, 1)]), sheet)
    return sheet


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda lines: [*lines[:2], "2,a1,s,a,e,m,t,st,perhaps,", *lines[3:]],
         "events.csv:3: unknown verdict 'perhaps'"),
        (lambda lines: lines[:-1], "row(s) of the key are missing from the sheet: 3"),
        (lambda lines: [*lines, lines[1]], "row 1 appears twice"),
        (lambda lines: [lines[0], lines[1].replace("a1", "a9", 1), *lines[2:]],
         "row 1 names article 'a9'"),
        (lambda lines: [lines[0], "9" + lines[1][1:], *lines[2:]],
         "row 9 is not in the sheet's key"),
        (lambda lines: [lines[0].replace("verdict", "judgement"), *lines[1:]],
         "lacks the column(s) verdict"),
    ],
)
def test_bad_judged_sheets_are_refused(tmp_path, edit, message):
    sheet = _judging_sheet(tmp_path)
    sheet.write_text("\n".join(edit(_csv_lines(sheet))) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_sheet(sheet)
    assert message in caught.value.message


def _csv_lines(sheet: Path) -> list[str]:
    """The sheet's records as one line each (sentences with line breaks flattened)."""
    with sheet.open(encoding="utf-8") as fh:
        records = list(csv.reader(fh))
    out = []
    for record in records:
        cells = [c.replace("\n", " ").replace('"', "'") for c in record]
        out.append(",".join(f'"{c}"' if "," in c else c for c in cells))
    return out


def test_a_judged_sheet_needs_its_key(tmp_path):
    sheet = _judging_sheet(tmp_path)
    key_path(sheet).unlink()
    with pytest.raises(InputError, match="the sheet's key is missing"):
        read_sheet(sheet)


def test_a_kept_sheet_holds_one_view(tmp_path):
    kept = tmp_path / "kept.csv"
    write_kept_sheet(Sheet("events", judged([(ev(), "right")])), kept)
    text = kept.read_text(encoding="utf-8")
    kept.write_text(text + text.splitlines()[1].replace("events", "accusations", 1).replace(
        ",1,", ",2,", 1) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="holds one view"):
        read_sheet(kept)


# --------------------------------------------------------------------------- the draw


ROWS = [ev(f"a{a}", 100 * i, 100 * i + 50) for a in range(1, 31) for i in range(a % 5 + 1)]


@pytest.mark.parametrize(("n", "seed", "per_article"), [(10, 1, None), (25, 7, 2), (40, 3, 1)])
def test_draw_is_reproducible_and_capped(n, seed, per_article):
    first = draw(ROWS, n=n, seed=seed, per_article=per_article)
    assert first == draw(list(reversed(ROWS)), n=n, seed=seed, per_article=per_article)
    assert len(first) == min(n, len(ROWS) if per_article is None else 30 * per_article)
    assert len(set(first)) == len(first)
    if per_article is not None:
        per = {}
        for row in first:
            per[row.article] = per.get(row.article, 0) + 1
        assert max(per.values()) <= per_article
    assert first == sorted(first, key=lambda r: (r.article, r.begin))


def test_draw_depends_on_the_seed_and_respects_the_article_list():
    assert draw(ROWS, n=10, seed=1) != draw(ROWS, n=10, seed=2)
    held = {"a3", "a4", "a17"}
    got = draw(ROWS, n=100, seed=1, articles=held)
    assert {r.article for r in got} == held
    assert len(got) == sum(1 for r in ROWS if r.article in held)


def test_sample_items_are_numbered_and_unjudged():
    items = sample_items(ROWS, view="accusations", n=5, seed=4)
    assert [i.number for i in items] == [1, 2, 3, 4, 5]
    assert {i.view for i in items} == {"accusations"} and {i.verdict for i in items} == {None}


def test_entity_context_is_the_first_sentence_naming_the_entity():
    sentences = ["Blair spoke first.", "Then the Prime Minister, Tony Blair, left.",
                 "Nobody else came.", "It rained in the US.", "The angry protesters went home."]
    text = " ".join(sentences)
    spans = [(text.index(s), text.index(s) + len(s)) for s in sentences]
    rows = [EntityRow("x", "i", "Tony Blair", "Person", ("Blair", "he")),
            EntityRow("x", "j", "Nobody", "Person"),
            EntityRow("x", "k", "United States", "State", ("US", "it")),  # "It" is not "it"
            EntityRow("x", "l", "protesters", "Group"),
            EntityRow("x", "m", "Jordan", "State"),
            EntityRow("y", "m", "Jordan", "State")]
    items = [AuditItem("entities", i, r) for i, r in enumerate(rows, 1)]
    got = add_context(items, {"x": Article(id="x", text=text)}, lambda _: spans)
    assert [(i.row.begin, i.row.end, i.row.sentence) for i in got] == [
        (*spans[0], sentences[0]), (*spans[2], sentences[2]), (*spans[3], sentences[3]),
        (*spans[4], sentences[4]), (None, None, ""), (None, None, "")]


# --------------------------------------------------------------------------- rescore matching


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        (("Russia", ID + "state/RUS"), ("Russian Federation", ID + "state/RUS"), True),
        (("Livingstone", ID + "person/livingstone"),
         ("Ken Livingstone", ID + "person/ken-livingstone"), True),
        (("Labour", ID + "org/labour"), ("Labour Party", ID + "org/labour-party"), True),
        (("the EU", ID + "org/eu"), ("EU", ID + "org/european-union"), True),
        (("European Union", ID + "org/eu"), ("EU", ID + "org/european-union"), True),
        (("NATO", ID + "org/nato"), ("United Nations", ID + "org/united-nations"), False),
        (("Labour", ID + "org/labour"), ("Ken Livingstone", ID + "person/ken-livingstone"), False),
        (("Tony Blair", ID + "person/tony-blair"),
         ("Cherie Blair", ID + "person/cherie-blair"), False),
        (("Russia", ID + "state/RUS"), ("Ukraine", ID + "state/UKR"), False),
        # an acronym is the name it abbreviates, as the extractor now joins them (the dev-c1
        # rows of the CSA and the NAO counted as regressions when they were named in full)
        (("CSA", ID + "org/csa"), ("Child Support Agency", ID + "org/child-support-agency"), True),
        (("NAO", ID + "org/nao"), ("National Audit Office", ID + "org/national-audit-office"),
         True),
        (("CSA", ID + "org/csa"), ("Crown Prosecution Service", ID + "org/cps"), False),
        (("", ""), ("", ""), True),  # no target then, no target now
        (("", ""), ("Iran", ID + "state/IRN"), False),
    ],
)
def test_same_actor(old, new, same):
    assert same_actor(*old, *new) is same
    assert same_actor(*new, *old) is same


OLD = [
    (ev("a1", 0, 50), "right"),                                              # 1 unchanged
    (ev("a1", 60, 100, "Attack", "Jack Straw", ID + "person/jack-straw", "United Kingdom",
        ID + "state/GBR"), "wrong type"),                                   # 2 now Criticism
    (ev("a1", 110, 150, "Meeting", "Labour", ID + "org/labour", "Tony Blair",
        ID + "person/tony-blair"), "wrong agent"),                          # 3 agent fixed
    (ev("a1", 160, 200, "Release", "Iran", ID + "state/IRN", "prisoners",
        ID + "group/a1/prisoners"), "not an event"),                        # 4 now hedged
    (ev("a2", 0, 40, "Sanction", "European Union", ID + "org/eu", "Belarus",
        ID + "state/BLR"), "right"),                                        # 5 sentence re-split
    (ev("a2", 50, 90, "Threat", "Belarus", ID + "state/BLR", "Poland", ID + "state/POL"),
     "right"),                                                              # 6 lost
    (ev("a3", 0, 30), "wrong target"),                                      # 7 article not built
    (ev("a2", 100, 130, "Criticism", "Poland", ID + "state/POL", "Belarus", ID + "state/BLR"),
     None),                                                                 # 8 unjudged, gone
    (ev("a2", 140, 180, "Meeting", "Livingstone", ID + "person/livingstone", "Tony Blair",
        ID + "person/tony-blair"), "right"),                                # 9 name completed
]
NEW = [
    ev("a1", 0, 50),
    ev("a1", 60, 100, "Criticism", "Jack Straw", ID + "person/jack-straw", "United Kingdom",
       ID + "state/GBR"),
    ev("a1", 110, 150, "Meeting", "Ken Livingstone", ID + "person/ken-livingstone", "Tony Blair",
       ID + "person/tony-blair"),
    ev("a1", 160, 200, "Release", "Iran", ID + "state/IRN", "prisoners", ID + "group/a1/prisoners",
       modality="Hedged"),
    ev("a2", 0, 25, "Sanction", "EU", ID + "org/european-union", "Belarus", ID + "state/BLR"),
    ev("a2", 140, 180, "Meeting", "Ken Livingstone", ID + "person/ken-livingstone",
       "Tony Blair", ID + "person/tony-blair"),
]


def test_rescore_statuses():
    sheet = Sheet("events", judged(OLD))
    report = rescore_rows(sheet, NEW, {"a1", "a2"})
    assert [r.status for r in report.items] == [
        PRESENT, FIXED, FIXED, FIXED, PRESENT, REGRESSION, NOT_IN_STORE, UNJUDGED_GONE, PRESENT]
    assert report.items[4].now == NEW[4] and report.items[8].now == NEW[5]
    assert (report.present_right, report.present_wrong) == (3, 0)
    assert (report.count(FIXED), report.count(REGRESSION)) == (3, 1)
    assert report.precision == 1.0 and report.interval == wilson(3, 3)


def test_one_new_row_stands_for_one_kept_row_exact_offsets_first():
    old = judged([(ev("a", 10, 60), "right"), (ev("a", 0, 40), "wrong target")])
    new = [ev("a", 0, 60)]  # two kept sentences merged into one: only one can still be there,
    report = rescore_rows(Sheet("events", old), new, {"a"})  # the one starting nearest
    assert [r.status for r in report.items] == [REGRESSION, PRESENT]
    new = [ev("a", 0, 60), ev("a", 0, 40)]
    report = rescore_rows(Sheet("events", old), new, {"a"})
    assert [r.status for r in report.items] == [PRESENT, PRESENT]
    assert report.items[1].now == new[1]  # the exact span went to the row that had it


@pytest.mark.parametrize(
    ("new", "status"),
    [
        (EntityRow("a", ID + "person/x", "Tony Blair", "Person"), PRESENT),
        (EntityRow("a", ID + "person/tony-blair-2", "tony blair", "Person"), PRESENT),
        (EntityRow("a", ID + "person/x", "Tony Blair", "Organization"), REGRESSION),
        (EntityRow("a", ID + "person/blair", "Blair", "Person"), REGRESSION),
        (EntityRow("b", ID + "person/x", "Tony Blair", "Person"), NOT_IN_STORE),
    ],
)
def test_rescore_entities(new, status):
    old = judged([(EntityRow("a", ID + "person/x", "Tony Blair", "Person"), "right")], "entities")
    report = rescore_rows(Sheet("entities", old), [new], {new.article})
    assert report.items[0].status == status


@pytest.mark.parametrize(
    ("new", "status"),
    [
        # an acronym joined to its name in full is the same entity (v10's "TGWU" and "PLP"
        # counted as regressions once the extractor joined them), of the same type only
        (EntityRow("a", ID + "org/tgwu-2", "Transport and General Workers Union", "Organization"),
         PRESENT),
        (EntityRow("a", ID + "org/tgwu-2", "Transport and General Workers Union", "Company"),
         REGRESSION),
        (EntityRow("a", ID + "org/tuc", "Trades Union Congress", "Organization"), REGRESSION),
    ],
)
def test_rescore_entities_by_acronym(new, status):
    old = judged([(EntityRow("a", ID + "org/tgwu", "TGWU", "Organization"), "right")], "entities")
    report = rescore_rows(Sheet("entities", old), [new], {new.article})
    assert report.items[0].status == status


# --------------------------------------------------------------------------- corpora and id lists


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"seed": 1, "rule": "x", "bbc_news": ["b1", "b2"], "reuters21578": ["r1"]}',
         {"bbc_news": {"b1", "b2"}, "reuters21578": {"r1"}}),
        ('["a", "b"]', {"": {"a", "b"}}),
        ("# held out\na\n\nb  # second\n", {"": {"a", "b"}}),
    ],
)
def test_read_id_list(tmp_path, content, expected):
    path = tmp_path / "ids"
    path.write_text(content, encoding="utf-8")
    assert read_id_list(path) == expected


def test_the_fixed_split_and_recall_articles_read_as_id_lists():
    split = read_id_list(AUDIT_DATA / "split.json")
    recall = read_id_list(AUDIT_DATA / "recall_articles.json")
    assert set(split) == set(recall) == {"bbc_news", "reuters21578"}
    assert len(split["bbc_news"]) == 556
    for corpus, ids in recall.items():
        assert len(ids) == 20 and ids <= split[corpus]  # the recall articles are held out


def test_the_development_recall_articles_and_their_gold():
    from kg_builder.article_gold import read_article_gold

    split = read_id_list(AUDIT_DATA / "split.json")
    dev = read_id_list(AUDIT_DATA / "dev_recall_articles.json")
    assert set(dev) == {"bbc_news", "reuters21578"}
    for corpus, ids in dev.items():
        assert len(ids) == 10 and not ids & split[corpus]  # development articles, none held out
    gold = read_article_gold(AUDIT_DATA / "dev_recall_gold.jsonl")
    annotated = {(corpus, article) for corpus, article in gold.articles}
    assert annotated == {(corpus, a) for corpus, ids in dev.items() for a in ids}


@pytest.mark.parametrize(("content", "message"), [
    ("{}", "holds no article ids"), ("{not json", "not valid JSON")])
def test_bad_id_lists(tmp_path, content, message):
    path = tmp_path / "ids.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_id_list(path)


@pytest.mark.parametrize(
    ("kwargs", "ids"),
    [
        ({}, ["mini-001", "mini-002"]),
        ({"ids": ["mini-002"]}, ["mini-002"]),
        ({"match": r"\bsanctions?\b"}, ["mini-001"]),
        ({"match": "nothing like this"}, []),
        ({"limit": 1, "seed": 3}, None),
    ],
)
def test_pick_articles(kwargs, ids):
    got, failures = pick_articles(EXAMPLE, "mini_news", **kwargs)
    assert failures == []
    if ids is None:
        assert len(got) == 1
        again, _ = pick_articles(EXAMPLE, "mini_news", **kwargs)
        assert again == got
    else:
        assert [a.id for a in got] == ids


def test_corpus_errors_name_the_missing_file():
    with pytest.raises(InputError, match="no corpus 'nope'"):
        pick_articles(EXAMPLE, "nope")
    assert set(find_articles(EXAMPLE, ["mini-002", "missing"])) == {"mini-002"}


# --------------------------------------------------------------------------- end to end


def _invoke(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == code, result.output + repr(result.exception)
    return result.output


@pytest.mark.slow
def test_build_sample_judge_score_keep_rescore(tmp_path):
    """Build the hand-written example articles, sample the events, judge them by a rule a test
    can state, score, keep the sheet, and re-score it against a changed build."""
    store = str(tmp_path / "store")
    _invoke("build", str(MINI), "--store", store)
    sheet = tmp_path / "judge" / "events.csv"
    ids = tmp_path / "held.txt"
    ids.write_text("mini-001\n", encoding="utf-8")
    output = _invoke("audit", "sample", "--store", store, "-n", "10", "--seed", "3",
                     "--held-out", str(ids), "--per-article", "10", "-o", str(sheet))
    assert "drew 4 of 4 events rows (1 of 1 articles)" in output
    first = sheet.read_text(encoding="utf-8")
    _invoke("audit", "sample", "--store", store, "-n", "10", "--seed", "3",
            "--held-out", str(ids), "--per-article", "10", "-o", str(sheet))
    assert sheet.read_text(encoding="utf-8") == first  # the same seed draws the same sheet

    with sheet.open(encoding="utf-8") as fh:
        records = list(csv.DictReader(fh))
    by_event = {r["event"]: int(r["row"]) for r in records}
    assert set(by_event) == {"accusation", "meeting", "criticism", "sanction"}
    assert "Germany" in {r["agent"] for r in records}  # "The German chancellor met …"
    _fill(sheet, {by_event["accusation"]: "right", by_event["meeting"]: "wrong agent",
                  by_event["criticism"]: "right", by_event["sanction"]: "wt"})

    scored = json.loads(_invoke("audit", "score", str(sheet), "--format", "json"))
    (view,) = scored["views"]
    assert (view["judged"], view["right"], view["precision"]) == (4, 2, 0.5)
    assert view["verdicts"] == {"right": 2, "wrong type": 1, "wrong agent": 1,
                                "wrong target": 0, "not an event": 0}
    assert sum(b["n"] for b in scored["calibration"]["events"]) == 4
    table = _invoke("audit", "score", str(sheet))
    assert "calibration of events" in table and "0.500" in table

    kept = tmp_path / "repo" / "events.csv"
    _invoke("audit", "keep", str(sheet), "-o", str(kept))
    kept_text = kept.read_text(encoding="utf-8")
    assert "accused" not in kept_text and "Berlin" not in kept_text  # no corpus text
    rescored = json.loads(_invoke("audit", "rescore", str(kept), "--store", store, "-f", "json"))
    assert (rescored[0]["present_right"], rescored[0]["present_wrong"]) == (2, 2)
    # the rows still present, binned by the confidence they have in this build
    with_bins = json.loads(_invoke("audit", "rescore", str(kept), "--store", store, "-f", "json",
                                   "--calibration"))
    assert with_bins["sheets"] == rescored
    bins = with_bins["calibration"]
    assert sum(b["n"] for b in bins) == 4 and sum(b["right"] for b in bins) == 2
    assert "by their new confidence" in _invoke("audit", "rescore", str(kept), "--store", store,
                                                "--calibration")

    # A new build of the article: the criticism is now praise (judged right: a regression),
    # the sanction sentence no longer states one (judged wrong: fixed); the sentences after the
    # changed one moved, and are still found by their overlapping offsets.
    text = json.loads(MINI.read_text(encoding="utf-8").splitlines()[0])
    text["text"] = (text["text"]
                    .replace("criticised Turkey over its", "praised Turkey for its")
                    .replace("imposed sanctions on Iran", "reported record rainfall in Iran"))
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps(text) + "\n", encoding="utf-8")
    _invoke("build", str(changed), "--store", store)
    rescored = json.loads(_invoke("audit", "rescore", str(kept), "--store", store, "-f", "json",
                                  code=1))
    (report,) = rescored
    assert (report["present_right"], report["present_wrong"], report["fixed"],
            report["regressions"]) == (1, 1, 1, 1)
    assert {c["status"] for c in report["changes"]} == {"fixed", "regression"}
    output = _invoke("audit", "rescore", str(kept), "--store", store, code=1)
    assert "REGRESSION row" in output and "FIXED row" in output

    # entities, with their context sentence from the corpus folder
    ent = tmp_path / "judge" / "entities.csv"
    _invoke("audit", "sample", "--store", store, "--view", "entities", "-n", "5", "--seed", "1",
            "--corpus-dir", str(EXAMPLE), "-o", str(ent))
    with ent.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5
    with_context = [r for r in rows if r["sentence"]]
    assert len(with_context) >= 4
    for r in with_context:
        names = [r["label"], *r["mentions"].split(" | ")]
        assert any(name and name in r["sentence"] for name in names)


def test_audit_all_is_exact_and_importable():
    import inspect

    import kg_builder.audit as audit

    public = {n for n, v in vars(audit).items()
              if not n.startswith("_") and not inspect.ismodule(v) and n != "annotations"}
    assert public == set(audit.__all__)
