"""The public names of the package (httpx-style exported-members test).

Most names are loaded on first use (PEP 562 ``__getattr__`` in ``kg_builder/__init__.py``), so
``import kg_builder`` stays light; they must still be exactly ``__all__``, listed by ``dir()``,
importable with ``from kg_builder import …`` and the very objects their modules define."""

import importlib
import inspect

import pytest

import kg_builder


def test_all_is_exact_and_importable():
    for name in kg_builder.__all__:
        assert hasattr(kg_builder, name), name
    public = {n for n, v in vars(kg_builder).items()
              if not n.startswith("_") and not inspect.ismodule(v) and n != "annotations"}
    assert public == set(kg_builder.__all__) - {"__version__"}


def test_dir_lists_every_public_name():
    listed = {n for n in dir(kg_builder) if not n.startswith("_")
              and not inspect.ismodule(getattr(kg_builder, n)) and n != "annotations"}
    assert listed == set(kg_builder.__all__) - {"__version__"}


def test_star_import_gives_all():
    namespace: dict[str, object] = {}
    exec("from kg_builder import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(kg_builder.__all__)


@pytest.mark.parametrize(("name", "module"), [
    ("BuildOptions", "kg_builder.pipeline"),
    ("BuildSummary", "kg_builder.pipeline"),
    ("build", "kg_builder.pipeline"),
    ("remove_article", "kg_builder.pipeline"),
    ("list_queries", "kg_builder.query"),
    ("open_query", "kg_builder.query"),
    ("run_query", "kg_builder.query"),
    ("read_inputs", "kg_builder.sources"),
    ("OxigraphStore", "kg_builder.store"),
    ("QueryResult", "kg_builder.store"),
    ("Store", "kg_builder.store"),
    ("open_store", "kg_builder.store"),
])
def test_a_lazy_name_is_its_modules_object(name: str, module: str):
    assert getattr(kg_builder, name) is getattr(importlib.import_module(module), name)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="module 'kg_builder' has no attribute 'biuld'"):
        kg_builder.biuld  # noqa: B018
    with pytest.raises(ImportError, match="cannot import name 'biuld'"):
        exec("from kg_builder import biuld", {})
