"""Reading inputs: every bad article is reported with file, line and reason; the rest still come."""

from __future__ import annotations

import json

import pytest

from kg_builder.model import Article, Failure
from kg_builder.sources import ReadOptions, read_inputs

ENGLISH = (
    "The United States and the European Union have tightened sanctions against Belarus after "
    "security forces arrested opposition leaders. Lukashenko accused Moscow of pressing him on "
    "political reunification in exchange for cheap oil supplies, the officials said on Monday."
)


def _read(*paths, **opts):
    return list(read_inputs(paths, options=ReadOptions(**opts) if opts else None))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty article"),
        (b"   \n\n  ", "empty article"),
        (b"\x00\x01\x02binary\x00", "binary data"),
        ("Lukashenko accused Moscow \xe9".encode("latin-1"), "not valid UTF-8"),
        (("Москва обвинила Минск в давлении на соседей " * 10).encode(), "does not look like English"),
        (("Der Präsident hat die Regierung wegen der Wahlen scharf kritisiert und " * 6).encode(),
         "does not look like English"),
    ],
)
def test_bad_text_file_is_reported(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (item,) = _read(path)
    assert isinstance(item, Failure)
    assert reason in item.reason
    assert str(path) in item.source


def test_huge_article_fails_instead_of_being_truncated(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(ENGLISH * 50, encoding="utf-8")
    (item,) = _read(path, max_chars=1000)
    assert isinstance(item, Failure) and "too large" in item.reason


def test_jsonl_keeps_ids_and_reports_bad_lines(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "T", "text": ENGLISH, "url": "https://example.org/a1",
                    "published": "2020-06-20"}),
        "{not json",
        json.dumps({"id": "a3", "title": "no text"}),
        "",
        json.dumps({"id": "a5", "text": ""}),
        json.dumps({"id": "a6", "text": ENGLISH}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _read(path)
    good = [i for i in items if isinstance(i, Article)]
    bad = {i.source: i.reason for i in items if isinstance(i, Failure)}
    assert [a.id for a in good] == ["a1", "a6"]
    assert good[0].url == "https://example.org/a1" and good[0].published == "2020-06-20"
    assert "malformed JSON" in bad[f"{path}:2"]
    assert "'text'" in bad[f"{path}:3"]
    assert "empty" in bad[f"{path}:5"]


def test_jsonl_non_utf8_line_names_the_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "text": ENGLISH}).encode()
    path.write_bytes(good + b"\n" + b'{"id": "x", "text": "caf\xe9"}\n' + good.replace(b'"ok"', b'"ok2"'))
    items = _read(path)
    assert [i.id for i in items if isinstance(i, Article)] == ["ok", "ok2"]
    (failure,) = [i for i in items if isinstance(i, Failure)]
    assert failure.source == f"{path}:2" and "UTF-8" in failure.reason


@pytest.mark.parametrize(
    "markup",
    [
        f"<html><head><title>Sanctions</title><meta property='og:url' content='https://ex.org/s'>"
        f"<meta property='article:published_time' content='2020-06-20T10:00:00Z'></head>"
        f"<body><nav>Home | World</nav><article><h1>Sanctions</h1><p>{ENGLISH}</p>"
        f"<script>var x = 1;</script></article></body></html>",
        # malformed: unclosed tags everywhere
        f"<html><body><div><p>{ENGLISH}<p>{ENGLISH}<div></body>",
    ],
)
def test_html(tmp_path, markup):
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    (item,) = _read(path)
    assert isinstance(item, Article)
    assert "Lukashenko accused Moscow" in item.text
    assert "var x" not in item.text and "Home | World" not in item.text


def test_folder_is_read_in_order_and_unknown_suffixes_skipped(tmp_path):
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    items = _read(tmp_path)
    assert [i.id for i in items] == ["a", "b"]


def test_missing_path(tmp_path):
    (item,) = _read(tmp_path / "nope.txt")
    assert isinstance(item, Failure) and "no such file" in item.reason


def test_content_hash_changes_with_text():
    a = Article(id="x", text="one")
    assert a.content_hash == Article(id="x", text="one").content_hash
    assert a.content_hash != Article(id="x", text="two").content_hash


@pytest.mark.slow
@pytest.mark.parametrize("layout", ["one file", "two files"])
def test_a_duplicate_id_is_reported_and_the_first_article_kept(tmp_path, layout):
    """Issue 17, item 2: a second article with an id already read would silently replace the
    first; it is reported (file and line) and the first one is built."""
    import json

    from kg_builder import build, open_store

    first = {"id": "same", "text": "Poland accused Belarus of pushing migrants across the border."}
    second = {"id": "same", "text": "Germany criticised France over the budget on Monday."}
    if layout == "one file":
        (tmp_path / "a.jsonl").write_text(f"{json.dumps(first)}\n{json.dumps(second)}\n",
                                          encoding="utf-8")
        inputs = [tmp_path / "a.jsonl"]
    else:
        (tmp_path / "a.jsonl").write_text(json.dumps(first) + "\n", encoding="utf-8")
        (tmp_path / "same.txt").write_text(second["text"], encoding="utf-8")
        inputs = [tmp_path / "a.jsonl", tmp_path / "same.txt"]
    with open_store(tmp_path / "store") as store:
        summary = build(inputs, store)
        rows = store.query("PREFIX nkg: <https://w3id.org/kg-builder/ontology#> "
                           "SELECT ?t WHERE { GRAPH ?g { ?s nkg:text ?t } }").rows
    assert (summary.built, summary.failed) == (1, 1)
    failure = summary.failures[0]
    assert "duplicate article id 'same'" in failure.reason and "a.jsonl:1" in failure.reason
    assert failure.source.endswith(("a.jsonl:2", "same.txt"))
    assert any("Poland" in str(r[0]) for r in rows) and not any("Germany" in str(r[0]) for r in rows)


def test_html_the_parser_rejects_fails_that_file_only(tmp_path):
    """Issue 17, item 1: html.parser raises on markup such as '<![ x [' (BeautifulSoup's
    ParserRejectedMarkup); that stopped the whole build."""
    (tmp_path / "a.html").write_text(f"<html><body><p>{ENGLISH}</p><![ x [</body></html>",
                                     encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    failure, article = _read(tmp_path)
    assert isinstance(failure, Failure) and failure.source == str(tmp_path / "a.html")
    assert failure.reason.startswith("cannot parse the HTML: The markup you provided was rejected")
    assert "expected name token" in failure.reason
    assert isinstance(article, Article) and article.id == "b"


@pytest.mark.parametrize(("link", "url", "warning"), [
    ('<link rel="canonical" href="/news/world-123">', None,
     "the url /news/world-123 is not usable: it has no scheme (such as https://)"),
    ('<meta property="og:url" content="https://example.org/news/world-123">',
     "https://example.org/news/world-123", None),
])
def test_html_relative_canonical_link_is_dropped_with_a_warning(tmp_path, link, url, warning):
    """Issue 17, item 1: a page's canonical link is often relative; the graph got it as a
    relative IRI, which the store rejected ("No scheme found"), stopping the whole build."""
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{link}</head><body><p>{ENGLISH}</p></body></html>",
                    encoding="utf-8")
    (article,) = _read(path)
    assert isinstance(article, Article) and article.url == url
    assert [w.split(";")[0] for w in article.warnings] == ([warning] if warning else [])
