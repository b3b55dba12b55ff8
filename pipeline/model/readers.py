"""Readers for the annotated corpora in ../shared/data: each turns one file format into plain sentences.

They know nothing about spaCy or label mapping (see labels.py and convert.py); each function reads exactly
the format its corpus's SOURCE.md describes, so a format quirk is handled in one place.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

_WS_LAST = re.compile(r"^(.*\S)\s+(\S+)$")


@dataclass
class Sentence:
    """One sentence: words plus whatever per-token annotation the source has (empty list = none)."""

    words: list[str]
    ner: list[str] = field(default_factory=list)  # IOB2 tags ("B-PER", "I-PER", "O") after reading
    pos: list[str] = field(default_factory=list)  # UPOS; "" for a token without one
    lemmas: list[str] = field(default_factory=list)  # "" for a token without one
    sent_id: str = ""


def io_to_iob2(labels: list[str], outside: str = "O") -> list[str]:
    """IO labels (a run of one label is one entity) -> IOB2. Adjacent same-type entities merge, by design of IO."""
    out: list[str] = []
    prev = outside
    for lab in labels:
        if lab == outside:
            out.append("O")
        elif lab == prev:
            out.append(f"I-{lab}")
        else:
            out.append(f"B-{lab}")
        prev = lab
    return out


def _blocks(lines: Iterable[str]) -> Iterator[list[str]]:
    """Group lines into blank-line-separated blocks."""
    block: list[str] = []
    for raw in lines:
        line = raw.rstrip("\n").rstrip("\r")
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def parse_swedish_ner_corpus(text: str) -> list[Sentence]:
    """swedish-ner-corpus: `TOKEN<ws>LABEL`, IO scheme, outside label is the digit '0'.

    The separator is a TAB or a run of spaces, so split on the last whitespace run. A line with no label
    (one malformed line in train) is read as outside. Soft hyphens are stripped: they are invisible
    and would only make rare tokens rarer.
    """
    sents: list[Sentence] = []
    for block in _blocks(text.splitlines()):
        words: list[str] = []
        labels: list[str] = []
        for line in block:
            m = _WS_LAST.match(line.strip())
            word, label = (m.group(1), m.group(2)) if m else (line.strip(), "0")
            word = word.replace("\u00ad", "") or "-"
            words.append(word)
            labels.append("O" if label == "0" else label)
        sents.append(Sentence(words=words, ner=io_to_iob2(labels)))
    return sents


def parse_iob2(text: str) -> list[Sentence]:
    """UNER files: `# sent_id` comments, then `ID FORM TAG - -` (TAB-separated), IOB2 tags."""
    sents: list[Sentence] = []
    for block in _blocks(text.splitlines()):
        sent_id = ""
        words: list[str] = []
        tags: list[str] = []
        for line in block:
            if line.startswith("#"):
                if line.startswith("# sent_id"):
                    sent_id = line.split("=", 1)[1].strip()
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(cols[2])
        sents.append(Sentence(words=words, ner=tags, sent_id=sent_id))
    return sents


def parse_suc_jsonl(text: str) -> list[Sentence]:
    """SUC 3.0 dev jsonl: {"tokens": [...], "ner_tags": [...]} with IO labels (raw SUC types, mapped later)."""
    sents: list[Sentence] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        sents.append(Sentence(words=list(obj["tokens"]), ner=io_to_iob2(list(obj["ner_tags"]))))
    return sents


def parse_sucx3(text: str) -> list[tuple[Sentence, list[str]]]:
    """KBLab's SUC "removed sentences": blocks of an id line, then `TOKEN MANUAL AUTO` lines. Returns each sentence
    with its MANUAL tags as `ner` (raw SUC types: person, place, inst ...) and the AUTO tags beside it."""
    out: list[tuple[Sentence, list[str]]] = []
    for block in _blocks(text.splitlines()):
        s = Sentence(words=[], ner=[], sent_id=block[0].strip())
        auto: list[str] = []
        for line in block[1:]:
            parts = line.split()
            if len(parts) != 3:
                raise ValueError(f"sucx3 sentence {s.sent_id}: expected TOKEN MANUAL AUTO, got {line!r}")
            s.words.append(parts[0])
            s.ner.append(parts[1])
            auto.append(parts[2])
        out.append((s, auto))
    return out


def parse_conllu(text: str) -> list[Sentence]:
    """CoNLL-U (UD): keeps FORM, LEMMA, UPOS; skips multiword ranges and empty nodes (decimal ids)."""
    sents: list[Sentence] = []
    for block in _blocks(text.splitlines()):
        sent_id = ""
        s = Sentence(words=[])
        for line in block:
            if line.startswith("#"):
                if line.startswith("# sent_id"):
                    sent_id = line.split("=", 1)[1].strip()
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            s.words.append(cols[1])
            s.lemmas.append("" if cols[2] == "_" and cols[1] != "_" else cols[2])
            s.pos.append(cols[3] if cols[3] != "_" else "")
        s.sent_id = sent_id
        sents.append(s)
    return sents


@dataclass
class KoalaToken:
    """One Eukalyptus token with the columns needed to derive UPOS."""

    form: str
    lemma: str
    pos: str
    msd: str
    deprel: str


def parse_eukalyptus(text: str) -> list[list[KoalaToken]]:
    """Eukalyptus pseudo-CoNLL: ID FORM LEMMA POS CASE MSD HEAD DEPREL ...; lemma `_` = none, `|` marks
    compound segments and is stripped. Returns raw Koala tokens; labels.koala_to_upos maps them."""
    sents: list[list[KoalaToken]] = []
    for block in _blocks(text.splitlines()):
        toks: list[KoalaToken] = []
        for line in block:
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            lemma = "" if cols[2] == "_" else cols[2].replace("|", "")
            toks.append(KoalaToken(cols[1], lemma, cols[3], cols[5], cols[7] if len(cols) > 7 else ""))
        if toks:
            sents.append(toks)
    return sents


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")
