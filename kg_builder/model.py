"""Plain records shared by every step of the pipeline.

Nothing here imports spaCy, rdflib or a store: the records are frozen dataclasses that pickle
and serialise to JSON, so a worker on another machine can return them.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "ENTITY_KINDS",
    "MERGE_RULES",
    "ORG_KINDS",
    "PLACE_KINDS",
    "Article",
    "ArticleResult",
    "Entity",
    "EntityKind",
    "Event",
    "Extraction",
    "Fact",
    "Failure",
    "FieldWarning",
    "Mention",
    "Modality",
    "Polarity",
    "Reading",
    "Span",
    "Trace",
]

EntityKind = Literal[
    "Person",
    "State",
    "Organization",
    "Company",
    "GovernmentBody",
    "PoliticalParty",
    "IntergovernmentalOrganization",
    "MediaOrganization",
    "NonGovernmentalOrganization",
    "Group",
    "Place",
    "City",
    "Region",
]
ENTITY_KINDS: tuple[str, ...] = EntityKind.__args__  # type: ignore[attr-defined]
#: kinds of entities that are places: where events happen, never who acts or is acted on
PLACE_KINDS: frozenset[str] = frozenset({"City", "Region", "Place"})
#: kinds of entities that are organisations
ORG_KINDS: frozenset[str] = frozenset({
    "Organization", "Company", "GovernmentBody", "PoliticalParty", "IntergovernmentalOrganization",
    "MediaOrganization", "NonGovernmentalOrganization"})

#: how the resolver joins another name of an article to an entity (each an nkg: individual):
#: ``same-key`` the same canonical key (case, punctuation, diacritics, a legal form: "HOLLINGER
#: Inc" and "Hollinger"); ``surname`` a bare surname and the full name of the same article
#: ("Blair" and "Tony Blair"); ``given-name`` a given name alone and the one full name of the
#: same article that starts with it ("Kelly" and "Kelly Holmes"); ``dictionary`` an alias in a
#: maintained list (the actor dictionaries, the state and region gazetteers: "Britain", "the Lib
#: Dems"); ``metonym`` a capital, building or seat of government that stands for its state ("the
#: Kremlin", "Moscow")
MERGE_RULES: dict[str, str] = {"same-key": "SameKeyRule", "surname": "SurnameRule",
                               "given-name": "GivenNameRule",
                               "dictionary": "DictionaryRule", "metonym": "MetonymRule"}

Polarity = Literal["positive", "negative"]
Modality = Literal["asserted", "hedged", "reported"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a source.

    ``id`` identifies the article in the graph: building an article with the same id again
    replaces its graph. ``source`` says where it came from (file and line) for error messages;
    ``warnings`` say which optional fields of the input were dropped and why (they are not part
    of the content).
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def content_hash(self) -> str:
        """A hash of everything that ends up in the article's graph."""
        h = hashlib.sha256()
        for part in (self.id, self.title or "", self.url or "", self.published or "", self.text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return "sha256:" + h.hexdigest()


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[begin, end)`` into the article text, with the text itself."""

    begin: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where an entity is named or referred to.

    ``how`` says how: ``name``, ``pronoun``, ``metonym`` ("the Kremlin"), ``demonym`` ("Russian
    officials"), ``definite`` ("the government", "the country"), ``role`` ("the Belarusian
    leader") or ``group`` ("critics"). ``kind`` is the entity class when the mention alone tells
    it; ``hint`` carries what resolution needs (an ISO alpha-3 code for states and roles).
    ``entity_key`` is empty until the resolve step fills it.
    """

    id: int
    span: Span
    name: str
    how: str
    kind: str | None
    sentence: int
    is_subject: bool = False
    hint: str | None = None
    title: str | None = None
    entity_key: str = ""
    #: for an object pronoun, the mention that is the subject of its own clause; for the subject
    #: pronoun of a verb of saying, the subject of the reported clause put before it ("Mr Blair
    #: has failed, he claimed"): not its antecedent
    clause_subject: int | None = None
    #: how the mention stands in its clause besides being a subject (read by pronoun resolution):
    #: "owner" for a possessive ('his criticism'), "subject owner" for the possessive of the
    #: sentence's only subject ('Mr Straw's China trip is …'), "modifier" for a name modifying a
    #: common noun
    #: ('the Attlee government': no one who acts), "place" for a state named as the scene of
    #: something ('the war in Iraq': no evidence of whose government 'the government' is), else ""
    role: str = ""
    #: for a speaker named after what it reports ('"… Mr Blair has failed," he claimed', 'This
    #: is the record Mr Blair will have to defend, he said'), the (sentence, character offset)
    #: where what it reports begins, back to the opening quotation mark: no one named there is
    #: the speaker, nor is the subject of what is reported a speaker of that sentence
    reported_from: tuple[int, int] | None = None
    #: a pronoun inside quotation marks ('"His recovery is going well," said Andrew'): whom it
    #: refers to is what the quotation talks about, often the subject of what was reported
    quoted: bool = False


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world entity as resolved within one article.

    ``key`` is the entity's identity across articles (``state/BLR``, ``person/viktor-babarika``);
    the RDF step turns it into an IRI.
    """

    key: str
    kind: str
    label: str
    aliases: tuple[str, ...] = ()
    positions: tuple[str, ...] = ()
    iso2: str | None = None
    geonames_id: int | None = None
    #: Wikidata QID ("Q184") from a maintained source (rigour's territories); never guessed
    wikidata: str | None = None
    #: how each other name of the article was joined to this entity: (name, rule), the rule one
    #: of :data:`MERGE_RULES`; the graph records it for every ``skos:altLabel``
    merges: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Fact:
    """A relation between two entities stated in the text (``leaderOf``, ``subsidiaryOf`` …)."""

    subject: str
    relation: str
    object: str
    evidence: Span


@dataclass(frozen=True, slots=True, kw_only=True)
class Trace:
    """How the extractor read an event, kept for its confidence (:mod:`kg_builder.calibration`)
    and not written to the graph: the trigger's part of speech and the light verb that governs a
    noun trigger ("held talks": ``NOUN``, ``hold``); the trigger's own event class, before the
    conventions read the pair (the event's type differs when they re-read it); and for agent and
    target, how many tokens lie between the mention the event was read from and the verb it
    depends on (the light verb, else the trigger), and how many clause boundaries the dependency
    path between them crosses (-1 for both when the mention is in another sentence)."""

    pos: str = ""
    light: str = ""
    event: str = ""
    agent_gap: int = 0
    target_gap: int = 0
    agent_clauses: int = 0
    target_clauses: int = 0


@dataclass(frozen=True, slots=True)
class Event:
    """An event between two entities, with the sentence it was read from.

    Coordinated actors ("the US and the EU imposed sanctions") give one event per pair.
    Before resolution ``agent``/``target`` hold mention references (``"m:12"``); after it,
    entity keys (``"state/BLR"``).
    """

    type: str
    agent: str
    target: str | None
    evidence: Span
    trigger: str
    confidence: float = 0.8
    polarity: Polarity = "positive"
    modality: Modality = "asserted"
    reported_by: str | None = None
    time_text: str | None = None
    date: str | None = None
    date_precision: str | None = None
    place: str | None = None
    #: how the extractor read it (for its confidence only; ``None`` for events made by hand)
    trace: Trace | None = None

@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read out of one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    facts: tuple[Fact, ...] = ()
    words: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Failure:
    """An article (or input line) that could not be built, and why."""

    source: str
    reason: str
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class FieldWarning:
    """An optional field of an article (url, title, date) that was dropped, and why; the
    article itself was read."""

    source: str
    reason: str
    article_id: str | None = None


@dataclass(slots=True)
class ArticleResult:
    """What happened to one article in a build."""

    article_id: str
    triples: int = 0
    entities: int = 0
    events: int = 0
    quarantined: bool = False
    skipped_unchanged: bool = False
    report: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    #: optional fields of the article's input that were dropped, and why
    warnings: tuple[str, ...] = ()


@dataclass(slots=True)
class Reading:
    """What one article's text says, before resolution."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    positions: dict[int, list[str]] = field(default_factory=dict)  # mention id → titles
    demonyms: list[tuple[str, int]] = field(default_factory=list)  # ("BLR", sentence) per "Belarusian"
    facts: list[Fact] = field(default_factory=list)  # subject/object as mention refs ("m:3")
    words: int = 0
    #: a sports report: a bare surname there is no one of the actor dictionary ("Brown scored")
    sport: bool = False
