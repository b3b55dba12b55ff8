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


def test_a_failed_stage_keeps_its_tables_and_they_are_stale(workdir) -> None:
    _params(workdir)
    run_stage(UP, _runner(UP), [])
    run_stage(DOWN, _runner(DOWN), [])
    _params(workdir, up_fail=True)
    assert run_stage(UP, _runner(UP), []) == 2
    data = Manifest().read()
    assert (workdir / "outputs/a.parquet").exists() and (workdir / "outputs/b.parquet").exists()
    assert data["tables"]["a"]["stale"] and data["tables"]["b"]["stale"]  # b derives from the failed stage's a
    assert "up" in data["tables"]["a"]["stale_reason"]
    _params(workdir)
    assert run_stage(UP, _runner(UP), []) == 0
    assert not Manifest().read()["tables"]["a"]["stale"]


def test_leftover_temporary_files_are_removed_at_the_next_run(workdir) -> None:
    _params(workdir)
    (workdir / "outputs").mkdir()
    leftovers = [workdir / "outputs" / ".a.parquet.x1y2.tmp", workdir / "outputs" / ".manifest.json.abc.tmp"]
    other = workdir / "outputs" / ".b.parquet.zz.tmp"  # another stage's: left to that stage
    for path in [*leftovers, other]:
        path.write_bytes(b"half")
    assert run_stage(UP, _runner(UP), []) == 0
    assert not any(p.exists() for p in leftovers) and other.exists()


def test_a_stage_without_tables_is_recorded_only_when_it_fails(workdir) -> None:
    plain = Stage("plain", "x.plain", _P, {}, {"r": "outputs/r.html"}, ())
    (workdir / "params.yaml").write_text("plain: {fail: true}\n")
    assert run_stage(plain, _runner(UP), []) == 2
    data = Manifest().read()
    assert data["stages"]["plain"]["status"] == "failed" and not data["complete"]
    (workdir / "params.yaml").write_text("plain: {fail: false}\n")
    assert run_stage(plain, lambda p: {}, []) == 0
    assert "plain" not in Manifest().read()["stages"]
