"""The SPARQL 1.1 Protocol's rules for a read-only endpoint: what a request may ask, and in
which format the answer goes back.

A query is parsed (rdflib's SPARQL grammar, :mod:`kg_builder.bounded.check`) before anything
runs: text that is an update is refused with 403, ``LOAD`` and ``SERVICE`` (which would make the
server fetch from the network) with 400, and so is text that is not SPARQL. Nothing looks for
words in the text: a ``SERVICE`` inside a string literal or a comment is not a service call.
"""

from __future__ import annotations

from dataclasses import dataclass

from .results import GRAPH_FORMATS, RESULT_FORMATS

__all__ = ["FORM_SELECT", "ProtocolError", "accepted_media", "check_query", "negotiate"]

FORM_SELECT = "SELECT"

#: media type → format name, for SELECT/ASK results and for graphs
_RESULT_TYPES = {**{m: f for f, m in RESULT_FORMATS.items()},
                 "application/json": "json", "application/xml": "xml", "text/xml": "xml"}
_GRAPH_TYPES = {**{m: f for f, (m, _) in GRAPH_FORMATS.items()},
                "application/x-turtle": "turtle", "text/plain": "ntriples",
                "application/json": "jsonld", "application/xml": "rdfxml"}
#: ?format= values a link may use
FORMAT_ALIASES = {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld", "rdf": "rdfxml",
                  "owl": "rdfxml"}


@dataclass(frozen=True, slots=True)
class ProtocolError(Exception):
    status: int
    message: str

    def __str__(self) -> str:
        return self.message


def check_query(text: str) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) of ``text``, or :class:`ProtocolError`:
    403 for an update, 400 for LOAD, SERVICE or text that is not a SPARQL query (the check
    ``kg query`` makes too, :func:`kg_builder.bounded.check_query`)."""
    from ..bounded import check_query as check
    from ..errors import NetworkRefusedError, QueryError, ReadOnlyError

    try:
        return check(text)
    except ReadOnlyError:
        raise ProtocolError(403, "this endpoint is read-only: SPARQL updates are refused") from None
    except NetworkRefusedError as exc:
        service = exc.what.split()[0]
        raise ProtocolError(400, f"{service} is refused: this endpoint makes no requests to "
                                 "other servers") from None
    except QueryError as exc:
        raise ProtocolError(400, f"{exc.what}: {exc.why}" if exc.why else exc.what) from None


def accepted_media(accept: str) -> list[tuple[float, int, str]]:
    out = []
    for i, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            key, _, value = p.partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            out.append((-q, i, media.lower()))
    return sorted(out)


def negotiate(form: str, *, accept: str = "", fmt: str | None = None) -> tuple[str, str]:
    """(format name, media type) for a result of ``form``: ``fmt`` (``?format=``) if given,
    else the best match of the ``Accept`` header, else JSON results / Turtle."""
    graph = form in ("CONSTRUCT", "DESCRIBE")
    table = _GRAPH_TYPES if graph else _RESULT_TYPES
    names = GRAPH_FORMATS if graph else RESULT_FORMATS
    if fmt:
        name = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
        if name not in names:
            raise ProtocolError(400, f"unknown format '{fmt}' for a {form} query: use "
                                     + ", ".join(names))
    else:
        name = "turtle" if graph else "json"
        for _, _, media in accepted_media(accept):
            if media in table:
                name = table[media]
                break
    media = GRAPH_FORMATS[name][0] if graph else RESULT_FORMATS[name]
    return name, media
