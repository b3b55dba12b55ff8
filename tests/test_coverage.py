"""Coverage of Swedish public-body and county names (issue 4): the share of the agencies in
../shared/data/svensktext/myndigheter.tsv and of the 21 counties in lan.csv that the domain components recognise
as ORG/LOC in a plain sentence frame. The lists are reference data for measuring, not inputs of the rules.

A name counts as recognised when one ORG/LOC entity covers exactly the name (after dropping the list's own
annotations such as "(msb)" or ", tlv"). Uses spacy.blank("sv") + the domain components, so it measures the rules
alone; the trained model can only add to it.
"""

import csv
import re
from pathlib import Path

import pytest
import spacy

from pipeline.nlp import add_domain_components

SVENSKTEXT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "svensktext"
FRAME = "Vi samarbetar med {name} sedan flera år."
TARGET = 0.95

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(not SVENSKTEXT.exists(), reason=f"{SVENSKTEXT} absent: reference lists not available"),
]


def clean_name(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name.strip())   # "Arbetsmiljöverket (av)"
    return re.sub(r",\s*\w+$", "", name)                     # "Totalförsvarets forskningsinstitut, foi"


def share(nlp, names: list[str]) -> tuple[float, list[str]]:
    misses = []
    for name in names:
        doc = nlp(FRAME.format(name=name))
        start = len("Vi samarbetar med ")
        if not any(e.label_ in ("ORG", "LOC") and e.start_char == start and e.end_char == start + len(name)
                   for e in doc.ents):
            misses.append(name)
    return 1 - len(misses) / len(names), misses


@pytest.fixture(scope="module")
def nlp():
    return add_domain_components(spacy.blank("sv"))


def test_agency_coverage(nlp):
    with open(SVENSKTEXT / "myndigheter.tsv", encoding="utf-8") as fh:
        names = sorted({clean_name(r["name"]) for r in csv.DictReader(fh, delimiter="\t") if r.get("name")})
    got, misses = share(nlp, names)
    print(f"\nagencies recognised: {got:.3f} of {len(names)}; misses ({len(misses)}): {misses}")
    assert got >= TARGET, misses


def test_county_coverage(nlp):
    with open(SVENSKTEXT / "lan.csv", encoding="utf-8") as fh:
        names = [r["name"] for r in csv.DictReader(fh)]
    assert len(names) == 21
    got, misses = share(nlp, names)
    print(f"\ncounties recognised: {got:.3f} of {len(names)}; misses: {misses}")
    assert got >= TARGET, misses
