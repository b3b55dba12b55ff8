"""In-domain NER sentences: the gold set's TRAIN documents (training data), its DEV documents (the in-domain NER dev
set, or training data in an old experiment), and government-text sentences in which a registry name occurs, weakly
labelled ORG.

    python -m pipeline.model.indomain [--data ../shared/data] [--limit N]   (prints counts and a few samples)

Weak labels say only what the registry knows. A registry name (case as written, or its genitive) is ORG; tokens the
registry cannot vouch for are left *missing* (spaCy learns nothing from them) rather than "O": every capitalised
token outside a registry match, every token with a digit, and every entity the current model predicts there. So the
sentences teach "this registry name is an ORG" without teaching "every other name here is not an entity". A sentence
where the model predicts an entity that partly overlaps a registry match is dropped (the two disagree on the span).

Never used: the gold TEST documents (tests/gold/split.json) - not as gold sentences, and not as weak sentences
either. Every gold document is left out of the weak sentences, since gold labels are used directly.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline import registry
from pipeline.model.readers import Sentence
from pipeline.nlp.lexicon import genitive_forms

REGISTRY = Path("pipeline/nlp/resources/registry.tsv")
GOLD = Path("tests/gold/gold.jsonl")
SPLIT = Path("tests/gold/split.json")
RAW = "regeringen-raw"
PRESS = "regeringen-pressmeddelanden"
GOLD_LABELS = ("PER", "ORG", "LOC")
MIN_TOKENS, MAX_TOKENS = 6, 60
# A sentence ends at . ! ? followed by space and a capital letter or digit (abbreviations like "bl.a." rarely are).
SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
WORD = re.compile(r"[\wÅÄÖåäö][\w:.-]*")


# --- sources ------------------------------------------------------------------------------------------------------
def test_sources(split: Path = SPLIT) -> set[str]:
    return set(json.loads(split.read_text(encoding="utf-8"))["test"])


def gold_sources(gold: Path = GOLD) -> set[str]:
    return {json.loads(line)["source"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()}


def iter_texts(data: Path, exclude: set[str]) -> Iterator[tuple[str, str]]:
    """(source id, markdown text) of every government document; ids as the gold writes them ("shared:...")."""
    for path in sorted((data / RAW).glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                source = f"shared:{RAW}/{rec['path']}"
                if source not in exclude:
                    yield source, rec["text"]
    for path in sorted((data / PRESS).rglob("*.md")):
        source = f"shared:{PRESS}/{path.relative_to(data / PRESS).as_posix()}"
        if source not in exclude:
            yield source, path.read_text(encoding="utf-8")


def sentences(text: str) -> Iterator[str]:
    """Prose sentences of a markdown document: headings, list items and table rows are skipped."""
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(para.replace("\xad", "").split())  # soft hyphens (sam\xadman\xadhanget) split words
        if not para or para[0] in "#*-|>[!":
            continue
        yield from SENT_END.split(para)


# --- registry names -----------------------------------------------------------------------------------------------
def registry_forms(path: Path = REGISTRY) -> tuple[set[str], set[str]]:
    """(names, lower-case forms): written forms of registry organisations and their genitives. Forms that start
    with a capital or digit are the weak ORG labels; lower-case ones ("regeringen", "finansdepartementet") are
    ORG in the project's gold but not in the news corpora, so they are only marked missing."""
    names: set[str] = set()
    lower: set[str] = set()
    for entry in registry.load(path):
        for form in entry.forms():
            for written in (form, *genitive_forms(form)):
                (lower if written[0].islower() else names).add(written)
    return names, lower


def first_words(forms: Iterable[str]) -> set[str]:
    return {m.group(0) for f in forms if (m := WORD.match(f))}


def make_matcher(nlp: Language, forms: Iterable[str], key: str) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    matcher.add(key, list(nlp.tokenizer.pipe(sorted(forms))))
    return matcher


# --- weak labels --------------------------------------------------------------------------------------------------
def candidates(data: Path, names: set[str], exclude: set[str], limit: int | None = None) -> list[tuple[str, str]]:
    """(source, sentence) pairs whose words include the first word of a registry name (a cheap pre-filter)."""
    starts = first_words(names)
    out: list[tuple[str, str]] = []
    for n, (source, text) in enumerate(iter_texts(data, exclude)):
        if limit is not None and n >= limit:
            break
        for sent in sentences(text):
            if not MIN_TOKENS <= sent.count(" ") + 1 <= MAX_TOKENS:
                continue
            if any(w in starts for w in WORD.findall(sent)):
                out.append((source, sent))
    return out


def weak_tags(doc: Doc, orgs: list[Span], unsure: list[Span]) -> list[str] | None:
    """IOB tags for a model-annotated Doc: registry matches ORG, unsure tokens missing (""), the rest O; None when a
    predicted entity partly overlaps a registry match."""
    org_tokens = {i for s in orgs for i in range(s.start, s.end)}
    tags = ["O"] * len(doc)
    for s in orgs:
        tags[s.start] = "B-ORG"
        for i in range(s.start + 1, s.end):
            tags[i] = "I-ORG"
    for ent in doc.ents:
        inside = {i for i in range(ent.start, ent.end)} & org_tokens
        if inside and not any(s.start == ent.start and s.end == ent.end for s in orgs):
            return None
        if not inside:
            for i in range(ent.start, ent.end):
                tags[i] = ""
    for s in unsure:
        for i in range(s.start, s.end):
            if i not in org_tokens:
                tags[i] = ""
    for tok in doc:
        if tok.i not in org_tokens and (tok.text[:1].isupper() or any(c.isdigit() for c in tok.text)):
            tags[tok.i] = ""
    return tags


def weak_sentences(nlp: Language, data: Path, n_sentences: int, seed: int = 0, registry_path: Path = REGISTRY,
                   exclude: set[str] | None = None, doc_limit: int | None = None) -> list[Sentence]:
    """Up to n_sentences weakly labelled sentences, drawn at random (seeded) from the candidates."""
    names, lower = registry_forms(registry_path)
    pool = candidates(data, names, exclude if exclude is not None else gold_sources(), doc_limit)
    random.Random(seed).shuffle(pool)
    name_matcher = make_matcher(nlp, names, "ORG")
    lower_matcher = make_matcher(nlp, lower, "ORG_LOWER")
    out: list[Sentence] = []
    for start in range(0, len(pool), 2000):  # the model runs on a few more sentences than are kept
        batch = pool[start:start + 2000]
        for (source, _), doc in zip(batch, nlp.pipe((s for _, s in batch), batch_size=256), strict=True):
            orgs = filter_spans([doc[s:e] for _, s, e in name_matcher(doc)])
            if not orgs:
                continue  # the pre-filter matched a first word only
            unsure = [doc[s:e] for _, s, e in lower_matcher(doc)]
            tags = weak_tags(doc, orgs, unsure)
            if tags is not None:
                out.append(Sentence(words=[t.text for t in doc], ner=tags, sent_id=f"weak:{source}"))
            if len(out) >= n_sentences:
                return out
    return out


# --- gold documents ----------------------------------------------------------------------------------------------
def split_part(source: str, test: set[str], train: set[str]) -> str:
    """`test`, `train` (model training data) or `dev` (every other gold document: model and rule selection)."""
    return "test" if source in test else "train" if source in train else "dev"


def gold_sentences(nlp: Language, root: Path, data: Path, part: str, gold: Path = GOLD,
                   split: Path = SPLIT) -> list[Sentence]:
    """The gold documents of one part of the split (`train` or `dev`; never `test`) as NER sentences: gold
    PER/ORG/LOC and DATE spans; what the model calls MISC elsewhere is left missing (the gold has no MISC label, so
    it cannot say it is wrong). A document is cut into lines (press releases put one paragraph per line)."""
    from pipeline.evaluate_gold import load_split, read_source  # one reader for gold sources and the split

    if part not in ("train", "dev"):
        raise ValueError(f"gold part {part!r}: only train or dev documents become sentences")
    test, train = load_split(split), load_split(split, "train")
    out: list[Sentence] = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if split_part(g["source"], test, train) != part:
            continue
        text = read_source(g["source"], root, data)
        if text is None:
            continue
        out += document_sentences(nlp(text), g)
    return out


def document_sentences(doc: Doc, g: dict) -> list[Sentence]:
    """One gold document's lines as IOB2 sentences (see gold_sentences)."""
    spans = [(e["start"], e["end"], e["label"]) for e in g["entities"] if e["label"] in GOLD_LABELS]
    spans += [(d["start"], d["end"], "DATE") for d in g.get("dates", [])]
    ents = filter_spans([s for a, b, lab in spans if (s := doc.char_span(a, b, lab, alignment_mode="expand"))])
    gold_tokens = {i for s in ents for i in range(s.start, s.end)}
    tags = ["O"] * len(doc)
    for ent in doc.ents:  # model predictions first, as missing, then the gold spans on top
        if ent.label_ == "MISC" and not gold_tokens & set(range(ent.start, ent.end)):
            for i in range(ent.start, ent.end):
                tags[i] = ""
    for s in ents:
        tags[s.start] = f"B-{s.label_}"
        for i in range(s.start + 1, s.end):
            tags[i] = f"I-{s.label_}"
    out: list[Sentence] = []
    words: list[str] = []
    ner: list[str] = []
    for tok, tag in zip(doc, tags, strict=True):
        if tok.is_space:
            if "\n" in tok.text and words and not tag.startswith("I-"):
                out.append(Sentence(words=words, ner=ner, sent_id=f"gold:{g['source']}"))
                words, ner = [], []
            continue
        words.append(tok.text)
        ner.append(tag)
    if words:
        out.append(Sentence(words=words, ner=ner, sent_id=f"gold:{g['source']}"))
    return out


def in_domain(model: Path, data: Path, n_weak: int, gold_repeat: int, seed: int = 0, root: Path = Path("."),
              gold_train_repeat: int = 0, gold_dev: bool = False) -> dict[str, list[Sentence]]:
    """{"weak", "gold_dev", "gold_train", "gold_dev_eval"} as asked for the corpus conversion; the model
    (models/sv_base) marks what it predicts outside the known labels as missing. "gold_dev" is the dev part as
    training data (an old experiment); "gold_dev_eval" is the same documents as the NER dev set."""
    nlp = spacy.load(model)
    out: dict[str, list[Sentence]] = {}
    if n_weak:
        out["weak"] = weak_sentences(nlp, data, n_weak, seed)
    dev = gold_sentences(nlp, root, data, "dev") if (gold_repeat or gold_dev) else []
    if gold_repeat:
        out["gold_dev"] = dev * gold_repeat
    if gold_train_repeat:
        out["gold_train"] = gold_sentences(nlp, root, data, "train") * gold_train_repeat
    if gold_dev:
        out["gold_dev_eval"] = dev
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--model", type=Path, default=Path("models/sv_base"))
    ap.add_argument("--weak", type=int, default=20)
    ap.add_argument("--doc-limit", type=int, default=None)
    args = ap.parse_args(argv)
    nlp = spacy.load(args.model)
    weak = weak_sentences(nlp, args.data, args.weak, doc_limit=args.doc_limit)
    gold = gold_sentences(nlp, Path("."), args.data, "train")
    print(f"weak sentences: {len(weak)}; gold train sentences: {len(gold)}, "
          f"{sum(t.startswith('B-') for s in gold for t in s.ner)} entities")
    for s in weak[:10]:
        print(" ".join(w if t == "O" else f"[{w}|{t or '?'}]" for w, t in zip(s.words, s.ner, strict=True)))


if __name__ == "__main__":
    main()
