"""Regenerate the README's screenshots of the report with headless Chromium.

    python -m pipeline.report            # (or dvc repro) builds outputs/report.html over corpus/
    python scripts/screenshot_report.py  # writes docs/report.png (overview) and docs/report-document.png
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.report.browser import BrowserError, Page

SHOTS = (
    # file name, element to start at, height in CSS pixels
    ("report.png", None, 1250),
    ("report-document.png", "#doc-view", 900),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, default=Path("outputs/report.html"))
    parser.add_argument("--out-dir", type=Path, default=Path("docs"))
    parser.add_argument("--width", type=int, default=1280)
    args = parser.parse_args(argv)
    if not args.report.exists():
        print(f"{args.report}: not found; build it first (python -m pipeline.report)", file=sys.stderr)
        return 2
    try:
        with Page(width=args.width) as page:
            page.open(args.report)
            for name, selector, height in SHOTS:
                print(page.screenshot(args.out_dir / name, selector, height))
    except BrowserError as err:
        print(f"screenshot: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
