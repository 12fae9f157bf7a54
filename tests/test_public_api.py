"""The public names of the package (httpx-style exported-members test)."""

import kg_builder


def test_all_is_exact_and_importable():
    for name in kg_builder.__all__:
        assert hasattr(kg_builder, name), name
    public = {n for n in dir(kg_builder) if not n.startswith("_")}
    modules = {"cli", "errors", "export", "extract", "gazetteer", "model", "nlp", "ontology",
               "pipeline", "query", "rdf", "resolve", "resources", "rules", "sources", "store",
               "validate", "vocab", "annotations", "owl", "reason", "ontology_docs"}
    assert public - modules == set(kg_builder.__all__) - {"__version__"}
