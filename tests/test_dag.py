"""Stage declarations are the single source: dvc.yaml must be what they generate, and params must validate."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline import dag
from pipeline.config import ConfigError, load_params
from pipeline.stage import Params, Stage

REPO = Path(__file__).resolve().parents[1]


def test_dvc_yaml_is_generated_from_the_declarations(monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    assert dag.main(["--check"]) == 0, "dvc.yaml disagrees with the stage declarations: run python -m pipeline.dag"


def test_every_declared_path_exists_or_is_produced_upstream(monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    produced: set[str] = set()
    for stage in dag.stages():
        for dep in [*stage.inputs.values(), *stage.code_deps]:
            assert dep in produced or (REPO / dep).exists(), f"{stage.name}: {dep} is neither in git nor produced"
        produced |= set(stage.outputs.values())


def test_params_yaml_validates_against_every_stage(monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    params = load_params()
    for stage in dag.stages():
        stage.load_params(params.get(stage.name) or {})


class _Demo(Params):
    size: int = 1


def test_params_errors_name_the_file_and_key() -> None:
    stage = Stage("demo", "pipeline.demo", _Demo, {}, {}, ())
    with pytest.raises(ConfigError, match=r"params.yaml: 'demo.size'"):
        stage.load_params({"size": True})  # a bool is not an int
    with pytest.raises(ConfigError, match=r"'demo.colour'"):
        stage.load_params({"colour": "blue"})


def test_installed_package_model_is_no_dvc_dependency() -> None:
    from pipeline.annotate.stage import STAGE

    deps = dag.entry(STAGE, {"annotate": {"model": "sv_core_news_lg"}})["deps"]
    assert "models/sv_pipeline" not in deps and "sv_core_news_lg" not in deps
    assert "models/other" in dag.entry(STAGE, {"annotate": {"model": "models/other"}})["deps"]


def test_model_building_pipeline_is_separate() -> None:
    models = yaml.safe_load((REPO / "models" / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
    analysis = yaml.safe_load((REPO / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
    assert not set(models) & set(analysis)
    model_outs = {next(iter(o)) if isinstance(o, dict) else o for s in models.values() for o in s.get("outs", [])}
    analysis_deps = {d for s in analysis.values() for d in s.get("deps", [])}
    assert not model_outs & analysis_deps  # else `dvc repro` would pull training in
