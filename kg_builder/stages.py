"""Parse → extract → resolve in this process: the part of a build that workers run.

What the orchestrator (:mod:`kg_builder.pipeline`) and the workers (:mod:`kg_builder.parallel`,
:mod:`kg_builder.cluster`) share lives here: the build options, the names of the stages a build
times, and :func:`extract_articles`. The workers import this module, never the orchestrator.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .calibration import calibrate
from .chunking import CHUNK_CHARS, pipe_in_chunks
from .extract import read_doc
from .fields import quoted
from .model import Article, Extraction, Failure
from .resolve import resolve

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["STAGES", "BuildOptions", "StageClock", "extract_articles"]

#: the stages of a build, in order; ``BuildSummary.timings`` has one entry each
STAGES = ("read", "parse", "extract", "resolve", "map", "validate", "store")


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildOptions:
    """How to build. ``force`` rebuilds articles whose content hash is already in the store."""

    model: str | None = None
    batch_size: int = 16
    #: worker processes that parse, extract and resolve (:mod:`kg_builder.parallel`); with 1, a
    #: build of no more than ``4 * batch_size`` articles parses in this process instead
    workers: int = 1
    force: bool = False
    validate: bool = True
    min_confidence: float = 0.5
    #: replace each event's trigger confidence by the fitted chance that it is right
    #: (:mod:`kg_builder.calibration`); off only to fit that model (``kg audit calibrate``)
    calibrate: bool = True
    max_chars: int = 1_000_000
    #: texts longer than this are parsed in pieces of at most this many characters, cut at
    #: paragraph breaks and joined again (:mod:`kg_builder.chunking`), so cost grows linearly
    chunk_chars: int = CHUNK_CHARS
    #: a Dask scheduler address (``tcp://host:port``): parse/extract/resolve run on its workers
    dask: str | None = None


class StageClock:
    """Adds the time since a mark to a stage's total in ``timings`` (seconds per stage)."""

    def __init__(self, timings: dict[str, float]) -> None:
        self.timings = timings

    def add(self, stage: str, since: float) -> float:
        """Charge ``stage`` with the time since ``since``; return now, the next mark."""
        now = time.perf_counter()
        self.timings[stage] += now - since
        return now


def extract_articles(
    articles: Iterable[Article],
    *,
    options: BuildOptions,
    timings: dict[str, float] | None = None,
    on_error: Callable[[Failure], None] | None = None,
    nlp: Language | None = None,
) -> Generator[Extraction, None, None]:
    """Parse, extract and resolve a stream of articles in this process (no store involved).

    This is the part that can run on other machines: it yields plain records. ``nlp`` is a
    pipeline already loaded by :func:`kg_builder.nlp.load_pipeline` (default: load one).
    ``options.workers`` is not looked at: :func:`kg_builder.parallel.extract_in_processes` runs
    this on several processes.
    """
    from .nlp import load_pipeline

    clock = StageClock(timings if timings is not None else dict.fromkeys(STAGES, 0.0))
    if nlp is None:
        nlp = load_pipeline(model=options.model)
    nlp.max_length = max(nlp.max_length, options.max_chars + 1)

    def failed(article: Article, step: str, exc: Exception) -> None:
        if on_error is not None:
            on_error(Failure(article.source or article.id,
                             f"{step} failed: {type(exc).__name__}: {quoted(exc, limit=300)}",
                             article.id))

    batch: list[Article] = []
    for article in itertools.chain(articles, [None]):
        if article is not None:
            batch.append(article)
            if len(batch) < options.batch_size:
                continue
        t = time.perf_counter()
        for doc, item in _parse(nlp, batch, batch_size=options.batch_size,
                                max_chars=options.chunk_chars, on_error=failed):
            t = clock.add("parse", t)
            try:
                reading = read_doc(doc, item, min_confidence=options.min_confidence)
                t = clock.add("extract", t)
                extraction = resolve(reading)
                if options.calibrate:
                    extraction = calibrate(extraction)
                t = clock.add("resolve", t)
            except Exception as exc:  # one bad article must not stop the others
                failed(item, "extraction", exc)
                t = time.perf_counter()
                continue
            yield extraction
            t = time.perf_counter()
        batch = []


def _parse(nlp: Language, batch: list[Article], *, batch_size: int, max_chars: int,
           on_error: Callable[[Article, str, Exception], None]) -> Iterator[tuple[Doc, Article]]:
    """The parsed documents of ``batch`` (one spaCy batch; long texts in pieces, see
    :mod:`.chunking`); if spaCy fails on the batch, each article is parsed alone, so only the
    one it fails on is lost (reported to ``on_error``)."""
    try:
        docs = list(pipe_in_chunks(nlp, ((a.text, a) for a in batch), batch_size=batch_size,
                                   max_chars=max_chars))
    except Exception:
        for article in batch:
            try:
                ((doc, _),) = pipe_in_chunks(nlp, [(article.text, article)], batch_size=1,
                                             max_chars=max_chars)
            except Exception as exc:
                on_error(article, "parsing", exc)
                continue
            yield doc, article
        return
    yield from docs
