"""Per-document keywords: sublinear term frequency times a fixed background idf; Swedish compound splitting."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

# Swedish compounds join parts directly or with a linking -s- (kompetensförsörjning+s+arbete) or -e-/-a-.
LINKERS = ("", "s", "e", "a")
MIN_PART = 4  # shorter "parts" (sam-, tid, ord) split ordinary words into nonsense


class CompoundSplitter:
    """Splits a compound into the fewest known parts (at least two), e.g. kompetensförsörjningsarbetet ->
    [kompetensförsörjning, arbetet]. Known words come from the background table and the corpus's own lemmas;
    `common` words (frequent on their own in the reference corpus, like "regionala") are never split, which keeps
    rare junk "parts" ("regio" + "nala") out."""

    def __init__(self, lexicon: Iterable[str], common: Iterable[str] = ()) -> None:
        self.lexicon = frozenset(w for w in lexicon if len(w) >= MIN_PART)
        self.common = frozenset(common)
        self._split = lru_cache(maxsize=200_000)(self._split_uncached)

    def split(self, word: str) -> list[str]:
        word = word.lower()
        if word in self.common:
            return []
        parts = self._split(word, True)
        return list(parts) if parts and len(parts) >= 2 else []

    def modifiers(self, word: str) -> list[str]:
        """The parts before the head: the thematic part of a Swedish compound (kompetensförsörjning|s|arbetet)."""
        return self.split(word)[:-1]

    def _split_uncached(self, word: str, first: bool) -> tuple[str, ...] | None:
        best: tuple[str, ...] | None = None
        if not first and word in self.lexicon:
            return (word,)
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):  # longest first part first
            head = word[:cut]
            for linker in LINKERS:
                if not head.endswith(linker) or len(head) - len(linker) < MIN_PART:
                    continue
                stem = head[: len(head) - len(linker)]
                if stem not in self.lexicon:
                    continue
                rest = self._split(word[cut:], False)
                if rest is not None and (best is None or 1 + len(rest) < len(best)):
                    best = (stem, *rest)
        return best


def idf(term: str, n_reference: int, reference_df: dict[str, int]) -> float:
    return math.log((n_reference + 1) / (reference_df.get(term, 0) + 1)) + 1.0


def score_terms(counts: Counter, n_reference: int, reference_df: dict[str, int]) -> dict[str, float]:
    """Sublinear tf times background idf; a document's scores depend on nothing but the document."""
    return {t: (1.0 + math.log(c)) * idf(t, n_reference, reference_df) for t, c in counts.items() if c >= 1.0}


def top_keywords(scores: dict[str, float], k: int) -> list[tuple[str, float]]:
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
