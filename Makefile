# kg_builder — the two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg
STAMP  := $(VENV)/.installed
SEED   := examples/000_5095e6f94f9df535.txt

.PHONY: demo test fuzz setup java browser rapper bench bench-serve bench-full golden golden-check vocab companies given-names docs clean

setup: $(STAMP)

# Creates .venv and installs kg_builder with its pinned dependencies (spaCy model included)
# and the test tools. Re-runs when pyproject.toml changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@$(MAKE) --no-print-directory java
	@$(MAKE) --no-print-directory browser
	@$(MAKE) --no-print-directory rapper
	touch $(STAMP)

# HermiT (owlready2's reasoner) needs Java; install a JRE if the machine has none.
java:
	@if command -v java >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Java (openjdk-17-jre-headless) for the OWL reasoner"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null; \
	else echo "warning: no Java found; install a JRE (17+) for 'kg ontology check' and its tests" >&2; fi

# The browser tests of `kg serve` drive Debian's Chromium (Playwright's own download is not used).
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Chromium (chromium, chromium-driver) for the browser tests of kg serve"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	else echo "warning: no /usr/bin/chromium; install Chromium for the browser tests of kg serve" >&2; fi

# The export tests parse every format with a third, independent RDF parser: rapper (Raptor).
rapper:
	@if command -v rapper >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  echo "installing rapper (raptor2-utils) for the export round-trip tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq raptor2-utils >/dev/null; \
	else echo "warning: no rapper found; install raptor2-utils for the export round-trip tests" >&2; fi

demo: $(STAMP)
	rm -rf out/demo-store
	$(KG) build $(SEED) --store out/demo-store
	$(KG) query who-accused-whom --store out/demo-store
	$(KG) export --store out/demo-store --format turtle -o out/kg.ttl

test: $(STAMP)
	$(PY) -m pytest -q

# Property-based tests of the whole path (tests/fuzz) with the fuzz profile: over 50,000 generated
# cases (make test runs the same tests with about 2,900). Prints the cases each test ran; a crash
# prints its falsifying example and the @reproduce_failure line that replays it, and is kept in
# .hypothesis/fuzz (gitignored), which the next run replays first. 20-40 min on 2 busy cores.
fuzz: $(STAMP)
	KG_FUZZ_PROFILE=fuzz $(PY) -m pytest -q tests/fuzz --hypothesis-show-statistics

# Throughput, memory, query latency and export benchmark (prints numbers; see bench/README.md).
# `make bench` parses the first BENCH_LIMIT BBC articles (~15 min on 2 cores); bench-full all 2,225.
BENCH_LIMIT ?= 400
BENCH_ARGS  ?=
# Then the cost of one long article (10 K to 1 M characters of joined BBC articles, ~5 min) and the
# English check on every BBC and Reuters article and on tests/data/language/ (~5 s).
# kg_builder's bytecode is written first, as an installed wheel has it: with
# PYTHONDONTWRITEBYTECODE=1 in the environment, every spawned worker would compile kg_builder's
# modules from source (~0.1 CPU s each, measured; bench/README.md).
bench: $(STAMP)
	$(PY) -m compileall -q kg_builder > /dev/null
	$(PY) -m bench --limit $(BENCH_LIMIT) $(BENCH_ARGS)
	$(PY) -m bench.long_articles
	$(PY) -m bench.language

# kg serve page latencies and 20 clients for 60 s on a store replicated to 10M quads (bench/serve.py);
# `make bench` runs the same on its scaled store. BENCH_SERVE_ARGS=--store DIR for a store of yours.
BENCH_SERVE_ARGS ?= --corpus ../shared/data/bbc_news/bbc_news.jsonl --limit 400 --scale-target 10000000
bench-serve: $(STAMP)
	$(PY) -m bench.serve $(BENCH_SERVE_ARGS)

bench-full: $(STAMP)
	$(PY) -m compileall -q kg_builder > /dev/null
	$(PY) -m bench $(BENCH_ARGS)

# Refactoring goldens (bench/golden.py): `make golden` records what this commit makes of a fixed
# corpus (seed, PLOVER, 400 BBC, 200 Reuters); `make golden-check` compares the working tree with it.
GOLDEN ?= out/golden
golden: $(STAMP)
	$(PY) -m bench.golden record $(GOLDEN)

golden-check: $(STAMP)
	$(PY) -m bench.golden check $(GOLDEN)

vocab: $(STAMP)
	$(PY) -m kg_builder._vocabgen

# kg_builder/rules/companies.jsonl: listed companies, from the pytickersymbols package (see
# kg_builder/_companygen.py); run after upgrading that package, then review the diff.
companies: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[companies]'
	$(PY) -m kg_builder._companygen

# kg_builder/rules/given_names_world.txt: first names of many countries, from the Faker package
# (see kg_builder/_givennamegen.py); run after upgrading that package, then review the diff.
given-names: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[given-names]'
	$(PY) -m kg_builder._givennamegen

# docs/ontology.md is generated from ontology/*.ttl; tests/test_owl.py fails when it is stale.
docs: $(STAMP)
	$(KG) ontology docs -o docs/ontology.md

clean:
	rm -rf out kg-store .pytest_cache build dist
