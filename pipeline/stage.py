"""One declaration per stage: its command, typed params, input and output paths and code deps, stated once.

Everything else is derived from a `Stage`: the stage's command line and params validation (`run_stage`), the
cache keys that must change when the stage's code changes (`code_fingerprint`), the run manifest entries, and the
`dvc.yaml` entry (`pipeline.dag` writes dvc.yaml from the declarations; a test fails when they disagree).
Modelled on Sparv's annotators, whose typed signature is the contract: reading a declaration tells you what the
stage consumes and produces, and nothing is read behind its back.
"""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.config import PARAMS_FILE, ConfigError, stage_params
from pipeline.fingerprint import fingerprint
from pipeline.manifest import OUTPUTS_DIR, Manifest

# Shared by every table stage: parameters, table schemas and writing, this declaration and runner.
COMMON_CODE = ("pipeline/config.py", "pipeline/schemas.py", "pipeline/tables.py", "pipeline/stage.py",
               "pipeline/manifest.py")


class Params(BaseModel):
    """Base of every stage's params model: unknown keys and wrong types (a bool for an int) are errors."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


P = TypeVar("P", bound=Params)


@dataclass(frozen=True)
class Stage(Generic[P]):
    """What a stage reads and writes. Paths are relative to the repository root."""

    name: str
    module: str  # run as `python -m <module>`
    params: type[P]
    inputs: Mapping[str, str]  # role -> path (data the stage reads)
    outputs: Mapping[str, str]  # role -> path (tables and files the stage writes; DVC outs)
    code: tuple[str, ...]  # the stage's own code (files or folders); COMMON_CODE is added
    description: str = ""
    persistent_outputs: tuple[str, ...] = ()  # roles DVC must not delete before a run (the stage updates them)
    metrics: Mapping[str, str] = field(default_factory=dict)  # role -> JSON file for `dvc metrics show`
    param_sections: tuple[str, ...] = ()  # params.yaml sections it depends on, when not (only) its own
    always_changed: bool = False  # DVC runs it on every `dvc repro`
    # Input roles the stage watches itself (ingest's file cache knows which corpus files changed): DVC does not
    # hash them (re-hashing a 40,000-file folder several times a run cost more than the stages' own work), so the
    # stage runs on every `dvc repro` and its outputs, byte-identical when nothing changed, stop the later stages.
    self_watched: tuple[str, ...] = ()

    @property
    def cmd(self) -> str:
        return f"python -m {self.module}"

    @property
    def code_deps(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.code, *COMMON_CODE)))

    def input(self, role: str) -> Path:
        return Path(self.inputs[role])

    def output(self, role: str) -> Path:
        return Path(self.outputs[role])

    def param_problems(self, section: Mapping[str, Any]) -> list[str]:
        """Every mistake in the stage's params section, one message each ('ingest.max_bytes' = -5: ...)."""
        try:
            self.params.model_validate(dict(section))
        except ValidationError as err:
            return [
                f"'{self.name}.{'.'.join(str(p) for p in e['loc'])}'"
                + ("" if e["type"] == "extra_forbidden" else f" = {e['input']!r}") + f": {e['msg']}"
                for e in err.errors()
            ]
        return []

    def load_params(self, section: Mapping[str, Any]) -> P:
        problems = self.param_problems(section)
        if problems:
            raise ConfigError(f"{PARAMS_FILE}: {'; '.join(problems)}")
        return self.params.model_validate(dict(section))

    def code_fingerprint(self, deps: tuple[str, ...] | None = None) -> str:
        """Fingerprint of the code files `deps` (default: all the stage's code deps), for caches that must not
        outlive a change of the code that computed them."""
        return fingerprint(self.code_deps if deps is None else deps)

    def require_inputs(self, *roles: str) -> None:
        for role in roles or tuple(self.inputs):
            path = self.input(role)
            if not path.exists():
                raise ConfigError(f"{path}: not found; run the earlier stages first (dvc repro)")


def remove_leftovers(stage: Stage) -> list[Path]:
    """Delete the temporary files an interrupted run of this stage left beside its outputs and the manifest
    (pipeline.tables writes `.<name>.<random>.tmp` and renames it; a killed process never gets to either)."""
    removed = []
    for target in (*map(Path, stage.outputs.values()), Manifest().path):
        for leftover in target.parent.glob(f".{target.name}.*.tmp") if target.parent.is_dir() else ():
            leftover.unlink(missing_ok=True)
            removed.append(leftover)
    return removed


@contextmanager
def recorded(stage: Stage) -> Iterator[None]:
    """Record a stage's run in outputs/manifest.json: running, then ok with its tables, or failed with the error.
    A stage that writes no tables is recorded only while it has failed (so `kompetens status` can say why)."""
    for leftover in remove_leftovers(stage):
        logging.getLogger(f"pipeline.{stage.name}").info("removed %s, left by an interrupted run", leftover)
    manifest = Manifest.for_outputs(stage)
    started = time.time()
    if manifest:
        manifest.start(stage)
    try:
        yield
    except BaseException as err:
        if manifest or _writes_outputs(stage):
            (manifest or Manifest()).fail(stage, str(err) if isinstance(err, ConfigError) else
                                          f"{type(err).__name__}: {err}")
        raise
    if manifest:
        manifest.finish(stage, time.time() - started)
    elif _writes_outputs(stage):
        Manifest().forget(stage)


def _writes_outputs(stage: Stage) -> bool:
    """The stage writes into the analysts' outputs folder (the report, the params check), so its failure belongs
    in that folder's manifest; model building (models/) does not."""
    return any(path.startswith(OUTPUTS_DIR) for path in stage.outputs.values())


def run_stage(
    stage: Stage[P],
    run: Callable[[P], Mapping[str, int]],
    argv: list[str] | None = None,
    errors: tuple[type[Exception], ...] = (ConfigError,),
) -> int:
    """The command line every stage shares: validate params, run, record the run in the manifest.

    Known errors (a bad params.yaml, a missing input) are one log line and exit 2; the manifest then says the
    stage failed, so a half-updated outputs/ is never mistaken for a complete one.
    """
    argparse.ArgumentParser(prog=stage.cmd, description=stage.description).parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    log = logging.getLogger(f"pipeline.{stage.name}")
    started = time.time()
    try:
        with recorded(stage):
            counts = run(stage.load_params(stage_params(stage.name)))
    except errors as err:
        log.error("%s", err)
        return 2
    log.info("%s: wrote %s in %.1f s", stage.name, ", ".join(f"{k}={v}" for k, v in counts.items()),
             time.time() - started)
    return 0
