"""Named corpora in a data folder, read by article id, and lists of article ids.

A corpus named ``NAME`` is the JSON Lines file ``DIR/NAME/NAME.jsonl`` (one article a line, as
``kg build`` reads it: ``id``, ``title``, ``text`` …), e.g.
``../shared/data/bbc_news/bbc_news.jsonl``.
The audit and the article-level recall gold refer to articles as (corpus, id) and read their
text from there at run time, so no corpus text needs to be copied into the repository.

An id list (``--held-out FILE``) is a JSON object whose list-of-string values are the ids of
each corpus (``tests/data/audit/split.json``: ``{"seed": …, "bbc_news": [...], "reuters21578":
[...]}``), a JSON array of ids, or a text file with one id a line (``#`` starts a comment).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from .errors import InputError
from .model import Article, Failure
from .sources import read_inputs

__all__ = [
    "corpus_file",
    "corpus_names",
    "find_articles",
    "pick_articles",
    "read_articles",
    "read_id_list",
]


def corpus_file(corpus_dir: str | Path, corpus: str) -> Path:
    """``DIR/NAME/NAME.jsonl``; an error says which file is missing."""
    path = Path(corpus_dir) / corpus / f"{corpus}.jsonl"
    if not path.is_file():
        raise InputError(f"no corpus '{corpus}' in {corpus_dir}", where=str(path),
                         why="a corpus NAME is the file DIR/NAME/NAME.jsonl",
                         fix="give the folder that holds the corpora with --corpus-dir "
                             "(e.g. ../shared/data) and a corpus name found there")
    return path


def corpus_names(corpus_dir: str | Path) -> list[str]:
    """The corpora of a data folder: every ``DIR/NAME/NAME.jsonl``."""
    root = Path(corpus_dir)
    if not root.is_dir():
        raise InputError(f"the corpus folder {root} does not exist",
                         fix="give the folder that holds the corpora with --corpus-dir")
    return sorted(p.name for p in root.iterdir() if (p / f"{p.name}.jsonl").is_file())


def _read(path: Path, wanted: frozenset[str] | None) -> Iterator[Article | Failure]:
    for item in read_inputs([path]):
        item_id = item.id if isinstance(item, Article) else item.article_id
        if wanted is None or item_id in wanted:
            yield item


def read_articles(corpus_dir: str | Path, wanted: Mapping[str, Iterable[str]]
                  ) -> dict[tuple[str, str], Article]:
    """The articles ``{corpus: ids}`` as ``{(corpus, id): Article}``; an id that is not in its
    corpus, or whose article cannot be read, is an error naming it."""
    out: dict[tuple[str, str], Article] = {}
    for corpus, ids in wanted.items():
        want = frozenset(ids)
        if not want:
            continue
        path = corpus_file(corpus_dir, corpus)
        for item in _read(path, want):
            if isinstance(item, Failure):
                raise InputError(f"article '{item.article_id}' of {corpus} cannot be read",
                                 why=item.reason, where=item.source,
                                 fix="leave the article out or correct the corpus")
            out[(corpus, item.id)] = item
        missing = sorted(want - {i for c, i in out if c == corpus})
        if missing:
            raise InputError(f"{len(missing)} article id(s) not in corpus '{corpus}': "
                             + ", ".join(missing[:5]) + (" …" if len(missing) > 5 else ""),
                             where=str(path), fix="check the article ids and the corpus name")
    return out


def find_articles(corpus_dir: str | Path, ids: Iterable[str]) -> dict[str, Article]:
    """The articles with these ids in any corpus of the folder (ids found nowhere, or whose
    article cannot be read, are left out)."""
    want = frozenset(ids)
    out: dict[str, Article] = {}
    for corpus in corpus_names(corpus_dir):
        if want <= out.keys():
            break
        for item in _read(corpus_file(corpus_dir, corpus), want - out.keys()):
            if isinstance(item, Article):
                out.setdefault(item.id, item)
    return out


def pick_articles(corpus_dir: str | Path, corpus: str, *, ids: Iterable[str] | None = None,
                  match: str | None = None, limit: int | None = None, seed: int = 1,
                  ) -> tuple[list[Article], list[Failure]]:
    """Articles of a corpus, in corpus order: those in ``ids`` (default: all) whose text matches
    the regular expression ``match`` (case-insensitive), at most ``limit`` of them drawn at
    random with ``seed``; and the listed articles that cannot be read (empty, not English …)."""
    try:
        pattern = re.compile(match, re.IGNORECASE) if match else None
    except re.error as exc:
        raise InputError(f"the pattern {match!r} is not a regular expression", why=str(exc),
                         fix="correct the --match pattern") from exc
    path = corpus_file(corpus_dir, corpus)
    articles: list[Article] = []
    failures: list[Failure] = []
    for item in _read(path, None if ids is None else frozenset(ids)):
        if isinstance(item, Failure):
            failures.append(item)
        elif pattern is None or pattern.search(item.text):
            articles.append(item)
    if limit is not None and len(articles) > limit:
        keep = set(random.Random(seed).sample(range(len(articles)), limit))
        articles = [a for i, a in enumerate(articles) if i in keep]
    return articles, failures


def read_id_list(path: str | Path) -> dict[str, frozenset[str]]:
    """The ids of an id list, by corpus (``""`` when the file does not name corpora)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("the id list cannot be read", why=str(exc), where=str(path),
                         fix="give a UTF-8 JSON or text file of article ids") from exc
    if text.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError("the id list is not valid JSON", why=exc.msg,
                             where=f"{path}:{exc.lineno}", fix="correct the JSON") from exc
        if isinstance(data, list):
            data = {"": data}
        out = {key: frozenset(value) for key, value in data.items()
               if isinstance(value, list) and all(isinstance(v, str) for v in value)}
    else:
        ids = (line.split("#", 1)[0].strip() for line in text.splitlines())
        out = {"": frozenset(i for i in ids if i)}
    if not any(out.values()):
        raise InputError("the id list holds no article ids", where=str(path),
                         fix="give {\"corpus\": [ids…]}, a JSON array of ids or one id a line")
    return out
