"""The English check: real English news of any shape is built, other languages are refused.

The samples are in ``tests/data/language/`` (written for these tests; see its README).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from kg_builder.language import read_language, why_not_english
from kg_builder.sources import check_text

DATA = Path(__file__).parent / "data" / "language"


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


NON_ENGLISH = _rows("non_english.jsonl")
ENGLISH = _rows("english_shapes.jsonl")


@pytest.mark.parametrize("sample", ENGLISH, ids=[f"{r['shape']}:{r['text'][:24]}" for r in ENGLISH])
def test_english_of_any_shape_is_accepted(sample):
    assert check_text(sample["text"]) is None


@pytest.mark.parametrize(
    "text",
    [
        # An earnings item, a results table and a list of names: 30 words or more with hardly a
        # function word among them, refused as "does not look like English" by the old check
        # (943 of the 19,043 Reuters-21578 articles were).
        "Shr profit 15 cts vs profit four cts\n\nNet profit 72,000 vs profit 16,000\n\nRevs "
        "7,075,000 vs 2,330,000\n\nNine mths\n\nShr profit 42 cts vs loss 11 cts\n\nNet profit "
        "203,000 vs loss 55,000\n\nRevs 16.1 mln vs 3,971,000\n\nAvg shrs 4.8 mln vs 4.6 mln\n\n"
        "NOTE: Prior year net excludes tax credit of 12,000 dlrs. Company reports in U.S. dlrs.",
        "Results of the World Cup downhill: 1. Peter Mueller (Switzerland) 1:58.34 2. Pirmin "
        "Zurbriggen (Switzerland) 1:58.60 3. Marc Girardelli (Luxembourg) 1:58.91 4. Leonhard "
        "Stock (Austria) 1:59.02 5. Franz Heinzer (Switzerland) 1:59.11 6. Rob Boyd (Canada) "
        "1:59.24 7. Helmut Hoeflehner (Austria) 1:59.30 8. Michael Mair (Italy) 1:59.41",
        "Cabinet: Prime Minister Kofi Mensah; Finance, Ama Owusu; Foreign Affairs, Kwame Boateng; "
        "Defence, Yaw Asante; Interior, Efua Sarpong; Justice, Kojo Antwi; Health, Akosua Darko; "
        "Education, Kwesi Appiah; Energy, Abena Ofori; Trade, Nana Adjei; Agriculture, Kofi Amoah.",
    ],
    ids=["earnings", "results-table", "list-of-names"],
)
def test_wire_copy_the_old_check_refused_is_accepted(text):
    assert check_text(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # Reuters earnings and dividend items: abbreviations and figures, hardly a function word
        # (refused as "does not look like English" before: 943 of the 19,043 Reuters articles).
        "Shr 27 cts vs 29 cts\n\nNet 13,555,000 vs 14,635,000\n\nRevs 104,606,000 vs 110,311,000"
        "\n\nAvg shrs 47.2 mln vs 47.1 mln\n\n12 mths\n\nShr 4.10 dlrs vs 3.66 dlrs\n\nNet "
        "226,653,000 vs 186,790,000\n\nRevs 1.4 billion vs 1.3 billion",
        "Qtly div Class A 27-1/2 cts vs 27-1/2 cts\n\nQtly div Class B 24-1/2 cts vs 24-1/2 cts"
        "\n\nPay April 10\n\nRecord April Three\n\nNOTE: Full name is Example Holdings Corp.",
        # a weather list of Brazilian place names: Portuguese words, English frame
        "THE FOLLOWING RAINFALL WAS RECORDED IN THE 24 HOURS TO 1200 GMT\n\nPARANA STATE: "
        "CASCAVEL NIL, PONTA GROSSA 0.2, CAMPO MOURAO NIL, LONDRINA NIL, MARINGA NIL.\n\nSAO "
        "PAULO STATE: PRESIDENTE PRUDENTE NIL, FRANCA NIL, SAO CARLOS NIL, SAO SIMAO NIL.",
        # a market holiday notice: nothing but names
        "INDIA, BOMBAY/DELHI (RAMANAVMI).",
        # a rates table
        "6.37 6 MTH SEVEN - 6.75 1 YR 7.18 - 6.93 EURO DOLLAR 1 MTH 6.43 - 6.31 2 MTH 6.50 - "
        "6.37 3 MTH 6.56 - 6.43 6 MTH 6.62 - 6.50 1 YR 6.81 - 6.68",
        # a company in angle brackets (CLD2 must not read it as an HTML tag and skip the text)
        "<Example's Hospitality Inc> said it acquired a catering company in Ottawa, the largest "
        "in the city. Terms were not disclosed.",
        # no letters at all
        "1010",
    ],
    ids=["earnings", "dividend", "rainfall", "holiday", "rates", "angle-brackets", "figures"],
)
def test_wire_copy_is_accepted(text):
    assert check_text(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fewer than 30 "words" (no spaces): the old check skipped it and built it
        ("国务院总理周一在北京会见了来访的法国总统。双方就经贸合作和气候变化等问题交换了意见。",
         "Han script"),
        ("首相は月曜日、東京で米国の国務長官と会談した。", "script"),
        # two German sentences: the old check skipped them (under 30 words) and built junk
        ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Der "
         "Kanzler sagte, man werde die Ukraine weiter unterstützen.", "reads as German"),
        ("Le ministre de l'Intérieur a démissionné mardi soir.", "reads as French"),
    ],
    ids=["chinese", "japanese", "german", "french"],
)
def test_short_foreign_text_is_refused(text, expected):
    reason = check_text(text)
    assert reason is not None and "does not look like English" in reason and expected in reason


def test_non_english_samples_are_refused():
    refused = [r for r in NON_ENGLISH if why_not_english(r["text"]) is not None]
    languages = {r["lang"] for r in NON_ENGLISH}
    assert len(languages) >= 30 and {r["shape"] for r in NON_ENGLISH} == {"headline", "brief",
                                                                          "paragraph"}
    assert len(refused) / len(NON_ENGLISH) >= 0.95, [
        r["text"] for r in NON_ENGLISH if r not in refused
    ]
    # every brief and paragraph (two sentences or more) is refused, only headlines may slip
    assert all(r["shape"] == "headline" for r in NON_ENGLISH if r not in refused)


def test_non_english_sentences_alone_and_in_capitals_are_refused():
    """Variants generated from the samples: every sentence on its own, every sample in capitals."""
    from bench.language import sentences

    for variants in ([s for r in NON_ENGLISH for s in sentences(r["text"])],
                     [r["text"].upper() for r in NON_ENGLISH]):
        refused = sum(why_not_english(v) is not None for v in variants)
        assert len(variants) >= len(NON_ENGLISH) and refused / len(variants) >= 0.95


@pytest.mark.parametrize("lang", ["ru", "ar", "zh", "ja", "ko", "hi", "th", "el", "he"])
def test_every_sample_in_another_script_is_refused(lang):
    samples = [r for r in NON_ENGLISH if r["lang"] == lang]
    assert samples
    for sample in samples:
        assert why_not_english(sample["text"]) is not None, sample["text"]


def test_every_character_can_be_read():
    """CLD2 refuses controls, surrogates and non-characters as 'invalid UTF-8'; the check
    must take any Python string."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1))
    reading = read_language("The minister said on Monday " + every)
    assert reading.letters > 100_000


def test_mostly_english_with_a_foreign_quote_is_accepted():
    text = ("The French president told reporters in Paris on Tuesday that the talks had failed. "
            "\"Nous ne céderons pas\", he said, adding that the government would not give way to "
            "the unions, who have called a national strike for next week.")
    assert why_not_english(text) is None


# The letters counted by the regex definitions the check started from; read_language counts
# them faster (bytes.translate; no script look-up and no regex for a text of ASCII only).
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_OTHER_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")


@pytest.mark.parametrize("text", [
    "Gordon Brown said on Monday that the economy would grow.",  # ASCII only
    "The £4.5bn deal \u2013 \u201ca mistake\u201d \u2013 angered the café\u2019s owners.",  # quotes
    "Tab\there, bell\x07, vertical tab\x0b, escape\x1b, delete\x7f and NEL\x85 in a line",
    "Москва и Минск: talks in Minsk",  # Cyrillic letters beside Latin ones
    "a lone surrogate \ud800 and \udfff, a non-character \ufdd0 \ufffe",
    "",
])
def test_letters_are_counted_as_the_regexes_count_them(text):
    reading = read_language(text)
    ascii_letters = len(_ASCII_LETTER.findall(text))
    other = _OTHER_LETTER.findall(text)
    assert reading.letters == ascii_letters + len(other)
    assert reading.latin_letters == ascii_letters + sum(
        1 for c in other if unicodedata.name(c, "").startswith("LATIN"))
