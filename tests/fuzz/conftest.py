"""Hypothesis profiles for the property-based tests of the whole path, and their tally.

Two profiles, chosen by ``KG_FUZZ_PROFILE``:

- ``ci`` (the default; ``make test`` and ``.ci/run``): about 2,900 generated cases in
  all, about a minute on two busy cores;
- ``fuzz`` (``make fuzz``): about 53,000. Each test says how many cases it takes in each
  profile (:func:`examples`): the cheap layers most, the real model end to end fewest.

A failing case prints the falsifying example and the ``@reproduce_failure(...)`` line that
replays it; failures are kept in the example database under ``.hypothesis/`` (gitignored) and
replayed first on the next run. At the end pytest prints how many cases each test ran.
"""

from __future__ import annotations

import os
import time
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

PROFILE = os.environ.get("KG_FUZZ_PROFILE", "ci")
if PROFILE not in ("ci", "fuzz"):
    raise pytest.UsageError(f"KG_FUZZ_PROFILE={PROFILE!r}: use 'ci' or 'fuzz'")

_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
for _name in ("ci", "fuzz"):
    settings.register_profile(
        _name,
        deadline=None,  # two cores shared by several jobs: times per case vary too much
        print_blob=True,  # a failure prints @reproduce_failure(...) to replay it
        database=DirectoryBasedExampleDatabase(os.path.join(_ROOT, ".hypothesis", _name)),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
settings.load_profile(PROFILE)

#: test name → cases it ran in this session (each call of the test body)
CASES: Counter[str] = Counter()
_START = time.monotonic()


def examples(*, ci: int, fuzz: int) -> int:
    """How many cases a test generates in the active profile."""
    return ci if PROFILE == "ci" else fuzz


def ran(name: str) -> None:
    """Count one case of the test ``name`` (called first in each test body)."""
    CASES[name] += 1


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not CASES:
        return
    write = terminalreporter.write_line
    terminalreporter.section(f"property-based tests (profile {PROFILE})")
    for name, count in sorted(CASES.items()):
        write(f"{count:>8,}  {name}")
    failed = len(terminalreporter.stats.get("failed", []))
    write(f"{CASES.total():>8,}  cases in all, {time.monotonic() - _START:,.0f} s since the "
          f"fuzz tests were collected; {failed} failed test(s) (each failure above shows its "
          "falsifying example and @reproduce_failure line)")
