"""The web app of ``kg serve`` (Starlette): pages, Linked Data, search, the network view and a
read-only SPARQL 1.1 Protocol endpoint.

Routes::

    /                        home: what the store holds, search, links
    /search?q=               entities by name or alias (word or prefix), most reported first
    /id/{path}               a resource: HTML page, or Turtle / JSON-LD / N-Triples by Accept
    /network                 the actor network (cytoscape), /api/network and /api/edge feed it
    /sparql                  SPARQL 1.1 Protocol (GET/POST); a query page for browsers
    /queries/{name}.csv|json a named query, parameters from the query string
    /static/…                CSS, scripts, the vendored cytoscape.js and its licence

Every store query runs in a worker process (:mod:`kg_builder.serve.pool`); search and the
network read the SQLite side index (:mod:`kg_builder.serve.search`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..query import list_queries
from .data import ID
from .linked import RDF_MEDIA, to_rdf
from .options import LOOPBACK, ServeOptions
from .pool import Busy, QueryTimeout, TaskError, WorkerPool
from .protocol import accepted_media
from .search import SearchIndex, index_path, sync_index

__all__ = ["DEFAULT_TYPES", "create_app"]

HERE = Path(__file__).resolve().parent
#: the event types the network view shows by default
DEFAULT_TYPES = ("Accusation", "Criticism", "Sanction", "Threat")
_SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
     b"img-src 'self' data:; "
     b"connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
     b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class _BodyCap:
    """Refuse request bodies larger than ``cap`` bytes with 413 (by Content-Length, or while
    reading a body sent without one); add the security headers to every response."""

    def __init__(self, app: ASGIApp, *, cap: int) -> None:
        self.app = app
        self.cap = cap

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for key, value in scope["headers"]:
            if key == b"content-length":
                try:
                    too_big = int(value) > self.cap
                except ValueError:
                    too_big = True
                if too_big:
                    await _plain(send, 413, f"request body larger than {self.cap} bytes")
                    return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.cap:
                    raise _TooLarge
            return message

        async def headed(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", []),
                                                  *_SECURITY_HEADERS]}
            await send(message)

        try:
            await self.app(scope, counted, headed)
        except _TooLarge:
            if not started:
                await _plain(send, 413, f"request body larger than {self.cap} bytes")


class _TooLarge(Exception):
    pass


async def _plain(send: Send, status: int, text: str) -> None:
    body = (text + "\n").encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *_SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def _short(iri: str) -> str:
    return iri[len(ID):] if iri.startswith(ID) else iri


def _encoded_path(request: Request) -> str:
    """What follows ``/id/`` in the request as it was sent, still percent-encoded: IRIs hold
    the encoded form (``article/a%20b``, ``article/%2E``, ``person/%D0%9F…``), and Starlette's
    path parameter is decoded, so ``ID + path_params`` named another IRI or none."""
    raw = request.scope.get("raw_path")
    prefix = request.scope.get("root_path", "") + "/id/"
    if raw:
        text = raw.decode("latin-1")
        if text.startswith(prefix):
            return text[len(prefix):]
    return quote(request.path_params["path"], safe="/:@!$&'()*+,;=-._~")


def _local_href(iri: str | None) -> str:
    """The page of a resource on this server (``/id/…``), or the IRI itself if it is not ours
    and is a web address; ``""`` for anything else (``javascript:`` and the like)."""
    if not iri:
        return ""
    if iri.startswith(ID):
        return "/id/" + iri[len(ID):]
    if iri.lower().startswith(("http://", "https://")):
        return iri
    return ""


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["href"] = _local_href
    env.filters["short"] = _short
    env.filters["urlquote"] = lambda s: quote(str(s or ""), safe="")
    env.globals["version"] = __version__
    return env


class _Index:
    """The search index, read through one SQLite connection per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def get(self) -> SearchIndex:
        index = getattr(self._local, "index", None)
        if index is None:
            index = self._local.index = SearchIndex(self.path, read_only=True)
        return index


def _month(value: str | None) -> str | None:
    value = (value or "").strip()
    if len(value) >= 7 and value[4] == "-" and value[:4].isdigit() and value[5:7].isdigit():
        return value[:7]
    return None


def _filters(request: Request) -> dict[str, Any]:
    q = request.query_params
    if "types" in q:
        types = [t for t in q.getlist("types") for t in t.split(",") if t.strip()]
    else:
        types = list(DEFAULT_TYPES)
    try:
        conf = float(q.get("min_confidence") or 0) or None
    except ValueError:
        conf = None
    return {"types": [t.strip() for t in types], "since": _month(q.get("since")),
            "until": _month(q.get("until")), "min_confidence": conf}


def create_app(options: ServeOptions, *, sync: bool = True) -> Starlette:
    """The app for ``options``. At start-up it brings the search index up to date
    (``sync=False`` skips that) and starts the query workers; at shutdown it stops them."""
    env = _environment()
    pool = WorkerPool(options.store, size=options.workers, timeout=options.timeout,
                      settings={"row_cap": options.row_cap})
    path = options.index or index_path(options.store)
    index = _Index(path)

    def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(name).render(request=request, store=options.store, **context)
        return HTMLResponse(html, status_code=status)

    def error(request: Request, status: int, message: str) -> Response:
        if _wants_html(request):
            return render(request, "error.html", status=status, status_code=status,
                          message=message)
        return Response(message + "\n", status_code=status, media_type="text/plain")

    async def page_data(page: str, **args: Any) -> Any:
        return await pool.run("page", {"page": page, "args": args})

    def guarded(handler: Callable[[Request], Awaitable[Response]]
                ) -> Callable[[Request], Awaitable[Response]]:
        async def wrapper(request: Request) -> Response:
            try:
                return await handler(request)
            except QueryTimeout as exc:
                return error(request, 503, str(exc))
            except Busy as exc:
                return error(request, 503, str(exc))
            except TaskError as exc:
                return error(request, exc.status, exc.message)
        return wrapper

    # -- pages ----------------------------------------------------------------------------------

    async def home(request: Request) -> Response:
        counts = await run_in_threadpool(lambda: index.get().counts())
        top = await run_in_threadpool(lambda: index.get().edges(types=list(DEFAULT_TYPES),
                                                                 limit=10))
        return render(request, "home.html", counts=counts, top=top,
                      queries=list_queries().values())

    async def search(request: Request) -> Response:
        text = request.query_params.get("q", "")
        try:
            limit = min(100, max(1, int(request.query_params.get("limit", "20"))))
        except ValueError:
            limit = 20
        hits = await run_in_threadpool(lambda: index.get().search(text, limit=limit))
        if not _wants_html(request) or request.query_params.get("format") == "json":
            return JSONResponse([{"iri": h.iri, "label": h.label, "kind": h.kind,
                                  "reports": h.reports, "articles": h.articles,
                                  "href": _local_href(h.iri)} for h in hits])
        return render(request, "search.html", q=text, hits=hits)

    async def resource(request: Request) -> Response:
        path = _encoded_path(request)
        iri = ID + path
        fmt = _rdf_format(request)
        if fmt is not None:
            described = await page_data("describe", iri=iri)
            if not described["triples"]:
                return error(request, 404, f"nothing is known about <{iri}>")
            body = await run_in_threadpool(to_rdf, iri, described["triples"], fmt)
            return Response(body, media_type=RDF_MEDIA[fmt], headers={"Vary": "Accept"})
        kind = path.split("/", 1)[0]
        if kind == "event":
            data = await page_data("event", iri=iri)
            template = "event.html"
        elif kind == "article":
            data = await page_data("article", iri=iri)
            template = "article.html"
        else:
            data = await page_data("entity", iri=iri)
            template = "entity.html"
            if data is not None:
                data["type_counts"] = await run_in_threadpool(
                    lambda: index.get().type_counts(iri))
        if data is None:
            return error(request, 404, f"nothing is known about <{iri}>")
        links = {f: f"/id/{path}?format={f}" for f in RDF_MEDIA}
        response = render(request, template, d=data, iri=iri, rdf_links=links)
        response.headers["Vary"] = "Accept"
        return response

    async def network(request: Request) -> Response:
        from .taxonomy import NKG

        types = await run_in_threadpool(lambda: index.get().event_types())
        return render(request, "network.html", filters=_filters(request), all_types=types,
                      default_types=DEFAULT_TYPES, nkg=NKG)

    async def api_network(request: Request) -> Response:
        f = _filters(request)
        node = request.query_params.get("node") or None
        try:
            limit = min(2000, max(1, int(request.query_params.get("limit", "200"))))
        except ValueError:
            limit = 200

        def read() -> dict[str, Any]:
            ix = index.get()
            edges = ix.edges(**f, node=node, limit=limit)
            nodes: dict[str, dict[str, Any]] = {}
            for e in edges:
                for iri, label, kind in ((e.agent, e.agent_label, e.agent_kind),
                                         (e.target, e.target_label, e.target_kind)):
                    n = nodes.setdefault(iri, {"id": iri, "label": label, "kind": kind,
                                               "reports": 0, "href": _local_href(iri)})
                    n["reports"] += e.reports
            return {"nodes": list(nodes.values()),
                    "edges": [{"id": f"{e.agent} {e.target}", "source": e.agent,
                               "target": e.target, "reports": e.reports, "events": e.events,
                               "types": list(e.types)} for e in edges],
                    "timeline": ix.timeline(types=f["types"], min_confidence=f["min_confidence"],
                                            node=node),
                    "filters": f}
        return JSONResponse(await run_in_threadpool(read))

    async def api_edge(request: Request) -> Response:
        agent = request.query_params.get("agent", "")
        target = request.query_params.get("target", "")
        if not (agent.startswith(ID) and target.startswith(ID)):
            return error(request, 400, "agent and target must be IRIs of this graph")
        data = await page_data("edge", agent=agent, target=target, **_filters(request))
        for ev in data["events"]:
            ev["href"] = _local_href(ev["iri"])
        return JSONResponse(data)

    # -- SPARQL ---------------------------------------------------------------------------------

    async def sparql(request: Request) -> Response:
        params = list(request.query_params.multi_items())
        query: str | None = None
        if request.method == "POST":
            kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
            body = (await request.body()).decode("utf-8", "replace")
            if kind == "application/sparql-update":
                return error(request, 403, "this endpoint is read-only: SPARQL updates are refused")
            if kind == "application/sparql-query":
                query = body
            elif kind == "application/x-www-form-urlencoded":
                params += parse_qsl(body, keep_blank_values=True)
            else:
                return error(request, 415, "send application/sparql-query or an HTML form "
                                           "(application/x-www-form-urlencoded)")
        fields: dict[str, list[str]] = {}
        for key, value in params:
            fields.setdefault(key, []).append(value)
        if "update" in fields:
            return error(request, 403, "this endpoint is read-only: SPARQL updates are refused")
        if query is None:
            if len(fields.get("query", [])) > 1:
                return error(request, 400, "give one query")
            query = (fields.get("query") or [None])[0]
        html = _wants_html(request) and "format" not in fields
        if query is None or not query.strip():
            if html:
                return render(request, "sparql.html", query=_EXAMPLE, result=None,
                              queries=_examples())
            return error(request, 400, "no query: pass ?query=… (SPARQL 1.1 Protocol)")
        accept = ("application/sparql-results+json, text/turtle" if html
                  else request.headers.get("accept", ""))
        payload = {"query": query, "accept": accept,
                   "format": None if html else (fields.get("format") or [None])[0],
                   "default_graph": fields.get("default-graph-uri", []),
                   "named_graphs": fields.get("named-graph-uri", [])}
        if html:
            return await _sparql_page(request, query, payload)
        stream = pool.stream("sparql", payload)
        first = await stream.__anext__()
        if first[0] == "error":
            await stream.aclose()
            return error(request, first[1], first[2])
        head = first[1]

        async def body() -> AsyncIterator[bytes]:
            async with contextlib.aclosing(stream):
                async for message in stream:
                    if message[0] == "chunk":
                        yield message[1]
                    elif message[0] == "error":  # too late for a status: cut the answer
                        raise RuntimeError(message[2])

        return StreamingResponse(body(), media_type=head["media_type"],
                                 headers={"Vary": "Accept",
                                          "X-Row-Cap": str(options.row_cap)})

    async def _sparql_page(request: Request, query: str, payload: dict[str, Any]) -> Response:
        chunks: list[bytes] = []
        info: dict[str, Any] = {}
        message_error: tuple[int, str] | None = None
        try:
            async with contextlib.aclosing(pool.stream("sparql", payload)) as stream:
                async for message in stream:
                    if message[0] == "chunk":
                        chunks.append(message[1])
                    elif message[0] in ("head", "end"):
                        info.update(message[1])
                    elif message[0] == "error":
                        message_error = (message[1], message[2])
        except (QueryTimeout, Busy) as exc:
            message_error = (503, str(exc))
        result: dict[str, Any] | None = None
        if message_error is None:
            raw = b"".join(chunks)
            if info.get("form") in ("CONSTRUCT", "DESCRIBE"):
                result = {"graph": raw.decode("utf-8")}
            else:
                data = json.loads(raw)
                if "boolean" in data:
                    result = {"boolean": data["boolean"]}
                else:
                    variables = data["head"]["vars"]
                    rows = [[b.get(v) for v in variables] for b in data["results"]["bindings"]]
                    result = {"vars": variables, "rows": rows[:1000], "count": len(rows),
                              "truncated": info.get("truncated", False)}
        status = message_error[0] if message_error else 200
        return render(request, "sparql.html", status=status, query=query, result=result,
                      problem=message_error[1] if message_error else None,
                      queries=_examples(), encoded=quote(query, safe=""))

    async def named(request: Request) -> Response:
        name, ext = request.path_params["name"], request.path_params["ext"]
        if name not in list_queries():
            return error(request, 404, f"no named query '{name}' (see /sparql for the list)")
        if ext not in ("csv", "json"):
            return error(request, 404, "use .csv or .json")
        params = dict(request.query_params)
        result = await pool.run("named", {"name": name, "params": params, "format": ext})
        media = "text/csv; charset=utf-8" if ext == "csv" else "application/json"
        return Response(result["body"], media_type=media,
                        headers={"X-Row-Cap": str(options.row_cap),
                                 "X-Rows-Truncated": str(result["truncated"]).lower()})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if sync or not path.exists():
            await asyncio.get_running_loop().run_in_executor(None, _sync, options.store, path)
        await pool.start()
        app.state.pool = pool
        try:
            yield
        finally:
            await pool.close()

    routes = [
        Route("/", guarded(home)),
        Route("/search", guarded(search)),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Route("/id/{path:path}", guarded(resource)),
        Route("/network", guarded(network)),
        Route("/api/network", guarded(api_network)),
        Route("/api/edge", guarded(api_edge)),
        Route("/sparql", guarded(sparql), methods=["GET", "POST"]),
        Route("/queries/{name}.{ext}", guarded(named)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    middleware = [Middleware(_BodyCap, cap=options.body_cap)]
    if options.host in LOOPBACK:  # a page elsewhere cannot reach us by a rebound DNS name
        middleware.append(Middleware(TrustedHostMiddleware,
                                     allowed_hosts=["127.0.0.1", "localhost", "[::1]", "::1"]))
    if options.cors:
        middleware.append(Middleware(CORSMiddleware, allow_origins=[options.cors],
                                     allow_methods=["GET", "POST"],
                                     allow_headers=["Accept", "Content-Type"]))
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)


def _sync(store_location: str, path: Path) -> None:
    from ..store import open_store

    store = open_store(store_location, read_only=True)
    try:
        sync_index(store, path)
    finally:
        store.close()


_EXAMPLE = """PREFIX nkg: <https://w3id.org/kg-builder/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT ?accuser ?accused WHERE {
  GRAPH ?g {
    ?e a nkg:Accusation ; nkg:agent ?a ; nkg:target ?t .
    ?a rdfs:label ?accuser .
    ?t rdfs:label ?accused .
  }
}
LIMIT 100
"""


def _examples() -> list[Any]:
    return [q for q in list_queries().values() if not q.name.startswith("serve-")]


def _wants_html(request: Request) -> bool:
    for _, _, media in accepted_media(request.headers.get("accept", "")):
        if media in ("text/html", "application/xhtml+xml"):
            return True
        if media != "*/*":
            return False
    return False


def _rdf_format(request: Request) -> str | None:
    """The RDF format asked for (``?format=`` or ``Accept``), or ``None`` for the HTML page."""
    fmt = request.query_params.get("format")
    aliases = {"ttl": "turtle", "turtle": "turtle", "nt": "ntriples", "ntriples": "ntriples",
               "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld"}
    if fmt:
        return aliases.get(fmt.lower())
    media_formats = {m: f for f, m in RDF_MEDIA.items()}
    media_formats.update({"application/json": "jsonld", "text/plain": "ntriples",
                          "application/x-turtle": "turtle"})
    for _, _, media in accepted_media(request.headers.get("accept", "")):
        if media in ("text/html", "application/xhtml+xml", "*/*"):
            return None
        if media in media_formats:
            return media_formats[media]
    return None
