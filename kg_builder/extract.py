"""Read mentions and events out of a parsed ``Doc``.

The output is plain records (:mod:`kg_builder.model`): mentions with what the text alone says
about them, and events whose agent and target still point at mentions (``"m:12"``). Deciding
which real-world entity a mention is — pronouns, surnames, "the government" — is the resolve
step's job.

Events come from trigger words (``rules/triggers.jsonl``) and the dependency parse:

- verbs: agent = subject (inherited through ``conj``/``xcomp``/``advcl``/``relcl``; the
  ``by``-phrase in the passive), target = direct object, passive subject, or the object of a
  listed preposition ("met with X");
- nouns: target = object of a listed preposition ("sanctions against X"), agent = subject of
  the light verb that governs the noun ("the US imposed sanctions"), the possessor or a named
  modifier ("US sanctions"), or a ``by``-phrase;
- coordination gives one event per (agent, target) pair; ``neg`` and modal/hedge words mark
  polarity and modality; a governing verb of saying gives ``reported_by``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from .gazetteer import Gazetteer, gazetteer, normalise
from .model import PLACE_KINDS, Article, Event, Fact, Mention, Reading, Span
from .ontology import event_info
from .rules import Rules, Trigger, load_rules

__all__ = ["read_doc"]

_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "PRODUCT"}
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f",
             "hers": "f", "herself": "f"}
_IT_PRONOUNS = {"it", "its", "itself"}
_THEY_PRONOUNS = {"they", "them", "their", "themselves"}
_ORG_KINDS = frozenset({"Organization", "Company", "GovernmentBody", "PoliticalParty",
                        "IntergovernmentalOrganization", "MediaOrganization",
                        "NonGovernmentalOrganization"})
_JUNK_ENTITY = re.compile(r"[_\d\[\]]|^\W+$")
_LEADING_JUNK = re.compile(r"^[\s\"“”'‘’«»„–—-]+")


@cache
def _words_regex(words: frozenset[str]) -> re.Pattern[str]:
    """One pattern matching any of ``words`` as whole words."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b")


class _Reader:
    def __init__(self, doc: Doc, article: Article, rules: Rules, gaz: Gazetteer,
                 min_confidence: float) -> None:
        self.doc = doc
        self.article = article
        self.rules = rules
        self.gaz = gaz
        self.tokens = list(doc)  # spaCy makes a new Token object at every iteration: once here
        self.out = Reading(article=article,
                           words=sum(1 for t in self.tokens if not t.is_space and not t.is_punct))
        self.by_token: dict[int, int] = {}  # token index → mention id
        self.sent_index = {s.start: n for n, s in enumerate(doc.sents)}
        self.min_confidence = min_confidence
        self.person_names: set[str] = set()  # surnames and full names of people seen so far
        self.acronyms: dict[str, int] = {}  # "MASSOB" → the mention of the organisation it abbreviates
        self.role_phrases: list[tuple[int, SpacySpan, str]] = []  # person, title phrase, title

    # ---------------------------------------------------------------- mentions
    def _sentence_of(self, token: Token) -> int:
        return self.sent_index.get(token.sent.start, 0)

    def _add(self, start: int, end: int, *, name: str, how: str, kind: str | None,
             hint: str | None = None, title: str | None = None) -> int:
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
                sentence=self._sentence_of(root),
                is_subject=root.dep_ in ("nsubj", "nsubjpass") or (
                    root.dep_ in ("appos", "compound") and root.head.dep_ in ("nsubj", "nsubjpass")),
                hint=hint,
                title=title,
            )
        )
        for i in range(start, end):
            self.by_token.setdefault(i, mid)
        return mid

    def classify(self, ent: SpacySpan, label: str) -> tuple[str, str, str | None] | None:
        """(kind, how, hint) for a named-entity span, or None when it is not an actor/place."""
        text = ent.text.strip()
        if not text or _JUNK_ENTITY.search(text) or len(text) < 2:
            return None
        if label == "PERSON" and "-" in text and all(
            self.gaz.person(p) or p[:1].isupper() for p in text.split("-")
        ) and len(text.split("-")) == 2 and all(len(p) > 2 for p in text.split("-")):
            return None  # "Putin-Lukashenko": two people glued together, not one
        state = self.gaz.state(text)
        if state is not None:
            country, how = state
            if how == "demonym":
                self.out.demonyms.append((country.iso3, self._sentence_of(ent.root)))
                return None  # a demonym alone is an attribute; demonym + noun is handled below
            if how == "metonym" and country.capital and normalise(text) == normalise(country.capital):
                root = ent.root
                if (root.dep_ == "pobj" and root.head.lower_ in self.rules.locative_preps) or (
                        root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ in ("NOUN", "PROPN")
                        and root.head.lemma_.lower() not in self.rules.state_agent_nouns):
                    # "met in Minsk", "the party's London HQ": the city
                    return ("City", "capital", country.iso3)
                return ("State", "metonym", country.iso3)  # "Moscow cannot afford to lose it"
            return ("State", how, country.iso3)
        if len(text.split()) == 1 and (text.lower() in self.rules.state_nouns or self.doc.vocab[text.lower()].is_stop):
            return None
        if label != "PERSON" and normalise(text) in self.person_names:
            return ("Person", "name", None)  # "Babarika" tagged ORG after "Viktor Babarika"
        org = self.gaz.org(text)
        if org is not None:
            return (org.kind, "name", org.country)
        person = self.gaz.person(text)
        if person is not None and label in ("PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART"):
            return ("Person", "name", person.country)
        words = text.split()
        last = words[-1].lower().strip(".,")
        if label in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART"):
            org_kind = self._org_kind(words)
            if org_kind:
                return (org_kind, "name", None)
            if label != "PERSON" and 2 <= len(words) <= 3 and words[0] in self.rules.given_names and all(
                    w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
                return ("Person", "name", None)  # "Viktor Babarika" tagged ORG
        if label == "PERSON":
            if any(w.lower() in self.rules.titles for w in words[-1:]):
                return None
            root = ent.root
            if (len(words) == 1 and root.dep_ == "pobj" and root.head.lower_ in self.rules.locative_preps
                    and normalise(text) in self.gaz.cities):
                return ("City", "name", None)  # "protested in Lyon", tagged PERSON
            return ("Person", "name", None)
        if label == "ORG":
            return ("Organization", "name", None)
        if label == "GPE":
            return ("City", "name", None)
        if label in ("LOC", "FAC"):
            return ("Region" if label == "LOC" else "Place", "name", None) if last not in {"street"} else None
        return None

    def _org_kind(self, words: list[str]) -> str | None:
        last = words[-1].strip(",")
        low = [w.lower() for w in words]
        if last in self.rules.company_suffixes or last.lower().endswith("bank") or any(
            w in self.rules.company_heads for w in low[-1:]):
            return "Company"
        joined = " ".join(low)
        if _words_regex(self.rules.government_words).search(joined):
            return "GovernmentBody"
        if low[-1] in self.rules.party_words:
            return "PoliticalParty"
        if low[-1] in self.rules.media_words:
            return "MediaOrganization"
        return None

    def collect_pronouns(self) -> None:
        """Every personal pronoun is a mention, so coreference is resolved (and measurable) for
        all of them, not only for those an event needs."""
        for token in self.tokens:
            if token.pos_ == "PRON" and token.lower_ in _PRONOUNS and token.i not in self.by_token:
                self.mention_for(token)

    def collect_entities(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ not in _ENTITY_LABELS:
                continue
            start, end = ent.start, ent.end
            while start < end and self.doc[start].lower_ == "the":
                start += 1
            while end > start and self.doc[end - 1].is_punct or (
                    end > start and self.doc[end - 1].lower_ in ("'s", "’s")):
                end -= 1
            if start >= end:
                continue
            label = ent.label_
            if end - start > 1 and self.doc[start].lower_.rstrip(".") in self.rules.honorifics and (
                    self.doc[start + 1].is_title):
                label = "PERSON"  # "Mr Ebbers" tagged ORG is a person
            if label == "PERSON":
                while end - start > 1 and self.doc[start].lower_.rstrip(".") in self.rules.honorifics:
                    start += 1  # "Mr Blair" is Blair
            span = self.doc[start:end]
            if self._acronym_of(span):
                continue
            found = self.classify(span, label)
            if found is None:
                continue
            kind, how, hint = found
            title = self._title_before(span) if kind == "Person" else None
            mid = self._add(start, end, name=span.text, how=how, kind=kind, hint=hint, title=title)
            if kind == "Person":
                if title:  # "US Secretary of State Mike Pompeo": the whole phrase before the name
                    self.role_phrases.append((mid, self._phrase_before(span), title))
                self._appositive_titles(mid, span)
                self.person_names.update((normalise(span.text), normalise(span[-1].text)))
        for mid, phrase, title in self.role_phrases:
            self._affiliation(mid, phrase, title)

    def _phrase_before(self, span: SpacySpan) -> SpacySpan:
        i = span.start
        while i > 0 and i > span.start - 6 and not self.doc[i - 1].is_punct and (
                self.doc[i - 1].pos_ in ("PROPN", "NOUN", "ADP", "ADJ")) and (
                self.doc[i - 1].ent_type_ != "PERSON"):
            i -= 1
        return self.doc[i:span.start]

    def _affiliation(self, mid: int, phrase: SpacySpan, title: str) -> None:
        """'US Secretary of State Mike Pompeo' employedBy the United States; 'Donald Trump, the
        President of the United States' leaderOf it; 'Gleb Pavlovsky, a former Kremlin adviser'
        affiliatedWith Russia; 'X, the founder of Sense Analytics' founderOf it."""
        named = [self.by_token[t.i] for t in phrase if t.i in self.by_token and self.by_token[t.i] != mid]
        # an organisation named in the phrase before a state ("founder of the Minsk-based firm X")
        other = next((m for m in named if self.out.mentions[m].kind in _ORG_KINDS),
                     next((m for m in named if self.out.mentions[m].kind == "State"), None))
        if other is None:
            for tok in phrase:
                hit = self.gaz.state(tok.text) if tok.pos_ in ("PROPN", "ADJ") else None
                if hit is not None:  # "US", "Belarusian" not tagged as entities
                    other = self._add(tok.i, tok.i + 1, name=tok.text, how="demonym", kind="State",
                                      hint=hit[0].iso3)
                    break
        if other is None:
            return
        words = title.lower().split()
        head = words[-1] if words else ""
        org = self.out.mentions[other].kind in _ORG_KINDS
        if head in self.rules.founder_titles:
            if not org:
                return
            relation = "founderOf"
        elif any(w in self.rules.former_words for w in phrase.text.lower().split()):
            relation = "affiliatedWith"  # a former adviser is no longer employed
        elif " ".join(words) in self.rules.head_titles or head in self.rules.head_titles:
            relation = "leaderOf"
        else:
            relation = "employedBy"
        self.out.facts.append(Fact(subject=f"m:{mid}", relation=relation, object=f"m:{other}",
                                   evidence=self._sentence_span(phrase.root)))

    def _acronym_of(self, span: SpacySpan) -> bool:
        """'the Movement for … of Biafra (MASSOB)': an acronym in brackets right after a named
        organisation is that organisation, here and wherever the article uses it again."""
        text = span.text
        if not (text.isupper() and text.replace("-", "").replace("/", "").isalpha() and 2 <= len(text) <= 10):
            return False
        if text in self.acronyms:
            mid = self.acronyms[text]
        else:
            if not (span.start >= 2 and self.doc[span.start - 1].text == "("
                    and span.end < len(self.doc) and self.doc[span.end].text == ")"):
                return False
            mid = self.by_token.get(span.start - 2)
            if mid is None or self.out.mentions[mid].kind not in _ORG_KINDS:
                return False
            self.acronyms[text] = mid
        for i in range(span.start, span.end):
            self.by_token.setdefault(i, mid)
        return True

    def _title_before(self, span: SpacySpan) -> str | None:
        """'US Secretary of State Mike Pompeo' → 'Secretary of State'."""
        i = span.start - 1
        words: list[str] = []
        while i >= 0 and i >= span.start - 5:
            tok = self.doc[i]
            if tok.ent_type_ == "PERSON" or tok.is_punct or tok.pos_ not in ("PROPN", "NOUN", "ADP"):
                break
            words.insert(0, tok.text)
            i -= 1
        while words and words[0].lower() in ("of",):
            words.pop(0)
        for n in range(len(words)):
            candidate = " ".join(words[n:]).lower()
            if candidate in self.rules.titles:
                return " ".join(words[n:])
        return None

    def _appositive_titles(self, mid: int, span: SpacySpan) -> None:
        for child in span.root.children:
            if child.dep_ == "appos" and child.lemma_.lower() in self.rules.titles:
                self._appositive(mid, child)
        head = span.root.head
        if span.root.dep_ == "appos" and head.lemma_.lower() in self.rules.titles:
            self._appositive(mid, head)

    def _appositive(self, mid: int, title: Token) -> None:
        """'Donald Trump, the President of the United States': a position, and the affiliation."""
        end = title.i + 1
        tail = [c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"]
        if tail:
            end = tail[0].right_edge.i + 1
        span = self.doc[title.left_edge.i:end]
        phrase = re.sub(r"^(a|an|the)\s+", "", span.text, flags=re.I)
        self.out.positions.setdefault(mid, []).append(phrase)
        self.role_phrases.append((mid, span, title.text))

    # ---------------------------------------------------------------- arguments
    def mention_for(self, token: Token, *, depth: int = 0) -> int | None:
        """The mention a syntactic argument refers to, creating one for pronouns, groups,
        demonym phrases and definite descriptions."""
        if token.i in self.by_token:
            return self.by_token[token.i]
        if depth > 2:
            return None
        low = token.lower_
        if token.ent_type_ == "NORP":
            # "the Palestinians reject …", "Hungarian and Romanian officials": the people of a
            # state acting as one are that state.
            ent = next((e for e in self.doc.ents if e.start <= token.i < e.end), None)
            hit = self.gaz.state(ent.text) if ent is not None else None
            people = self._people_group(token, ent) if hit is None and ent is not None else None
            if people is not None:
                return people  # "Tibetans", "Iraqi Kurds": see "groups of people"
            if hit is not None and ent is not None:
                if token.i == ent.end - 1 and token.tag_ in ("NNS", "NNPS"):
                    # "ethnic Albanians demonstrated", "the Palestinians reject": a people, not
                    # the state's government — a group named after it.
                    mods = [c for c in token.children if c.dep_ == "amod" and c.i < ent.start]
                    start = min([m.i for m in mods] + [ent.start])
                    return self._add(start, ent.end, name=self.doc[start:ent.end].text,
                                     how="group", kind="Group", hint=hit[0].iso3)
                return self._add(ent.start, ent.end, name=ent.text, how="demonym", kind="State",
                                 hint=hit[0].iso3)
        if token.pos_ == "PRON":
            if low in _PRONOUNS:
                mid = self._add(token.i, token.i + 1, name=token.text, how="pronoun", kind="Person")
                if token.dep_ not in ("nsubj", "nsubjpass", "poss"):
                    # "Lukashenko accused Moscow of pressing him": not Moscow, who presses
                    verb = token.head.head if token.head.pos_ == "ADP" else token.head
                    subjects = self.subjects(verb)
                    mates = [self.by_token[t.i] for t in subjects if t.i in self.by_token]
                    if mates or not subjects:  # -1: its clause has no subject of its own
                        self.out.mentions[mid] = replace(self.out.mentions[mid],
                                                         clause_subject=mates[0] if mates else -1)
                return mid
            if low in _IT_PRONOUNS:
                return self._add(token.i, token.i + 1, name=token.text, how="pronoun", kind=None)
            if low in _THEY_PRONOUNS:
                return self._add(token.i, token.i + 1, name=token.text, how="pronoun", kind="Plural")
            return None
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        if token.pos_ == "PROPN" and not token.ent_type_:
            # a name the statistical NER missed, with an organisation cue: "Russia's Gazprombank"
            start = min([c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                        + [token.i])
            words = [t.text for t in self.doc[start:token.i + 1]]
            known = self.gaz.org(" ".join(words))
            kind = known.kind if known is not None else self._org_kind(words)
            if kind:
                return self._add(start, token.i + 1, name=" ".join(words), how="name", kind=kind)
        # "The President of the United States, Donald Trump" → Trump.
        for child in token.children:
            if child.dep_ == "appos":
                found = self.mention_for(child, depth=depth + 1)
                if found is not None and self.out.mentions[found].kind == "Person":
                    return found
        lemma = token.lemma_.lower()
        state_mod = self._state_modifier(token)
        if lemma in self.rules.leader_titles and token.tag_ in ("NN", "NNP") and token.dep_ != "compound":
            if state_mod is not None or any(c.lower_ == "the" for c in token.children):
                return self._add(token.left_edge.i if state_mod else token.i, token.i + 1,
                                 name=self.doc[token.left_edge.i:token.i + 1].text, how="role",
                                 kind=None, hint=state_mod, title=lemma)
        rebel_mod = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.rules.groups
                        and c.lemma_.lower() not in self.rules.state_agent_nouns
                        for c in token.children)  # "Afghan rebel leaders" are no government
        if lemma in self.rules.state_nouns and state_mod is None:
            for prep in token.children:  # "the military government of President Prosper Avril"
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj" and obj.i in self.by_token and (
                                self.out.mentions[self.by_token[obj.i]].kind == "Person"):
                            return self.by_token[obj.i]
        if not rebel_mod and (lemma in self.rules.state_nouns
                              or (state_mod is not None and lemma in self.rules.state_agent_nouns)):
            if state_mod is not None:
                return self._add(token.i, token.i + 1, name=token.text, how="demonym",
                                 kind="State", hint=state_mod)
            if lemma in self.rules.definite_state_nouns and any(
                    c.lower_ in ("the", "this", "that") for c in token.children if c.dep_ == "det"):
                return self._add(token.i, token.i + 1, name=token.text, how="definite", kind="State")
        if lemma in self.rules.groups:
            named = self._named_part(token, depth=depth)
            if named is not None:
                return named
            mods = [c for c in token.children if c.dep_ in ("compound", "amod")
                    and c.i < token.i and c.lower_ not in self.rules.group_modifier_stop
                    and c.pos_ in ("NOUN", "ADJ", "PROPN") and c.i not in self.by_token]
            start = mods[0].i if mods else token.i
            words = [t.text for t in self.doc[start:token.i + 1]
                     if t.lower_ not in self.rules.group_modifier_stop and not t.like_num]
            name = " ".join(words) + self._group_affiliation(token)  # "supporters of X"
            return self._add(start, token.i + 1, name=name, how="group", kind="Group")
        if lemma in self.rules.unit_nouns:
            unit = self._sub_unit(token, depth=depth)
            if unit is not None:
                return unit
        # "Serbia's suppression of the unrest", "Russia's invasion of Ukraine": the possessor
        for child in token.children:
            if child.dep_ == "poss" and child.i in self.by_token and lemma not in self.rules.unit_nouns:
                if self.out.mentions[self.by_token[child.i]].kind not in PLACE_KINDS:
                    return self.by_token[child.i]
        # "the activities of X" → X; "official contact with X", "ties with X" → X
        links = ("of", "with") if lemma in self.rules.relation_nouns else ("of",)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in links:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = self.mention_for(obj, depth=depth + 1)
                        if found is not None:
                            return found
        for child in token.children:
            if child.dep_ in ("compound", "poss", "nmod") and child.i in self.by_token:
                m = self.out.mentions[self.by_token[child.i]]
                if m.kind not in PLACE_KINDS and lemma not in self.rules.unit_nouns:
                    return self.by_token[child.i]
        # "an Indian proposal", "Belarus's rulers": the state behind a thing or a role
        if state_mod is not None and lemma not in self.rules.groups and lemma not in self.rules.company_heads:
            return self._add(token.i, token.i + 1, name=token.text, how="demonym", kind="State",
                             hint=state_mod)
        return None

    def _sub_unit(self, token: Token, *, depth: int) -> int | None:
        """'the U.N. war crimes court', 'the Belarusian branch of Russia's Gazprombank': a unit of
        a named organisation is an organisation of its own, ``subsidiaryOf`` the parent."""
        parent: int | None = None
        end = token.i + 1
        for child in token.children:
            if child.dep_ in ("compound", "poss", "nmod") and child.i < token.i and child.i in self.by_token:
                if self.out.mentions[self.by_token[child.i]].kind in _ORG_KINDS:
                    parent = self.by_token[child.i]
        if parent is None:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for obj in child.children:
                        found = self.mention_for(obj, depth=depth + 1) if obj.dep_ == "pobj" else None
                        if found is not None and self.out.mentions[found].kind in _ORG_KINDS:
                            parent, end = found, obj.i + 1
        if parent is None:
            return None
        start = token.left_edge.i
        while start < token.i and (self.doc[start].dep_ == "det" or self.doc[start].is_punct):
            start += 1
        kind = self.out.mentions[parent].kind
        kind = "Company" if kind == "Company" else "Organization"
        mid = self._add(start, end, name=self.doc[start:end].text, how="name", kind=kind)
        sent = self._sentence_span(token)
        self.out.facts.append(Fact(subject=f"m:{mid}", relation="subsidiaryOf",
                                   object=f"m:{parent}", evidence=sent))
        return mid

    def _named_part(self, token: Token, *, depth: int) -> int | None:
        """The organisation or state behind a collective: 'Hezbollah guerrillas', 'U.N.
        inspectors', 'inspectors of the IAEA', 'a group of Moroccan diplomats'."""
        # a state's rebels or inhabitants are not the state; a person's supporters are not the person
        not_behind = {None, "Person", "State", *PLACE_KINDS}
        for child in token.children:
            if child.dep_ in ("compound", "nmod") and child.i < token.i and child.i in self.by_token:
                if self.out.mentions[self.by_token[child.i]].kind not in not_behind:
                    return self.by_token[child.i]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    found = self.mention_for(obj, depth=depth + 1)
                    if found is not None and (
                            token.lemma_.lower() in self.rules.partitive_nouns
                            or self.out.mentions[found].kind not in not_behind
                            # "leaders of Romania's new government" act for Romania
                            or obj.lemma_.lower() in self.rules.state_nouns):
                        return found
        return None

    def _state_modifier(self, token: Token) -> str | None:
        """ISO alpha-3 of a demonym/state modifier: 'Russian officials', 'US officials',
        "Russia's government", 'the government of Belarus'."""
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i < token.i:
                hit = self.gaz.state(child.text)
                if hit is None and child.ent_type_ in ("GPE", "NORP"):
                    ent = next((e for e in self.doc.ents if e.start <= child.i < e.end), None)
                    hit = self.gaz.state(ent.text) if ent is not None else None
                if hit is not None and hit[0].capital and normalise(child.text) == normalise(
                        hit[0].capital) and token.lemma_.lower() not in self.rules.state_agent_nouns:
                    continue  # "the party's London HQ" is in London, not Britain's
                if hit is not None:
                    return hit[0].iso3
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        hit = self.gaz.state(obj.text) or (
                            self.gaz.state(self.doc[obj.left_edge.i:obj.i + 1].text))
                        if hit is not None and hit[1] != "demonym":
                            return hit[0].iso3
        return None

    # ---------------------------------------------------------------- syntax helpers
    def _with_conjuncts(self, token: Token) -> list[Token]:
        """The token and the ones coordinated with it; 'Hungarian and Romanian officials', 'US
        and British forces' are the coordinated states' (the modifiers stand in for the noun)."""
        out: list[Token] = []
        for t in [token, *[c for c in token.conjuncts if c.i > token.i]]:
            mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i
                    and c.conjuncts and self.gaz.state(c.text) is not None]
            if mods and t.lemma_.lower() in self.rules.state_agent_nouns and all(
                    self.gaz.state(c.text) is not None for c in mods[0].conjuncts):
                out += [mods[0], *mods[0].conjuncts]
            else:
                out.append(t)
        return out

    def subjects(self, verb: Token, *, depth: int = 0) -> list[Token]:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        # "The Red Cross operating in Iraq said …" is parsed with the participle as the subject
        subj = [next((c for c in s.children if c.dep_ == "nsubj"), s)
                if s.pos_ == "VERB" and s.tag_ in ("VBG", "VBN") else s for s in subj]
        if subj:
            return [t for s in subj for t in self._with_conjuncts(s)]
        if depth > 3:
            return []
        head = verb.head
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            return self.subjects(head, depth=depth + 1)
        if verb.dep_ == "xcomp":
            objs = [c for c in head.children if c.dep_ == "dobj"]
            return self._with_conjuncts(objs[0]) if objs else self.subjects(head, depth=depth + 1)
        if verb.dep_ == "acomp" and head.pos_ in ("AUX", "VERB"):
            return self.subjects(head, depth=depth + 1)  # "Syria is willing to withdraw …"
        if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return self.subjects(head, depth=depth + 1)
        if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [head]
        return []

    def _prep_objects(self, token: Token, preps: tuple[str, ...]) -> list[Token]:
        """Objects of the first preposition in ``preps`` (preference order) that names a party;
        failing that, of the first one present."""
        first: list[Token] = []
        for prep in preps:
            objs = [t for child in token.children
                    if child.dep_ in ("prep", "dative") and child.lower_ == prep
                    for obj in child.children if obj.dep_ == "pobj"
                    for t in self._with_conjuncts(obj)]
            if objs and any(self.mention_for(t) is not None for t in objs):
                return objs
            first = first or objs
        return first

    _DEEP_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "acl", "dative", "nsubj",
                            "nsubjpass", "conj", "attr", "oprd", "appos"})
    _NOUN_DEEP_DEPS = frozenset({"prep", "pobj"})
    _MATTER_DEPS = frozenset({"prep", "pobj", "acl", "agent", "ccomp", "nsubj", "nsubjpass"})
    _TARGET_DEPS = frozenset({"dobj", "pobj", "dative", "nsubj", "nsubjpass", "attr", "poss",
                              "appos"})  # "denounced as a crime Serbia's suppression of …"

    def _clausal_targets(self, token: Token, *, exclude: set[Token],
                         deps: frozenset[str] | None = None,
                         first_hop: str | None = None, max_depth: int = 4) -> list[Token]:
        """The first party found inside the trigger's clause or object phrase, breadth first:
        'threatened to cut off electricity to X', 'demanded that X cancel …',
        'rejected an Indian proposal', 'threatened further action against X'."""
        deps = deps or self._DEEP_DEPS
        frontier = [c for c in token.children if c.dep_ in deps and c.dep_ != "nsubj"
                    and (first_hop is None or c.lower_ == first_hop)]
        seen: set[int] = {token.i}
        for _depth in range(max_depth):
            found = [t for t in frontier if t.dep_ in self._TARGET_DEPS and t not in exclude
                     and not any(t.i == e.i for e in exclude)
                     and self.mention_for(t) is not None
                     and self.out.mentions[self.mention_for(t)].kind not in PLACE_KINDS]
            if found:
                return self._with_conjuncts(found[0])
            nxt: list[Token] = []
            for t in frontier:
                seen.add(t.i)
                nxt.extend(c for c in t.children if c.dep_ in deps and c.i not in seen
                           and c.dep_ != "relcl")
            frontier = nxt
        return []

    def _passive_agent(self, token: Token) -> list[Token]:
        for child in token.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return self._with_conjuncts(obj)
        return []

    # ---------------------------------------------------------------- events
    def collect_events(self) -> None:
        for token in self.tokens:
            lemma, pos = token.lemma_.lower(), token.pos_  # each read is a StringStore lookup
            if lemma in self.rules.report_verbs and pos == "VERB":
                self._must_demand(token)
            if lemma in self.rules.refusal_verbs and pos == "VERB" and any(
                    c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children):
                self._refusal(token)
                continue  # "refused to …": the refused act decides (not the bare 'refuse' trigger)
            if lemma in self.rules.complaint_verbs and pos == "VERB" and (
                    self._complaint(token)):
                continue  # "Greece charged that Turkey …" is a complaint, not an indictment
            if pos == "VERB" and token.dep_ == "xcomp" and self._intent(token):
                self._expressed_intent(token)
            elif pos == "VERB" and lemma in self.rules.promised_acts and self._intent(token):
                self._expressed_intent(token)  # "Iraq said it would allow the return of …"
            if pos in ("VERB", "AUX") or (pos == "NOUN" and token.tag_.startswith("VB")):
                for trig in self._verb_triggers(token):  # "met their demands": a concession
                    if trig.confidence >= self.min_confidence:
                        self._verb_event(token, trig)
            elif pos in ("NOUN", "PROPN"):
                for trig in self.rules.nouns.get(lemma, ()):
                    if trig.confidence >= self.min_confidence:
                        self._noun_event(token, trig)
        self._protest_events()  # PROTEST family: see the section at the end

    def _verb_event(self, verb: Token, trig: Trigger) -> None:
        particle = None
        if trig.particle:
            # "crack down on X" (prt) or "pull out of X" (the parser makes "out" a prep/advmod)
            particle = next((c for c in verb.children if c.dep_ in ("prt", "prep", "advmod")
                             and c.lower_ == trig.particle), None)
            if particle is None:
                return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if trig.objects:
            self._object_event(verb, trig, passive=passive)
            return
        prep_targets = self._prep_objects(verb, trig.preps) if trig.preps else []
        if particle is not None and trig.preps and not prep_targets:
            prep_targets = self._prep_objects(particle, trig.preps)
        if trig.preps and not prep_targets:
            # "requested loans from Russia": the parser often hangs the preposition on the object.
            for obj in verb.children:
                if obj.dep_ == "dobj":
                    prep_targets = self._prep_objects(obj, trig.preps)
        if trig.requires_prep and not prep_targets:
            return
        if passive:
            agents = self._passive_agent(verb)
            targets = [t for c in verb.children if c.dep_ == "nsubjpass" for t in self._with_conjuncts(c)]
        else:
            agents = self.subjects(verb)
            targets = [] if trig.no_dobj_target else [
                t for c in verb.children if c.dep_ in ("dobj", "dative") and not self._speaker(c)
                for t in self._with_conjuncts(c)]
        if not any(self.mention_for(t) is not None for t in targets):
            targets = prep_targets
        between = self._prep_objects(verb, ("between",))
        if not any(self.mention_for(t) is not None for t in targets) and self._reciprocal(trig.event) and (
                sum(self.mention_for(a) is not None for a in agents) >= 2):
            targets = []  # "The United States and Jordan agreed upon a pact": each with the other
        elif not any(self.mention_for(t) is not None for t in targets) and not trig.requires_prep:
            conditional = self._condition_subjects(verb) if event_info(trig.event).plover == "THREATEN" else []
            targets = between or conditional or self._clausal_targets(verb, exclude=set(agents))
        self._emit(verb, trig, agents, targets)

    def _object_event(self, verb: Token, trig: Trigger, *, passive: bool) -> None:
        """A trigger that is one only with certain objects: 'lifted the curfew in X', 'eased
        restrictions on X', 'accepted demands from X', "met the rebels' demands". The target is
        found on the verb or the object (its prepositions, its possessor)."""
        objs = self._objects_of(verb, trig)
        if not objs:
            return
        obj = objs[0]
        targets = self._parties(self._prep_objects(verb, trig.preps))
        if not targets:
            targets = self._parties(self._prep_objects(obj, trig.preps))
        if not targets:
            targets = [c for c in obj.children if c.dep_ == "poss"]
        agents = self._passive_agent(verb) if passive else self.subjects(verb)
        self._emit(verb, trig, agents, targets)

    def _speaker(self, token: Token) -> bool:
        """'…, a human rights organization charged': an attribution tail misparsed as an object."""
        said = self.rules.report_verbs | self.rules.complaint_verbs
        return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in said and c.i > token.i
                   and not any(g.dep_ in ("dobj", "ccomp") for g in c.children) for c in token.children)

    @staticmethod
    def _objects_of(verb: Token, trig: Trigger) -> list[Token]:
        """The verb's objects (direct, or passive subjects) that ``trig.objects`` lists."""
        return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (
            c.lemma_.lower() in trig.objects
            or any(g.dep_ == "pobj" and g.lemma_.lower() in trig.objects  # "state of emergency"
                   for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children))]

    def _place(self, trigger: Token, light: Token | None) -> int | None:
        """Where it happened: a named place in a locative phrase of the trigger, its light verb or
        its object ('demonstrated in Kirkuk', 'imposed a curfew in the town of Cizre', 'exploded
        bombs in the capital Kabul')."""
        heads = [h for h in (trigger, light) if h is not None]
        heads += [c for h in list(heads) for c in h.children if c.dep_ == "xcomp"]  # "threatened to …"
        heads += [c for h in list(heads) for c in h.children if c.dep_ == "dobj"]
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in self.rules.locative_preps:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    # "the capital Kabul", "the town of Cizre", "Kirkuk"
                    candidates = [obj, *[c for c in obj.children if c.dep_ == "appos"],
                                  *[g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                                    for g in c.children if g.dep_ == "pobj"]]
                    for cand in candidates:
                        mid = self.by_token.get(cand.i)
                        if mid is not None and self.out.mentions[mid].kind in PLACE_KINDS:
                            return mid
        return None

    def _reciprocal(self, event: str) -> bool:
        """'X and Y agreed/met/clashed/signed a treaty': each acted on the other."""
        return (event in self.rules.reciprocal_events
                or event_info(event).plover in self.rules.reciprocal_categories)

    @staticmethod
    def _is_conditional(verb: Token) -> bool:
        """'… unless the junta holds elections' (an offer 'if they give us a veto' stays one)."""
        return any(clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "unless" for c in clause.children)
            for clause in verb.children)

    def _condition_subjects(self, verb: Token) -> list[Token]:
        """'X threatened to … unless/if Y …': the threat is aimed at Y."""
        heads = [verb, *[c for c in verb.children if c.dep_ == "xcomp"]]
        for head in heads:
            for clause in head.children:
                if clause.dep_ == "advcl" and any(
                        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
                    subjects = [t for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                                for t in self._with_conjuncts(c)]
                    if any(self.mention_for(t) is not None for t in subjects):
                        return subjects
        return []

    def _carrier(self, noun: Token) -> Token:
        """The phrase that stands in the clause for the trigger noun: '5.1 million dollars of
        aid', 'a shipment of weapons' → the measure noun; otherwise the noun itself."""
        of = noun.head
        if (noun.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN"
                and of.head.dep_ == "dobj" and of.head.i < noun.i
                and of.head.head.lemma_.lower() in self.rules.light_verbs):
            return of.head
        if noun.dep_ == "compound" and of.pos_ == "NOUN" and of.dep_ == "dobj":
            return of  # "suspended aid deliveries to X"
        return noun

    def _parties(self, tokens: list[Token]) -> list[Token]:
        """``tokens`` if one of them names a party, else nothing."""
        return tokens if any(self.mention_for(t) is not None for t in tokens) else []

    def _ceased(self, noun: Token, carrier: Token, trig: Trigger) -> bool:
        """'Japan halted economic aid to Serbia', 'cancelled a planned visit to Haiti': a stopped
        cooperative act is a reduction of relations (a Sanction) against its target."""
        verb = carrier.head
        category = event_info(trig.event).plover
        if carrier.dep_ != "dobj" or verb.lemma_.lower() not in self.rules.cessation_verbs or (
                category not in self.rules.cooperative_categories | {"AGREE", "CONSULT"}):
            return False
        preps = (*trig.preps, "to", "for", "with")
        targets = []
        for holder in dict.fromkeys((noun, carrier, verb)):  # the act, its carrier, the verb
            targets = targets or self._parties(self._prep_objects(holder, preps))
        if targets:
            cut = Trigger(lemma=verb.lemma_.lower(), pos="VERB", event="Sanction",
                          confidence=min(trig.confidence, 0.7))
            self._emit(verb, cut, self.subjects(verb), targets)
        return True

    def _noun_event(self, noun: Token, trig: Trigger) -> None:
        carrier = self._carrier(noun)
        if self._ceased(noun, carrier, trig):
            return
        if carrier.dep_ == "dobj" and any(
                t.objects and noun in self._objects_of(carrier.head, t)
                for t in self.rules.verbs.get(carrier.head.lemma_.lower(), ())):
            return  # "signed an agreement" is the verb's event (a Treaty), not a second one
        targets = self._parties(self._prep_objects(noun, trig.preps)) if trig.preps else []
        head = carrier.head
        light = head if carrier.dep_ == "dobj" and head.lemma_.lower() in self.rules.light_verbs else None
        if not targets and carrier is not noun and trig.preps:
            targets = self._parties(self._prep_objects(carrier, trig.preps))
        if not targets and light is not None:
            targets = self._parties(self._prep_objects(light, trig.preps))  # "imposed sanctions on X"
            if not targets:  # "gave the Ivory Coast 5.1 million dollars of aid"
                targets = [t for c in light.children if c.dep_ == "dative" and c.i < carrier.i
                           for t in self._with_conjuncts(c)]
        if not targets:  # "reiterated its demand that Israel ease restrictions"
            targets = self._parties([t for c in noun.children if c.dep_ in ("acl", "ccomp")
                                     and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                     for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                                     for t in self._with_conjuncts(s)])
        if not targets:
            # "talks between X and Y", "a suspension of air links with Serbia"
            # (only through "of": a noun's other prepositions are its own, already tried)
            targets = self._prep_objects(noun, ("between",)) or self._clausal_targets(
                noun, exclude=set(), deps=self._NOUN_DEEP_DEPS, first_hop="of")
        if not targets and "into" in trig.preps:
            # "an investigation into alleged crimes committed by Croat forces", "… into an
            # allegation that the NPFL had taken the city": whom the matter is about
            targets = self._clausal_targets(noun, exclude=set(), deps=self._MATTER_DEPS,
                                            first_hop="into", max_depth=6)
        reciprocal = self._reciprocal(trig.event)
        if not targets and not (reciprocal and light is not None):
            return  # "Israel and Lebanon renewed negotiations" goes on: each with the other
        agents = self._passive_agent(noun) or self._prep_objects(noun, ("by",))
        if not agents and light is not None:
            agents = self.subjects(light)
        if not agents:
            agents = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                      and c.i < noun.i and (c.i in self.by_token or c.dep_ == "poss")]
        self._emit(noun, trig, agents, targets, light=light)

    def _emit(self, trigger: Token, trig: Trigger, agents: list[Token], targets: list[Token],
              light: Token | None = None, *, intent_event: bool = False) -> None:
        agent_ids = [m for a in agents if (m := self.mention_for(a)) is not None
                     and self.out.mentions[m].kind not in PLACE_KINDS]  # "the Lisbon summit"
        found = [m for t in targets if (m := self.mention_for(t)) is not None]
        target_ids = [m for m in found if self.out.mentions[m].kind not in PLACE_KINDS
                      or self.out.mentions[m].how == "capital"]  # "arrived in Amman"
        place = self._place(trigger, light)
        if place is None:  # "the invasion of South Lebanon": the place is the object
            place = next((m for m in found if m not in target_ids), None)
        category = event_info(trig.event).plover
        if not target_ids and place is not None and category in self.rules.place_target_categories:
            # "imposed a curfew in Algiers", "exploded bombs in Kabul": coded against the state
            iso3 = self.gaz.place_country(self.out.mentions[place].name)
            token = self.doc.char_span(self.out.mentions[place].span.begin,
                                       self.out.mentions[place].span.end, alignment_mode="expand")
            if iso3 is not None and token is not None:
                target_ids = [self._add(token.start, token.end, name=self.out.mentions[place].name,
                                        how="metonym", kind="State", hint=iso3)]
        if not agent_ids or (not target_ids and len(agent_ids) < 2):
            return  # an event needs both parties: who did it, to whom
        polarity, modality = self._polarity_modality(trigger, light)
        if intent_event:
            modality = "asserted"  # the offer itself is what happened
        reporter = self._reporter(light or trigger)
        time_text = self._time(light or trigger)
        evidence = self._sentence_span(trigger)
        pairs = [(a, t) for a in agent_ids for t in target_ids if t != a]
        if self._reciprocal(trig.event) and len(agent_ids) >= 2 and (
                not target_ids or set(target_ids) <= set(agent_ids)):
            # "Israel and Lebanon renewed negotiations": each acted on the other.
            pairs = [(a, t) for a in agent_ids for t in agent_ids if a != t]
        intent = polarity == "positive" and self._intent(light or trigger)
        if intent and not intent_event:
            modality = "hedged"  # "Syria is willing to withdraw": the withdrawal has not happened
        conditional = intent and self._is_conditional(light or trigger)
        for a, t in pairs:
            event = trig.event
            if self.out.mentions[a].kind == "State":
                event = self.rules.state_force_events.get(event, event)
            kinds = [(event, modality)]
            if intent and category in self.rules.cooperative_categories and conditional:
                # "will withdraw its force from Chad unless …": a conditional promise is a threat
                kinds.append(("Threat", "asserted"))
            elif intent and category in self.rules.cooperative_categories:
                # CAMEO codes a promised cooperative act as an expressed intent (an Agreement)
                kinds.append(("Agreement", "asserted"))
            elif intent and category in self.rules.hostile_categories:
                # … and an announced hostile act as a threat.
                kinds.append(("Threat", "asserted"))
            refusal = self.rules.refusal_events.get(event) if polarity == "negative" else None
            # "would not meet their demands" states the refusal now: not hedged by "would"
            refusal_mod = "asserted" if self._intent(light or trigger) else modality
            for kind, mod, pol in [*((k, m, polarity) for k, m in kinds),
                                   *([(refusal, refusal_mod, "positive")] if refusal else [])]:
                # "failed to reach agreement with X" is also a positive rejection of X
                self.out.events.append(
                    Event(
                        type=kind,
                        agent=f"m:{a}",
                        target=f"m:{t}",
                        evidence=evidence,
                        trigger=trigger.text,
                        confidence=trig.confidence,
                        polarity=pol,
                        modality=mod,
                        reported_by=None if reporter is None else f"m:{reporter}",
                        time_text=time_text,
                        place=None if place is None else f"m:{place}",
                    )
                )

    def _expressed_intent(self, act: Token) -> None:
        """'Libya offered to hand over the suspects to Britain', 'France is ready to contribute
        troops to …': an offer or promise of a non-hostile act towards a party is an expressed
        intent to cooperate (CAMEO 03, an Agreement) — whether or not the act is a trigger."""
        if any(event_info(t.event).plover in self.rules.hostile_categories | {"THREATEN", "DISAPPROVE", "REJECT"}
               for t in self.rules.verbs.get(act.lemma_.lower(), ())):
            return
        if act.lemma_.lower() in self.rules.verbs and any(
                event_info(t.event).plover in self.rules.cooperative_categories
                for t in self.rules.verbs[act.lemma_.lower()]):
            return  # a cooperative trigger already yields the Agreement in _emit
        if any(event_info(t.event).plover in self.rules.hostile_categories
               for c in act.children if c.dep_ in ("dobj", "xcomp")
               for t in (*self.rules.nouns.get(c.lemma_.lower(), ()),
                         *self.rules.verbs.get(c.lemma_.lower(), ()))):
            return  # "prepared to resume shelling X" announces no cooperation
        agents = self.subjects(act)
        targets = self._clausal_targets(act, exclude=set(agents))
        trig = Trigger(lemma=act.lemma_.lower(), pos="VERB", event="Agreement", confidence=0.6)
        self._emit(act, trig, agents, targets, intent_event=True)

    def _must_demand(self, verb: Token) -> None:
        """'X said/declared that Y must …': X demands something of Y (CAMEO 10)."""
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not any(
                    c.dep_ == "aux" and c.lower_ in self.rules.demand_modals for c in clause.children):
                continue
            # only an active subject is asked to act: "Belarus should not be forced to choose"
            # asks nothing of Belarus; "X should know …", "no politician should …" ask no act
            if clause.lemma_.lower() in self.rules.stative_verbs:
                continue
            targets = [t for c in clause.children if c.dep_ == "nsubj"
                       and not any(d.dep_ == "det" and d.lower_ in ("no", "any", "every", "each", "all")
                                   for d in c.children)
                       for t in self._with_conjuncts(c)]
            trig = Trigger(lemma=verb.lemma_.lower(), pos="VERB", event="Demand", confidence=0.6)
            self._emit(verb, trig, self.subjects(verb), targets)

    def _verb_triggers(self, verb: Token) -> list[Trigger]:
        """The verb's triggers that apply here: those bound to objects it has, else the unbound."""
        triggers = self.rules.verbs.get(verb.lemma_.lower(), [])
        matched = [t for t in triggers if t.objects and self._objects_of(verb, t)]
        return matched or [t for t in triggers if not t.objects]

    def _refusal(self, verb: Token) -> None:
        """'Turkey refused to commit to any assistance to the US-led war', 'declined to resign
        despite pressure by X': refusing to act for or towards a party rejects it (CAMEO 12). A
        refused hostile act ('refused to attack X') is no rejection of X."""
        for act in verb.children:
            if act.dep_ != "xcomp" or act.pos_ != "VERB":
                continue
            triggers = self._verb_triggers(act)
            if any(event_info(t.event).plover in self.rules.hostile_categories | {"THREATEN", "DISAPPROVE"}
                   for t in triggers):
                continue
            if any(t.event in self.rules.refusal_events for t in triggers):
                continue  # a refused agreement or concession is already a rejection (refusal_events)
            agents = self.subjects(verb)
            targets = self._clausal_targets(act, exclude=set(agents)) or self._clausal_targets(
                verb, exclude=set(agents), deps=self._MATTER_DEPS, first_hop="despite")
            trig = Trigger(lemma=verb.lemma_.lower(), pos="VERB", event="Rejection", confidence=0.6)
            self._emit(verb, trig, agents, targets)

    def _complaint(self, verb: Token) -> bool:
        """'Croatian authorities are failing refugees, a rights group protested': a complaint
        that someone did something is disapproval of them (CAMEO 11)."""
        for clause in [*verb.children, verb.head]:
            if clause.dep_ not in ("ccomp", "parataxis") or clause is verb:
                continue
            if clause is verb.head and verb.dep_ not in ("parataxis", "ccomp"):
                continue
            targets = [t for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                       for t in self._with_conjuncts(c)]
            trig = Trigger(lemma=verb.lemma_.lower(), pos="VERB", event="Disapproval", confidence=0.6)
            before = len(self.out.events)
            self._emit(verb, trig, self.subjects(verb), targets)
            return len(self.out.events) > before
        return False

    def _intent(self, token: Token) -> bool:
        """'will support', 'offered to provide', 'is ready to contribute'."""
        if any(c.dep_ == "aux" and c.lower_ in self.rules.intent_auxiliaries for c in token.children):
            return True
        head = token.head
        if token.dep_ == "xcomp" and head.lemma_.lower() in self.rules.intent_verbs | self.rules.intent_adjectives:
            return True
        return token.dep_ == "xcomp" and head.dep_ == "acomp" and head.lemma_.lower() in self.rules.intent_adjectives

    def _polarity_modality(self, trigger: Token, light: Token | None) -> tuple[str, str]:
        heads = [t for t in (trigger, light) if t is not None]
        negative = any(c.dep_ == "neg" for h in heads for c in h.children)
        hedged = any(
            (c.dep_ == "aux" and c.lower_ in self.rules.hedge)
            or (c.dep_ == "advmod" and c.lower_ in self.rules.hedge)
            for h in heads for c in h.children
        )
        governor = (light or trigger)
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" and (
                trigger.head.lemma_.lower() in self.rules.negation):
            negative = True  # "lifted its embargo against Vietnam", "ended the blockade"
        if governor.dep_ in ("xcomp", "ccomp") and governor.head.lemma_.lower() in self.rules.negation:
            negative = True
        elif governor.dep_ in ("xcomp", "ccomp", "acl") and governor.head.lemma_.lower() in self.rules.hedge_verbs:
            hedged = True  # "urged X to …", "demanded that Hamas renounce …": asked for, not done
        return ("negative" if negative else "positive", "hedged" if hedged else "asserted")

    def _reporter(self, token: Token) -> int | None:
        """'X said Y accused Z': the accusation is attributed to X."""
        if token.dep_ in ("ccomp", "parataxis") and token.head.lemma_.lower() in self.rules.report_verbs:
            for subj in self.subjects(token.head):
                mid = self.mention_for(subj)
                if mid is None and subj.pos_ == "PROPN" and subj.ent_type_ == "":
                    # An unrecognised proper name that says something is a person.
                    start = min([c.i for c in subj.children if c.dep_ == "compound"] + [subj.i])
                    mid = self._add(start, subj.i + 1, name=self.doc[start:subj.i + 1].text,
                                    how="name", kind="Person")
                if mid is not None:
                    return mid
        return None

    def _time(self, token: Token) -> str | None:
        for ent in token.sent.ents:
            if ent.label_ != "DATE":
                continue
            root = ent.root
            hops = [root.head, root.head.head]
            if root.head == token or (root.head.dep_ == "prep" and root.head.head == token) or (
                    root.dep_ == "npadvmod" and root.head == token) or (
                    root.head.dep_ == "pobj" and hops[1].dep_ == "prep" and hops[1].head == token):
                text = ent.text
                if root.head.dep_ == "prep" and root.head.head == token:
                    text = f"{root.head.text} {text}"
                return text
        return None

    def _sentence_span(self, token: Token) -> Span:
        sent = token.sent
        text = sent.text
        begin = sent.start_char
        stripped = _LEADING_JUNK.sub("", text)
        begin += len(text) - len(stripped)
        stripped = stripped.rstrip()
        return Span(begin, begin + len(stripped), stripped)

    # ---------------------------------------------------------------- protest family
    # PLOVER PROTEST (CAMEO 14) beyond the trigger table (word lists: rules/protest.json).
    # Protesters rarely name their target as an object: "demonstrated", "staged a hunger strike",
    # "blocked roads", "took to the streets" — the target sits in a reason phrase ("in protest
    # at X", "in defiance of X", "rallies … against X") or a purpose clause ("to demand the
    # resignation of X", "calling for independence from X", "demanding that X …").
    _PROTEST_SEARCH_DEPS = frozenset({"dobj", "pobj", "prep", "poss", "ccomp", "xcomp", "nsubj",
                                      "nsubjpass", "conj", "appos", "pcomp", "attr", "oprd", "acl",
                                      "agent"})

    def _protest_events(self) -> None:
        """Emit Protest events for protest acts whose target the trigger table cannot reach."""
        for token in self.tokens:
            found = self._protest_act(token)
            if found is None:
                continue
            anchors, agents = found
            confidence = self._protest_confidence(token)
            agents = [a for a in agents if self._can_protest(a)]
            if not agents or confidence < self.min_confidence:
                continue
            exclude = {m for a in agents if (m := self.mention_for(a)) is not None}
            # "supporters of X demanding that he …": the party a group follows is not its target
            exclude |= {self.by_token[t.i] for a in agents for c in a.children if c.dep_ == "prep"
                        for t in c.subtree if t.i in self.by_token}
            targets = self._protest_targets(anchors, exclude=exclude)
            if not targets:
                continue
            trig = Trigger(lemma=token.lemma_.lower(), event="Protest", confidence=confidence,
                           pos="VERB" if token.pos_ == "VERB" else "NOUN")
            before = len(self.out.events)
            self._emit(token, trig, agents, targets, light=anchors[1] if len(anchors) > 1 else None)
            self._drop_repeated_protests(before)

    def _protest_confidence(self, token: Token) -> float:
        table = self.rules.verbs if token.pos_ == "VERB" else self.rules.nouns
        known = [t.confidence for t in table.get(token.lemma_.lower(), ()) if t.event == "Protest"]
        return max(known, default=self.rules.protest.confidence)

    def _protest_act(self, token: Token) -> tuple[list[Token], list[Token]] | None:
        """(anchors, agents) when ``token`` is a protest act: the trigger first among the anchors
        (the tokens whose phrases hold the target), then the verb whose subject protests."""
        pr = self.rules.protest
        lemma = token.lemma_.lower()
        pos = token.pos_
        # cheap exits first: this runs on every token of every article
        if pos == "VERB" and not (lemma in pr.verbs or lemma in pr.blocking_verbs
                                  or lemma in pr.street_acts):
            return None
        if pos == "NOUN" and not (lemma in pr.nouns or lemma in pr.compound_nouns):
            return None
        if pos == "VERB":
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
                return None
            acts = (lemma in pr.verbs
                    or (lemma in pr.blocking_verbs and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in pr.blocked_things
                        for c in token.children))
                    or any(c.dep_ == "prep" and o.dep_ == "pobj"
                           and o.lemma_.lower() in pr.street_acts.get(lemma, {}).get(c.lower_, ())
                           for c in token.children for o in c.children))
            if not acts:
                return None
            return [token], self._protest_agents(token)
        if pos != "NOUN" or not (lemma in pr.nouns or any(
                c.dep_ == "compound" and c.lemma_.lower() in pr.compound_nouns.get(lemma, ())
                for c in token.children)):  # "a sit-in" is the noun "in" with "sit" before it
            return None
        governor = self._protest_governor(token)
        if lemma == "strike" and not any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in pr.strike_modifiers
                for c in token.children) and (
                governor is None or governor.lemma_.lower() not in pr.strike_verbs):
            return None  # "the strike on the convoy", "missile strikes": an attack
        if governor is not None:
            return [token, governor], self._protest_agents(governor)
        agents = self._prep_objects(token, ("by",)) or [
            c for c in token.children if c.dep_ in ("poss", "amod", "compound") and c.i < token.i
            and (c.dep_ == "poss" or c.i in self.by_token or c.ent_type_ == "NORP")]
        return [token], [self._people_modifier(a) for a in agents]

    def _protest_governor(self, noun: Token) -> Token | None:
        """The verb whose subject carries out the protest named by ``noun``: 'staged a rally',
        'joined the march', 'took part in protests', 'clashed with police during a rally'."""
        pr = self.rules.protest
        head = noun.head
        if noun.dep_ == "dobj" and head.lemma_.lower() in pr.act_verbs:
            return head
        if noun.dep_ == "pobj" and head.lower_ in pr.participation_preps:
            verb = head.head
            if verb.pos_ == "NOUN" and verb.lemma_.lower() == "part" and verb.dep_ == "dobj":
                verb = verb.head  # "took part in"
            if verb.pos_ == "VERB":
                return verb
        return None

    def _protest_agents(self, verb: Token) -> list[Token]:
        """The subject, also of a gerund ('resorted to throwing stones during protests') or of a
        participle on a noun ('demonstrators protesting the election results')."""
        for _ in range(3):
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
                verb = verb.head.head
        agents = self.subjects(verb)
        if not agents and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            agents = [verb.head]
        return agents

    def _people_modifier(self, token: Token) -> Token:
        """'Palestinian riots': a demonym on a protest is the people, not the state."""
        if token.ent_type_ == "NORP" and token.i not in self.by_token and token.tag_ == "JJ":
            hit = self.gaz.state(token.text)
            self._add(token.i, token.i + 1, name=token.text, how="group", kind="Group",
                      hint=hit[0].iso3 if hit is not None else None)
        return token

    def _can_protest(self, token: Token) -> bool:
        """Protesters are people, groups and organisations — not states or security forces."""
        mid = self.mention_for(token)
        if mid is None or self.out.mentions[mid].kind in {"State", *PLACE_KINDS}:
            return False
        heads = [token, *[o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                          for o in c.children if o.dep_ == "pobj"]]
        return not any(h.lemma_.lower() in self.rules.protest.not_protesters for h in heads)

    def _protest_party(self, token: Token, exclude: set[int], *, states_only: bool = False) -> bool:
        if token.pos_ == "PRON" and token.dep_ == "poss":
            return False  # "to press their demands": the protesters' own
        mid = self.mention_for(token)
        if mid is None or mid in exclude or self.by_token.get(token.i) != mid:
            return False  # "calling for a Borders rail link": a thing is not its modifier
        m = self.out.mentions[mid]
        if states_only:
            return m.kind == "State"
        return m.kind not in PLACE_KINDS or (
            m.kind == "City" and m.how == "capital")

    def _protest_targets(self, anchors: list[Token], *, exclude: set[int]) -> list[Token]:
        """The protest's target, from the anchors' phrases, in order of directness: an
        'against/over' phrase, a reason phrase, a purpose clause, 'in <state>'."""
        pr = self.rules.protest
        # "rioted after a rally against X": a protest noun inside the act's phrase also counts
        anchors = [*anchors, *[o for a in anchors for c in a.children if c.dep_ == "prep"
                               for o in c.children if o.dep_ in ("pobj", "dobj")
                               and o.lemma_.lower() in pr.nouns]]
        preps = [c for a in anchors for c in a.children if c.dep_ == "prep"]
        # "staged rallies in the capital against X": the parser often hangs 'against' on the
        # place or on the protest noun (not on any noun: "discrimination against X" is a victim)
        nested = [g for p in preps if p.lower_ in pr.place_preps for o in p.children
                  if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep"]
        nested += [g for a in anchors for o in a.children if o.dep_ == "dobj"
                   and o.lemma_.lower() in pr.nouns | pr.blocked_things
                   for g in o.children if g.dep_ == "prep"]
        for prep in [*preps, *nested]:
            if prep.lower_ in pr.target_preps:
                objs = [o for o in prep.children if o.dep_ == "pobj"]
                found = self._protest_search(objs, exclude)
                if found:
                    return found
        for prep in preps:  # "in protest at X", "in defiance of X", "in opposition to X"
            for noun in prep.children:
                wanted = pr.reason_nouns.get(noun.lemma_.lower(), ()) if noun.dep_ == "pobj" else ()
                for reason in noun.children:
                    if reason.dep_ == "prep" and reason.lower_ in wanted:
                        found = self._protest_search(
                            [o for o in reason.children if o.dep_ == "pobj"], exclude)
                        if found:
                            return found
        clauses = [c for a in anchors for c in a.children
                   if c.dep_ in ("advcl", "xcomp", "acl", "conj", "pcomp") and c.pos_ == "VERB"]
        # "rioted …, joining demonstrators in demanding X": one participle further, same subject
        clauses += [g for c in clauses if c.lemma_.lower() not in pr.purpose_verbs
                    and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                    for g in c.children if g.dep_ in ("advcl", "xcomp", "prep")]
        clauses = [*clauses, *[g for c in [*clauses, *preps] if c.dep_ == "prep" for g in c.children
                               if g.dep_ == "pcomp" and g.pos_ == "VERB"]]
        for clause in clauses:  # "to demand …", "calling for …", "demanding that X …"
            if clause.lemma_.lower() in pr.purpose_verbs:
                found = self._protest_search([c for c in clause.children
                                              if c.dep_ not in ("nsubj", "aux", "mark", "neg")],
                                             exclude)
                if found:
                    return found
        for prep in preps:  # a protest in a state is coded against its government
            if prep.lower_ == "in":
                objs = [o for o in prep.children if o.dep_ == "pobj"
                        and self._protest_party(o, exclude, states_only=True)]
                if objs:
                    return self._with_conjuncts(objs[0])
        return []

    def _protest_search(self, start: list[Token], exclude: set[int]) -> list[Token]:
        """Breadth first through a phrase for the first party: 'the resignation of X',
        'X's refusal', 'independence from X', 'violations by X'. The object of a victim or
        beneficiary noun ('the release of X', 'the arrest of X') is not the target; its
        'by' phrase is."""
        pr = self.rules.protest
        frontier = list(start)
        seen: set[int] = set()
        blocked: set[int] = set()
        for _depth in range(6):
            for t in frontier:
                if (t.dep_ != "prep" and t.pos_ not in ("VERB", "AUX") and t.i not in blocked
                        and self._protest_party(t, exclude)):
                    return self._with_conjuncts(t)
            nxt: list[Token] = []
            for t in frontier:
                seen.add(t.i)
                if t.i in blocked and self.mention_for(t) is not None:
                    continue  # the beneficiary's own description: "X, leader of Y"
                if t.lemma_.lower() in pr.beneficiary_words:
                    blocked.update(c.i for c in t.children
                                   if c.dep_ in ("poss", "dobj", "nsubjpass"))
                    blocked.update(o.i for c in t.children if c.dep_ == "prep"
                                   and c.lower_ in ("of", "for", "as") for o in c.children)
                nxt.extend(c for c in t.children
                           if c.i not in seen and c.dep_ in self._PROTEST_SEARCH_DEPS)
            frontier = nxt
        return []

    def _drop_repeated_protests(self, before: int) -> None:
        """Keep one Protest event per (agent, target, sentence)."""
        seen = {(e.agent, e.target, e.evidence.begin) for e in self.out.events[:before]
                if event_info(e.type).plover == "PROTEST"}
        kept = self.out.events[:before]
        for e in self.out.events[before:]:
            key = (e.agent, e.target, e.evidence.begin)
            if event_info(e.type).plover == "PROTEST" and key in seen:
                continue
            seen.add(key)
            kept.append(e)
        self.out.events[:] = kept

    # ---------------------------------------------------------------- groups of people

    def _people_group(self, token: Token, ent: SpacySpan) -> int | None:
        """'Thousands of Tibetans', 'Iraqi Kurds': a people with no state of its own is a group
        (its hint is the state named by a demonym modifier, if any)."""
        if token.i != ent.end - 1 or token.tag_ not in ("NNS", "NNPS"):
            return None
        mods = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < ent.start]
        start = min([m.i for m in mods] + [ent.start])
        hints = [hit[0].iso3 for t in self.doc[start:ent.end]
                 if (hit := self.gaz.state(t.text)) is not None]
        return self._add(start, ent.end, name=self.doc[start:ent.end].text, how="group",
                         kind="Group", hint=hints[0] if hints else None)

    def _group_affiliation(self, token: Token) -> str:
        """' of former President X', ' from the Fatah Party', ' affiliated with the Y Union':
        the named party a group belongs to or follows, kept in the group's name."""
        pr = self.rules.protest
        for child in token.children:
            if child.i < token.i:
                continue
            if child.dep_ == "prep" and child.lower_ in pr.affiliation_preps:
                preps = [child]
            elif child.dep_ in ("acl", "amod") and child.lower_ in pr.affiliation_words:
                preps = [c for c in child.children
                         if c.dep_ == "prep" and c.lower_ in pr.affiliation_words[child.lower_]]
            else:
                continue
            for prep in preps:
                named = [o for o in prep.children if o.dep_ == "pobj" and o.i in self.by_token
                         and self.out.mentions[self.by_token[o.i]].kind
                         not in PLACE_KINDS]  # a place is not an affiliation
                if named:
                    mid = self.by_token[named[0].i]
                    end = max(t.i for t in named[0].subtree if self.by_token.get(t.i) == mid) + 1
                    return " " + self.doc[child.i:end].text
        return ""


def read_doc(doc: Doc, article: Article, *, rules: Rules | None = None,
             gaz: Gazetteer | None = None, min_confidence: float = 0.5) -> Reading:
    """Mentions and (unresolved) events of one parsed article.

    Triggers whose confidence in ``rules/triggers.jsonl`` is below ``min_confidence`` are ignored.
    """
    reader = _Reader(doc, article, rules or load_rules(), gaz or gazetteer(), min_confidence)
    reader.collect_entities()
    reader.collect_events()
    reader.collect_pronouns()
    return reader.out
