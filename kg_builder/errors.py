"""Every error kg_builder raises, each with a stable code: what happened, why, what to do."""

from __future__ import annotations

__all__ = [
    "ClusterError",
    "InputError",
    "KGError",
    "ModelError",
    "NetworkRefusedError",
    "QueryError",
    "QueryTimeoutError",
    "ReadOnlyError",
    "SearchIndexDamagedError",
    "ReasonerError",
    "StoreDamagedError",
    "StoreError",
    "ValidationSetupError",
]


class KGError(Exception):
    """Base class. ``code`` is stable (scripts may match on it); ``where`` names file/line/article."""

    code: str = "KG000"

    def __init__(self, what: str, *, why: str = "", fix: str = "", where: str = "") -> None:
        self.what = what
        self.why = why
        self.fix = fix
        self.where = where
        super().__init__(self.message)

    def __reduce__(self) -> tuple[object, ...]:
        # keyword-only fields: the default pickling (``cls(*args)``) would lose why/fix/where,
        # and errors raised on Dask workers travel back pickled.
        return (_restore, (type(self), self.what, self.why, self.fix, self.where))

    @property
    def message(self) -> str:
        parts = [f"[{self.code}]"]
        if self.where:
            parts.append(f"{self.where}:")
        parts.append(self.what)
        text = " ".join(parts)
        if self.why:
            text += f" — {self.why}"
        if self.fix:
            text += f". Fix: {self.fix}"
        return text


def _restore(cls: type[KGError], what: str, why: str, fix: str, where: str) -> KGError:
    return cls(what, why=why, fix=fix, where=where)


class InputError(KGError):
    """An article or input file cannot be read (empty, binary, not UTF-8, malformed)."""

    code = "KG100"


class ModelError(KGError):
    """The spaCy model cannot be loaded."""

    code = "KG200"


class StoreError(KGError):
    """The RDF store cannot be opened or written (locked, full, unreachable)."""

    code = "KG300"


class StoreDamagedError(StoreError):
    """The store's files are damaged (RocksDB reports corruption, a missing or truncated file),
    or its indexes disagree: ``kg check`` says what is wrong."""

    code = "KG301"


class SearchIndexDamagedError(StoreError):
    """The search index of ``kg serve`` beside the store is damaged (the store itself is
    fine): ``kg check --repair`` builds it again from the store."""

    code = "KG302"


class QueryError(KGError):
    """A named query is unknown, or a query or its parameters are invalid."""

    code = "KG400"


class NetworkRefusedError(QueryError):
    """The query would make kg send requests to other servers (``SERVICE``, ``LOAD``): refused
    before it runs."""

    code = "KG401"


class ReadOnlyError(QueryError):
    """An update (``INSERT``, ``DROP`` …) where only queries are run: refused before it runs."""

    code = "KG403"


class QueryTimeoutError(QueryError):
    """The query ran longer than its time limit; the worker process running it was killed."""

    code = "KG408"


class ValidationSetupError(KGError):
    """The SHACL shapes or the ontology cannot be loaded."""

    code = "KG500"


class ClusterError(KGError):
    """The Dask scheduler cannot be reached, or worker processes (local ones for ``--workers``
    or Dask's) cannot run the extraction."""

    code = "KG600"


class ReasonerError(KGError):
    """The OWL reasoner cannot run (no Java, HermiT failed) or an OWL format cannot be written."""

    code = "KG700"
