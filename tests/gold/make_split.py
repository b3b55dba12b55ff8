"""Split the gold set once into dev and test (issue 10). Run once; the result is split.json, which is committed.

Test = 32 documents drawn at random (random.Random(20261201)) from the second batch (select_press_extra.py), the
documents no rule had been written against. Dev = the rest: the 34 documents of issue 4 (rules were tuned on them,
so they cannot be test data) and the 16 remaining new documents. Tune only on dev.
"""
import json
import random
from pathlib import Path

from select_press_extra import select_extra

SEED = 20261201
N_TEST = 32
OUT = Path(__file__).resolve().parent / "split.json"


def main() -> None:
    new = sorted("shared:regeringen-pressmeddelanden/" + f for f in select_extra())
    test = sorted(random.Random(SEED).sample(new, N_TEST))
    OUT.write_text(json.dumps({"seed": SEED, "rule": __doc__.strip().splitlines()[2:5], "test": test},
                              ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(test)} test documents of {len(new)} new ones -> {OUT}")


if __name__ == "__main__":
    main()
