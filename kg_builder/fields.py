"""The checks an article's fields must pass, shared by the reader and the RDF mapping.

The reader (:mod:`kg_builder.sources`) drops a bad optional field with a warning and fails an
article whose ``id`` or ``text`` is bad; the mapping (:mod:`kg_builder.rdf`) writes the values
these functions return, so what the reader let through always maps.

>>> web_iri("https://example.org/news/a b?q=[1]")
'https://example.org/news/a%20b?q=%5B1%5D'
>>> iso_date("2020-06-20")
('2020-06-20', 'date')
>>> iso_date("2020-06-20 10:30:00.500+00:00")
('2020-06-20T10:30:00.5Z', 'dateTime')
>>> iso_date("26-FEB-1987 17:42:11.10")
('1987-02-26T17:42:11.1', 'dateTime')
>>> iso_date("Sat, 05 Dec 2026 10:00:00 GMT")
('2026-12-05T10:00:00Z', 'dateTime')
>>> xml_safe("Reuter\x03")
'Reuter '
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from urllib.parse import quote

import pyoxigraph as ox

__all__ = ["iso_date", "quoted", "unicode_problem", "web_iri", "xml_safe"]

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
#: what a URL may keep as it is; everything else is percent-encoded (the mapping's rule of old)
_URL_SAFE = ":/?#[]@!$&'()*+,;=%-._~"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")
#: dates as news sources write them besides ISO 8601, each unambiguous: the day-month-year of
#: wire copy and Reuters-21578 ("26-FEB-1987 17:42:11.10"), and RFC 2822 / RFC 1123 (RSS
#: ``pubDate``, e-mail, HTTP: "Sat, 05 Dec 2026 10:00:00 GMT")
_DAY_MON_YEAR = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})"
                           r"(?:(?: +|T)(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?))?")
#: what wire copy leaves after a DD-MON-YYYY date: an escaped control character (Reuters-21578
#: writes "&#5;&#5;&#5;" and a routing code after 297 of its dates) or a "#" comment, and the rest
_WIRE_TRAILER = re.compile(r"\s*(?:&#(?:[0-9]|[12][0-9]|3[01]);|#).*\Z", re.S)
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+"
                      r"\d{2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}|[A-Z]{1,5})")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: what XML 1.0 cannot hold, even as a character reference: C0 controls but tab, line feed and
#: carriage return; lone surrogates; U+FFFE and U+FFFF. And the carriage return, which an XML
#: parser reads as a line feed unless it is written as a reference (Oxigraph writes it raw)
_NOT_XML = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")


def unicode_problem(text: str) -> str | None:
    """Why ``text`` is not valid Unicode (a lone surrogate, from a JSON escape such as
    ``\\ud800`` or a file name that is not UTF-8), or ``None``."""
    match = _SURROGATE.search(text)
    if match is None:
        return None
    return (f"a lone surrogate {ascii(match.group())[1:-1]} at character {match.start() + 1} "
            "(not valid Unicode)")


def web_iri(url: str) -> str:
    """The IRI of ``url`` as the graph writes it: characters an IRI cannot hold are
    percent-encoded (``[`` and ``]`` outside an IPv6 host too). Raises ``ValueError`` saying
    why when ``url`` is no absolute IRI even then (no scheme, no host, a bad ``%`` escape…)."""
    url = url.strip()
    if problem := unicode_problem(url):
        raise ValueError(problem)
    if not _SCHEME.match(url):
        raise ValueError("it has no scheme (such as https://)")
    iri = quote(url, safe=_URL_SAFE)
    scheme, _, rest = iri.partition(":")
    authority, tail = "", rest
    if rest.startswith("//"):
        end = next((i for i, c in enumerate(rest[2:], 2) if c in "/?#"), len(rest))
        authority, tail = rest[:end], rest[end:]
        if scheme.lower() in ("http", "https") and len(authority) <= 2:
            raise ValueError("it has no host")
    iri = f"{scheme}:{authority}{tail.replace('[', '%5B').replace(']', '%5D')}"
    try:
        ox.NamedNode(iri)
    except ValueError as exc:
        raise ValueError(f"it is not a valid IRI ({exc})") from None
    return iri


def xml_safe(text: str) -> str:
    """``text`` with each character XML 1.0 cannot hold (a control character such as U+0003,
    which ends every Reuters-21578 body; U+FFFE, U+FFFF) or reads as another (a carriage
    return) as a space: the form the graph writes, so that RDF/XML holds the same text as
    every other format, at the same offsets."""
    return _NOT_XML.sub(" ", text)


def iso_date(value: str) -> tuple[str, str]:
    """``(lexical form, 'date' or 'dateTime')`` of an ISO 8601 date (``2020-06-20``) or date
    and time (``2020-06-20T10:30:00Z``; a space for the ``T`` is accepted), or of a date in
    one of the other unambiguous forms news sources use (``26-FEB-1987 17:42:11.10``; RFC 2822,
    ``Sat, 05 Dec 2026 10:00:00 GMT``). Raises ``ValueError`` saying why for anything else
    (``2020-13-45``, ``June 20, 2020``, ``03/04/2020``).

    The lexical form is XML Schema's canonical one — the form a store keeps (Oxigraph turns
    ``+00:00`` into ``Z`` and drops trailing zeros of the seconds), so the digest the build
    records of a graph is the digest of what the store holds."""
    text = value.strip()
    if _DATE.fullmatch(text):
        try:
            dt.date.fromisoformat(text)
        except ValueError as exc:
            raise ValueError(f"it is not a real date ({exc})") from None
        return text, "date"
    text = text.replace(" ", "T", 1)
    if _DATETIME.fullmatch(text):
        try:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError as exc:
            raise ValueError(f"it is not a real date and time ({exc})") from None
        return _canonical(moment), "dateTime"
    return _other_date(value.strip())


def _other_date(text: str) -> tuple[str, str]:
    """The forms of :data:`_DAY_MON_YEAR` and :data:`_RFC2822`, else the ISO 8601 error."""
    found = _DAY_MON_YEAR.fullmatch(_WIRE_TRAILER.sub("", text))
    if found:
        day, month, year, clock = found.groups()
        try:
            date = dt.datetime.strptime(f"{day} {month} {year}", "%d %b %Y")
            if clock is None:
                return date.date().isoformat(), "date"
            parts = clock.split(":")
            seconds = float(parts[2]) if len(parts) > 2 else 0.0
            moment = date.replace(hour=int(parts[0]), minute=int(parts[1]),
                                  second=int(seconds),
                                  microsecond=round((seconds % 1) * 1_000_000))
        except ValueError as exc:
            raise ValueError(f"it is not a real date ({exc})") from None
        return _canonical(moment), "dateTime"
    if _RFC2822.fullmatch(text):
        try:
            moment = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"it is not a real date ({exc})") from None
        if moment.tzinfo is None:  # a zone name RFC 2822 does not define ("CEST")
            raise ValueError("its time zone is unknown (-0000, or a name RFC 2822 does not "
                             "define such as CEST): give the offset (+0200)")
        return _canonical(moment), "dateTime"
    raise ValueError("it is not an ISO 8601 date (YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss with an "
                     "optional zone), nor DD-MON-YYYY [hh:mm[:ss]] or an RFC 2822 date "
                     "(Sat, 05 Dec 2026 10:00:00 GMT)")


def _canonical(moment: dt.datetime) -> str:
    """XML Schema's canonical ``xsd:dateTime`` of ``moment``: no trailing zeros in the seconds,
    ``Z`` for UTC."""
    text = (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:"
            f"{moment.minute:02d}:{moment.second:02d}")
    if moment.microsecond:
        text += "." + f"{moment.microsecond:06d}".rstrip("0")
    offset = moment.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return text + "Z"
    sign = "+" if minutes > 0 else "-"
    return text + f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def quoted(value: object, *, limit: int = 80) -> str:
    """``value`` as a message may quote it: what is not printable (control characters, lone
    surrogates) escaped as in Python (``\\x1b``, ``\\ud800``), cut to ``limit`` characters.

    >>> quoted("a\\x1b[31mb\\ud800")
    'a\\\\x1b[31mb\\\\ud800'
    """
    text = value if isinstance(value, str) else str(value)
    text = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
