"""Label mappings between the corpora and the project's label sets (NER: PER ORG LOC MISC DATE; UD UPOS)."""

from __future__ import annotations

from pipeline.model.readers import KoalaToken

# The labels downstream stages expect (mentions.label).
NER_LABELS = ("PER", "ORG", "LOC", "MISC", "DATE")

# SUC 3.0 types -> project labels. TME is silver (automatic SweNER layer) but it is the only date supervision
# there is; it becomes DATE. MSR (measures) has no project label and is dropped to outside. Works, events
# and objects are what swedish-ner-corpus calls MISC. Combined types take the last type, as SOURCE.md advises.
SUC_TO_PROJECT: dict[str, str | None] = {
    "PER": "PER",
    "PRS": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "TME": "DATE",
    "MSR": None,
    "WRK": "MISC",
    "EVN": "MISC",
    "OBJ": "MISC",
    "LOCPRS": "PER",
    "ORGPRS": "PER",
    "LOCORG": "ORG",
}


# SUC 3.0's manual name types (sucx3-removed-sents). `inst` is ORG unless the name is a place acting as an institution
# (sucx3_tags decides); named animals and mythical beings are not names the project tags.
SUCX3_TO_PROJECT: dict[str, str | None] = {
    "person": "PER",
    "place": "LOC",
    "inst": "ORG",
    "work": "MISC",
    "product": "MISC",
    "event": "MISC",
    "other": "MISC",
    "animal": None,
    "myth": None,
}


def sucx3_tags(words: list[str], manual: list[str], auto: list[str], inst_places: set[str]) -> list[str]:
    """Project IOB2 tags for one sucx3 sentence. An `inst` name listed among KBLab's places acting as institutions,
    or that the automatic tagger calls LOC, is LOC (the project's guidelines tag "Sverige beslutade" as a place).
    Tokens outside every manual name that the automatic tagger marks as a time or measure are left missing (""):
    SUC's manual names have no time expressions, so "O" there would teach the DATE label wrongly."""
    tags = map_iob2(manual, SUCX3_TO_PROJECT)
    i = 0
    while i < len(manual):
        if manual[i].startswith("B-inst"):
            j = i + 1
            while j < len(manual) and manual[j] == "I-inst":
                j += 1
            name = " ".join(words[i:j])
            if name in inst_places or auto[i].endswith("LOC"):
                tags[i:j] = ["B-LOC"] + ["I-LOC"] * (j - i - 1)
            i = j
        else:
            i += 1
    return [("" if t == "O" and a[2:] in ("TME", "MSR") else t) for t, a in zip(tags, auto, strict=True)]


def map_iob2(tags: list[str], mapping: dict[str, str | None]) -> list[str]:
    """Rename entity types in IOB2 tags; a type mapped to None becomes outside. Unknown types raise."""
    out: list[str] = []
    for tag in tags:
        if tag == "O":
            out.append("O")
            continue
        prefix, _, label = tag.partition("-")
        if label not in mapping:
            raise ValueError(f"no mapping for entity type {label!r}")
        new = mapping[label]
        out.append("O" if new is None else f"{prefix}-{new}")
    # Dropping a type can leave an I- right after O; IOB2 needs it to start with B-.
    for i, tag in enumerate(out):
        if tag.startswith("I-") and (i == 0 or out[i - 1] == "O" or out[i - 1][2:] != tag[2:]):
            out[i] = "B-" + tag[2:]
    return out


# Koala part-of-speech -> UD UPOS, for the unambiguous cases. The ambiguous ones (verbs that are AUX in UD,
# pronouns that are DET, `att` as infinitive marker, negation) are decided in koala_to_upos from the lemma,
# the morphosyntactic tag and the dependency label, following UD_Swedish-Talbanken's conventions.
_KOALA_UPOS = {
    "NN": "NOUN",
    "VB": "VERB",
    "AJ": "ADJ",
    "AB": "ADV",
    "PE": "ADP",
    "PO": "PRON",
    "EN": "PROPN",
    "NU": "NUM",
    "KO": "CCONJ",
    "SU": "SCONJ",
    "SY": "PUNCT",
    "UO": "X",
    "IJ": "INTJ",
}
# Always AUX in Talbanken (vara as copula and passive auxiliary; the modals).
_AUX_ALWAYS = {"vara", "kunna", "skola", "vilja", "måste", "böra", "må", "lär"}
_NEGATION = {"inte", "icke", "ej"}


def koala_to_upos(sent: list[KoalaToken]) -> list[str]:
    """UPOS for one Eukalyptus sentence."""
    has_supine = any(t.msd.startswith("VB.SPM") for t in sent)  # Koala calls the supine SPM
    out: list[str] = []
    for i, tok in enumerate(sent):
        upos = _KOALA_UPOS.get(tok.pos, "X")
        lemma = tok.lemma.lower()
        nxt = sent[i + 1] if i + 1 < len(sent) else None
        if tok.pos == "VB":
            # ha is AUX only as perfect auxiliary (a supine in the clause); komma is AUX in "komma att".
            komma_att = lemma == "komma" and any(t.form.lower() == "att" for t in sent[i + 1 : i + 3])
            if lemma in _AUX_ALWAYS or (lemma == "ha" and has_supine) or komma_att:
                upos = "AUX"
        elif tok.pos == "PO":
            # Determiner function (DT) on a non-possessive pronoun is a DET in UD; possessives stay PRON.
            if tok.deprel == "DT" and ".PSS" not in tok.msd:
                upos = "DET"
        elif tok.pos == "SU" and tok.form.lower() == "att" and nxt is not None and nxt.msd.startswith("VB.INF"):
            upos = "PART"
        elif tok.form.lower() == "som" and tok.pos == "SU":
            upos = "PRON"  # Talbanken tags relative `som` PRON; it is the bulk of Koala's SU `som`
        elif tok.form.lower() == "där" and tok.pos == "SU":
            upos = "ADV"
        elif tok.form.lower() == "när" and tok.pos == "AB":
            upos = "SCONJ"
        elif tok.pos == "AB" and lemma in _NEGATION:
            upos = "PART"
        elif tok.pos == "SY" and tok.msd == "SY.SYM":
            upos = "SYM"
        out.append(upos)
    return out


def koala_lemma(tok: KoalaToken) -> str:
    """Eukalyptus lemma in Talbanken's convention: digits stay digits (Koala spells them out: 9 -> nio) and
    plural `de` is its own lemma (Koala: den)."""
    if any(ch.isdigit() for ch in tok.form):
        return tok.form
    if tok.form.lower() == "de" and tok.lemma == "den":
        return "de"
    return tok.lemma
