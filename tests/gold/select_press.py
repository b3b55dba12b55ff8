"""Reproduce the (fixed-rule) choice of press releases for the gold set. Prints the chosen paths.

Rule, over all files ../shared/data/regeringen-pressmeddelanden/YYYY/MM/*.md sorted by path, keeping only files of
600-1800 characters (so that every chosen document can be annotated exhaustively by hand):
  A. for each year 2015..2026: the first file matching /generaldirektör/i                         (appointments)
  B. for each year 2015..2026: the first not-yet-chosen file matching
     /arbetsmarknad|regional utveckling|[Kk]ommun|Region [A-ZÅÄÖ]|[Ll]änsstyrelse/                   (regions, labour market)
  C. for 2023, 2024, 2025: the first not-yet-chosen file matching
     /hösten|våren|vecka \\d|i fjol|nästa år|\\d{4}[–-]\\d{4}/                                        (temporal expressions)
  D. for 2022..2025: the first not-yet-chosen file matching /EU-medel|strukturfond|socialfond|ESF|Tillväxtverket/
A year with no match is skipped (2019 in A). Result: 29 files.
"""
import os
import re
from pathlib import Path

# SHARED_DATA overrides ../shared/data (a git worktree lives elsewhere).
_SHARED = Path(os.environ.get("SHARED_DATA", Path(__file__).resolve().parents[2].parent / "shared" / "data"))
ROOT = _SHARED / "regeringen-pressmeddelanden"


def select():
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/*/*.md"))
    chosen = []

    def pick(years, rx, flags=0):
        for y in years:
            for f in files:
                if not f.startswith(f"{y}/") or f in chosen:
                    continue
                t = (ROOT / f).read_text(encoding="utf-8")
                if 600 <= len(t) <= 1800 and re.search(rx, t, flags):
                    chosen.append(f)
                    break

    pick(range(2015, 2027), r"generaldirektör", re.I)
    pick(range(2015, 2027), r"arbetsmarknad|regional utveckling|[Kk]ommun|Region [A-ZÅÄÖ]|[Ll]änsstyrelse")
    pick([2023, 2024, 2025], r"hösten|våren|vecka \d|i fjol|nästa år|\d{4}[–-]\d{4}")
    pick([2022, 2023, 2024, 2025], r"EU-medel|strukturfond|socialfond|ESF|Tillväxtverket")
    return chosen


if __name__ == "__main__":
    for f in select():
        print(f)
