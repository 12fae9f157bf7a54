"""Throughput, memory, query and export benchmark for kg_builder (``make bench``).

Not a test: it measures and prints numbers (see ``bench/README.md``). Every measured step runs
in its own child process (``python -m bench.phases``), so each step's peak memory and spaCy ops
setting are its own.
"""
