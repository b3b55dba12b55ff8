"""The first stage of `dvc repro`: every section of params.yaml checked against its stage's params model, and every
mistake in every section reported at once, before any stage runs.

Each stage validates its own section when it starts, but by then the stages before it have run, and one run shows
one stage's mistakes only. This stage depends on all the analysis stages' sections, so DVC runs it whenever any of
them changes, and on every `dvc repro` (always_changed: a run after a failed check must clear the failure from the
manifest even when params.yaml is back to what dvc.lock holds; the check costs about a second). Ingest and assemble
depend on its output, so it runs first; the output is a constant text, so a valid change to one section re-runs
only the stages that read that section. Being first, it also removes the temporary files (`outputs/.*.tmp`) that
killed runs of any stage left behind.

    python -m pipeline.params_check    # exit 2 with one line per mistake; 0 when params.yaml is valid
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path

from pipeline.config import PARAMS_FILE, ConfigError, load_params
from pipeline.stage import Params, Stage, recorded
from pipeline.tables import write_text

log = logging.getLogger("pipeline.params")

# The analysis stages whose sections are checked, and where each is declared (pipeline.dag.stages() imports them
# all, spaCy included; this check needs only their params models). A test keeps the two in step.
DECLARATIONS = {
    "ingest": "pipeline.ingest.stage:DECLARATION",
    "annotate": "pipeline.annotate.stage:STAGE",
    "entities": "pipeline.entities:STAGE",
    "themes": "pipeline.themes.__main__:STAGE",
    "report": "pipeline.report.build:STAGE",
}
SECTIONS = tuple(DECLARATIONS)
CHECKED = "params.yaml: every analysis stage's section is valid (" + ", ".join(SECTIONS) + ")\n"


class NoParams(Params):
    pass


STAGE = Stage(
    name="params",
    module="pipeline.params_check",
    description=__doc__.splitlines()[0],
    params=NoParams,
    inputs={},
    outputs={"checked": "outputs/params_checked.txt"},
    code=("pipeline/params_check.py",),
    param_sections=SECTIONS,
    always_changed=True,
)


def problems(path: Path = PARAMS_FILE) -> list[str]:
    """Every mistake in params.yaml, one message each, naming the file and the key."""
    try:
        params = load_params(path)
    except ConfigError as err:
        return [str(err)]
    found = []
    for where in DECLARATIONS.values():
        module, attribute = where.split(":")
        stage: Stage = getattr(importlib.import_module(module), attribute)
        section = params.get(stage.name)
        if not isinstance(section, dict):
            found.append(f"{path}: section '{stage.name}' is missing or not a mapping")
            continue
        found += [f"{path}: {problem}" for problem in stage.param_problems(section)]
    return found


def check(path: Path = PARAMS_FILE, output: Path = Path(STAGE.outputs["checked"])) -> None:
    found = problems(path)
    if found:
        for problem in found:
            log.error("%s", problem)
        raise ConfigError(f"{len(found)} mistake(s) in {path}, no stage was run: " + "; ".join(found))
    if not output.exists() or output.read_text(encoding="utf-8") != CHECKED:
        write_text(output, CHECKED)  # unchanged bytes: DVC sees no change downstream


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(prog=STAGE.cmd, description=STAGE.description).parse_args(argv)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    # The first stage of every `dvc repro`, when no other stage is writing: what killed runs left behind goes
    outputs = Path(STAGE.outputs["checked"]).parent
    for leftover in sorted(outputs.glob(".*.tmp")) if outputs.is_dir() else ():
        leftover.unlink(missing_ok=True)
        log.info("removed %s, left by an interrupted run", leftover)
    try:
        with recorded(STAGE):
            check()
    except ConfigError as err:
        log.error("%s", str(err).split(":", 1)[0] + ": fix them all and run again")
        return 2
    log.info("params: %s", CHECKED.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
