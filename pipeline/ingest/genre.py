"""documents.genre: how a document is published (press invitation, appointment, speech, debate article ...), read
from its path, title and opening text with the ordered patterns of resources/genres.tsv. Pure functions; the
patterns are read once."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

DEFAULT = "text"  # no pattern matched: a document of no recognised genre
WHERE = ("path", "title", "text")
TEXT_CHARS = 3000  # genre shows in the title and the opening; the rest of a long document is not read


def parse_rules(content: str, source: str = "genres.tsv") -> list[tuple[str, str, re.Pattern[str]]]:
    """(genre, where, compiled pattern) rows; ValueError naming the line for a row that does not fit."""
    rules = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise ValueError(f"{source}:{number}: expected genre<TAB>where<TAB>pattern, got {line!r}")
        genre, where, pattern = fields
        if not re.fullmatch(r"[a-z_]+", genre):
            raise ValueError(f"{source}:{number}: genre must be lower-case letters and _, got {genre!r}")
        if where not in WHERE:
            raise ValueError(f"{source}:{number}: where must be one of {', '.join(WHERE)}, got {where!r}")
        try:
            rules.append((genre, where, re.compile(pattern, re.IGNORECASE)))
        except re.error as err:
            raise ValueError(f"{source}:{number}: bad pattern {pattern!r}: {err}") from err
    return rules


@lru_cache(maxsize=1)
def default_rules() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    text = resources.files("pipeline.ingest").joinpath("resources", "genres.tsv").read_text(encoding="utf-8")
    return tuple(parse_rules(text))


def genre_of(path: str, title: str | None, text: str | None,
             rules: tuple[tuple[str, str, re.Pattern[str]], ...] | None = None) -> str:
    fields = {"path": path or "", "title": (title or "").strip(), "text": (text or "")[:TEXT_CHARS]}
    for genre, where, pattern in rules if rules is not None else default_rules():
        if pattern.search(fields[where]):
            return genre
    return DEFAULT


def genre_of_row(row: Mapping[str, Any]) -> str | None:
    """The genre of an ok documents row; None for a file that was not read (no text to judge)."""
    if row.get("status") != "ok":
        return None
    return genre_of(row["path"], row.get("title"), row.get("text"))
