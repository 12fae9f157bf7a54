"""Read articles from files and folders: ``.txt``, ``.jsonl``, ``.html``.

Every input either becomes an :class:`~kg_builder.model.Article` or a
:class:`~kg_builder.model.Failure` naming the file (and line) and the reason — one bad
article never stops the others.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .fields import iso_date, quoted, unicode_problem, web_iri
from .language import why_not_english
from .model import Article, Failure

__all__ = ["SUFFIXES", "ReadOptions", "check_text", "read_inputs"]

SUFFIXES = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    """Limits applied to every article. ``max_chars`` guards memory: longer articles fail."""

    max_chars: int = 1_000_000


def read_inputs(
    inputs: Iterable[str | Path], *, options: ReadOptions | None = None
) -> Iterator[Article | Failure]:
    """Yield articles (and failures) from files and folders, in a stable order."""
    opts = options or ReadOptions()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            try:
                files = sorted(p for p in path.rglob("*")
                               if p.is_file() and p.suffix.lower() in SUFFIXES)
            except OSError as exc:
                yield Failure(str(path), f"cannot list the folder: {exc.strerror or exc}")
                continue
            if not files:
                yield Failure(str(path), "the folder holds no .txt, .jsonl or .html file")
            for file in files:
                yield from _read_file(file, opts)
        elif path.is_file():
            yield from _read_file(path, opts)
        else:
            yield Failure(str(path), "no such file or folder")


def _read_file(path: Path, opts: ReadOptions) -> Iterator[Article | Failure]:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        yield Failure(str(path), f"unsupported file type '{path.suffix}' (use .txt, .jsonl or .html)")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(str(path), f"cannot read the file: {exc.strerror or exc}")
        return
    if kind == "jsonl":
        yield from _read_jsonl(path, data, opts)
        return
    text = _decode(data, str(path))
    if isinstance(text, Failure):
        yield text
        return
    if kind == "html":
        try:
            article = _from_html(text, path)
        except Exception as exc:  # html.parser rejects some markup ("<![ x [")
            yield Failure(str(path), "cannot parse the HTML: "
                          + quoted(" ".join(str(exc).split()), limit=300))
            return
        yield _finish(article, opts)
    else:
        yield _finish(Article(id=path.stem, text=text, source=str(path)), opts)


def _decode(data: bytes, where: str) -> str | Failure:
    if b"\x00" in data[:8192]:
        return Failure(where, "binary data (NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Failure(
            f"{where}:{line}",
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-encode the file as UTF-8",
        )


def _read_jsonl(path: Path, data: bytes, opts: ReadOptions) -> Iterator[Article | Failure]:
    if b"\x00" in data[:8192]:
        yield Failure(str(path), "binary data (NUL bytes), not JSON Lines")
        return
    for number, raw in enumerate(data.split(b"\n"), 1):
        where = f"{path}:{number}"
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Failure(where, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield Failure(where, "each line must be a JSON object with at least 'text'")
            continue
        try:
            yield _from_record(record, where=where, fallback_id=f"{path.stem}-{number}",
                               opts=opts)
        except Exception as exc:  # one bad line must not stop the others
            yield Failure(where, f"cannot read this line: {type(exc).__name__}: {quoted(exc)}")


def _from_record(record: dict[str, object], *, where: str, fallback_id: str,
                 opts: ReadOptions) -> Article | Failure:
    """One JSONL record as an article: a bad ``id`` or ``text`` fails it, a bad optional field
    (``url``, ``title``, ``published``/``date``) is dropped with a warning on the article."""
    text = record.get("text")
    given_id = record.get("id")
    if "id" in record and not isinstance(given_id, str):
        return Failure(where, f"'id' must be a string, not {_json_type(given_id)} "
                       f"({quoted(json.dumps(given_id))}); write it in quotes")
    if isinstance(given_id, str) and not given_id.strip():
        return Failure(where, "'id' is empty; give the article an id or leave the field out")
    if not isinstance(text, str):
        return Failure(where, "missing or non-string 'text' field",
                       quoted(given_id) if isinstance(given_id, str) else None)
    warnings: list[str] = []
    title = _optional(record, "title", warnings)
    url = _optional(record, "url", warnings)
    published = _optional(record, "published", warnings) or _optional(record, "date", warnings)
    if isinstance(given_id, str):
        article_id = given_id.strip()
    else:  # no id: the url names the article (if it is valid Unicode), else file and line
        article_id = url if url and not unicode_problem(url) else fallback_id
    article = Article(id=article_id, text=text, title=title, url=url, published=published,
                      source=where, warnings=tuple(warnings))
    return _finish(article, opts)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return {int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__)


def _optional(record: dict[str, object], key: str, warnings: list[str]) -> str | None:
    """The optional string field ``key`` of ``record``; anything but a string (or null) is
    dropped with a warning."""
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        warnings.append(f"'{key}' must be a string, not {_json_type(value)}; the field was "
                        "dropped")
        return None
    return value.strip() or None


def _from_html(markup: str, path: Path) -> Article:
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else None

    def meta(*names: str) -> str | None:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag and tag.get("content"):
                return str(tag["content"]).strip()
        return None

    url = meta("og:url")
    if url is None and (link := soup.find("link", rel="canonical")) and link.get("href"):
        url = str(link["href"])
    published = meta("article:published_time", "date", "pubdate", "dc.date")
    heading = soup.find("h1")
    title = meta("og:title") or (heading.get_text(" ", strip=True) if heading else None) or title
    body = soup.find("article") or soup.body or soup
    paragraphs = [p.get_text(" ", strip=True) for p in body.find_all("p")]
    paragraphs = [p for p in paragraphs if p]
    text = "\n\n".join(paragraphs) if paragraphs else body.get_text("\n", strip=True)
    return Article(id=path.stem, text=text, title=title, url=url, published=published, source=str(path))


def _finish(article: Article, opts: ReadOptions) -> Article | Failure:
    """``article`` with its bad optional fields dropped (a warning each), or the failure of an
    article whose id or text is bad."""
    if problem := unicode_problem(article.id):
        return Failure(article.source, f"the id {quoted(article.id)} holds {problem}; "
                       "give the article an id that is valid Unicode", quoted(article.id))
    if problem := unicode_problem(article.text):
        return Failure(article.source, f"the text holds {problem}; fix or remove that "
                       "character (in JSON, an escape such as \\ud800 without its pair)",
                       article.id)
    warnings = list(article.warnings)
    title, url, published = article.title, article.url, article.published
    if title is not None and (problem := unicode_problem(title)):
        warnings.append(f"the title holds {problem}; the title was dropped")
        title = None
    if url is not None:
        try:
            web_iri(url)
        except ValueError as exc:
            warnings.append(f"the url {quoted(url)} is not usable: {exc}; the url was dropped")
            url = None
    if published is not None:
        try:  # kept in ISO 8601, whatever unambiguous form it came in (timex reads it)
            published = iso_date(published)[0]
        except ValueError as exc:
            warnings.append(f"the date {quoted(published)} is not usable: {exc}; the date was "
                            "dropped")
            published = None
    problem = check_text(article.text, options=opts)
    if problem:
        return Failure(article.source, problem, article.id)
    if (title, url, published) == (article.title, article.url, article.published):
        return article
    return replace(article, title=title, url=url, published=published,
                   warnings=tuple(warnings))


def check_text(text: str, *, options: ReadOptions | None = None) -> str | None:
    """Why ``text`` cannot be built as an English news article, or ``None`` if it can."""
    opts = options or ReadOptions()
    if not text.strip():
        return "empty article (no text)"
    if len(text) > opts.max_chars:
        return (
            f"article too large ({len(text):,} characters > max {opts.max_chars:,}); "
            "split it or raise --max-chars"
        )
    if "\x00" in text:
        return "binary data (NUL characters) in the text"
    return why_not_english(text)
