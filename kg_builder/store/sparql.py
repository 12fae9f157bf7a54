"""A remote SPARQL 1.1 server as the store (Oxigraph server, Fuseki, GraphDB, Virtuoso …).

Reads go to the query endpoint, writes to the update endpoint (one request per article, so the
server applies each article as one transaction), exports to the Graph Store Protocol endpoint
(or, without one, a ``CONSTRUCT`` per graph).

The SPARQL protocol has no variable bindings, so :func:`bind_values` binds them: each bound
variable is replaced inside the query's WHERE group by its term (serialised with rdflib's
escaping, so a value can never end the term it is in) and a ``VALUES`` block at the start of the
group keeps the variable bound for the projection. This is what the embedded store's
``substitutions`` do: a ``FILTER`` in a nested group sees the value too (a ``VALUES`` block alone
would not reach it).
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

import httpx
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError, QueryTimeoutError, StoreError
from .base import QueryResult, Solutions, Store, Triples, hide_secrets, shown
from .serialize import replace_graphs_update, serialize_graphs

__all__ = ["ENDPOINT_ENV", "SparqlStore", "bind_values"]

#: environment variables that name the endpoints explicitly (servers whose layout is not
#: Oxigraph's ``BASE/query``, ``BASE/update``, ``BASE/store``).
ENDPOINT_ENV = {
    "query_url": "KG_SPARQL_QUERY_URL",
    "update_url": "KG_SPARQL_UPDATE_URL",
    "gsp_url": "KG_SPARQL_GSP_URL",
}

_SELECT_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"

# One lexical token of SPARQL that can contain braces, '?' or '#' without meaning them:
# strings (long and short), IRIs, comments; then variables, words, and the braces themselves.
_TOKEN = re.compile(
    r'(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\''
    r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n\r]*)'
    r"|(?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<open>\{)|(?P<close>\})",
    re.S,
)


def _term(name: str, value: Node) -> str:
    if isinstance(value, BNode) or not isinstance(value, URIRef | Literal):
        raise QueryError(f"cannot bind ?{name} to a {type(value).__name__}",
                         fix="bind an IRI or a literal")
    try:
        return value.n3()
    except Exception as exc:  # rdflib refuses IRIs with characters that N-Triples forbids
        raise QueryError(f"cannot bind ?{name}: {value!r} is not a valid IRI",
                         why=str(exc), fix="pass a valid IRI or a plain string") from exc


def bind_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """``sparql`` with ``bindings`` bound, for a server that takes only query text.

    >>> from rdflib import Literal
    >>> bind_values("SELECT ?x WHERE { ?x ?p ?name }", {"name": Literal("Minsk")})
    'SELECT ?x WHERE { VALUES (?name) { ("Minsk") } ?x ?p "Minsk" }'
    """
    if not bindings:
        return sparql
    terms = {name: _term(name, value) for name, value in bindings.items()}
    tokens = list(_TOKEN.finditer(sparql))
    words = [t.group("word").upper() if t.group("word") else None for t in tokens]
    # The WHERE group: after the WHERE keyword at depth 0, else the first group at depth 0
    # (for CONSTRUCT without WHERE, the second: the first is the template).
    depth, opens, where_at = 0, [], None
    for i, tok in enumerate(tokens):
        if tok.group("open"):
            if depth == 0:
                opens.append(i)
            depth += 1
        elif tok.group("close"):
            depth -= 1
        elif depth == 0 and words[i] == "WHERE" and where_at is None:
            where_at = i
    if where_at is not None:
        opens = [i for i in opens if i > where_at]
    elif "CONSTRUCT" in words:
        opens = opens[1:]
    start = opens[0] if opens else None
    if start is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group",
                         fix="write the query as SELECT/ASK/CONSTRUCT … WHERE { … }")
    out: list[str] = []
    pos = tokens[start].end()
    out.append(sparql[:pos])
    names = " ".join(f"?{n}" for n in terms)
    out.append(f" VALUES ({names}) {{ ({' '.join(terms.values())}) }}")
    depth = 1
    in_values = False
    in_projection = False
    previous: str | None = None
    for tok in tokens[start + 1:]:
        if depth == 0:
            break
        out.append(sparql[pos:tok.start()])
        pos = tok.end()
        text = tok.group(0)
        if tok.group("word"):
            word = text.upper()
            if word == "VALUES":
                in_values = True
            elif word == "SELECT":
                in_projection = True
            elif word == "WHERE":
                in_projection = False
        elif tok.group("open"):
            depth += 1
            in_projection = False
        elif tok.group("close"):
            depth -= 1
            in_values = False
        elif tok.group("var") and text[1:] in terms and not (in_values or in_projection):
            if previous == "AS":
                raise QueryError(f"cannot bind ?{text[1:]}: the query assigns it (AS ?{text[1:]})",
                                 fix="bind a variable the query only reads")
            text = terms[text[1:]]
        out.append(text)
        if not tok.group("skip"):
            previous = text.upper()
    out.append(sparql[pos:])
    return "".join(out)


def _form(sparql: str) -> str:
    """The query form: the first of SELECT, ASK, CONSTRUCT, DESCRIBE outside strings, IRIs
    and comments."""
    for tok in _TOKEN.finditer(sparql):
        word = (tok.group("word") or "").upper()
        if word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return word
    return "SELECT"


def _value(term: dict[str, str] | None) -> str | None:
    return None if term is None else term["value"]


class _ResponseReader:
    """A read-only file over a streamed HTTP body, so a graph is parsed without holding it;
    past ``deadline`` (``time.monotonic()``) reading raises :class:`QueryTimeoutError`."""

    def __init__(self, chunks: Iterator[bytes], *, deadline: float | None = None,
                 timeout: float | None = None) -> None:
        self._chunks = chunks
        self._buffer = b""
        self._deadline = deadline
        self._timeout = timeout

    def readable(self) -> bool:
        return True

    def _next(self) -> bytes | None:
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise QueryTimeoutError(f"the query ran for more than {self._timeout:g} s and "
                                    "was stopped", fix="narrow the query (LIMIT, a FILTER, "
                                    "fewer joins) or give it more time (--timeout)")
        return next(self._chunks, None)

    def readinto(self, b: Any) -> int:
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            chunk = self._next()
            if chunk is None:
                break
            self._buffer += chunk
        if size < 0:
            data, self._buffer = self._buffer, b""
        else:
            data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data


class SparqlStore(Store):
    """A SPARQL 1.1 server reached over HTTP.

    ``SparqlStore.from_url("http://127.0.0.1:7878")`` uses Oxigraph server's layout; pass the
    endpoints explicitly for other servers (e.g. Fuseki: ``…/ds/sparql``, ``…/ds/update``,
    ``…/ds/data``). Without ``gsp_url``, exports use one ``CONSTRUCT`` per graph.
    """

    def __init__(self, *, query_url: str, update_url: str | None = None,
                 gsp_url: str | None = None, location: str | None = None,
                 timeout: float = 120.0, read_only: bool = False,
                 client: httpx.Client | None = None) -> None:
        self.location = location or query_url
        self.query_url = query_url
        self.update_url = update_url
        self.gsp_url = gsp_url
        self._read_only = read_only
        self._client = client or httpx.Client(timeout=timeout, follow_redirects=True)
        try:
            self._check()
        except Exception:
            self._client.close()
            raise

    @classmethod
    def from_url(cls, url: str, *, read_only: bool = False, query_url: str | None = None,
                 update_url: str | None = None, gsp_url: str | None = None,
                 timeout: float = 120.0) -> SparqlStore:
        """Endpoints from explicit arguments, then ``$KG_SPARQL_*_URL``, then Oxigraph's layout
        (``URL/query``, ``URL/update``, ``URL/store``). ``gsp_url="none"`` exports with
        ``CONSTRUCT`` instead of the Graph Store Protocol."""
        base = url.rstrip("/")
        explicit = {"query_url": query_url, "update_url": update_url, "gsp_url": gsp_url}
        defaults = {"query_url": f"{base}/query", "update_url": f"{base}/update",
                    "gsp_url": f"{base}/store"}
        urls: dict[str, str | None] = {k: explicit[k] or os.environ.get(env) or defaults[k]
                                       for k, env in ENDPOINT_ENV.items()}
        if (urls["gsp_url"] or "").lower() == "none":  # no Graph Store Protocol: CONSTRUCT
            urls["gsp_url"] = None
        return cls(query_url=str(urls["query_url"]), update_url=urls["update_url"],
                   gsp_url=urls["gsp_url"], location=url, read_only=read_only, timeout=timeout)

    # -- HTTP ---------------------------------------------------------------------------------

    def _secret_free(self, error: StoreError) -> StoreError:
        """``error`` with the store's URLs shown without their passwords."""
        urls = (self.location, self.query_url, self.update_url, self.gsp_url)
        return StoreError(hide_secrets(error.what, *urls), why=hide_secrets(error.why, *urls),
                          fix=error.fix, where=hide_secrets(error.where, *urls))

    def _fail(self, url: str, exc: Exception | None = None,
              response: httpx.Response | None = None) -> StoreError:
        return self._secret_free(self._failure(url, exc, response))

    def _failure(self, url: str, exc: Exception | None = None,
                 response: httpx.Response | None = None) -> StoreError:
        if response is not None:
            body = response.text.strip().splitlines()
            why = f"HTTP {response.status_code} {response.reason_phrase}"
            if body:
                why += f": {body[0][:300]}"
            fix = ("check that the URL is the server's SPARQL endpoint and that it accepts "
                   "updates (set KG_SPARQL_QUERY_URL / KG_SPARQL_UPDATE_URL / KG_SPARQL_GSP_URL "
                   "for servers not laid out like Oxigraph's)")
            return StoreError(f"the SPARQL server at {url} refused the request", why=why, fix=fix)
        if isinstance(exc, httpx.TimeoutException):
            return StoreError(f"the SPARQL server at {url} did not answer in time",
                              why=type(exc).__name__,
                              fix="check the server's load, or run the same command again")
        return StoreError(
            f"cannot reach the SPARQL server at {url}",
            why=str(exc) or type(exc).__name__,
            fix="start the server (e.g. 'oxigraph serve --location DIR --bind HOST:PORT') "
            "or correct --store",
        )

    def _post(self, url: str, *, content: str, content_type: str,
              accept: str | None = None) -> httpx.Response:
        headers = {"Content-Type": f"{content_type}; charset=utf-8"}
        if accept:
            headers["Accept"] = accept
        try:
            response = self._client.post(url, content=content.encode("utf-8"), headers=headers)
        except httpx.HTTPError as exc:
            raise self._fail(url, exc) from exc
        if response.status_code == 400:
            raise QueryError("the SPARQL server rejected the query",
                             why=response.text.strip()[:500], fix="correct the query",
                             where=url)
        if response.is_error:
            raise self._fail(url, response=response)
        return response

    def _check(self) -> None:
        """Fail at open time, not at the first article, if the server is not there."""
        self._post(self.query_url, content="ASK {}", content_type="application/sparql-query",
                   accept="application/sparql-results+json")

    # -- Store protocol -------------------------------------------------------------------------

    def update(self, sparql: str) -> None:
        """Send one SPARQL UPDATE request (the server applies it as one transaction)."""
        if self._read_only or self.update_url is None:
            raise StoreError(f"the store at {shown(self.location)} is open read-only",
                             fix="set an update endpoint (KG_SPARQL_UPDATE_URL)")
        self._post(self.update_url, content=sparql, content_type="application/sparql-update")

    def replace_graphs(self, graphs: Mapping[str, Triples | None]) -> None:
        if not graphs:
            return
        if self._read_only or self.update_url is None:
            raise StoreError(f"the store at {shown(self.location)} is open read-only",
                             fix="set an update endpoint (KG_SPARQL_UPDATE_URL)")
        try:
            self._post(self.update_url, content=replace_graphs_update(graphs),
                       content_type="application/sparql-update")
        except QueryError as exc:  # we wrote the update: a refusal is the endpoint's
            raise self._secret_free(StoreError(
                f"the SPARQL server at {self.update_url} refused the update",
                why=exc.why, fix="check that KG_SPARQL_UPDATE_URL is the server's "
                "update endpoint")) from exc

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        text = bind_values(sparql, bindings or {})
        response = self._post(self.query_url, content=text,
                              content_type="application/sparql-query", accept=_SELECT_ACCEPT)
        kind = response.headers.get("content-type", "").split(";")[0].strip()
        if kind in ("application/sparql-results+json", "application/json"):
            data = json.loads(response.content)
            if "boolean" in data:
                return QueryResult(columns=[], rows=[], boolean=bool(data["boolean"]))
            columns = list(data["head"].get("vars", []))
            rows = [[_value(b.get(c)) for c in columns] for b in data["results"]["bindings"]]
            return QueryResult(columns=columns, rows=rows)
        graph = Graph().parse(data=response.content, format="nt")
        return QueryResult(columns=["subject", "predicate", "object"],
                           rows=[[str(s), str(p), str(o)] for s, p, o in graph])

    def stream(self, sparql: str, *, bindings: Mapping[str, Node] | None = None,
               default_graph: Sequence[str] = (), named_graphs: Sequence[str] = (),
               timeout: float | None = None) -> bool | Solutions | Iterator[ox.Triple]:
        """Send the query and parse the server's answer as it arrives (pyoxigraph terms).
        ``timeout`` bounds the whole answer: no byte for that long (an HTTP timeout) or an
        answer still coming after it raises :class:`QueryTimeoutError`."""
        text = bind_values(sparql, bindings or {})
        graph = _form(text) in ("CONSTRUCT", "DESCRIBE")
        params = ([("default-graph-uri", g) for g in default_graph]
                  + [("named-graph-uri", g) for g in named_graphs])
        headers = {"Content-Type": "application/sparql-query; charset=utf-8",
                   "Accept": "application/n-triples" if graph
                   else "application/sparql-results+json"}
        url = self.query_url
        deadline = None if timeout is None else time.monotonic() + timeout
        request = self._client.build_request(
            "POST", url, params=params, content=text.encode("utf-8"), headers=headers,
            **({} if timeout is None else {"timeout": httpx.Timeout(timeout)}))
        try:
            response = self._client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise _out_of_time(url, f"did not answer in {timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise self._fail(url, exc) from exc
        if response.is_error:
            response.read()
            response.close()
            if response.status_code == 400:
                raise QueryError("the SPARQL server rejected the query",
                                 why=response.text.strip()[:500], fix="correct the query",
                                 where=shown(url))
            raise self._fail(url, response=response)
        reader = _ResponseReader(self._chunks(response, url, timeout), deadline=deadline,
                                 timeout=timeout)
        if graph:
            return (q.triple for q in ox.parse(reader, ox.RdfFormat.N_TRIPLES))
        parsed = ox.parse_query_results(reader, ox.QueryResultsFormat.JSON)
        if isinstance(parsed, ox.QueryBoolean):
            return bool(parsed)
        variables = [v.value for v in parsed.variables]
        return variables, ([s[v] for v in variables] for s in parsed)

    def _chunks(self, response: httpx.Response, url: str,
                timeout: float | None) -> Iterator[bytes]:
        try:
            yield from response.iter_bytes()
        except httpx.TimeoutException as exc:
            raise _out_of_time(url, f"sent nothing for {timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise self._fail(url, exc) from exc
        finally:
            response.close()

    def triple_count(self) -> int:
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE "
                            "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        return int(result.rows[0][0] or 0)

    def graph_names(self) -> Iterator[str]:
        for (name,) in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }").rows:
            if name is not None:
                yield name

    def graph_triples(self, name: str) -> Iterator[ox.Triple]:
        """One graph's triples, streamed from the Graph Store Protocol (or a CONSTRUCT)."""
        if self.gsp_url is not None:
            url, method = self.gsp_url, "GET"
            request = {"params": {"graph": name}, "headers": {"Accept": "application/n-triples"}}
        else:
            url, method = self.query_url, "POST"
            text = bind_values("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                               {"g": URIRef(name)})
            request = {"content": text.encode("utf-8"),
                       "headers": {"Accept": "application/n-triples",
                                   "Content-Type": "application/sparql-query; charset=utf-8"}}
        try:
            with self._client.stream(method, url, **request) as response:
                if response.status_code == 404:  # the graph is not there: nothing to export
                    return
                if response.is_error:
                    response.read()
                    raise self._fail(url, response=response)
                yield from ox.parse(_ResponseReader(response.iter_bytes()),
                                    ox.RdfFormat.N_TRIPLES)
        except httpx.HTTPError as exc:
            raise self._fail(url, exc) from exc

    def dump(self, out: IO[bytes], *, fmt: str, graphs: Iterable[str] | None = None) -> None:
        names = list(graphs) if graphs is not None else list(self.graph_names())
        serialize_graphs(out, fmt=fmt, names=names, triples_of=self.graph_triples)

    def close(self) -> None:
        self._client.close()


def _out_of_time(url: str, what: str) -> QueryTimeoutError:
    """The error of a query the server did not finish in time (``what`` it failed to do)."""
    return QueryTimeoutError(f"the SPARQL server at {shown(url)} {what}",
                             fix="narrow the query or give it more time (--timeout)")
