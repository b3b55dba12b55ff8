"""Build the background document-frequency table used to weight keywords (`python -m pipeline.themes.background`).

Keyword scores use an idf from a large, fixed reference corpus (about 42,000 Swedish Government texts) instead of
the analysed corpus itself, so adding a document never changes the scores of the documents already there, and
terms that are common in all government prose ("regeringen", "arbete") rank below the ones that mark a document.
The table is a model artifact (models/keywords/background_df.tsv.gz); the texts it was counted from stay in
../shared/data.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger("pipeline.themes.background")

SHARED = Path("../shared/data")
OUT = Path("models/keywords/background_df.tsv.gz")
WORD = re.compile(r"[a-zåäöéü]+(?:-[a-zåäöéü]+)*")
MIN_DF = 2  # a word seen in one document only carries no reliable frequency and doubles the file size


def iter_texts(shared: Path) -> Iterator[str]:
    for path in sorted((shared / "regeringen-pressmeddelanden").rglob("*.md")):
        yield path.read_text(encoding="utf-8")
    for path in sorted((shared / "regeringen-raw").glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)["text"]


def document_frequencies(texts: Iterator[str]) -> tuple[int, Counter]:
    df: Counter = Counter()
    n = 0
    for text in texts:
        df.update(set(WORD.findall(text.lower())))
        n += 1
    return n, df


def write_table(n_docs: int, df: Counter, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    # mtime=0 keeps the gzip bytes identical between builds.
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(f"#documents\t{n_docs}\n".encode())
        for word, count in sorted(df.items(), key=lambda kv: (-kv[1], kv[0])):
            if count >= MIN_DF:
                gz.write(f"{word}\t{count}\n".encode())
    tmp.replace(out)


def load_background(path: Path = OUT) -> tuple[int, dict[str, int]]:
    """(number of reference documents, word -> document frequency)."""
    df: dict[str, int] = {}
    n_docs = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            word, count = line.rstrip("\n").split("\t")
            if word == "#documents":
                n_docs = int(count)
            else:
                df[word] = int(count)
    return n_docs, df


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if not (args.shared / "regeringen-raw").is_dir():
        log.error("%s: reference corpus not found (regeringen-raw, regeringen-pressmeddelanden)", args.shared)
        return 2
    n_docs, df = document_frequencies(iter_texts(args.shared))
    write_table(n_docs, df, args.out)
    log.info(
        "background: %d documents, %d words (df >= %d) -> %s",
        n_docs,
        sum(v >= MIN_DF for v in df.values()),
        MIN_DF,
        args.out,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
