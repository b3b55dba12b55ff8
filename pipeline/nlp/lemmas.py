"""spaCy component `sv_lemma_repair`: the lemma check of pipeline.themes.lemmas applied inside the pipeline, right
after the lemmatiser, so tokens.parquet carries repaired lemmas (sjukvårdsminist -> sjukvårdsminister).

The word forms of government text (resources/word_forms.tsv.gz) hold few dictionary forms of everyday adjectives
and nouns ("olik", "hälft" are rarely written as such), so on their own they make the check reject correct lemmas.
The component can therefore carry a second table, `ud_lemmas.tsv` (form, UPOS, lemma, count): the lemmas of the
hand-annotated UD training sentences, written by pipeline/model/lemma_check.py when the component is installed in
models/sv_base. With it:
- a (form, UPOS) the table gives one lemma at least MIN_COUNT times gets that lemma (a lookup of attested forms:
  "vissa" -> "viss", "sitt" -> "sig" in UD's conventions, whatever the edit trees learnt from other corpora);
- a lemma in the table is kept as the lemmatiser made it; the others go through repair_lemma with the table's
  lemmas added to the known forms and compound heads (so "gamma|kamera" is a word because "kamera" is a lemma);
- a repair that can only fall back to the word as written (nothing known vouches for the lemma or for a longer
  stem) keeps the lemmatiser's lemma instead: on UD-Talbanken that lemma ("fattig" for "fattiga", "hälft" for
  "hälften") is right far more often than the inflected form is;
- a repair that turns an "ä" of the lemma into "a" is kept only for a plural in -er (bostäder -> bostad,
  länderna -> land), the one place Swedish has that umlaut; elsewhere it would make "smärtfylld" "smartfylld".
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from pipeline.themes.lemmas import WORD_FORMS, Lexicon, load_lexicon, repair_lemma


@Language.factory("sv_lemma_repair", default_config={"path": None, "known": None}, assigns=["token.lemma"])
def make_lemma_repair(nlp: Language, name: str, path: str | None, known: str | None) -> LemmaRepair:
    return LemmaRepair(Path(path) if path else WORD_FORMS, Path(known) if known else None)


MEMO_SIZE = 200_000  # remembered (text, lemma, UPOS) decisions; Zipf makes most tokens repeats
MIN_COUNT = 2  # a (form, UPOS) seen this often with one lemma only is looked up, not lemmatised
UD_COLUMNS = ("form", "upos", "lemma", "count")


@dataclass(frozen=True)
class UDLemmas:
    lookup: dict[tuple[str, str], str]  # (lower-case form, UPOS) -> lemma, for unambiguous pairs seen MIN_COUNT+
    lemmas: frozenset[str]  # every lemma of the table, lower case


def read_ud_lemmas(path: Path) -> UDLemmas:
    """The table lemma_check writes: '#' comment lines, then form<TAB>upos<TAB>lemma<TAB>count rows, one row per
    (form, UPOS, lemma). ValueError naming the file and line for a row that does not fit."""
    rows: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(UD_COLUMNS) or not cells[3].isdigit() or not all(cells[:3]):
            raise ValueError(f"{path}:{n}: expected {'<TAB>'.join(UD_COLUMNS)}, found {line!r}")
        rows.setdefault((cells[0], cells[1]), []).append((cells[2], int(cells[3])))
    lookup = {key: found[0][0] for key, found in rows.items() if len(found) == 1 and found[0][1] >= MIN_COUNT}
    return UDLemmas(lookup, frozenset(lemma.lower() for found in rows.values() for lemma, _ in found))


@lru_cache(maxsize=2)
def extended_lexicon(forms_path: Path, ud_path: Path | None) -> tuple[Lexicon, UDLemmas | None]:
    lex = load_lexicon(forms_path)
    if ud_path is None:
        return lex, None
    ud = read_ud_lemmas(ud_path)
    return Lexicon(lex.forms | ud.lemmas, lex.lemma_of, lex.lemmas | ud.lemmas), ud


UMLAUT_PLURALS = ("er", "erna", "ernas", "ers")


def umlaut_ok(word: str, lemma: str, repaired: str) -> bool:
    """False when the repair changed an "ä" of the lemma into "a" and the word is not an -er plural."""
    changed = [i for i, (a, b) in enumerate(zip(lemma, repaired, strict=False)) if a != b]
    if not changed or lemma[changed[0]] != "ä" or repaired[changed[0]] != "a":
        return True
    return word.endswith(UMLAUT_PLURALS)


class LemmaRepair:
    """Sets token.lemma_ to repair_lemma(...) for alphabetic tokens (and the UD lookup, where given); place it right
    after the lemmatiser.

    The word-form list (and the UD lemma table, where given) travel inside the saved pipeline (to_disk/from_disk),
    so `spacy.load` of the model needs nothing from this repository's resources folder."""

    FILE = "word_forms.tsv.gz"
    KNOWN = "ud_lemmas.tsv"

    def __init__(self, path: Path, known: Path | None = None) -> None:
        self.path = path
        self.known = known
        self.memo: dict[tuple[str, str, str], str | None] = {}  # the check is a pure function of these three

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        folder = ensure_path(path)
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.path, folder / self.FILE)
        if self.known is not None and self.known.resolve() != (folder / self.KNOWN).resolve():
            shutil.copyfile(self.known, folder / self.KNOWN)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> LemmaRepair:
        folder = ensure_path(path)
        if (folder / self.FILE).exists():
            self.path = folder / self.FILE
        if (folder / self.KNOWN).exists():
            self.known = folder / self.KNOWN
        self.memo.clear()
        return self

    def __call__(self, doc: Doc) -> Doc:
        lex, ud = extended_lexicon(self.path, self.known)
        if len(self.memo) > MEMO_SIZE:
            self.memo.clear()
        for token in doc:
            key = (token.text, token.lemma_, token.pos_)
            if key not in self.memo:
                self.memo[key] = checked_lemma(token.text, token.lemma_, token.pos_, token.is_alpha, lex, ud)
            new = self.memo[key]
            if new is not None:
                token.lemma_ = new
        return doc


def checked_lemma(text: str, lemma: str, pos: str, is_alpha: bool, lex: Lexicon, ud: UDLemmas | None) -> str | None:
    """The lemma the check gives a token, or None to keep the lemmatiser's."""
    if ud is not None and pos != "PROPN":
        looked_up = ud.lookup.get((text.lower(), pos))
        if looked_up is not None:
            return looked_up
    if not is_alpha:
        return None
    lower = lemma.lower()
    if ud is not None and lower in ud.lemmas:
        return None
    repaired = repair_lemma(text, lemma, pos or None, lex)
    if ud is not None and (repaired == text.lower() or not umlaut_ok(text.lower(), lower, repaired)):
        return None  # only the fallback to the written form, or an umlaut outside -er plurals
    return repaired if repaired != lower else None
