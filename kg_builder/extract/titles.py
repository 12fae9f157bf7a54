"""A named person's titles and affiliations: the office before a name ('US Secretary of State
Mike Pompeo'), in apposition to it ('Donald Trump, the President of the United States'), and
the organisation or state the phrase names, which the person leads, works for, founded or was
affiliated with. Run by :func:`.entities.collect_entities` with the ``mentions`` rule section.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..model import ORG_KINDS, Fact
from .context import ReadContext
from .spans import governing_preposition

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["affiliation", "appositive_titles", "title_before"]


def affiliation(ctx: ReadContext, mid: int, phrase: SpacySpan, title: str, rules: MentionRules) -> None:
    """'US Secretary of State Mike Pompeo' employedBy the United States; 'Donald Trump, the
    President of the United States' leaderOf it; 'Gleb Pavlovsky, a former Kremlin adviser'
    affiliatedWith Russia; 'X, the founder of Sense Analytics' founderOf it."""
    named = [ctx.by_token[t.i] for t in phrase if t.i in ctx.by_token and ctx.by_token[t.i] != mid]
    # an organisation named in the phrase before a state ("founder of the Minsk-based firm X")
    other = next((m for m in named if ctx.mention(m).kind in ORG_KINDS),
                 next((m for m in named if ctx.mention(m).kind == "State"), None))
    if other is None:
        for tok in phrase:
            hit = ctx.gaz.state(tok.text) if tok.pos_ in ("PROPN", "ADJ") else None
            if hit is not None:  # "US", "Belarusian" not tagged as entities
                other = ctx.add(tok.i, tok.i + 1, name=tok.text, how="demonym", kind="State",
                                hint=hit[0].iso3)
                break
    if other is None:
        return
    words = title.lower().split()
    head = words[-1] if words else ""
    org = ctx.mention(other).kind in ORG_KINDS
    if head in rules.founder_titles:
        if not org:
            return
        relation = "founderOf"
    elif any(w in rules.former_words for w in phrase.text.lower().split()):
        relation = "affiliatedWith"  # a former adviser is no longer employed
    elif " ".join(words) in rules.head_titles or head in rules.head_titles:
        relation = "leaderOf"
    else:
        relation = "employedBy"
    ctx.out.facts.append(Fact(subject=f"m:{mid}", relation=relation, object=f"m:{other}",
                              evidence=ctx.sentence_span(phrase.root)))


def title_before(ctx: ReadContext, span: SpacySpan, rules: MentionRules) -> tuple[str | None, str | None]:
    """'US Secretary of State Mike Pompeo' → ('Secretary of State', 'US Secretary of State'):
    the title, and the whole phrase that ends with it."""
    i = span.start - 1
    words: list[str] = []
    stop = max(governing_preposition(span), span.start - 5)  # not past 'by' in 'a visit … by'
    while i >= 0 and i >= stop:
        tok = ctx.doc[i]
        if tok.ent_type_ == "PERSON" or tok.is_punct or (tok.pos_ not in ("PROPN", "NOUN", "ADP") \
                and tok.lower_ not in rules.office_qualifiers):
            break
        words.insert(0, tok.text)
        i -= 1
    while words and words[0].lower() in ("of",):
        words.pop(0)
    for n in range(len(words)):
        candidate = " ".join(words[n:]).lower()
        if candidate in rules.titles:
            # "shadow chancellor Oliver Letwin" holds no chancellorship: keep the qualifier
            while n > 0 and words[n - 1].lower() in rules.office_qualifiers:
                n -= 1
            return " ".join(words[n:]), " ".join(words)
    return None, None


def appositive_titles(ctx: ReadContext, mid: int, span: SpacySpan, rules: MentionRules) -> None:
    """The titles in apposition to a person's name, either way round ('Donald Trump, the
    President of the United States'; 'the President, Donald Trump')."""
    titles = rules.titles
    for child in span.root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in titles:
            _appositive(ctx, mid, child)
    head = span.root.head
    if span.root.dep_ == "appos" and head.lemma_.lower() in titles:
        _appositive(ctx, mid, head)


def _appositive(ctx: ReadContext, mid: int, title: Token) -> None:
    """'Donald Trump, the President of the United States': a position, and the affiliation."""
    end = title.i + 1
    tail = [c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"]
    if tail:
        end = tail[0].right_edge.i + 1
    span = ctx.doc[title.left_edge.i:end]
    phrase = re.sub(r"^(a|an|the)\s+", "", span.text, flags=re.I)
    ctx.out.positions.setdefault(mid, []).append(phrase)
    ctx.role_phrases.append((mid, span, title.text))
