"""Regenerate the README's screenshots of the report with headless Chromium.

    python -m pipeline.report            # (or dvc repro) builds outputs/report.html over corpus/
    python scripts/screenshot_report.py  # writes docs/report.png (overview), docs/report-document.png and the
                                         # working tools: report-terms.png, report-topics.png, report-network.png,
                                         # report-filters.png
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.report.browser import BrowserError, Page

# What to do on the page before a shot (JS), so the shot shows a tool in use.
TYPE_TERM = ("const i = document.getElementById('term-input'); i.value = 'kompetensförsörjning';"
             "i.dispatchEvent(new Event('input'));"
             "const b = [...document.querySelectorAll('#term-chart rect.bar')].filter(r => r.height.baseVal.value > 0);"
             "if (b.length) b[b.length - 1].dispatchEvent(new MouseEvent('click', {bubbles: true}));")
CHOOSE_NODE = ("const g = document.querySelector('#network g[data-node]');"
               "if (g) g.dispatchEvent(new MouseEvent('click', {bubbles: true}));")
FILTER_ORGS = ("const s = document.querySelector('[data-list=organisations] select[aria-label=registry]');"
               "if (s) { s.value = 'yes'; s.dispatchEvent(new Event('change')); }"
               "const t = document.querySelector('[data-list=organisations] select[aria-label=topic]');"
               "if (t && t.options.length > 1) { t.value = t.options[1].value; t.dispatchEvent(new Event('change')); }")
SHOTS = (
    # file name, element to start at, height in CSS pixels, JS to run first
    ("report.png", None, 1250, None),
    ("report-document.png", "#doc-view", 900, None),
    ("report-terms.png", "#terms", 700, TYPE_TERM),
    ("report-topics.png", "#topics", 900, None),
    ("report-network.png", "#network", 1000, CHOOSE_NODE),
    ("report-filters.png", "[data-list=organisations]", 800, FILTER_ORGS),
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
            for name, selector, height, setup in SHOTS:
                if setup:
                    page.evaluate(f"(() => {{ {setup} }})()")
                print(page.screenshot(args.out_dir / name, selector, height))
    except BrowserError as err:
        print(f"screenshot: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
