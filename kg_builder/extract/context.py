"""The read context: everything one article's reading changes, and nothing else does.

Readers (mention description, argument search, constructions) are stateless: they take the
context, look at the parse and add mentions, facts and events to ``ctx.out``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..gazetteer import Gazetteer
from ..model import Article, Mention, Reading, Span
from .origins import origin_modifier
from .rules import Lexicon
from .token_table import token_table

__all__ = ["ReadContext", "in_text_order", "new_context"]

_LEADING_JUNK = re.compile(r"^[\s\"\u201c\u201d'\u2018\u2019«»\u201e\u2013\u2014-]+")


@dataclass(slots=True, eq=False)
class ReadContext:
    """One article being read: its parse, what has been found so far, and the lookups."""

    doc: Doc
    article: Article
    gaz: Gazetteer
    lexicon: Lexicon
    min_confidence: float
    #: the document's tokens, made once (spaCy makes a new Token object at every iteration)
    tokens: list[Token]
    #: each token's lemma in lower case and part of speech, read once (each read is a lookup)
    lemmas: list[str]
    pos: list[str]
    #: each token's text and its lower case (``Token.lower_``), read once for the scans of the
    #: whole article (sports, arts and business words, names after titles)
    texts: list[str]
    lowers: list[str]
    #: each token's fine-grained tag (``Token.tag_``), its dependency label (``Token.dep_``) and
    #: whether it is white space, read once
    tags: list[str]
    deps: list[str]
    spaces: list[bool]
    #: every lemma (lower case) and every lower-case form the article has: the scans for
    #: sport, business and arts words are intersections with it, made once
    forms: frozenset[str]
    out: Reading
    #: token index → the number of its sentence, and each sentence's first token: made once
    #: (``Token.sent`` walks the parse to both ends of the sentence at every read)
    sent_of: list[int]
    sent_starts: list[int]
    #: the named entities (``doc.ents``, made once: each read of it makes every Span anew, so a
    #: lookup through it costs as much as the whole article) and their start tokens
    ents: list[SpacySpan]
    ent_starts: list[int]
    #: token index → the mention that covers it
    by_token: dict[int, int] = field(default_factory=dict)
    #: surnames and full names of the people named so far
    person_names: set[str] = field(default_factory=set)
    #: "MASSOB" → the mention of the organisation it abbreviates
    acronyms: dict[str, int] = field(default_factory=dict)
    #: (person mention, title phrase, title) to read affiliations from
    role_phrases: list[tuple[int, SpacySpan, str]] = field(default_factory=list)
    #: the words the article writes in lower case ("coronavirus", "budget"), read once
    common_words: frozenset[str] = frozenset()
    #: each word the article describes as a commentator ('analyst Rick Martin' → "Martin"),
    #: with where it does; made on first use by :mod:`.commentators`
    commentator_names: dict[str, tuple[int, ...]] | None = None
    #: whether the article is a sports report (enough distinct sport words): a city's name there
    #: is mostly its club ("Leicester withstood a Wasps comeback"), read once
    sport: bool = False
    #: whether the article is an arts report (film, music, television, theatre, galleries, books,
    #: games; ``leisure.arts_article``): a deal or a talk between people there is show business,
    #: and a name before a work noun mostly a work's title, read once
    arts: bool = False
    #: whether the article is a business report (enough distinct business words): a name the NER
    #: tagged as an organisation with nothing else to say what it is is mostly a company, read once
    business: bool = False
    #: names read as titles of works ("the sitcom Extras"): the same name is a work elsewhere too
    work_titles: set[str] = field(default_factory=set)
    #: names read as products' ("Linux software"; :mod:`.products`): no entity anywhere in the
    #: article
    product_names: set[str] = field(default_factory=set)
    #: names (normalised) read as bands' by their own words ("Swedish pop quartet Abba";
    #: :mod:`.bands`): the band wherever else the NER took the name for a person's
    band_names: set[str] = field(default_factory=set)
    #: names the NER tagged as works of art, of two words or more ("The Life and Death of Peter
    #: Sellers"): a name that is their first words is a fragment of the title
    tagged_works: set[str] = field(default_factory=set)
    #: the first tokens of names typed a town or a place only on the NER's guess
    #: (:mod:`.guessed_places`): no entity unless the article places the name somewhere
    guessed_places: set[int] = field(default_factory=set)
    #: the document's text, joined once on first use (:meth:`text`)
    _text: str | None = field(default=None, init=False, repr=False)

    def text(self) -> str:
        """``doc.text``, made once: spaCy joins every token again at each read (~0.1 ms for an
        article of 400 tokens, and it was read once per name)."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    def mention(self, mid: int) -> Mention:
        return self.out.mentions[mid]

    def ent_at(self, i: int) -> SpacySpan | None:
        """The named entity that covers token ``i``, if any."""
        n = bisect_right(self.ent_starts, i) - 1
        return self.ents[n] if n >= 0 and self.ents[n].end > i else None

    def ents_in(self, span: SpacySpan) -> list[SpacySpan]:
        """The named entities wholly inside ``span``, in text order (``span.ents``)."""
        found = []
        for n in range(bisect_left(self.ent_starts, span.start), len(self.ents)):
            if self.ents[n].end > span.end:
                break
            found.append(self.ents[n])
        return found

    def sentence_of(self, token: Token) -> int:
        """The number of the sentence ``token`` is in (0 for the first)."""
        return self.sent_of[token.i]

    def sentence_start(self, i: int) -> int:
        """The first token of the sentence token ``i`` is in (``doc[i].sent.start``)."""
        return self.sent_starts[self.sent_of[i]]

    def add(self, start: int, end: int, *, name: str, how: str, kind: str | None,
            hint: str | None = None, title: str | None = None) -> int:
        """Add a mention of the tokens ``[start, end)``; return its id."""
        span = self.doc[start:end]
        root = span.root
        mid = len(self.out.mentions)
        self.out.mentions.append(
            Mention(
                id=mid,
                span=Span(span.start_char, span.end_char, span.text),
                name=name,
                how=how,
                kind=kind,
                sentence=self.sentence_of(root),
                is_subject=root.dep_ in ("nsubj", "nsubjpass") or (
                    root.dep_ in ("appos", "compound")
                    and root.head.dep_ in ("nsubj", "nsubjpass")
                    and not origin_modifier(root, kind=kind)),  # "A US firm said it …"
                hint=hint,
                title=title,
                role=_role(root),
            )
        )
        for i in range(start, end):
            self.by_token.setdefault(i, mid)
        return mid

    def sentence_span(self, token: Token) -> Span:
        """The sentence of ``token``, without leading quotes and dashes or trailing space."""
        sent = token.sent
        text = sent.text
        begin = sent.start_char
        stripped = _LEADING_JUNK.sub("", text)
        begin += len(text) - len(stripped)
        stripped = stripped.rstrip()
        return Span(begin, begin + len(stripped), stripped)


def _role(root: Token) -> str:
    """See :attr:`Mention.role`: 'his criticism' (owner), 'Mr Straw's China trip is …' (subject
    owner: of the sentence's only subject; 'Mr Brown's Budget was …, the Tory leader said' is
    what a speaker says), 'the Attlee government' (modifier)."""
    if root.dep_ == "poss":
        only = root.head.dep_ in ("nsubj", "nsubjpass") and not any(
            t.dep_ in ("nsubj", "nsubjpass") and t.i != root.head.i for t in root.sent)
        return "subject owner" if only else "owner"
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i > root.i:
        return "modifier"
    return ""


def new_context(doc: Doc, article: Article, *, gaz: Gazetteer, lexicon: Lexicon,
                min_confidence: float) -> ReadContext:
    tokens = list(doc)
    ents = list(doc.ents)
    sent_starts: list[int] = []
    sent_of: list[int] = []
    for n, sent in enumerate(doc.sents):  # they cover the document, in order
        sent_starts.append(sent.start)
        sent_of.extend([n] * (sent.end - sent.start))
    table = token_table(doc)  # the attributes of all tokens, read at once
    return ReadContext(
        doc=doc, article=article, gaz=gaz, lexicon=lexicon, min_confidence=min_confidence,
        tokens=tokens,
        lemmas=table.lemmas,
        pos=table.pos,
        texts=table.texts,
        lowers=table.lowers,
        tags=table.tags,
        deps=table.deps,
        spaces=table.spaces,
        forms=frozenset(table.lemmas).union(table.lowers),
        common_words=table.lower_words,
        out=Reading(article=article, words=table.words),
        sent_of=sent_of,
        sent_starts=sent_starts,
        ents=ents,
        ent_starts=[e.start for e in ents],
    )


def in_text_order(reading: Reading) -> Reading:
    """The reading with its mentions numbered in text order (by start, then end, then the order
    they were found), and every reference to them renumbered: mention ids then do not depend on
    which construction happened to need a mention first, and resolution, which reads mentions in
    list order ("the nearest name before the pronoun"), sees them in the order of the text."""
    order = sorted(reading.mentions, key=lambda m: (m.span.begin, m.span.end, m.id))
    new = {m.id: n for n, m in enumerate(order)}

    def ref(value: str | None) -> str | None:
        return None if value is None else f"m:{new[int(value[2:])]}"

    def renumbered(m: Mention) -> Mention:
        clause_subject = (m.clause_subject if m.clause_subject in (None, -1)
                          else new[m.clause_subject])
        if new[m.id] == m.id and clause_subject == m.clause_subject:
            return m  # its number stands: no copy (most mentions of most articles)
        return replace(m, id=new[m.id], clause_subject=clause_subject)

    reading.mentions = [renumbered(m) for m in order]
    reading.events = [replace(e, agent=ref(e.agent), target=ref(e.target), place=ref(e.place),
                              reported_by=ref(e.reported_by)) for e in reading.events]
    reading.facts = [replace(f, subject=ref(f.subject), object=ref(f.object))
                     for f in reading.facts]
    reading.positions = {new[mid]: titles for mid, titles in reading.positions.items()}
    return reading
