"""Hypothesis strategies for the property-based tests: ids, urls, dates, field values, JSONL
records, HTML, extractions (what the mapping takes) and short English articles."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from kg_builder.model import Article, Entity, Event, Extraction, Fact, Span
from kg_builder.ontology import event_types

__all__ = ["SPECIAL_IDS", "dates", "english_articles", "extractions", "html_documents", "ids",
           "jsonl_records", "nasty_text", "urls", "words"]

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "fuzz" / "words.json"

#: ids that broke something once (issue 17 item 8) or that IRIs, paths and parsers treat apart
SPECIAL_IDS = [".", "..", "...", "a/b", "../x", "%", "%2E", "a b", "#x", "?q=1", "Ünïcødé",
               "😀", "tab\there", "[x]", "<a>", '"q"', "back\\slash", "x:y", "//", "~", "-",
               "_:b", "a\x00b", "\x1b[31m", "\u202e", "\ufeff", "\r\n", "ﬁ", "İ", "ß"]

#: characters that break things: controls, quotes, escapes, bidi, NUL, BOM, non-characters,
#: combining marks, astral
NASTY = ("\x00\x01\x07\x08\x0b\x0c\r\x1b\x7f\x85\x9b\xa0\u2028\u2029\u202e\u2066\ufeff\ufffe"
         "\uffff\U0001f600\u0301\"'<>&\\{}[]#%?/.:;@$")

#: relations the mapping writes between entities (the ontology's object properties for facts)
RELATIONS = ["leaderOf", "employedBy", "affiliatedWith", "founderOf", "subsidiaryOf"]
KINDS = ["Person", "State", "Organization", "Company", "GovernmentBody", "PoliticalParty",
         "IntergovernmentalOrganization", "MediaOrganization", "NonGovernmentalOrganization",
         "Group", "Place", "City", "Region"]


@cache
def words() -> dict[str, list[str]]:
    data = json.loads(WORDS_FILE.read_text(encoding="utf-8"))
    data.pop("_comment")
    return data


def nasty_text(*, min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Any text (no lone surrogates), heavy in the characters of :data:`NASTY`."""
    return st.text(st.one_of(st.sampled_from(NASTY), st.characters(exclude_categories=["Cs"])),
                   min_size=min_size, max_size=max_size)


ids = st.one_of(st.sampled_from(SPECIAL_IDS), nasty_text(min_size=1, max_size=30))

dates = st.one_of(
    st.dates().map(str),
    st.datetimes(timezones=st.none() | st.timezones()).map(lambda d: d.isoformat()),
    st.sampled_from(["2020-13-45", "2020-02-30", "June 20, 2020", "", " ", "0000-01-01",
                     "2020-06-20T25:00:00", "2020-06-20 10:30:00", "2020-06-20T10:30:00Z",
                     "9999-12-31T23:59:59.999999+14:00", "2020-6-1"]),
    nasty_text(max_size=12),
)

urls = st.one_of(
    st.builds(lambda scheme, host, path: f"{scheme}{host}{path}",
              st.sampled_from(["https://", "http://", "ftp://", "urn:", "mailto:", "", "//",
                               "http:///", "HTTP://", "x+y-z.1:"]),
              st.sampled_from(["example.org", "[::1]:8080", "[::1", "xn--bcher-kva.example",
                               "bücher.example", "user:pw@host", "h", "", "1.2.3.4:99999"]),
              nasty_text(max_size=20)),
    nasty_text(max_size=30),
)

#: JSON values of any type, for fields that should be strings
any_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | nasty_text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(nasty_text(max_size=5), inner,
                                                              max_size=3),
    max_leaves=5,
)


@st.composite
def english_sentences(draw: st.DrawFn) -> str:
    w = words()
    sentence = " ".join(p for p in (draw(st.sampled_from(w["agents"])),
                                    draw(st.sampled_from(w["verbs"])),
                                    draw(st.sampled_from(w["objects"])),
                                    draw(st.sampled_from(w["tails"]))) if p)
    if draw(st.integers(0, 4)) == 0:  # some filler words, or random unicode, inside
        noise = draw(st.lists(st.sampled_from(w["fillers"]) | nasty_text(max_size=3),
                              min_size=1, max_size=4))
        pieces = sentence.split(" ")
        at = draw(st.integers(0, len(pieces)))
        sentence = " ".join([*pieces[:at], *noise, *pieces[at:]])
    return sentence[:1].upper() + sentence[1:] + draw(st.sampled_from([".", ".", "?", "!", ""]))


@st.composite
def english_texts(draw: st.DrawFn, *, max_sentences: int = 4) -> str:
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(words()["headlines"])) + "\n\n")
    for sentence in draw(st.lists(english_sentences(), min_size=1, max_size=max_sentences)):
        parts.append(sentence + draw(st.sampled_from([" ", " ", "\n\n", "\n", "  "])))
    return "".join(parts)


text_values = st.one_of(english_texts(), nasty_text(max_size=200), st.just(""))


@st.composite
def jsonl_records(draw: st.DrawFn) -> dict[str, object]:
    """One JSON Lines record as a reader may meet it: the fields of an article, each possibly
    missing, of another type or holding odd characters, and extra fields."""
    record: dict[str, object] = {}
    for key, good in (("id", ids), ("text", text_values), ("title", nasty_text()),
                      ("url", urls), ("published", dates), ("date", dates)):
        choice = draw(st.sampled_from(["good", "good", "good", "missing", "other"]))
        if key == "text" and choice == "missing":
            choice = draw(st.sampled_from(["good", "missing"]))
        if choice == "good":
            record[key] = draw(good)
        elif choice == "other":
            record[key] = draw(any_json)
    record.update(draw(st.dictionaries(nasty_text(max_size=6), any_json, max_size=2)))
    return record


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    """Markup built from tags the reader looks at (title, meta, link, h1, article, p, script)
    and random text, sometimes cut anywhere."""
    tag = st.sampled_from(["p", "h1", "title", "article", "body", "script", "style", "nav",
                           "div", "span", "!--", "![CDATA[", "!DOCTYPE html"])
    pieces: list[str] = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.integers(0, 4))
        if kind == 0:
            name = draw(st.sampled_from(["og:url", "og:title", "article:published_time",
                                         "date", "dc.date"]))
            value = draw(urls if "url" in name else dates if "date" in name or "time" in name
                         else nasty_text())
            pieces.append(f'<meta property="{name}" content="{value}">')
        elif kind == 1:
            pieces.append(f'<link rel="canonical" href="{draw(urls)}">')
        else:
            name = draw(tag)
            body = draw(english_texts(max_sentences=2) | nasty_text(max_size=30))
            pieces.append(f"<{name}>{body}</{name.split(' ')[0]}>")
    markup = "<html>" + "".join(pieces) + "</html>"
    if draw(st.booleans()):
        markup = markup[: draw(st.integers(0, len(markup)))]
    return markup


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    """What the mapping takes, as a library caller or the extractor might give it: random ids,
    entity keys, labels, texts, spans, events of every type, facts and dates."""
    text = draw(nasty_text(min_size=1, max_size=80) | english_texts())
    url = draw(st.none() | st.sampled_from(["https://example.org/a?b=1", "http://x/[ ]",
                                            "urn:isbn:0451450523", "https://ü.example/ä b"]))
    article = Article(id=draw(ids), text=text, title=draw(st.none() | nasty_text(max_size=30)),
                      url=url, published=draw(st.none() | dates))
    segment = nasty_text(min_size=1, max_size=12)
    keys = draw(st.lists(st.builds(lambda k, parts: "/".join([k.lower(), *parts]),
                                   st.sampled_from(KINDS), st.lists(segment, min_size=1,
                                                                    max_size=2)),
                         min_size=1, max_size=4, unique=True))
    entities = tuple(
        Entity(key=key, kind=draw(st.sampled_from(KINDS)), label=draw(nasty_text(max_size=20)),
               aliases=tuple(draw(st.lists(nasty_text(max_size=10), max_size=2))),
               positions=tuple(draw(st.lists(nasty_text(max_size=10), max_size=2))),
               iso2=draw(st.none() | st.sampled_from(["RU", "BY", "US"])),
               geonames_id=draw(st.none() | st.integers(1, 10**8)),
               wikidata=draw(st.none() | st.sampled_from(["Q159", "Q184", "Q30"])))
        for key in keys)

    def span() -> Span:
        begin = draw(st.integers(0, len(text)))
        end = draw(st.integers(begin, len(text)))
        return Span(begin, end, text[begin:end])

    events = tuple(
        Event(type=draw(st.sampled_from(sorted(event_types()))),
              agent=draw(st.sampled_from(keys)),
              target=draw(st.none() | st.sampled_from(keys)),
              evidence=span(), trigger=draw(nasty_text(max_size=10)),
              confidence=draw(st.floats(0, 1)),
              polarity=draw(st.sampled_from(["positive", "negative"])),
              modality=draw(st.sampled_from(["asserted", "hedged", "reported"])),
              reported_by=draw(st.none() | st.sampled_from(keys)),
              time_text=draw(st.none() | nasty_text(max_size=10)),
              date=draw(st.none() | st.dates().map(str)),
              date_precision=draw(st.none() | st.sampled_from(["day", "month", "year"])),
              place=draw(st.none() | st.sampled_from(keys)))
        for _ in range(draw(st.integers(0, 3))))
    facts = tuple(Fact(subject=draw(st.sampled_from(keys)),
                       relation=draw(st.sampled_from(RELATIONS)),
                       object=draw(st.sampled_from(keys)), evidence=span())
                  for _ in range(draw(st.integers(0, 2))))
    return Extraction(article=article, entities=entities, events=events, facts=facts,
                      words=draw(st.integers(0, 10**6)))


@st.composite
def english_articles(draw: st.DrawFn, *, index: int) -> dict[str, object]:
    """A JSONL record of a short article of real English words (with random unicode), for the
    end-to-end property; sometimes with a bad field or a bad id."""
    record = {"id": draw(ids | st.just(f"art-{index}")),
              "text": draw(english_texts(max_sentences=3)),
              "title": draw(st.none() | nasty_text(max_size=20)),
              "url": draw(st.none() | urls), "published": draw(st.none() | dates)}
    if draw(st.integers(0, 9)) == 0:  # a field of another type, or no text
        record[draw(st.sampled_from(sorted(record)))] = draw(any_json)
    return {k: v for k, v in record.items() if v is not None}
