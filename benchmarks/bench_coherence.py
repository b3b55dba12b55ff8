"""Topic coherence as a user checks it, beside plain baselines fitted in the same run (a report, not a test).

    python benchmarks/bench_coherence.py --outputs DIR --name press [--n N]

DIR holds documents/tokens/mentions.parquet of an annotated corpus. Its ok documents are copied into a scratch
folder and the themes stage runs there cold (python -m pipeline.themes, this checkout's code and params.yaml).
Beside it, on the same documents and with the same number of topics K:
  nmf_tfidf  scikit-learn NMF on TF-IDF of content lemmas (tokens.lemma, lower case, NOUN/PROPN/ADJ/VERB, no stop
             words, at least 3 letters; min_df=2, max_df=0.95)
  lda        scikit-learn LDA on the counts of the same lemmas
Scores, for each model's top-10 terms per topic (the pipeline's in topics.parquet order):
  NPMI       mean over topics of the mean NPMI of each pair of terms, from document co-occurrence of the lemmas in
             tokens.lemma (lower case); a pair never together, or a term that never occurs as a lemma, scores -1.
             Only tokens.lemma counts: not the word forms, not the pipeline's own terms.
  titles     share of top-10 terms that are role titles: a title of pipeline/nlp/resources/titles.tsv (as written
             or normalised) or a word the role matcher takes for a title by its shape (ROLE_SUFFIX in
             pipeline/nlp/roles.py: -minister, -chef, -direktör, ...)
  not lemmas share of top-10 terms that occur in no document as a lemma
  diversity  unique terms among all topics' top-10 terms / (10 * K)
Writes benchmarks/results/coherence_<name>.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
from sklearn.decomposition import NMF, LatentDirichletAllocation
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from spacy.lang.sv.stop_words import STOP_WORDS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_topics import prepare, run_stage  # noqa: E402  (a sibling script)

from pipeline.nlp.roles.cues import Cues  # noqa: E402

ROLE_SUFFIX = Cues.load().role_suffix  # the titles the role matcher knows by their last part

RESULTS = ROOT / "benchmarks" / "results"
BASELINE_POS = {"NOUN", "PROPN", "ADJ", "VERB"}
TOP = 10


def lemma_sets(tokens: Path, doc_ids: list[str]) -> tuple[dict[str, set[str]], dict[str, list[str]]]:
    """Per document: every lemma it holds (lower case), and its content lemmas for the baselines."""
    data = pq.read_table(tokens, columns=["doc_id", "lemma", "pos", "is_stop"]).to_pydict()
    wanted = set(doc_ids)
    has: dict[str, set[str]] = {d: set() for d in doc_ids}
    content: dict[str, list[str]] = {d: [] for d in doc_ids}
    for doc_id, lemma, pos, stop in zip(data["doc_id"], data["lemma"], data["pos"], data["is_stop"], strict=True):
        if doc_id not in wanted or not lemma:
            continue
        lem = lemma.lower()
        has[doc_id].add(lem)
        if pos in BASELINE_POS and not stop and lem.isalpha() and len(lem) >= 3 and lem not in STOP_WORDS:
            content[doc_id].append(lem)
    return has, content


def npmi(topics: list[list[str]], has: dict[str, set[str]]) -> list[float]:
    index: dict[str, set[int]] = {}
    for i, terms in enumerate(has.values()):
        for t in terms:
            index.setdefault(t, set()).add(i)
    n = len(has)
    scores = []
    for top in topics:
        pairs = []
        for a, b in itertools.combinations(top[:TOP], 2):
            da, db = index.get(a, set()), index.get(b, set())
            both = len(da & db)
            if both == 0:
                pairs.append(-1.0)
                continue
            p_ab, p_a, p_b = both / n, len(da) / n, len(db) / n
            pairs.append(1.0 if p_ab == 1 else math.log(p_ab / (p_a * p_b)) / -math.log(p_ab))
        scores.append(float(np.mean(pairs)) if pairs else 0.0)
    return scores


def titles() -> set[str]:
    out = set()
    for line in (ROOT / "pipeline" / "nlp" / "resources" / "titles.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.update(f.strip().lower() for f in line.split("\t")[:2])
    return out


def is_title(term: str, known: set[str]) -> bool:
    return term in known or bool(ROLE_SUFFIX.match(term))


def baselines(content: dict[str, list[str]], k: int, seed: int = 0) -> dict[str, list[list[str]]]:
    docs = [content[d] for d in sorted(content)]
    common = {"analyzer": lambda x: x, "min_df": 2, "max_df": 0.95}
    tfidf = TfidfVectorizer(**common)
    x = tfidf.fit_transform(docs)
    nmf = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=400).fit(x)
    counts = CountVectorizer(**common)
    c = counts.fit_transform(docs)
    lda = LatentDirichletAllocation(n_components=k, random_state=seed, learning_method="batch", max_iter=20).fit(c)

    def tops(components: np.ndarray, vocab: np.ndarray) -> list[list[str]]:
        return [[str(vocab[j]) for j in np.argsort(-row, kind="stable")[:TOP]] for row in components]

    return {"nmf_tfidf": tops(nmf.components_, tfidf.get_feature_names_out()),
            "lda": tops(lda.components_, counts.get_feature_names_out())}


def score(topics: list[list[str]], has: dict[str, set[str]], known_titles: set[str]) -> dict:
    terms = [t for top in topics for t in top[:TOP]]
    lemmas = set().union(*has.values()) if has else set()
    per_topic = npmi(topics, has)
    return {
        "npmi": round(float(np.mean(per_topic)), 4) if per_topic else None,
        "title_share": round(sum(is_title(t, known_titles) for t in terms) / max(len(terms), 1), 4),
        "titles": sorted({t for t in terms if is_title(t, known_titles)}),
        "not_lemma_share": round(sum(t not in lemmas for t in terms) / max(len(terms), 1), 4),
        "diversity": round(len(set(terms)) / max(len(terms), 1), 4),
        "npmi_per_topic": [round(x, 4) for x in per_topic],
        "topics": [top[:TOP] for top in topics],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outputs", type=Path, required=True)
    parser.add_argument("--name", required=True, help="results file: benchmarks/results/coherence_<name>.json")
    parser.add_argument("--n", type=int, default=None, help="first N ok documents (default: all)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench_coherence_"))
    try:
        chosen, _ = prepare(args.outputs, work, args.n)
        print(f"{len(chosen)} documents in {work}", flush=True)
        run = run_stage(work)
        topic_rows = pq.read_table(work / "outputs" / "topics.parquet").to_pylist()
        has, content = lemma_sets(work / "outputs" / "tokens.parquet", chosen)
        start = time.perf_counter()
        base = baselines(content, len(topic_rows))
        base_s = time.perf_counter() - start
    finally:
        shutil.rmtree(work, ignore_errors=True)
    known = titles()
    models = {"pipeline": [r["terms"] for r in topic_rows], **base}
    result = {
        "corpus": args.name,
        "outputs": str(args.outputs),
        "n_documents": len(chosen),
        "n_topics": len(topic_rows),
        "themes_stage": {k: run[k] for k in ("wall_s", "cpu_s", "peak_rss_mb")},
        "baselines_s": round(base_s, 1),
        "models": {name: score(tops, has, known) for name, tops in models.items()},
        "pipeline_labels": [r["label"] for r in topic_rows],
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"coherence_{args.name}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.name}: {len(chosen)} documents, K = {len(topic_rows)}")
    print(f"{'model':<11}{'NPMI':>8}{'titles':>9}{'not lemma':>11}{'diversity':>11}")
    for name, s in result["models"].items():
        print(f"{name:<11}{s['npmi']:>8.3f}{s['title_share']:>9.1%}{s['not_lemma_share']:>11.1%}"
              f"{s['diversity']:>11.3f}")
    for label, value in zip(result["pipeline_labels"], result["models"]["pipeline"]["npmi_per_topic"], strict=True):
        print(f"  {value:>6.3f}  {label}")
    print(f"-> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
