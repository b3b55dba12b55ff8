"""spaCy component `sv_lemma_repair`: the lemma check of pipeline.themes.lemmas applied inside the pipeline, right
after the lemmatiser, so tokens.parquet carries repaired lemmas (sjukvårdsminist -> sjukvårdsminister)."""

from __future__ import annotations

import shutil
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from pipeline.themes.lemmas import WORD_FORMS, load_lexicon, repair_lemma


@Language.factory("sv_lemma_repair", default_config={"path": None}, assigns=["token.lemma"])
def make_lemma_repair(nlp: Language, name: str, path: str | None) -> LemmaRepair:
    return LemmaRepair(Path(path) if path else WORD_FORMS)


class LemmaRepair:
    """Sets token.lemma_ to repair_lemma(...) for alphabetic tokens; place it right after the lemmatiser.

    The word-form list travels inside the saved pipeline (to_disk/from_disk), so `spacy.load` of the model needs
    nothing from this repository's resources folder."""

    FILE = "word_forms.tsv.gz"

    def __init__(self, path: Path) -> None:
        self.path = path

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        folder = ensure_path(path)
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.path, folder / self.FILE)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> LemmaRepair:
        saved = ensure_path(path) / self.FILE
        if saved.exists():
            self.path = saved
        return self

    def __call__(self, doc: Doc) -> Doc:
        lex = load_lexicon(self.path)
        for token in doc:
            if token.is_alpha:
                repaired = repair_lemma(token.text, token.lemma_, token.pos_ or None, lex)
                if repaired != token.lemma_.lower():
                    token.lemma_ = repaired
        return doc
