"""Reproduce the (fixed-rule) choice of the third batch of press releases for the gold set (issue 10, roles).

All of this batch is DEV data: it widens the set the role rules are tuned on (split.json's test list is unchanged).
Rule, over all files ../shared/data/regeringen-pressmeddelanden/YYYY/MM/*.md of 600-1800 characters that neither
the first (select_press.py) nor the second batch (select_press_extra.py) chose, visited in the order of
sha1("press3:" + path) (a fixed pseudo-random order, different from the second batch's):
  A. the first 6 files matching /har utsett|utses till|blir ny|har förordnats|har utnämnt/          (appointments)
  B. the first 5 not-yet-chosen files matching /ledamöter|styrelse|för \\w+:s räkning/               (boards, delegations)
  C. the first 5 not-yet-chosen files matching /[Ll]andshövding|Region [A-ZÅÄÖ]|[A-ZÅÄÖ]\\w+ kommun\\b/ (regional)
  D. the first 2 not-yet-chosen files matching /statssekreterare|pressekreterare/                   (government staff)
Run: python tests/gold/select_press3.py
"""
import hashlib
import re

from select_press import ROOT, select
from select_press_extra import select_extra

RULES = [
    (r"har utsett|utses till|blir ny|har förordnats|har utnämnt", 6),
    (r"ledamöter|styrelse|för \w+:s räkning", 5),
    (r"[Ll]andshövding|Region [A-ZÅÄÖ]|[A-ZÅÄÖ]\w+ kommun\b", 5),
    (r"statssekreterare|pressekreterare", 2),
]


def _key(path: str) -> str:
    return hashlib.sha1(("press3:" + path).encode("utf-8")).hexdigest()


def select_press3() -> list[str]:
    taken = set(select()) | set(select_extra())
    files = sorted((str(p.relative_to(ROOT)) for p in ROOT.glob("*/*/*.md")), key=_key)
    chosen: list[str] = []
    for rx, n in RULES:
        got = 0
        for f in files:
            if got == n:
                break
            if f in taken or f in chosen:
                continue
            text = (ROOT / f).read_text(encoding="utf-8")
            if 600 <= len(text) <= 1800 and re.search(rx, text):
                chosen.append(f)
                got += 1
    return chosen


if __name__ == "__main__":
    for f in select_press3():
        print(f)
