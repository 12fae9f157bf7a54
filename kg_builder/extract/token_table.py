"""The attributes of every token that the readers of an article scan, read for the whole
document at once (by :func:`.context.new_context`).

Each read of ``Token.text``, ``lower_``, ``lemma_``, ``pos_``, ``tag_`` or ``dep_`` makes a new
string out of the vocabulary (~0.15 µs), and a loop over the tokens also makes a ``Token``
object per token. ``Doc.to_array`` reads the ids of all tokens' attributes in one call; the string of an
id comes from a cache kept by the process: an id is the hash of its string (or spaCy's fixed
symbol for it), so it names the same string in every vocabulary. The lists are the same as the
attributes read token by token.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG
from spacy.parts_of_speech import NAMES as _POS_NAMES
from spacy.strings import StringStore
from spacy.tokens import Doc

__all__ = ["TokenTable", "token_table"]

_COLUMNS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, IS_SPACE, IS_PUNCT, IS_LOWER, IS_ALPHA)
#: a cache that grows past this many strings is emptied (a process reads any number of articles)
_MAX_STRINGS = 1 << 17


class _Strings(dict[int, str]):
    """String id → the string (or its lower case, with ``lower``), filled from ``store`` (the
    vocabulary of the document being read) on first use."""

    __slots__ = ("lower", "store")

    def __init__(self, *, lower: bool) -> None:
        super().__init__()
        self.lower = lower
        self.store: StringStore | None = None

    def __missing__(self, key: int) -> str:
        assert self.store is not None
        value = self.store[key]
        if self.lower:
            value = value.lower()
        self[key] = value
        return value

    def of(self, ids: list[int], store: StringStore) -> list[str]:
        """The strings of ``ids``, read in ``store`` where the cache does not have them."""
        if len(self) > _MAX_STRINGS:
            self.clear()
        self.store = store
        return list(map(self.__getitem__, ids))


_STRINGS = _Strings(lower=False)
_LOWER_STRINGS = _Strings(lower=True)


@dataclass(frozen=True, slots=True)
class TokenTable:
    """Per token, in document order: ``Token.text``, ``lower_``, ``lemma_.lower()``, ``pos_``,
    ``tag_``, ``dep_``, ``is_space``; how many tokens are neither space nor punctuation, and the
    words written in lower case (the texts of the tokens that are ``is_lower`` and
    ``is_alpha``)."""

    texts: list[str]
    lowers: list[str]
    lemmas: list[str]
    pos: list[str]
    tags: list[str]
    deps: list[str]
    spaces: list[bool]
    words: int
    lower_words: frozenset[str]


def token_table(doc: Doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc``."""
    if not len(doc):
        return TokenTable(texts=[], lowers=[], lemmas=[], pos=[], tags=[], deps=[], spaces=[],
                          words=0,
                          lower_words=frozenset())
    orths, lowers, lemmas, pos, tags, deps, spaces, puncts, lower, alpha = (
        doc.to_array(list(_COLUMNS)).T.tolist())
    store = doc.vocab.strings
    texts = _STRINGS.of(orths, store)
    return TokenTable(
        texts=texts,
        lowers=_STRINGS.of(lowers, store),
        lemmas=_LOWER_STRINGS.of(lemmas, store),
        pos=[_POS_NAMES[p] for p in pos],
        tags=_STRINGS.of(tags, store),
        deps=_STRINGS.of(deps, store),
        spaces=[s == 1 for s in spaces],
        words=sum(1 for s, p in zip(spaces, puncts, strict=True) if not s and not p),
        lower_words=frozenset(text for text, low, alp in zip(texts, lower, alpha, strict=True)
                              if low and alp),
    )
