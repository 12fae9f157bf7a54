"""The extractor's rule data and its code cannot drift apart (kg_builder/extract/rules.py)."""

from __future__ import annotations

import ast
import dataclasses
import json
from pathlib import Path

import pytest

from kg_builder.errors import ValidationSetupError
from kg_builder.extract import rules
from kg_builder.extract.acronyms import AcronymRules
from kg_builder.extract.addressees import AddresseeRules
from kg_builder.extract.advocates import AdvocateRules
from kg_builder.extract.alternatives import AlternativeRules
from kg_builder.extract.and_companies import AndCompanyRules
from kg_builder.extract.appositives import AppositiveRules
from kg_builder.extract.arrivals import ArrivalRules
from kg_builder.extract.associations import AssociationRules
from kg_builder.extract.audiences import AudienceRules
from kg_builder.extract.bands import BandsRules
from kg_builder.extract.bodies import BodyRules
from kg_builder.extract.causes import CauseRules
from kg_builder.extract.cautions import CautionRules
from kg_builder.extract.capital_cities import CapitalCityRules
from kg_builder.extract.central_banks import CentralBankRules
from kg_builder.extract.characters import CharacterRules
from kg_builder.extract.charities import CharityRules
from kg_builder.extract.closing_speakers import ClosingSpeakerRules
from kg_builder.extract.commentators import CommentatorRules
from kg_builder.extract.company_cues import CompanyCueRules
from kg_builder.extract.company_homes import CompanyHomeRules
from kg_builder.extract.constructions import PASSES
from kg_builder.extract.conventions import ConventionRules
from kg_builder.extract.courts import CourtRules
from kg_builder.extract.cut_titles import CutTitleRules
from kg_builder.extract.creditors import CreditorRules
from kg_builder.extract.dates import DateRules
from kg_builder.extract.deals import DealRules
from kg_builder.extract.descriptions import DescriptionRules
from kg_builder.extract.documents import DocumentRules
from kg_builder.extract.done_acts import DoneActRules
from kg_builder.extract.emit import EmitRules
from kg_builder.extract.employers import EmployerRules
from kg_builder.extract.entities import MentionRules
from kg_builder.extract.excepted import ExceptedRules
from kg_builder.extract.existentials import ExistentialRules
from kg_builder.extract.expletives import ExpletiveRules
from kg_builder.extract.filings import FilingRules
from kg_builder.extract.finite_clauses import FiniteClauseRules
from kg_builder.extract.firms import FirmRules
from kg_builder.extract.forces import ForceRules
from kg_builder.extract.forenames import ForenameRules
from kg_builder.extract.framing import FramingRules
from kg_builder.extract.fronted import FrontedRules
from kg_builder.extract.full_names import FullNamesRules
from kg_builder.extract.generic import GenericRules
from kg_builder.extract.goals import GoalRules
from kg_builder.extract.locales import LocaleRules
from kg_builder.extract.joint_acts import JointActRules
from kg_builder.extract.grounds import GroundsRules
from kg_builder.extract.guessed_places import GuessedPlaceRules
from kg_builder.extract.heads_after import HeadsAfterRules
from kg_builder.extract.homes import HomeRules
from kg_builder.extract.impersonal import ImpersonalRules
from kg_builder.extract.inability import InabilityRules
from kg_builder.extract.intergovernmental import IntergovernmentalRules
from kg_builder.extract.irony import IronyRules
from kg_builder.extract.joined_names import JoinedNameRules
from kg_builder.extract.kind_phrases import KindPhraseRules
from kg_builder.extract.leaders import LeaderRules
from kg_builder.extract.leisure import LeisureRules
from kg_builder.extract.listed_kinds import ListedKindRules
from kg_builder.extract.matters import MatterRules
from kg_builder.extract.members import MemberRules
from kg_builder.extract.non_names import NonNameRules
from kg_builder.extract.noun_clauses import NounClauseRules
from kg_builder.extract.office_groups import OfficeGroupRules
from kg_builder.extract.officers import OfficerRules
from kg_builder.extract.opponents import OpponentsRules
from kg_builder.extract.ordered import OrderedRules
from kg_builder.extract.origins import OriginRules
from kg_builder.extract.owners import OwnerRules
from kg_builder.extract.pairs import PairRules
from kg_builder.extract.patients import PatientRules
from kg_builder.extract.reduced_passives import ReducedPassiveRules
from kg_builder.extract.peerages import PeeragesRules
from kg_builder.extract.permitted import PermittedRules
from kg_builder.extract.person_firms import PersonFirmRules
from kg_builder.extract.places import PlaceRules
from kg_builder.extract.polarity_items import PolarityItemRules
from kg_builder.extract.products import ProductRules
from kg_builder.extract.proposals import ProposalRules
from kg_builder.extract.prospects import ProspectRules
from kg_builder.extract.provoked import ProvokedRules
from kg_builder.extract.public_bodies import PublicBodyRules
from kg_builder.extract.reports import ReportRules
from kg_builder.extract.representatives import RepresentativeRules
from kg_builder.extract.requested import RequestedRules
from kg_builder.extract.results import ResultsRules
from kg_builder.extract.rules import Trigger, Words, build_record, lexicon, load_section
from kg_builder.extract.settings import SettingRules
from kg_builder.extract.sheets import SheetsRules
from kg_builder.extract.short_names import ShortNameRules
from kg_builder.extract.side_lists import SideListRules
from kg_builder.extract.sides import SidesRules
from kg_builder.extract.speakers import SpeakerRules
from kg_builder.extract.state_names import StateNameRules
from kg_builder.extract.surname_words import SurnameWordRules
from kg_builder.extract.syntax import ControlRules, SyntaxRules
from kg_builder.extract.things import ThingRules
from kg_builder.extract.title_appositions import TitleAppositionRules
from kg_builder.extract.title_cues import TitleCueRules
from kg_builder.extract.titled_conjuncts import TitledConjunctRules
from kg_builder.extract.told_apart import ToldApartRules
from kg_builder.extract.towns import TownsRules
from kg_builder.extract.tagged_places import TaggedPlaceRules
from kg_builder.extract.traces import TraceRules
from kg_builder.extract.trades import TradeRules
from kg_builder.extract.undecided import UndecidedRules
from kg_builder.extract.unfulfilled import UnfulfilledRules
from kg_builder.extract.transfers import TransfersRules
from kg_builder.extract.unplaced import UnplacedRules
from kg_builder.extract.victims import VictimRules
from kg_builder.extract.work_lists import WorkListRules
from kg_builder.extract.whole_names import WholeNameRules
from kg_builder.extract.work_syntax import WorkSyntaxRules

PACKAGE = Path(__file__).resolve().parents[2] / "kg_builder" / "extract"
SECTIONS_DIR = PACKAGE.parent / "rules" / "extract"

#: every section file and the dataclass that reads it
SECTIONS = {
    "mentions": MentionRules, "bodies": BodyRules, "framing": FramingRules, "emit": EmitRules,
    "conventions": ConventionRules, "speakers": SpeakerRules, "syntax": SyntaxRules,
    "leaders": LeaderRules,
    "control": ControlRules, "things": ThingRules, "unplaced": UnplacedRules, "places": PlaceRules,
    "full_names": FullNamesRules,
    "products": ProductRules, "sides": SidesRules, "grounds": GroundsRules,
    "transfers": TransfersRules,
    "peerages": PeeragesRules, "intergovernmental": IntergovernmentalRules,
    "associations": AssociationRules, "central_banks": CentralBankRules,
    "capital_cities": CapitalCityRules,
    "charities": CharityRules, "causes": CauseRules,
    "heads_after": HeadsAfterRules, "listed_kinds": ListedKindRules,
    "towns": TownsRules, "tagged_places": TaggedPlaceRules, "forenames": ForenameRules,
    "joined_names": JoinedNameRules, "whole_names": WholeNameRules,
    "state_names": StateNameRules, "kind_phrases": KindPhraseRules,
    "prospects": ProspectRules, "advocates": AdvocateRules, "leisure": LeisureRules,
    "courts": CourtRules, "filings": FilingRules,
    "members": MemberRules, "short_names": ShortNameRules, "acronyms": AcronymRules,
    "owners": OwnerRules,
    "descriptions": DescriptionRules,
    "reports": ReportRules, "work_syntax": WorkSyntaxRules, "pairs": PairRules,
    "fronted": FrontedRules, "firms": FirmRules, "forces": ForceRules, "excepted": ExceptedRules,
    "creditors": CreditorRules, "patients": PatientRules,
    "reduced_passives": ReducedPassiveRules, "commentators": CommentatorRules,
    "company_cues": CompanyCueRules, "non_names": NonNameRules,
    "company_homes": CompanyHomeRules,
    "person_firms": PersonFirmRules, "public_bodies": PublicBodyRules,
    "and_companies": AndCompanyRules,
    "documents": DocumentRules, "addressees": AddresseeRules,
    "impersonal": ImpersonalRules, "generic": GenericRules, "officers": OfficerRules,
    "office_groups": OfficeGroupRules, "origins": OriginRules, "homes": HomeRules,
    "proposals": ProposalRules, "polarity_items": PolarityItemRules,
    "done_acts": DoneActRules, "dates": DateRules, "finite_clauses": FiniteClauseRules,
    "noun_clauses": NounClauseRules,
    "existentials": ExistentialRules, "traces": TraceRules,
    "inability": InabilityRules, "unfulfilled": UnfulfilledRules, "undecided": UndecidedRules,
    "alternatives": AlternativeRules,
    "arrivals": ArrivalRules, "requested": RequestedRules, "victims": VictimRules,
    "settings": SettingRules, "goals": GoalRules, "appositives": AppositiveRules,
    "matters": MatterRules, "locales": LocaleRules,
    "settings": SettingRules, "goals": GoalRules, "ordered": OrderedRules,
    "employers": EmployerRules, "permitted": PermittedRules, "appositives": AppositiveRules,
    "deals": DealRules, "expletives": ExpletiveRules,
    "irony": IronyRules, "results": ResultsRules, "bands": BandsRules, "sheets": SheetsRules,
    "opponents": OpponentsRules, "side_lists": SideListRules,
    "provoked": ProvokedRules, "told_apart": ToldApartRules, "title_cues": TitleCueRules,
    "title_appositions": TitleAppositionRules, "cut_titles": CutTitleRules,
    "titled_conjuncts": TitledConjunctRules, "representatives": RepresentativeRules,
    "closing_speakers": ClosingSpeakerRules, "work_lists": WorkListRules, "cautions": CautionRules,
    "surname_words": SurnameWordRules,
    "guessed_places": GuessedPlaceRules, "joint_acts": JointActRules,
    "characters": CharacterRules, "audiences": AudienceRules, "trades": TradeRules,
    **{c.name: type(c().rules) for stage in PASSES for c in stage if hasattr(c(), "rules")},
}


def _attributes_read() -> set[str]:
    """Every attribute name the extract package reads (``x.name`` anywhere in its code)."""
    names: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute):
                names.add(node.attr)
    return names


def test_every_section_file_has_a_reader_and_loads():
    files = {p.stem for p in SECTIONS_DIR.glob("*.json")}
    assert files == set(SECTIONS), f"files without a reader: {files - set(SECTIONS)}"
    for name, schema in SECTIONS.items():
        assert dataclasses.is_dataclass(load_section(name, schema))


@pytest.mark.parametrize("schema", [Trigger, *SECTIONS.values()], ids=lambda s: s.__name__)
def test_every_key_is_read_by_the_code(schema):
    """A rule key that nothing reads is dead data (the loader already refuses unknown keys)."""
    read = _attributes_read()
    unread = [f.name for f in dataclasses.fields(schema) if f.name not in read]
    assert not unread, f"{schema.__name__} keys nothing reads: {unread}"


def test_every_trigger_loads():
    lex = lexicon()
    assert sum(len(v) for v in (*lex.verbs.values(), *lex.nouns.values())) >= 300


@dataclasses.dataclass(frozen=True, kw_only=True)
class _Example:
    words: Words
    names: frozenset[str]
    confidence: float
    event: str = "Demand"


@pytest.mark.parametrize(("data", "message"), [
    ({"words": ["A"], "names": ["B"], "confidence": 0.5, "colour": "red"}, "unknown key"),
    ({"words": ["A"], "confidence": 0.5}, "missing key 'names'"),
    ({"words": "A", "names": [], "confidence": 0.5}, "expected a list"),
    ({"words": [], "names": [], "confidence": "high"}, "expected a number"),
    ({"words": [], "names": [], "confidence": True}, "expected a number"),
])
def test_the_loader_refuses_what_the_code_does_not_declare(data, message):
    with pytest.raises(ValidationSetupError, match=message) as caught:
        build_record(_Example, data, where="rules/extract/example.json")
    assert "rules/extract/example.json" in str(caught.value)



@pytest.mark.parametrize("records", [3])
def test_a_schema_s_type_hints_are_read_once(monkeypatch, records):
    """regression (perf9): the lexicon builds one Trigger per line of triggers.jsonl, and each
    build evaluated the dataclass's string annotations again (typing.get_type_hints, half of a
    worker's rule loading); they are read once per class."""
    calls = []
    real = rules.get_type_hints
    monkeypatch.setattr(rules, "get_type_hints", lambda *a, **k: calls.append(a) or real(*a, **k))

    @dataclasses.dataclass(frozen=True, kw_only=True)
    class Fresh:  # a class of its own, so no earlier build has cached it
        words: Words
        confidence: float

    built = [build_record(Fresh, {"words": ["Said"], "confidence": n / 10}, where="example")
             for n in range(records)]
    assert [b.words for b in built] == [frozenset({"said"})] * records
    assert len(calls) == 1


def test_words_are_lower_cased_names_keep_their_case():
    got = build_record(_Example, {"words": ["Say", "TELL"], "names": ["AG", "SA"],
                                  "confidence": 1, "_comment": "ignored"}, where="x")
    assert got == _Example(words=frozenset({"say", "tell"}), names=frozenset({"AG", "SA"}),
                           confidence=1.0)


def test_references_share_lists_between_sections():
    framing = json.loads((SECTIONS_DIR / "framing.json").read_text(encoding="utf-8"))
    demand = load_section("demand", SECTIONS["demand"])
    assert demand.verbs == frozenset(w.lower() for w in framing["report_verbs"])
    refusal = load_section("refusal", SECTIONS["refusal"])
    conventions = load_section("conventions", ConventionRules)
    assert refusal.not_rejecting_categories == conventions.hostile_categories | {
        "THREATEN", "DISAPPROVE"}


def test_a_reference_to_a_missing_key_is_an_error():
    with pytest.raises(ValidationSetupError, match="names no key"):
        build_record(_Example, {"words": "@framing.no_such_key", "names": [], "confidence": 1},
                     where="x")


def test_a_trigger_with_an_unknown_field_is_refused():
    with pytest.raises(ValidationSetupError, match=r"unknown key.*agentless_ok"):
        build_record(Trigger, {"lemma": "arrest", "pos": "VERB", "event": "Arrest",
                               "agentless_ok": True}, where="rules/triggers.jsonl:1")
    assert rules.Trigger is Trigger
