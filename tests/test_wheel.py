"""The wheel bundles ontology/ and queries/: an installed `kg` works from any folder."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, SEED

pytestmark = pytest.mark.slow


def test_wheel_installs_and_runs_from_an_unrelated_folder(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(dist), str(ROOT)], check=True)
    (wheel,) = dist.glob("kg_builder-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "kg_builder/_bundled/ontology/kg.ttl" in names
    assert "kg_builder/_bundled/queries/who-accused-whom.rq" in names
    assert any(n.startswith("kg_builder/rules/") for n in names)

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True)
    # Reuse the already installed dependencies (no network): append this venv's site-packages.
    site = Path(sysconfig.get_paths()["purelib"])
    target_site = next((env_dir / "lib").glob("python*/site-packages"))
    (target_site / "zz_deps.pth").write_text(f"{site}\n", encoding="utf-8")

    work = tmp_path / "elsewhere"
    work.mkdir()
    kg = env_dir / "bin" / "kg"
    subprocess.run([str(kg), "build", str(SEED), "--store", "st"], cwd=work, check=True,
                   capture_output=True)
    out = subprocess.run([str(kg), "query", "who-accused-whom", "--store", "st", "--format", "csv"],
                         cwd=work, check=True, capture_output=True, text=True).stdout
    assert out.startswith("accuser,accused,sentence,article")
    assert "Russia" in out
    where = subprocess.run([str(py), "-c", "import kg_builder, sys; print(kg_builder.__file__)"],
                           cwd=work, check=True, capture_output=True, text=True).stdout
    assert str(env_dir) in where
