"""Topic quality, clean terms and the themes stage's cost (a report, not a test).

    python benchmarks/bench_topics.py --outputs DIR [--n 1000] [--raw ../shared/data/regeringen-raw]

DIR holds documents/tokens/mentions.parquet of an annotated corpus (e.g. the 8,319 press releases run through the
pipeline). The first N ok documents (by doc_id; all when --n is omitted) plus one held-out document are copied into
a fresh working folder, and the themes stage runs there as a subprocess (python -m pipeline.themes):
  cold     no topic model, no cache
  no-op    the same input again (outputs must be byte-identical)
  add-one  the held-out document added (no refit expected: every other document's document_topics unchanged)
Each run's wall time and peak RSS (ru_maxrss of the child) are reported.

Quality, on the same N documents in the same run, for the pipeline's topics and for two plain baselines with the
same number of topics (scikit-learn NMF on TF-IDF of content lemmas, and LDA on their counts; min_df=2,
max_df=0.95, the raw lemmas of tokens.parquet, NOUN/PROPN/ADJ/VERB, no stop words, at least 3 letters):
  NPMI       mean over topics of the mean NPMI of each pair of the topic's top-10 terms, from document
             co-occurrence; a document "has" a term if it occurs there as a word form, a raw lemma or one of the
             document's pipeline terms (one reference for all three models); a pair never together scores -1
  diversity  unique terms among all topics' top-25 terms / (25 * topics)
A third row, nmf_tfidf_relevance, is the NMF baseline with the pipeline's term order (themes.relevance_lambda), to
show how much of the difference is the order alone.
Clean terms: the share of the pipeline's topic terms (top-10 of each topic) and of every document's top-5 keywords
that occur nowhere as a word in the corpus's tokens or in ../shared/data/regeringen-raw (regex word split).
Writes benchmarks/results/topics_<N>.json.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from sklearn.decomposition import NMF, LatentDirichletAllocation
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from spacy.lang.sv.stop_words import STOP_WORDS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from pipeline.themes.topics import TopicModel  # noqa: E402  (after the path fix, for a plain script)

RESULTS = ROOT / "benchmarks" / "results"
OUTPUT_TABLES = ("keywords", "topics", "document_topics", "topic_trends", "organisation_keywords")
BASELINE_POS = {"NOUN", "PROPN", "ADJ", "VERB"}
WORD = re.compile(r"[^\W\d_]+")


def prepare(outputs: Path, work: Path, n: int | None) -> tuple[list[str], str]:
    """Copy the first n ok documents (+1 held out) into work/outputs; returns (doc ids, held-out id)."""
    docs = pq.read_table(outputs / "documents.parquet", columns=["doc_id", "status"])
    ok = sorted(docs.filter(pc.equal(docs["status"], "ok"))["doc_id"].to_pylist())
    n = len(ok) - 1 if n is None else min(n, len(ok) - 1)
    chosen, held_out = ok[:n], ok[n]
    (work / "outputs").mkdir(parents=True)
    (work / "models" / "keywords").mkdir(parents=True)
    shutil.copy(ROOT / "models" / "keywords" / "background_df.tsv.gz", work / "models" / "keywords")
    shutil.copy(ROOT / "params.yaml", work / "params.yaml")
    write_subset(outputs, work, chosen)
    return chosen, held_out


def month_from_path(table: pa.Table) -> pa.Table:
    """Benchmark helper only: press releases live in YYYY/MM/ folders; until ingest fills `published` from the path,
    take the first of that month where it is null, so that topic_trends has dates to work with."""
    found = pc.extract_regex(table["path"], r"(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/")
    guessed = [
        None if m is None else f"{m['y']}-{m['m']}-01" for m in found.to_pylist()
    ]
    dates = pc.cast(pa.array(guessed, type=pa.string()), pa.timestamp("s")).cast(pa.date32())
    published = pc.coalesce(table["published"], dates)
    return table.set_column(table.schema.get_field_index("published"), "published", published)


def write_subset(outputs: Path, work: Path, doc_ids: list[str]) -> None:
    wanted = pa.array(doc_ids, type=pa.string())
    for name in ("documents", "tokens", "mentions"):
        table = pq.read_table(outputs / f"{name}.parquet")
        table = table.filter(pc.is_in(table["doc_id"], value_set=wanted))
        if name == "documents":
            table = month_from_path(table)
        pq.write_table(table.replace_schema_metadata(pq.read_schema(outputs / f"{name}.parquet").metadata),
                       work / "outputs" / f"{name}.parquet")


def run_stage(work: Path) -> dict:
    """One run of the stage in a child process: wall and CPU seconds, the child's own peak RSS (GNU time's %M; the
    process-wide RUSAGE_CHILDREN maximum would also count this script's memory copied at fork)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    gnu_time = shutil.which("time") or "/usr/bin/time"
    command = [sys.executable, "-m", "pipeline.themes"]
    if Path(gnu_time).exists():
        command = [gnu_time, "-f", "bench_rss_kb=%M", *command]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"themes failed:\n{proc.stderr}")
    rss = [int(line.split("=")[1]) // 1024 for line in proc.stderr.splitlines() if line.startswith("bench_rss_kb=")]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = [line for line in proc.stderr.splitlines() if "themes:" in line]
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "peak_rss_mb": rss[0] if rss else None, "log": lines}


def digests(work: Path) -> dict[str, str]:
    return {t: hashlib.sha256((work / "outputs" / f"{t}.parquet").read_bytes()).hexdigest() for t in OUTPUT_TABLES}


def doc_sets(work: Path, doc_ids: list[str]) -> tuple[dict[str, set[str]], dict[str, list[str]]]:
    """Per document: the reference set of terms it 'has', and its raw content lemmas (for the baselines)."""
    tokens = pq.read_table(work / "outputs" / "tokens.parquet", columns=["doc_id", "text", "lemma", "pos", "is_stop"])
    data = tokens.to_pydict()
    has: dict[str, set[str]] = {d: set() for d in doc_ids}
    lemmas: dict[str, list[str]] = {d: [] for d in doc_ids}
    for doc_id, text, lemma, pos, stop in zip(data["doc_id"], data["text"], data["lemma"], data["pos"],
                                             data["is_stop"], strict=True):
        word = (text or "").lower()
        lem = (lemma or text or "").lower()
        has[doc_id].update((word, lem))
        if pos in BASELINE_POS and not stop and lem.isalpha() and len(lem) >= 3 and lem not in STOP_WORDS:
            lemmas[doc_id].append(lem)
    terms = pq.read_table(work / "cache" / "themes" / "terms.parquet", columns=["doc_id", "term"]).to_pydict()
    for doc_id, term in zip(terms["doc_id"], terms["term"], strict=True):
        if term is not None and doc_id in has:
            has[doc_id].add(term)
    return has, lemmas


def npmi(topics: list[list[str]], has: dict[str, set[str]]) -> list[float]:
    index: dict[str, set[int]] = {}
    for i, terms in enumerate(has.values()):
        for t in terms:
            index.setdefault(t, set()).add(i)
    n = len(has)
    scores = []
    for top in topics:
        pairs = []
        for a, b in itertools.combinations(top[:10], 2):
            da, db = index.get(a, set()), index.get(b, set())
            both = len(da & db)
            if both == 0:
                pairs.append(-1.0)
                continue
            p_ab, p_a, p_b = both / n, len(da) / n, len(db) / n
            pairs.append(1.0 if p_ab == 1 else math.log(p_ab / (p_a * p_b)) / -math.log(p_ab))
        scores.append(float(np.mean(pairs)) if pairs else 0.0)
    return scores


def diversity(topics: list[list[str]]) -> float:
    top = [t for terms in topics for t in terms[:25]]
    return len(set(top)) / (25 * len(topics)) if topics else 0.0


def baselines(lemmas: dict[str, list[str]], k: int, relevance: float) -> dict[str, list[list[str]]]:
    docs = [lemmas[d] for d in sorted(lemmas)]
    common = {"analyzer": lambda x: x, "min_df": 2, "max_df": 0.95}
    tfidf = TfidfVectorizer(**common)
    x = tfidf.fit_transform(docs)
    nmf = NMF(n_components=k, init="nndsvda", random_state=0, max_iter=400).fit(x)
    counts = CountVectorizer(**common)
    c = counts.fit_transform(docs)
    lda = LatentDirichletAllocation(n_components=k, random_state=0, learning_method="batch", max_iter=20).fit(c)

    def tops(components: np.ndarray, vocab: np.ndarray) -> list[list[str]]:
        return [[str(vocab[j]) for j in np.argsort(-row, kind="stable")[:25]] for row in components]

    vocab = list(tfidf.get_feature_names_out())
    as_model = TopicModel(vocab, np.ones(len(vocab)), nmf.components_, list(range(k)), [], "", 0)
    return {
        "nmf_tfidf": tops(nmf.components_, tfidf.get_feature_names_out()),
        "lda": tops(lda.components_, counts.get_feature_names_out()),
        # Not a plain baseline: the NMF baseline with the pipeline's term order, to show what the order alone gives.
        "nmf_tfidf_relevance": [[t for t, _ in as_model.top_terms(r, 25, relevance)] for r in range(k)],
    }


def word_set(work: Path, raw: Path) -> set[str]:
    words = set(
        w.lower() for w in pq.read_table(work / "outputs" / "tokens.parquet", columns=["text"])["text"].to_pylist()
        if w
    )
    for path in sorted(raw.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                words.update(w.lower() for w in WORD.findall(json.loads(line)["text"]))
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outputs", type=Path, required=True)
    parser.add_argument("--n", type=int, default=None)
    parser.add_argument("--raw", type=Path, default=ROOT.parent / "shared" / "data" / "regeringen-raw")
    parser.add_argument("--keep", type=Path, default=None, help="working folder to keep (default: a temp folder)")
    args = parser.parse_args(argv)
    if not args.raw.is_dir():
        raise SystemExit(f"bench_topics: {args.raw} not found (regeringen-raw lives in ../shared/data)")
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_topics_"))
    if work.exists() and any(work.iterdir()):
        raise SystemExit(f"bench_topics: {work} is not empty")
    work.mkdir(parents=True, exist_ok=True)
    chosen, held_out = prepare(args.outputs, work, args.n)
    print(f"{len(chosen)} documents in {work}", flush=True)

    runs = {"cold": run_stage(work)}
    first = digests(work)
    runs["no_op"] = run_stage(work)
    identical = digests(work) == first
    before = pq.read_table(work / "outputs" / "document_topics.parquet")
    model = TopicModel.load(work / "models" / "topics" / "model.json")
    import yaml

    relevance = yaml.safe_load((work / "params.yaml").read_text(encoding="utf-8"))["themes"]["relevance_lambda"]
    topics = [[t for t, _ in model.top_terms(r, 25, relevance)] for r in range(model.n_topics)]
    has, lemmas = doc_sets(work, chosen)
    keywords = pq.read_table(work / "outputs" / "keywords.parquet", columns=["doc_id", "term", "rank"])
    top5 = keywords.filter(pc.less_equal(keywords["rank"], 5))["term"].to_pylist()
    topic_table = pq.read_table(work / "outputs" / "topics.parquet").to_pylist()

    write_subset(args.outputs, work, [*chosen, held_out])
    runs["add_one"] = run_stage(work)
    after = pq.read_table(work / "outputs" / "document_topics.parquet")
    after = after.filter(pc.invert(pc.equal(after["doc_id"], held_out)))
    refit_on_add = any("refitting" in line for line in runs["add_one"]["log"])
    unchanged = after.equals(before)

    start = time.perf_counter()
    base = baselines(lemmas, model.n_topics, relevance)
    base_s = time.perf_counter() - start
    quality = {"pipeline": topics, **base}
    scores = {}
    for name, tops in quality.items():
        per_topic = npmi(tops, has)
        scores[name] = {"npmi": round(float(np.mean(per_topic)), 4), "diversity": round(diversity(tops), 4),
                        "npmi_per_topic": [round(x, 4) for x in per_topic]}
    words = word_set(work, args.raw)
    topic_terms = [t for row in topic_table for t in row["terms"]]
    clean = {
        "topic_terms_not_words": round(sum(t not in words for t in topic_terms) / max(len(topic_terms), 1), 4),
        "top5_keywords_not_words": round(sum(t not in words for t in top5) / max(len(top5), 1), 4),
        "examples_topic": sorted({t for t in topic_terms if t not in words})[:20],
        "examples_top5": sorted({t for t in top5 if t not in words})[:30],
    }
    result = {
        "n_documents": len(chosen),
        "n_topics": model.n_topics,
        "runs": runs,
        "no_op_byte_identical": identical,
        "add_one_refit": refit_on_add,
        "add_one_others_unchanged": unchanged,
        "baselines_s": round(base_s, 1),
        "quality": scores,
        "clean_terms": clean,
        "topics": [{"topic_id": r["topic_id"], "label": r["label"], "terms": r["terms"],
                    "npmi": scores["pipeline"]["npmi_per_topic"][i], "n_documents": r["n_documents"]}
                   for i, r in enumerate(topic_table)],
        "baseline_topics": {name: [t[:10] for t in tops] for name, tops in base.items()},
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"topics_{len(chosen)}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{'model':<12}{'NPMI':>8}{'diversity':>11}")
    for name, s in scores.items():
        print(f"{name:<12}{s['npmi']:>8.3f}{s['diversity']:>11.3f}")
    for name, r in runs.items():
        print(f"{name:<8} {r['wall_s']:>7.2f} s wall {r['cpu_s']:>7.2f} s CPU  peak RSS {r['peak_rss_mb']} MB")
    print(f"no-op byte-identical: {identical}; add-one refit: {refit_on_add}; others unchanged: {unchanged}")
    print(f"not words: topic terms {clean['topic_terms_not_words']:.1%}, top-5 keywords "
          f"{clean['top5_keywords_not_words']:.1%}")
    for row in result["topics"]:
        print(f"  {row['topic_id']:>3} {row['npmi']:>6.3f}  {row['label']}")
    print(f"-> {out}")
    if args.keep is None:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
