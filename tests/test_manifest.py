"""The run manifest says which run wrote each table and whether the output set is complete."""

from __future__ import annotations

import pytest

from pipeline import schemas
from pipeline.config import ConfigError
from pipeline.manifest import Manifest
from pipeline.stage import Params, Stage, run_stage
from pipeline.tables import write_table


class _P(Params):
    fail: bool = False


UP = Stage("up", "x.up", _P, {}, {"a": "outputs/a.parquet"}, ())
DOWN = Stage("down", "x.down", _P, {"a": "outputs/a.parquet"}, {"b": "outputs/b.parquet"}, ())


def _runner(stage: Stage, term: str = "t"):
    def run(p: _P) -> dict[str, int]:
        if p.fail:
            raise ConfigError("boom")
        name = next(iter(stage.outputs))
        write_table([{"doc_id": "d", "term": term}], stage.outputs[name], schemas.KEYWORDS, {})
        return {name: 1}
    return run


@pytest.fixture()
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _params(workdir, up_fail=False, down_fail=False):
    flags = {"up": up_fail, "down": down_fail}
    (workdir / "params.yaml").write_text("".join(f"{k}: {{fail: {str(v).lower()}}}\n" for k, v in flags.items()))


def test_complete_only_when_every_table_is_current(workdir) -> None:
    _params(workdir)
    assert run_stage(UP, _runner(UP), []) == 0
    assert run_stage(DOWN, _runner(DOWN), []) == 0
    data = Manifest().read()
    assert data["complete"] and data["tables"]["b"]["rows"] == 1
    assert data["tables"]["b"]["inputs"] == {"a": data["tables"]["a"]["run_id"]}
    assert run_stage(UP, _runner(UP), []) == 0  # upstream re-ran with the same result: b is still current
    assert Manifest().read()["complete"]
    assert run_stage(UP, _runner(UP, term="new"), []) == 0  # upstream changed: b is now stale
    data = Manifest().read()
    assert not data["complete"] and data["tables"]["b"]["stale"]
    assert run_stage(DOWN, _runner(DOWN), []) == 0
    assert Manifest().read()["complete"]


def test_a_failed_stage_marks_the_set_incomplete(workdir) -> None:
    _params(workdir)
    run_stage(UP, _runner(UP), [])
    run_stage(DOWN, _runner(DOWN), [])
    _params(workdir, down_fail=True)
    assert run_stage(DOWN, _runner(DOWN), []) == 2
    data = Manifest().read()
    assert not data["complete"] and data["stages"]["down"]["status"] == "failed"
    assert "boom" in data["stages"]["down"]["error"]
