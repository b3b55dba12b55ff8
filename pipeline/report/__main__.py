"""python -m pipeline.report: build outputs/report.html from the tables in outputs/."""

from __future__ import annotations

import sys

from pipeline.report.build import run
from pipeline.stage import run_stage


def main(argv: list[str] | None = None) -> int:
    return run_stage("report", run, "Build the offline HTML report (outputs/report.html) from outputs/*.parquet.", argv)


if __name__ == "__main__":
    sys.exit(main())
