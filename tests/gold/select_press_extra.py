"""Reproduce the (fixed-rule) choice of the second batch of press releases for the gold set (issue 10).

Rule, over all files ../shared/data/regeringen-pressmeddelanden/YYYY/MM/*.md of 600-1800 characters that the first
batch (select_press.py) did not choose, visited per year in the order of sha1(path) (a fixed pseudo-random order, so
the batch is not "the first file of the year" again and is not chosen by hand):
  A. for each year 2015..2026: the first file matching /ledamöter|ledamot i|styrelse|insynsråd/       (board lists)
  B. for each year 2015..2026: the first not-yet-chosen file matching
     /har utsett|har utnämnt|utses till|blir ny|ny (general)?direktör|ny ordförande|ny landshövding/  (appointments)
  C. for each year 2015..2026: the first not-yet-chosen file matching
     /Region [A-ZÅÄÖ]|[Ll]änsstyrelse|[Ll]andshövding| kommun\\b|[A-ZÅÄÖ]\\w+ län\\b/                 (regional news)
  D. for each year 2015..2026: the first not-yet-chosen file                                         (any topic)
  E. for each year 2022..2025 (90 % of the corpus): the next three not-yet-chosen files               (any topic)
A year with no match is skipped. Run: python tests/gold/select_press_extra.py
"""
import hashlib
import re

from select_press import ROOT, select

RULES = [
    r"ledamöter|ledamot i|styrelse|insynsråd",
    r"har utsett|har utnämnt|utses till|blir ny|ny (general)?direktör|ny ordförande|ny landshövding",
    r"Region [A-ZÅÄÖ]|[Ll]änsstyrelse|[Ll]andshövding| kommun\b|[A-ZÅÄÖ]\w+ län\b",
    r"",
]


def _key(path: str) -> str:
    return hashlib.sha1(path.encode("utf-8")).hexdigest()


def select_extra() -> list[str]:
    first = set(select())
    files = sorted((str(p.relative_to(ROOT)) for p in ROOT.glob("*/*/*.md")), key=_key)
    texts = {f: (ROOT / f).read_text(encoding="utf-8") for f in files}
    chosen: list[str] = []
    for rx in RULES:
        for year in range(2015, 2027):
            for f in files:
                if not f.startswith(f"{year}/") or f in first or f in chosen:
                    continue
                if 600 <= len(texts[f]) <= 1800 and re.search(rx, texts[f]):
                    chosen.append(f)
                    break
    for year in range(2022, 2026):
        extra = [f for f in files if f.startswith(f"{year}/") and f not in first and f not in chosen
                 and 600 <= len(texts[f]) <= 1800]
        chosen.extend(extra[:3])
    return chosen


if __name__ == "__main__":
    for f in select_extra():
        print(f)
