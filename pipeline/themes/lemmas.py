"""Lemma repair: the trainable lemmatiser's edit trees sometimes cut a word short (sjukvårdsminist, länsstyrels,
norrbott, ministr) or leave an inflected form (försvarsmaktens). A lemma is accepted when it is a word: a form seen
in the reference corpus (resources/word_forms.tsv.gz, counted from ../shared/data/regeringen-raw by
`python -m pipeline.themes.background`), or a compound whose head is a known lemma. Otherwise the nearest known form
is used (a few Swedish stem alternations, then the form's reference lemma, then the word as written), so the result
is always a word. Pure functions on a fixed resource: a token's lemma depends on nothing but the token.

No spaCy import here (the themes stage uses these functions on tokens.parquet and should start fast); the spaCy
component that applies them inside the annotate pipeline is pipeline/nlp/lemmas.py (`sv_lemma_repair`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv

# Kept with the other language resources of the annotate pipeline, whose model fingerprint hashes that folder.
WORD_FORMS = Path(__file__).resolve().parents[1] / "nlp" / "resources" / "word_forms.tsv.gz"
MIN_HEAD = 4  # a compound head shorter than this ("bott" in norr|bott) is too likely a chance match
NOMINAL = {"NOUN", "PROPN", "ADJ"}
# Definite/plural endings a genitive -s attaches to (regeringen|s, landet|s, kommunerna|s, kvinnan|s).
GENITIVE_BASES = ("en", "et", "na", "an", "rs")
DEFINITE_ENDINGS = ("en", "et", "rn", "ln")  # singular definite: regering|en, samhälle|t, minister|n, regel|n


@dataclass(frozen=True)
class Lexicon:
    forms: frozenset[str]  # word forms (lower case) seen at least twice in the reference corpus
    lemma_of: dict[str, str]  # form -> its (repaired) reference lemma
    lemmas: frozenset[str]  # reference lemmas that are themselves forms: valid compound heads

    @classmethod
    def from_rows(cls, rows: list[tuple[str, str]]) -> Lexicon:
        forms = frozenset(f for f, _ in rows)
        lemma_of = dict(rows)
        return cls(forms, lemma_of, frozenset(lemma for lemma in lemma_of.values() if lemma in forms))


def read_word_forms(path: Path = WORD_FORMS) -> list[tuple[str, str, int]]:
    """Rows (form, lemma, document frequency); the first line is a '#' header."""
    table = read_tsv(path, ["form", "lemma", "df"], [pa.string(), pa.string(), pa.int64()])
    return list(zip(table["form"].to_pylist(), table["lemma"].to_pylist(), table["df"].to_pylist(), strict=True))


def read_tsv(path: Path, names: list[str], types: list) -> pa.Table:
    """A headed ('#...') tab-separated resource, typed; ValueError naming the file when a row does not fit."""
    try:
        return pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1),
            parse_options=pacsv.ParseOptions(delimiter="\t", quote_char=False),
            convert_options=pacsv.ConvertOptions(column_types=dict(zip(names, types, strict=True)),
                                                 strings_can_be_null=False),
        )
    except (pa.ArrowInvalid, OSError) as err:
        raise ValueError(f"{path}: expected {'<TAB>'.join(names)} rows: {err}") from err


@lru_cache(maxsize=2)
def load_lexicon(path: Path = WORD_FORMS) -> Lexicon:
    return Lexicon.from_rows([(f, lemma) for f, lemma, _ in read_word_forms(path)])


def is_word(lemma: str, lex: Lexicon) -> bool:
    """A known form, or a compound of a known word (3+ letters, optional linking -s-) and a known lemma of at least
    MIN_HEAD letters (klimat|omställning, kompetensförsörjning|s|arbete; not norr|bott, klimatomställ|ninge)."""
    return lemma in lex.forms or is_compound(lemma, lex)


def is_compound(lemma: str, lex: Lexicon) -> bool:
    for cut in range(MIN_HEAD, len(lemma) - MIN_HEAD + 1):
        if lemma[cut:] not in lex.lemmas:
            continue
        modifier = lemma[:cut]
        if modifier in lex.forms or (modifier.endswith("s") and modifier[:-1] in lex.forms):
            return True
    return False


def stem_candidates(lemma: str, word: str) -> list[str]:
    """Likely full forms of a cut-short lemma of `word`, most specific first: ministr -> minister (syncope),
    studentbostäd -> studentbostad (umlaut), and endings restored only where the result begins the written word:
    länsstyrels -> länsstyrelse (länsstyrelsen), norrbott -> norrbotten, statsråde -> statsråd (statsrådet)."""
    out = []
    if len(lemma) >= 3 and lemma[-1] in "rln" and lemma[-2] not in "aeiouyåäö":
        out.append(lemma[:-1] + "e" + lemma[-1])
    umlaut = lemma.rfind("ä")
    if umlaut >= 0 and word[umlaut:umlaut + 1] == "ä":  # bostäder -> bostad, städer -> stad
        out.append(lemma[:umlaut] + "a" + lemma[umlaut + 1 :])
    endings = [lemma + "e", lemma + "er", lemma + "en", lemma + "a", lemma + "um", lemma + "o"]
    if lemma.endswith("e"):
        endings.append(lemma[:-1])
    return out + [c for c in endings if word.startswith(c)]


def repair_lemma(text: str, lemma: str, pos: str | None, lex: Lexicon) -> str:
    """A word for `lemma` (lower case). `text` is the token as written."""
    word = text.lower()
    lemma = (lemma or text).lower()
    if not lemma.replace("-", "").isalpha():
        return lemma
    if lemma == word and pos in NOMINAL:
        folded = fold_inflection(fold_inflection(word, lex, pos), lex, pos)  # försvarsmaktens -> -en -> -makt
        if folded != word:
            return folded
    if is_word(lemma, lex):
        return lemma
    for candidate in stem_candidates(lemma, word):
        if is_word(candidate, lex):
            return candidate
    # Cut short with no known alternation (fullmak for fullmakt): the shortest known form the word begins with.
    for end in range(len(lemma), len(word) + 1):
        if word.startswith(lemma) and word[:end] in lex.forms:
            return word[:end]
    reference = lex.lemma_of.get(word)
    if reference and len(reference) <= len(word) and is_word(reference, lex):
        return reference
    return word


def fold_genitive(word: str, lex: Lexicon) -> str:
    """försvarsmaktens -> försvarsmakten: a genitive -s after a definite or plural ending, when the rest is a word."""
    if word.endswith("s") and word[:-1].endswith(GENITIVE_BASES) and word[:-1] in lex.forms:
        return word[:-1]
    return word


def fold_inflection(word: str, lex: Lexicon, pos: str | None = "NOUN") -> str:
    """A form the lemmatiser left as written: its reference lemma (länsstyrelsen -> länsstyrelse), or for a genitive
    (försvarsmaktens) the lemma of the form without -s; for a noun, a definite ending (ministern -> minister)."""
    reference = lex.lemma_of.get(word)
    if reference and reference != word and reference in lex.forms and len(reference) <= len(word):
        return reference
    base = fold_genitive(word, lex)
    if base != word:
        lemma = lex.lemma_of.get(base, base)
        return lemma if lemma in lex.forms and len(lemma) <= len(base) else base
    if pos == "NOUN" and word.endswith(DEFINITE_ENDINGS):  # ministern -> minister, samhället -> samhälle
        for base in (word[:-1], word[:-2]):
            if len(base) >= MIN_HEAD and (base in lex.lemmas or (base not in lex.forms and is_compound(base, lex))):
                return base
    return word
