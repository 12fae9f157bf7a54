"""Titles of works the syntax around a name gives away, in any article: a work noun in apposition
('Merry Christmas Everybody, the hit single') or as the complement of 'be' ('GTA San Andreas is the
sequel to Grand Theft Auto Vice City'), a verb of starring and 'in' ('starred in Deadwood'; in arts
reports also 'appeared in Casualty'), in arts reports the object of a verb of singing or performing
('sang Jerusalem'), a name the NER took for no person's owning an actor or an author ("EastEnders'
actress Scarlett Johnson"), and a name before a comma, 'by' and its author ('Angels and Demons, by
US author Dan Brown'); listed as what works or hits include ('whose hits include Design For
Life'), or after a plural work noun and 'like', 'including' or 'such as', read from the words and
marks where the parse of the list fails (:func:`.work_lists.listed_after_kind`: 'such films as
Raging Bull and Goodfellas');
a whole title after a work noun or an award's 'for' ('soap operas Knots Landing', 'Rufus Norris for
Festen': :mod:`.title_cues`); in arts reports, after a person's possessive ('Jules Massenet's
Manon'); and a named event before an event noun ('the Tri-Nations tournament', 'a Futures event';
not its host: 'the University of Edinburgh event'). :func:`untagged_titles` collects the titles
after a work noun the NER left untagged, and the names inside a well-known work's title ('Rings' of
'Lord of the Rings') or that are the title with what its name goes on with ('Star Trek: Enterprise',
'Celebrity Big Brother', "Half-Life's", 'Halo' beside 'Halo 2'), for :mod:`.entities`. The caller of
:func:`work_by_syntax` (:func:`.works.arts_work`) has checked that the name is none the gazetteers
or the article know. Reads the ``work_syntax`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..gazetteer import normalise
from .context import ReadContext
from .rules import Words, load_section
from .title_cues import whole_title
from .work_lists import listed_after_kind

__all__ = ["WorkSyntaxRules", "untagged_titles", "work_by_syntax", "work_syntax_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkSyntaxRules:
    """The ``work_syntax`` section: see the comment in ``rules/extract/work_syntax.json``."""

    work_nouns: Words
    event_nouns: Words
    list_subjects: Words
    list_heads: Words
    list_marks: frozenset[str]
    star_verbs: Words
    arts_appear_verbs: Words
    arts_perform_verbs: Words
    not_work_heads: Words
    speech_verbs: Words
    role_nouns: Words
    author_words: Words
    max_title_words: float
    work_names: tuple[str, ...]
    title_joins: frozenset[str]
    sequel_numerals: frozenset[str]
    possessive_endings: frozenset[str]
    max_prefix_words: float


@cache
def work_syntax_rules() -> WorkSyntaxRules:
    return load_section("work_syntax", WorkSyntaxRules)


def work_by_syntax(ctx: ReadContext, ent: SpacySpan, label: str) -> bool:
    """Whether the syntax around a name makes it a work's title (the module docstring's cues)."""
    rules = work_syntax_rules()
    doc = ent.doc
    root = ent.root
    head = root.head
    arts = ctx.arts and not ctx.sport
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in rules.work_nouns
           for c in root.children):
        return True  # "Merry Christmas Everybody, the hit single"
    if root.dep_ == "nsubj" and head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() in rules.work_nouns
            for c in head.children):
        return True  # "GTA San Andreas is the sequel to ...", "Wasp is a short film"
    if root.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB" and (
            head.head.lemma_.lower() in rules.star_verbs
            or (arts and head.head.lemma_.lower() in rules.arts_appear_verbs)):
        return True  # "starred in Deadwood", "appeared in Casualty" (an arts report)
    if (ent.end < len(doc) and doc[ent.end].pos_ == "NOUN" and root.head.i == ent.end
            and doc[ent.end].lower_ in rules.event_nouns
            and not any(t.lower_ in rules.not_work_heads for t in ent)):
        return True  # "the Tri-Nations tournament", "a Futures event"; not "the University of
        # Edinburgh event", its host
    if _listed(root, rules):
        return True  # "whose hits include Design For Life and If You Tolerate This"
    if not ctx.sport and _listed_after(root, rules):
        return True  # "two singles, Club Foot and LSF", "such classics as Super Trouper, SOS"
    if not ctx.sport and listed_after_kind(ent) and ctx.gaz.company(ent.text, label=label) is None:
        return True  # by words and marks where the parse fails: "such films as Raging Bull";
        # not a maker's name opening an item: "Five titles, including Sony EyeToy Play"
    if whole_title(ctx, ent):
        return True  # "soap operas Knots Landing", "Rufus Norris for Festen" (title_cues.py)
    if label == "PERSON":  # a person's co-star, a person sung of: no title
        return _before_author(ent, rules)
    speaks = root.dep_ == "nsubj" and head.lemma_.lower() in rules.speech_verbs
    if arts and _made_by(ent) and ent[-1].lower_ not in rules.not_work_heads and not speaks:
        return True  # "Jules Massenet's Manon"; not "Grauman's Chinese Theatre", a place
    if arts and root.dep_ == "dobj" and head.lemma_.lower() in rules.arts_perform_verbs:
        return True  # "sang Jerusalem"
    if root.dep_ == "poss" and head.pos_ == "NOUN" and head.lower_ in rules.role_nouns:
        return True  # "EastEnders' actress Scarlett Johnson"
    return _before_author(ent, rules)


def untagged_titles(ctx: ReadContext) -> set[str]:
    """The titles the article writes right after a work noun where the NER tagged nothing ('the
    Oscar-nominated movie The Aviator'), without a leading 'The': the same words tagged elsewhere
    ('The Aviator's four producers') name no entity either. Capitalised words, and 'of', 'and'
    or 'the' between them, opening with a proper noun; none in sports reports. In any article,
    the names the NER tagged inside a well-known work's title the article writes (work_names:
    'Rings' of 'the Lord of the Rings trilogy', 'Harry Potter'), unless the gazetteers know
    them as a state's, a region's, a town's or an organisation's, or the NER as a place, and
    they are only part of the title ('Caribbean' of 'Pirates of the Caribbean')."""
    rules = work_syntax_rules()
    found = _inside_known_works(ctx, rules)
    if ctx.sport:
        return found
    doc = ctx.doc
    for token, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemmas, strict=True):  # read once
        if pos != "NOUN" or lemma not in rules.work_nouns:
            continue
        start = token.i + 1
        if start < len(doc) and doc[start].text == "The":
            start += 1
        end = start
        while (end < len(doc) and end - start < rules.max_title_words
               and not doc[end].ent_type_) and ((doc[end].is_title and doc[end].is_alpha) or (
                    end > start and doc[end].lower_ in ("of", "and", "the")
                    and end + 1 < len(doc) and doc[end + 1].is_title)):
            end += 1
        whole = end == len(doc) or not doc[end].is_title  # not cut by a tagged name or the limit
        while end > start and not doc[end - 1].is_title:
            end -= 1
        if end > start and doc[start].pos_ == "PROPN" and whole:
            found.add(doc[start:end].text)
    return found


def _inside_known_works(ctx: ReadContext, rules: WorkSyntaxRules) -> set[str]:
    """The names the NER tagged as an occurrence of one of ``work_names`` in the article's text
    (whole words), or inside one, but places and the gazetteers' states, regions, towns and
    organisations; a name that is the title with what the title's own name goes on with
    (:func:`_names_title`: 'Star Trek: Enterprise', 'Halo 2', 'Celebrity Big Brother'); and a
    title that ends in a number without it where the article writes that title ('Halo' beside
    'Halo 2')."""
    raw = ctx.article.text
    titles = [t for t in rules.work_names if t in raw]  # the article's own text first: making
    if not titles:  # the document's text is made only where a title occurs
        return set()
    for title in list(titles):
        words = title.split()
        if len(words) > 1 and _numbered(words[-1], rules) and " ".join(words[:-1]) in raw:
            titles.append(" ".join(words[:-1]))  # "Halo" beside "Halo 2"
    text = ctx.text()
    spans = []
    for title in titles:
        start = text.find(title)
        while start >= 0:
            end = start + len(title)
            if ((start == 0 or not text[start - 1].isalnum())
                    and (end == len(text) or not text[end].isalnum())):
                spans.append((start, end))  # whole words
            start = text.find(title, end)
    gaz = ctx.gaz

    def inside(ent: SpacySpan) -> bool:
        if any(_names_title(text, ent, s, e, rules) for s, e in spans):
            return True  # the whole title ("Little Britain", "Incredibles" of "The Incredibles")
        return (any(s <= ent.start_char and ent.end_char <= e for s, e in spans)
                and ent.label_ not in ("GPE", "LOC") and gaz.state(ent.text) is None
                and gaz.region(ent.text) is None and normalise(ent.text) not in gaz.cities
                and gaz.org(ent.text) is None)  # "Rings" of "Lord of the Rings"

    found = {ent.text for ent in ctx.ents if inside(ent)}
    found |= {name[:-len(p)] for name in found for p in rules.possessive_endings
              if name.endswith(p) and len(name) > len(p)}  # "Half-Life's" read as "Half-Life"
    return found | _subtitles(text, spans, rules)


def _subtitles(text: str, spans: list[tuple[int, int]], rules: WorkSyntaxRules) -> set[str]:
    """The capitalised words (at most max_title_words) after a known title and one of
    title_joins, tagged or not ('Star Wars: Battlefront'): the same words alone later name the
    work too ('Battlefront is a real testament to …')."""
    found = set()
    for _, e in spans:
        rest = text[e:e + 200]
        join = rest[:1]
        if join not in rules.title_joins:
            continue
        words: list[str] = []
        most = int(rules.max_title_words)
        for word in rest[1:].split(maxsplit=most + 1)[:most]:
            bare = word.rstrip(".,;:!?\"'")
            if not bare[:1].isupper() or not bare.replace("-", "").isalnum():
                break
            words.append(bare)
            if bare != word:
                break  # a mark ends the title
        if words:
            found.add(" ".join(words))
    return found


def _names_title(text: str, ent: SpacySpan, s: int, e: int, rules: WorkSyntaxRules) -> bool:
    """Whether a name is the known title at ``text[s:e]``: the whole title, with 'The' before it
    or a possessive after it ('Half-Life's world'); the title and what goes on after one of
    title_joins or a number ('Star Trek: Enterprise', 'Halo 2'); what follows the title and one
    of title_joins ('Star Wars: Battlefront'); or at most max_prefix_words capitalised words
    and the title ('Celebrity Big Brother')."""
    start, end = ent.start_char, ent.end_char
    if end > e and text[e:end] in rules.possessive_endings:
        end = e  # "Half-Life's world"
    opens = s <= start <= s + 4  # "The" before the title left out of the name
    if end == e and opens:
        return True
    if end == e and start < s:
        before = text[start:s].split()
        return len(before) <= rules.max_prefix_words and all(w[:1].isupper() for w in before)
    if opens and end > e:
        after = text[e:end]
        return after[:1] in rules.title_joins or (
            after[:1] == " " and _numbered(after.split()[0], rules))  # "Star Trek: Enterprise"
    return start > e and text[e:start].strip() in rules.title_joins  # "Star Wars: Battlefront"


def _numbered(word: str, rules: WorkSyntaxRules) -> bool:
    """Whether a word numbers a title's sequel ('2', 'III')."""
    return word.isdigit() or word in rules.sequel_numerals


def _listed(root: Token, rules: WorkSyntaxRules) -> bool:
    """Whether a name is listed as the object of 'include' whose subject is one of list_subjects
    ('Other nominees included the Motorcycle Diaries, Zatoichi and Hero', 'Its brands include
    Kelso Cider'), or of a relative pronoun of one ('his work, which includes The Tin Soldier'),
    or after 'including' and such a noun ('films including Hero')."""
    if any(c.dep_ == "case" for c in root.children):
        return False  # "include Band Aid's Do They Know It's Christmas?": the band owns it
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() == "include":
        subjects = [c.head.head if c.tag_ == "WDT" and c.head.dep_ == "relcl" else c
                    for c in head.children if c.dep_ == "nsubj"]  # "his work, which includes X"
        return any(s.lemma_.lower() in rules.list_subjects for s in subjects)
    return (root.dep_ == "pobj" and head.lower_ == "including"
            and head.head.lemma_.lower() in rules.list_subjects)


def _listed_after(root: Token, rules: WorkSyntaxRules) -> bool:
    """Whether a name is listed after a plural of list_heads, set beside it by one of
    list_marks ('two singles, Club Foot and LSF', 'two hits - Processed Beats and Cutt Off') or
    after its 'as' or 'like' ('such classics as Super Trouper, SOS and Dancing Queen', 'games
    like Halo'): the titles of those works. Not a name owning something ("hits like Band
    Aid's Do They Know It's Christmas?": the band owns it)."""
    if any(c.dep_ == "case" for c in root.children):
        return False
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("as", "like") and head.i > head.head.i:
        head = head.head  # "such classics as X", "games like X"
    elif not (root.dep_ in ("conj", "appos") and head.i + 1 < root.i
              and root.doc[head.i + 1].text in rules.list_marks):
        return False  # "two singles, X and Y", "two hits - X and Y"
    return head.pos_ == "NOUN" and head.tag_ == "NNS" and head.lemma_.lower() in rules.list_heads


def _made_by(ent: SpacySpan) -> bool:
    """Whether a name follows the possessive of a person's name ('Jules Massenet's Manon'): in an
    arts report, a work of theirs; not an organisation's ("1Xtra's G Money", a presenter)."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return (i >= 1 and doc[i].tag_ == "POS" and doc[i - 1].ent_type_ == "PERSON"
            and doc[i - 1].ent_iob_ in ("B", "I"))


def _before_author(ent: SpacySpan, rules: WorkSyntaxRules) -> bool:
    """'Angels and Demons, by US author Dan Brown': the name (and the capitalised words, 'and',
    'of' or 'the' after it) before a comma, 'by', at most two capitalised words or author_words
    and a person's name."""
    doc = ent.doc
    i = ent.end
    while i < len(doc) and i - ent.end < rules.max_title_words and (
            doc[i].is_title or doc[i].lower_ in ("and", "of", "the")):
        i += 1
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "by":
        return False
    j = i + 2
    while j < min(len(doc), i + 5) and doc[j].ent_type_ != "PERSON" and (
            doc[j].lower_ in rules.author_words or doc[j].is_title or doc[j].is_upper):
        j += 1
    return j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B"
