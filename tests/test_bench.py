"""The benchmark's own machinery: scaling a store by renamed copies, and process-tree memory.

The benchmark itself (``make bench``) prints numbers and is not a test; these check that what it
builds and samples is right.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from bench.memory import descendants, tree_memory
from bench.run import bracket, median_round
from bench.scale import bulk_load_copies, compact, copies_needed, count_lines, rename_line, scaled_lines

ID = "https://w3id.org/kg-builder/id/"
GRAPH = "https://w3id.org/kg-builder/graph/article/bbc-1"
ONT = "https://w3id.org/kg-builder/ontology#"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # instance IRIs and the article graph get the suffix; ontology terms do not
        (f"<{ID}person/Tony_Blair> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{ONT}Person> <{GRAPH}> .\n",
         f"<{ID}person/Tony_Blair~c3> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{ONT}Person> <{GRAPH}~c3> .\n"),
        # a literal's text is left alone, even when it looks like an IRI or a blank node
        (f'<{ID}s/1> <{ONT}text> "see <{ID}x> and _:b0" <{GRAPH}> .\n',
         f'<{ID}s/1~c3> <{ONT}text> "see <{ID}x> and _:b0" <{GRAPH}~c3> .\n'),
        # the article identifier literal is renamed, so copies are distinct articles
        (f'<{ID}article/bbc-1> <http://purl.org/dc/terms/identifier> "bbc-1" <{GRAPH}> .\n',
         f'<{ID}article/bbc-1~c3> <http://purl.org/dc/terms/identifier> "bbc-1~c3" <{GRAPH}~c3> .\n'),
        # blank nodes (SHACL reports in quarantine graphs) are renamed outside literals
        ("_:r1 <http://www.w3.org/ns/shacl#result> _:r2 <https://w3id.org/kg-builder/graph/quarantine/q> .\n",
         "_:r1c3 <http://www.w3.org/ns/shacl#result> _:r2c3 <https://w3id.org/kg-builder/graph/quarantine/q~c3> .\n"),
    ],
)
def test_rename_line(line: str, expected: str) -> None:
    assert rename_line(line.encode(), 3).decode() == expected


@pytest.mark.parametrize(
    ("article", "ontology", "target", "copies"),
    [(100, 10, 1_000, 10), (100, 10, 1_010, 10), (100, 10, 1_011, 11), (0, 10, 1_000, 1), (100, 10, 5, 1)],
)
def test_copies_needed(article: int, ontology: int, target: int, copies: int) -> None:
    assert copies_needed(article, ontology, target) == copies


def _dump(tmp_path: Path) -> Path:
    lines = [
        f'<{ID}article/a> <http://purl.org/dc/terms/identifier> "a" <{GRAPH}> .',
        f"<{ID}e/1> <{ONT}agent> <{ID}person/p> <{GRAPH}> .",
        f"<{ID}person/p> <http://www.w3.org/2000/01/rdf-schema#label> \"P\"@en <{GRAPH}> .",
        f"<{ONT}Accusation> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <{ONT}Event>"
        " <https://w3id.org/kg-builder/graph/ontology> .",
    ]
    path = tmp_path / "corpus.nq"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("copies", [1, 4])
def test_scaled_store_has_distinct_copies_and_one_ontology(tmp_path: Path, copies: int) -> None:
    dump = _dump(tmp_path)
    assert count_lines(dump) == (3, 1)
    assert sum(1 for _ in scaled_lines(dump, copies)) == 3 * copies + 1
    bulk_load_copies(dump, tmp_path / "scaled", copies)
    compact(tmp_path / "scaled")  # as the bench does before it queries the scaled store
    store = ox.Store.read_only(str(tmp_path / "scaled"))
    assert len(store) == 3 * copies + 1
    ids = sorted(s["id"].value for s in store.query(
        "SELECT ?id WHERE { GRAPH ?g { ?a <http://purl.org/dc/terms/identifier> ?id } }"))
    assert ids == ["a"] + [f"a~c{k}" for k in range(1, copies)]
    assert len(list(store.named_graphs())) == copies + 1


def test_tree_memory_counts_children() -> None:
    # Regression: sampled while the child was still filling its buffer, PSS (read after RSS)
    # came out larger than RSS. The child now says when its memory is in place.
    child = subprocess.Popen([sys.executable, "-c", "import time; x = bytearray(64 << 20);"
                              " print('ready', flush=True); time.sleep(30)"],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        rss, pss, n = tree_memory(os.getpid())
        assert child.pid in descendants(os.getpid())
        assert n >= 2 and rss > 64 << 20 and 0 < pss <= rss
    finally:
        child.kill()
        child.communicate()


@pytest.mark.slow
def test_build_step_reports_the_failed_lines_of_a_corpus(tmp_path: Path) -> None:
    """Regression: the build step crashed on a corpus with failures (Reuters-21578 has
    articles without a body), after the whole build had run."""
    from bench.phases import build

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "r1", "title": "T", "text": "Standard Oil Co said it plans to form a venture."}\n'
        '{"id": "r2", "title": "NO BODY", "text": ""}\n'
        "not json\n", encoding="utf-8")
    result = build({"corpus": str(corpus), "store": str(tmp_path / "store"), "workers": 1})
    assert result["built"] == 1
    assert result["failed"] == 2
    assert all(f.startswith(str(corpus)) for f in result["failures"]), result["failures"]


@pytest.mark.parametrize(
    ("before_s", "after_s", "before_cpu", "after_cpu", "wps", "cpu", "drift"),
    [
        # 1,000 words in 1 s, then in 2 s: met halfway in words/s (750), not in seconds
        (1.0, 2.0, 1.0, 2.0, 750.0, 1.5, -0.5),
        (2.0, 1.0, 2.2, 1.2, 750.0, 1.7, 1.0),
        # no drift: the reference is the ceiling as measured
        (4.0, 4.0, 3.9, 3.9, 250.0, 3.9, 0.0),
    ],
)
def test_bracket_meets_a_drifting_ceiling_halfway(before_s: float, after_s: float,
                                                  before_cpu: float, after_cpu: float,
                                                  wps: float, cpu: float, drift: float) -> None:
    before = {"words": 1000, "total_s": before_s, "rusage": {"cpu_s": before_cpu}, "workers": 1}
    after = {"words": 1000, "total_s": after_s, "rusage": {"cpu_s": after_cpu}, "workers": 1}
    ref = bracket(before, after)
    assert ref["words"] / ref["total_s"] == pytest.approx(wps)
    assert ref["rusage"]["cpu_s"] == pytest.approx(cpu)
    assert ref["drift"] == pytest.approx(drift)
    assert ref["workers"] == 1 and before["total_s"] == before_s  # the inputs are not changed


@pytest.mark.parametrize(("ratios", "expected"), [
    ([0.9], 0),
    ([0.78, 0.93, 0.88], 2),  # one slow round does not decide
    ([0.95, 0.81, 0.90, 0.86], 3),  # even count: the lower middle round, a measured one
    ([0.9, 0.9, 0.9], 1),  # ties: the middle in order
])
def test_median_round_is_a_measured_round(ratios: list[float], expected: int) -> None:
    assert median_round(ratios) == expected


@pytest.mark.slow
def test_ceiling_step_reports_kernel_time_and_page_faults(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A step's figures carry its processes' kernel time and minor page faults (the cost of
    memory handed back to the kernel and faulted in again), and the report prints them."""
    import json

    from bench.phases import parse_settings
    from bench.run import _ceiling_line

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "r1", "title": "T", "text": "Standard Oil Co said it plans to form a venture."}\n',
        encoding="utf-8")
    out = tmp_path / "ceiling.json"
    subprocess.run([sys.executable, "-m", "bench.phases", "ceiling",
                    json.dumps({"corpus": str(corpus), "workers": 1, "ops": "numpy",
                                **parse_settings()}), str(out)],
                   cwd=Path(__file__).resolve().parent.parent, check=True, timeout=300,
                   capture_output=True)
    result = json.loads(out.read_text())
    assert result["docs"] == 1
    # the clock starts before spaCy is imported, as a build's worker imports it inside its clock
    assert result["import_s"] > 0.05  # importing spaCy in a fresh process takes ~0.5 s here
    assert result["total_s"] == pytest.approx(
        result["import_s"] + result["load_s"] + result["pipe_s"])
    assert 0 < result["rusage"]["system_s"] < result["rusage"]["cpu_s"]
    assert result["rusage"]["minor_faults"] > 1000  # loading the model alone maps ~100 MB
    result.update(blas_at_start=None, tree_peak={"rss": 1, "pss": 1})
    _ceiling_line(print, result)
    assert f"{result['rusage']['minor_faults']:,} minor page faults" in capsys.readouterr().out
