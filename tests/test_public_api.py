"""The public names of the package (httpx-style exported-members test)."""

import inspect

import kg_builder


def test_all_is_exact_and_importable():
    for name in kg_builder.__all__:
        assert hasattr(kg_builder, name), name
    public = {n for n, v in vars(kg_builder).items()
              if not n.startswith("_") and not inspect.ismodule(v) and n != "annotations"}
    assert public == set(kg_builder.__all__) - {"__version__"}
