"""Event times resolved against the article date."""

import doctest

import pytest

import kg_builder.timex
from kg_builder.timex import resolve_time


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("in February", "2020-06-20", ("2020-02-01", "month")),
        ("In February this year", "2020-06-20", ("2020-02-01", "month")),
        ("in November", "2020-06-20", ("2019-11-01", "month")),
        ("on May 9", "2020-06-20T08:00:00Z", ("2020-05-09", "day")),
        ("last year", "2020-06-20", ("2019-01-01", "year")),
        ("in 2006", None, ("2006-01-01", "year")),
        ("on Monday", "2020-06-20", ("2020-06-15", "day")),
        ("yesterday", "2020-06-20", ("2020-06-19", "day")),
        ("in February", None, None),
        ("for a year", "2020-06-20", None),
        ("between 2000 and 2011", "2020-06-20", None),
        ("on February 30", "2020-06-20", None),
    ],
)
def test_resolve_time(text, published, expected):
    assert resolve_time(text, published) == expected


def test_doctests():
    assert doctest.testmod(kg_builder.timex).failed == 0
