"""Resolve an event's time expression against the article's publication date.

Handles what news uses most: "in February", "on August 9", "May 9", "February this year",
"last year", "in 2006", "yesterday", "on Monday", "last week/month". Anything else keeps its
text and gets no date — never a guessed one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["resolve_time"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_DAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY_NUMBER = re.compile(r"\b([12]?\d|3[01])(?:st|nd|rd|th)?\b")


def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def resolve_time(text: str | None, published: str | None) -> tuple[str, str] | None:
    """``(ISO date, precision)`` for a time expression, or ``None`` if it cannot be pinned down.

    >>> resolve_time("in February", "2020-06-20")
    ('2020-02-01', 'month')
    >>> resolve_time("on May 9", "2020-06-20")
    ('2020-05-09', 'day')
    >>> resolve_time("last year", "2020-06-20")
    ('2019-01-01', 'year')
    """
    if not text:
        return None
    low = text.lower()
    words = re.findall(r"[a-z]+", low)
    base = _parse_published(published)
    year_match = _YEAR.search(low)
    year = int(year_match.group(1)) if year_match else None
    month = next((_MONTHS[w] for w in words if w in _MONTHS and (w != "may" or year or base)), None)
    if base is not None and year is None:
        if "last" in words and "year" in words:
            return f"{base.year - 1}-01-01", "year"
        if "this" in words and "year" in words and month is None:
            return f"{base.year}-01-01", "year"
        if "yesterday" in words:
            return (base - dt.timedelta(days=1)).isoformat(), "day"
        if "today" in words:
            return base.isoformat(), "day"
        if "last" in words and "month" in words:
            first = base.replace(day=1) - dt.timedelta(days=1)
            return first.replace(day=1).isoformat(), "month"
        day_name = next((w for w in words if w in _DAYS), None)
        if day_name is not None and month is None:
            back = (base.weekday() - _DAYS[day_name]) % 7 or 7
            return (base - dt.timedelta(days=back)).isoformat(), "day"
    if month is not None:
        if year is None:
            if base is None:
                return None
            year = base.year
            # "in November" in a June article, without "next": the last November.
            if month > base.month and "next" not in words and "this" not in words:
                year -= 1
        rest = _YEAR.sub(" ", low)
        day = _DAY_NUMBER.search(rest)
        if day is not None:
            try:
                return dt.date(year, month, int(day.group(1))).isoformat(), "day"
            except ValueError:
                return None
        return f"{year:04d}-{month:02d}-01", "month"
    if year is not None and not re.search(r"\b(since|until|between|before|after)\b", low):
        return f"{year:04d}-01-01", "year"
    return None
