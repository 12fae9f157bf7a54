"""Read mentions and events out of a parsed ``Doc``.

The output is plain records (:mod:`kg_builder.model`): mentions with what the text alone says
about them, and events whose agent and target still point at mentions (``"m:12"``). Deciding
which real-world entity a mention is — pronouns, surnames, "the government" — is the resolve
step's job.

The package (see its README.md):

- :mod:`.context` — the read context, the only state that changes while an article is read;
- :mod:`.rules` — the trigger lexicon and the strict loader of each reader's rule section;
- :mod:`.entities`, :mod:`.mentions` — which names are actors, of what kind; the mention an
  argument refers to (pronouns, groups, demonyms, roles, units of organisations);
- :mod:`.syntax`, :mod:`.arguments` — subjects, conjuncts, prepositional objects, clause search;
- :mod:`.framing`, :mod:`.conventions`, :mod:`.emit` — negation, hedging, intent, reporter and
  time; the CAMEO follow-on conventions; turning what a construction found into events;
- :mod:`.constructions` — one module per construction, in an explicit order.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..gazetteer import Gazetteer, gazetteer
from ..model import Article, Reading
from .constructions import NAMES
from .constructions import constructions as _passes
from .context import in_text_order, new_context
from .entities import collect_entities
from .mentions import collect_pronouns, collect_subject_roles
from .reports import mark_quoted, mark_reports
from .rules import lexicon

__all__ = ["NAMES", "read_doc"]


def read_doc(doc: Doc, article: Article, *, gaz: Gazetteer | None = None,
             min_confidence: float = 0.5,
             constructions: tuple[str, ...] | None = None) -> Reading:
    """Mentions and (unresolved) events of one parsed article.

    Triggers whose confidence in ``rules/triggers.jsonl`` is below ``min_confidence`` are ignored.
    ``constructions`` runs only the named ones (default: all, see
    :data:`kg_builder.extract.constructions.PASSES`); names and positions are read all the same.
    """
    ctx = new_context(doc, article, gaz=gaz or gazetteer(), lexicon=lexicon(),
                      min_confidence=min_confidence)
    collect_entities(ctx)
    ctx.out.sport = ctx.sport
    for stage in _passes(constructions):
        # Stage.at, without a call per token (each lemma found has a construction)
        at, by_pos, anywhere = stage.by_lemma.get, stage.anywhere_by_pos.get, stage.anywhere
        for token, lemma, pos in zip(ctx.tokens, ctx.lemmas, ctx.pos, strict=True):
            for construction in at(lemma) or by_pos(pos, anywhere):
                if construction.read(ctx, token):
                    break  # claimed: the later constructions of this pass skip the token
    collect_pronouns(ctx)
    collect_subject_roles(ctx)  # 'the prime minister insisted …': whom 'he' may be
    mark_reports(ctx)  # '"Mr Blair has failed," he claimed': whom 'he' is not
    mark_quoted(ctx)  # '"His recovery is going well," said Andrew': whom 'his' may be
    return in_text_order(ctx.out)
