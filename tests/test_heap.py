"""A parsing process keeps the memory it frees instead of taking it back from the kernel one
zeroed page at a time (:mod:`kg_builder._heap`). Measured by what the kernel counts: minor page
faults of a fresh process that allocates and frees 90 MB in 3 MB blocks, twenty times over."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
    reason="the allocator settings are glibc's",
)

#: like spaCy's batches: many blocks of a few MB, all freed together; prints the minor page
#: faults of the rounds after the first
_CHURN = """
import resource, sys
{setup}
def batch():
    blocks = [bytearray(3 * 2**20) for _ in range(30)]
    del blocks
batch()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(20):
    batch()
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""

#: 20 rounds x 90 MB in 4 KiB pages, if every round faults its memory in again
_EVERY_PAGE_AGAIN = 20 * 90 * 2**20 // 4096


def _faults(setup: str, *, env: dict[str, str] | None = None) -> int:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    out = subprocess.run([sys.executable, "-c", _CHURN.format(setup=setup)], cwd=ROOT,
                         env={**clean, **(env or {})}, capture_output=True, text=True,
                         check=True, timeout=300)
    return int(out.stdout.split()[-1])


@pytest.mark.parametrize(("setup", "env", "kept"), [
    ("", None, False),  # glibc's defaults: freed blocks go back to the kernel
    ("from kg_builder._heap import keep_freed_memory; keep_freed_memory()", None, True),
    # a threshold the user set in the environment wins over ours
    ("from kg_builder._heap import keep_freed_memory; keep_freed_memory()",
     {"MALLOC_TRIM_THRESHOLD_": "131072"}, False),
], ids=["defaults", "kept", "user-setting-wins"])
def test_freed_memory_is_kept_only_when_asked(setup: str, env: dict[str, str] | None,
                                              kept: bool) -> None:
    faults = _faults(setup, env=env)
    if kept:
        assert faults < _EVERY_PAGE_AGAIN // 50
    else:
        assert faults > _EVERY_PAGE_AGAIN // 2


def test_keep_freed_memory_says_what_it_set(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg_builder._heap import HEAP_SETTINGS, keep_freed_memory

    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", str(HEAP_SETTINGS["MALLOC_TRIM_THRESHOLD_"][1]))
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    assert keep_freed_memory() == {"MALLOC_MMAP_THRESHOLD_": 32 * 1024**2}


@pytest.mark.slow
def test_loading_the_pipeline_keeps_freed_memory() -> None:
    """Every process that parses loads the pipeline this way: kg_builder's workers, Dask
    workers, a small build in the main process, and the bench's ceiling."""
    faults = _faults("from kg_builder.nlp import load_pipeline; load_pipeline()")
    assert faults < _EVERY_PAGE_AGAIN // 50
