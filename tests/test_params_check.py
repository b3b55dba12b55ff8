"""Every mistake in params.yaml, in every stage's section, is reported at once, before any stage runs."""

from __future__ import annotations

import logging
from pathlib import Path

import yaml

from pipeline import dag, params_check
from pipeline.manifest import Manifest

REPO = Path(__file__).resolve().parents[1]

MISTAKES = {
    ("ingest", "max_bytes"): -5,
    ("ingest", "min_chars"): "tjugo",
    ("annotate", "batch_sise"): 16,
    ("themes", "min_df"): True,
    ("report", "top_n"): 2.5,
}


def _broken_params(tmp_path: Path) -> Path:
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    for (section, key), value in MISTAKES.items():
        params[section][key] = value
    del params["entities"]
    path = tmp_path / "params.yaml"
    path.write_text(yaml.safe_dump(params, allow_unicode=True), encoding="utf-8")
    return path


def test_every_mistake_in_every_section_at_once(tmp_path) -> None:
    problems = params_check.problems(_broken_params(tmp_path))
    text = "\n".join(problems)
    for section, key in MISTAKES:
        assert f"'{section}.{key}'" in text, text
    assert "'entities'" in text
    assert len(problems) == len(MISTAKES) + 1


def test_the_check_stage_fails_with_one_line_per_mistake_and_records_it(tmp_path, monkeypatch, caplog) -> None:
    _broken_params(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "outputs").mkdir()
    leftover = tmp_path / "outputs" / ".tokens.parquet.k1ll3d.tmp"
    leftover.write_bytes(b"half a table")
    assert params_check.main([]) == 2
    assert not leftover.exists()  # removed by the first stage of the next run, whatever stage left it
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert sum(line.startswith("params.yaml:") for line in lines) == len(MISTAKES) + 1, lines
    stage = Manifest().read()["stages"]["params"]
    assert stage["status"] == "failed" and "ingest.max_bytes" in stage["error"] and stage["run_id"]
    assert not (tmp_path / params_check.STAGE.outputs["checked"]).exists()


def test_the_repository_params_pass_and_the_check_runs_first(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(REPO)
    assert params_check.problems(REPO / "params.yaml") == []
    stages = dag.stages()
    assert stages[0].name == "params"
    checked = params_check.STAGE.outputs["checked"]
    for stage in stages[1:]:
        upstream = {dep for s in stages for dep in s.outputs.values()}
        assert checked in stage.inputs.values() or set(stage.inputs.values()) & upstream, stage.name
    analysis = yaml.safe_load((REPO / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
    assert set(analysis["params"]["params"]) == {s.name for s in stages if s.params.model_fields}
    assert set(params_check.SECTIONS) == {s.name for s in stages if s.params.model_fields}
    assert analysis["params"]["always_changed"] is True


def test_outputs_persist_so_a_failed_stage_keeps_them() -> None:
    analysis = yaml.safe_load((REPO / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
    for name, stage in analysis.items():
        for out in stage["outs"]:
            (path, options), = out.items()
            if path.startswith("outputs/"):
                assert options.get("persist") is True, (name, path)
