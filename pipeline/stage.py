"""The command-line shell every table stage shares: parse no arguments, log, run, turn known errors into exit 2."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from typing import Any

from pipeline.config import ConfigError, stage_params


def run_stage(
    name: str,
    run: Callable[[dict[str, Any]], dict[str, int]],
    description: str,
    argv: list[str] | None = None,
    errors: tuple[type[Exception], ...] = (ConfigError,),
) -> int:
    argparse.ArgumentParser(description=description).parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    log = logging.getLogger(f"pipeline.{name}")
    try:
        counts = run(stage_params(name))
    except errors as err:
        log.error("%s", err)
        return 2
    log.info("%s: wrote %s", name, ", ".join(f"{k}={v}" for k, v in counts.items()))
    return 0
