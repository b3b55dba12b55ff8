"""A document's terms: repaired lemmas of content words, coordinated compounds expanded, names left out.

- Lemmas are checked and repaired by pipeline.themes.lemmas (sjukvårdsminist -> sjukvårdsminister, försvarsmaktens ->
  försvarsmakt), so a term is a word even when the annotate model runs without the repair component.
- "hälso- och sjukvård": the dangling first half takes the head of the word that completes it (hälsovård, and
  sjukvård itself); the half on its own ("hälso-") is never a term.
- Organisation names (tokens inside ORG mentions) are kept as written, not lemmatised: trafikverket, not trafikverk.
- People, places and dates are in their own tables: tokens inside PER, LOC or DATE mentions, and proper nouns
  outside an ORG mention, are not terms.
- Swedish compounds also credit their modifiers at PART_WEIGHT (kompetensförsörjningsarbete -> kompetensförsörjning).
A document's terms depend on nothing but its own tokens, its mentions and fixed resources.

Topic terms (`topic_terms`) are stricter, because a topic should name a theme and a reader checks it against the
documents: a topic term is the token's own lemma as tokens.lemma holds it (so it occurs in the documents), of a
noun or adjective outside every entity mention (organisation names too: their words are not themes, and a whole
name is an entity feature in organisation_keywords), a word of the language (a lemma the lemmatiser cut short is left
out, not repaired), never a role title (titles.tsv, compounds ending in a title head such as -minister or -chef;
judged on the lemma and on the written form), a party or a body of government (not_themes.txt), and never a
compound part.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.themes.keywords import CompoundSplitter
from pipeline.themes.lemmas import MIN_HEAD, Lexicon, fold_genitive, is_word, repair_lemma

RESOURCES = Path(__file__).resolve().parent / "resources"
NLP_RESOURCES = Path(__file__).resolve().parents[1] / "nlp" / "resources"
TOPIC_POS = {"NOUN", "ADJ"}
MIN_TITLE_MODIFIER = 3  # letters before a title head for a compound title (näring|sminister, enhets|chef)
CONTENT_POS = {"NOUN", "PROPN", "ADJ"}
COORDINATORS = {"och", "eller", "samt", ",", "respektive"}
PART_WEIGHT = 0.5  # a part inside a compound counts half a standalone occurrence
LEXICON_MIN_DF = 5  # reference df that makes a lemma a known compound part
COMMON_MIN_DF = 20  # reference df that makes a lemma too common on its own to split ("regional")


def read_word_list(path: Path) -> frozenset[str]:
    words = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        word = line.split("#", 1)[0].strip()
        if not word:
            continue
        if word != word.lower() or " " in word:
            raise ValueError(f"{path}:{number}: expected one lower-case word, got {line!r}")
        words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1)
def genre_stop_words() -> frozenset[str]:
    return read_word_list(RESOURCES / "genre_stopwords.txt")


def read_tsv_column(path: Path, column: int) -> list[str]:
    """One column of a tab-separated resource (lines starting with '#' are comments)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t")[column].strip())
    return out


@lru_cache(maxsize=1)
def non_theme_words() -> frozenset[str]:
    """Single-word role titles as written and normalised, party names, and the words of not_themes.txt."""
    titles = read_tsv_column(NLP_RESOURCES / "titles.tsv", 0) + read_tsv_column(NLP_RESOURCES / "titles.tsv", 1)
    parties = read_tsv_column(NLP_RESOURCES / "parties.tsv", 1)
    words = {w.lower() for w in [*titles, *parties] if " " not in w}
    return frozenset(words | read_word_list(RESOURCES / "not_themes.txt"))


@lru_cache(maxsize=1)
def title_heads() -> tuple[str, ...]:
    return tuple(sorted(read_word_list(RESOURCES / "role_heads.txt")))


def is_role_title(word: str, titles: frozenset[str], heads: tuple[str, ...]) -> bool:
    """A title as such (generaldirektör, statsråd) or a compound ending in a title head (näringsminister)."""
    if word in titles:
        return True
    return any(word == head or (word.endswith(head) and len(word) - len(head) >= MIN_TITLE_MODIFIER)
               for head in heads)


def title_forms(written: str) -> list[str]:
    """The written form without the definite, plural or genitive endings a title takes (ministern, ministrarnas)."""
    word = written.lower()
    forms = [word]
    for ending in ("arnas", "ernas", "arna", "erna", "ens", "ns", "en", "n", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.append(word[: -len(ending)])
    return forms


@dataclass(frozen=True)
class TermRules:
    lexicon: Lexicon
    splitter: CompoundSplitter
    stop_words: frozenset[str]
    min_length: int
    not_themes: frozenset[str] = frozenset()
    heads: tuple[str, ...] = ()

    @classmethod
    def build(cls, lexicon: Lexicon, background_df: dict[str, int], min_length: int) -> TermRules:
        splitter = CompoundSplitter(
            (w for w, n in background_df.items() if n >= LEXICON_MIN_DF),
            common=(w for w, n in background_df.items() if n >= COMMON_MIN_DF),
        )
        # spaCy's stop words arrive as tokens.is_stop; these are the genre's own.
        return cls(lexicon, splitter, genre_stop_words(), min_length, non_theme_words(), title_heads())

    def is_topic_term(self, word: str, written: str = "") -> bool:
        """A theme word: a term, a word of the language (not a lemma cut short, such as "stabilitetsläg"), and no
        title, judged on the lemma and on the form as written (a cut-short "sjukvårdsminist" of
        "sjukvårdsministern")."""
        if not self.is_term(word) or word in self.not_themes or not is_word(word, self.lexicon):
            return False
        return not any(is_role_title(form, self.not_themes, self.heads) for form in (word, *title_forms(written)))

    def is_term(self, word: str) -> bool:
        return len(word) >= self.min_length and word not in self.stop_words and word.isalpha()


@dataclass(frozen=True)
class Token:
    start: int
    text: str
    lemma: str | None
    pos: str | None
    is_stop: bool


def compound_head(lemma: str, lex: Lexicon) -> str | None:
    """The longest known lemma that ends `lemma` and leaves at least 3 letters before it (sjukvård -> vård)."""
    for cut in range(3, len(lemma) - MIN_HEAD + 1):
        if lemma[cut:] in lex.lemmas:
            return lemma[cut:]
    return None


def dangling_part(text: str) -> str | None:
    """'hälso-' -> 'hälso' (the first half of a coordinated compound), else None."""
    if len(text) > 2 and text.endswith("-") and text[:-1].isalpha():
        return text[:-1].lower()
    return None


def inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], position: int) -> bool:
    """Is `position` inside one of the sorted, non-overlapping `spans` (starts = their start offsets)?"""
    i = bisect.bisect_right(starts, position) - 1
    return i >= 0 and position < spans[i][1]


def document_terms(
    tokens: Sequence[Token],
    excluded: Iterable[tuple[int, int]],
    organisations: Iterable[tuple[int, int]],
    rules: TermRules,
) -> Counter:
    """Weighted term counts of one document."""
    excluded = sorted(excluded)
    ex_starts = [s for s, _ in excluded]
    orgs = sorted(organisations)
    org_starts = [s for s, _ in orgs]
    counts: Counter = Counter()
    pending: list[str] = []  # dangling first halves waiting for the word that completes them
    for token in tokens:
        part = dangling_part(token.text)
        if part is not None:
            pending.append(part)
            continue
        if token.text.lower() in COORDINATORS:
            continue
        if inside(excluded, ex_starts, token.start):
            pending.clear()
            continue
        if token.pos == "PROPN" and not inside(orgs, org_starts, token.start):
            pending.clear()
            continue
        if token.is_stop or (token.pos is not None and token.pos not in CONTENT_POS) or not token.text.isalpha():
            pending.clear()
            continue
        if inside(orgs, org_starts, token.start):
            # A name is not lemmatised (Trafikverket stays trafikverket); only a genitive -s is folded.
            word = fold_genitive(token.text.lower(), rules.lexicon)
        else:
            word = repair_lemma(token.text, token.lemma or token.text, token.pos, rules.lexicon)
        if pending:
            head = compound_head(word, rules.lexicon)
            if head is not None:
                for first in pending:
                    if rules.is_term(first + head):
                        counts[first + head] += 1.0
            pending.clear()
        if not rules.is_term(word):
            continue
        counts[word] += 1.0
        for modifier in rules.splitter.modifiers(word):
            if rules.is_term(modifier):
                counts[modifier] += PART_WEIGHT
    return counts


def topic_terms(tokens: Sequence[Token], mentions: Iterable[tuple[int, int]], rules: TermRules) -> Counter:
    """Topic-term counts of one document: lemmas as tokens.lemma holds them (lower case) of nouns and adjectives
    outside every entity mention; role titles, parties and bodies of government left out (see the module doc)."""
    spans = sorted(mentions)
    starts = [s for s, _ in spans]
    counts: Counter = Counter()
    for token in tokens:
        if token.is_stop or token.pos not in TOPIC_POS or not token.lemma:
            continue
        if inside(spans, starts, token.start):
            continue
        # A capitalised lemma is a name the tagger took for a noun ("Chalmers", "Lunds"): not a theme.
        if token.lemma[:1].isupper() and token.text[:1].isupper():
            continue
        word = token.lemma.lower()
        if rules.is_topic_term(word, token.text):
            counts[word] += 1.0
    return counts
