"""python -m pipeline.report: build outputs/report.html from the tables in outputs/."""

from __future__ import annotations

import sys

from pipeline.report.build import STAGE, run
from pipeline.stage import run_stage


def main(argv: list[str] | None = None) -> int:
    return run_stage(STAGE, run, argv)


if __name__ == "__main__":
    sys.exit(main())
