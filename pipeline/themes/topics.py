"""NMF topics over TF-IDF of document terms, with a lifecycle: fitted to the corpus present, kept while it fits.

Lifecycle (`needs_refit`): the model is refitted when there is none, when the topic params change, when
themes.refit is true, when the corpus has grown by more than themes.refit_growth times the number of documents the
model was fitted on (documents not in the fit / documents in the fit), or when the model's vocabulary covers less
than themes.min_coverage of the corpus's term occurrences. Otherwise documents are assigned to the existing topics.

Assignment is per document (non-negative least squares against the fixed topic-term matrix, with the idf frozen at
fit time), so a document's weights depend only on that document and the model: adding a document never moves
another one. On refit, new topics take the id of the old topic they match (Hungarian matching on the cosine of
the term-weight vectors, at least themes.match_threshold); unmatched topics get fresh ids and are marked new.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
from scipy.linalg import cholesky, solve_triangular
from scipy.sparse import csr_matrix

from pipeline.tables import write_text

DECIMALS = 8  # components are stored rounded; the in-memory model is the stored one, so fit == reload


@dataclass
class TopicModel:
    vocabulary: list[str]
    idf: np.ndarray  # (n_terms,) frozen at fit
    components: np.ndarray  # (n_topics, n_terms), rows in topic_ids order
    topic_ids: list[int]
    new_ids: list[int]  # ids first seen in this fit
    params_hash: str
    fit_number: int
    fitted_docs: list[str] = field(default_factory=list)
    # Per topic row, the term indices its terms are read in (chosen at fit time by coherence_order); empty: by
    # relevance alone.
    ordered: list[list[int]] = field(default_factory=list)

    @property
    def n_topics(self) -> int:
        return int(self.components.shape[0])

    @cached_property
    def version(self) -> str:
        digest = hashlib.sha256(json.dumps(self._blob(with_docs=False), ensure_ascii=False).encode()).hexdigest()
        return f"{self.fit_number}-{digest[:10]}"

    def top_terms(self, row: int, n: int, relevance_lambda: float = 1.0) -> list[tuple[str, float]]:
        """The topic's n most relevant terms with their weights. Relevance (Sievert & Shirley 2014, LDAvis):
        lambda * log p(term | topic) + (1 - lambda) * log(p(term | topic) / p(term)), with p from the component
        weights; lambda = 1 is plain weight order, lower values favour terms particular to the topic over terms
        that are heavy in every topic (minister, myndighet)."""
        weights = self.components[row]
        first = [j for j in (self.ordered[row] if row < len(self.ordered) else []) if weights[j] > 0]
        taken = set(first)
        rest = [j for j in self.relevance_order(row, relevance_lambda) if j not in taken]
        return [(self.vocabulary[j], float(weights[j])) for j in [*first, *rest][:n]]

    def relevance_order(self, row: int, relevance_lambda: float) -> list[int]:
        """Indices of the topic's terms with a weight, most relevant first."""
        weights = self.components[row]
        nonzero = np.flatnonzero(weights > 0)
        if len(nonzero) == 0:
            return []
        p_term_topic = weights[nonzero] / weights.sum()
        p_term = self.components.sum(axis=0)[nonzero] / self.components.sum()
        relevance = relevance_lambda * np.log(p_term_topic) + (1 - relevance_lambda) * np.log(p_term_topic / p_term)
        order = sorted(range(len(nonzero)), key=lambda i: (-relevance[i], self.vocabulary[nonzero[i]]))
        return [int(nonzero[i]) for i in order]

    def _blob(self, with_docs: bool = True) -> dict:
        blob = {
            "fit_number": self.fit_number,
            "params_hash": self.params_hash,
            "topic_ids": self.topic_ids,
            "new_ids": self.new_ids,
            "vocabulary": self.vocabulary,
            "idf": np.round(self.idf, DECIMALS).tolist(),
            # Sparse rows: [[term index, weight], ...]; NMF leaves most weights at zero.
            "components": [sparse_row(row) for row in self.components],
        }
        if self.ordered:
            blob["ordered"] = self.ordered
        if with_docs:
            blob["fitted_docs"] = self.fitted_docs
        return blob

    def save(self, path: Path) -> None:
        write_text(path, json.dumps(self._blob(), ensure_ascii=False, separators=(",", ":")))

    @classmethod
    def from_blob(cls, blob: Mapping) -> TopicModel:
        vocabulary = list(blob["vocabulary"])
        components = np.zeros((len(blob["components"]), len(vocabulary)))
        for t, row in enumerate(blob["components"]):
            for j, w in row:
                components[t, j] = w
        return cls(
            vocabulary,
            np.asarray(blob["idf"], dtype=float),
            components,
            [int(x) for x in blob["topic_ids"]],
            [int(x) for x in blob["new_ids"]],
            blob["params_hash"],
            int(blob["fit_number"]),
            list(blob.get("fitted_docs", [])),
            [[int(j) for j in row] for row in blob.get("ordered", [])],
        )

    @classmethod
    def load(cls, path: Path) -> TopicModel:
        """The saved model; ValueError when the file is not one (an older format, or damaged)."""
        try:
            return cls.from_blob(json.loads(path.read_text(encoding="utf-8")))
        except (KeyError, TypeError, ValueError, IndexError) as err:
            raise ValueError(f"{path}: not a topic model of this version ({err})") from err


def sparse_row(row: np.ndarray) -> list[list]:
    rounded = np.round(row, DECIMALS)
    nonzero = np.flatnonzero(rounded > 0)
    return [[int(j), float(w)] for j, w in zip(nonzero, rounded[nonzero], strict=True)]


def n_topics_for(n_docs: int, docs_per_topic: int, min_topics: int, max_topics: int) -> int:
    """More documents, more topics; never more topics than documents."""
    return max(1, min(max(n_docs // max(docs_per_topic, 1), min_topics), max_topics, n_docs))


def needs_refit(
    model: TopicModel | None,
    params_hash: str,
    refit: bool,
    doc_ids: Sequence[str],
    coverage: float,
    refit_growth: float,
    min_coverage: float,
) -> str | None:
    """Why the model must be refitted, or None to keep it. `coverage`: share of the corpus's term occurrences whose
    term is in the model's vocabulary."""
    if model is None:
        return "no topic model yet"
    if refit:
        return "themes.refit is true"
    if model.params_hash != params_hash:
        return "the topic params changed"
    fitted = set(model.fitted_docs)
    unseen = sum(1 for d in doc_ids if d not in fitted)
    if unseen > refit_growth * max(len(fitted), 1):
        return f"{unseen} documents since the fit on {len(fitted)} (more than themes.refit_growth = {refit_growth})"
    # Only documents the fit has not seen can make the vocabulary fall short; on its own corpus a model with a
    # strict min_df covers what it covers, and refitting it there would give the same model again and again.
    if unseen and coverage < min_coverage:
        return f"the vocabulary covers {coverage:.1%} of the corpus's terms (themes.min_coverage = {min_coverage})"
    return None


def coverage_of(vocabulary: set[str], counts: Mapping[str, float]) -> tuple[float, float]:
    """(term occurrences in the vocabulary, all term occurrences) of one document."""
    total = sum(counts.values())
    return sum(c for t, c in counts.items() if t in vocabulary), total


def tfidf_matrix(doc_counts: Sequence[Mapping[str, float]], vocabulary: Sequence[str], idf: np.ndarray) -> csr_matrix:
    """Sublinear tf times idf, each row L2-normalised."""
    index = {t: j for j, t in enumerate(vocabulary)}
    rows, cols, vals = [], [], []
    for i, counts in enumerate(doc_counts):
        for term, count in counts.items():
            j = index.get(term)
            if j is not None and count > 0:
                rows.append(i)
                cols.append(j)
                vals.append((1.0 + math.log(count) if count >= 1 else count) * idf[j])
    matrix = csr_matrix((vals, (rows, cols)), shape=(len(doc_counts), len(vocabulary)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return csr_matrix(matrix.multiply(scale[:, None]))


def select_vocabulary(
    doc_counts: Sequence[Mapping[str, float]], min_df: int, max_df: float
) -> tuple[list[str], np.ndarray]:
    """Terms in at least min_df documents (fewer for a tiny corpus) and at most max_df of them; smoothed idf."""
    df: dict[str, int] = {}
    for counts in doc_counts:
        for term, count in counts.items():
            if count >= 1:
                df[term] = df.get(term, 0) + 1
    n = len(doc_counts)
    floor = min(min_df, max(1, n // 4))
    ceiling = max(max_df * n, 1)
    vocabulary = sorted(t for t, k in df.items() if floor <= k <= ceiling) or sorted(df)
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in vocabulary])
    return vocabulary, idf


def match_ids(previous: TopicModel | None, vocabulary: list[str], components: np.ndarray,
              threshold: float) -> tuple[list[int], list[int]]:
    """Ids for the new topics (rows of `components`): the matched old id, else a fresh one. Returns (ids, new ids)."""
    k = components.shape[0]
    if previous is None or previous.n_topics == 0:
        return list(range(k)), list(range(k))
    from scipy.optimize import linear_sum_assignment  # late import: about 1 s, needed on refit only

    similarity = cosine_between(previous.vocabulary, previous.components, vocabulary, components)  # (k_new, k_old)
    ids: list[int | None] = [None] * k
    rows, cols = linear_sum_assignment(-similarity)
    for r, c in zip(rows, cols, strict=True):
        if similarity[r, c] >= threshold:
            ids[r] = previous.topic_ids[c]
    next_id = max(previous.topic_ids, default=-1) + 1
    new = []
    for r in range(k):
        if ids[r] is None:
            ids[r] = next_id
            new.append(next_id)
            next_id += 1
    return [int(i) for i in ids], new


def cosine_between(vocab_a: list[str], comp_a: np.ndarray, vocab_b: list[str], comp_b: np.ndarray) -> np.ndarray:
    """Cosine similarity of every row of comp_b with every row of comp_a, over the union vocabulary."""
    union = sorted(set(vocab_a) | set(vocab_b))
    index = {t: j for j, t in enumerate(union)}
    a = np.zeros((comp_a.shape[0], len(union)))
    a[:, [index[t] for t in vocab_a]] = comp_a
    b = np.zeros((comp_b.shape[0], len(union)))
    b[:, [index[t] for t in vocab_b]] = comp_b
    a /= np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)
    b /= np.maximum(np.linalg.norm(b, axis=1, keepdims=True), 1e-12)
    return b @ a.T


def fit(
    doc_ids: Sequence[str],
    doc_counts: Sequence[Mapping[str, float]],
    n_topics: int,
    seed: int,
    params_hash: str,
    previous: TopicModel | None,
    min_df: int,
    max_df: float,
    match_threshold: float,
    relevance_lambda: float = 1.0,
    coherent_terms: int = 0,
    terms_per_topic: int = 10,
    corpus_docs: Sequence[str] | None = None,
) -> TopicModel:
    """NMF on the TF-IDF of `doc_ids` (the fitting sample). With coherent_terms > 0, each topic's first
    terms_per_topic terms are chosen from its coherent_terms most relevant ones by coherence_order on these
    documents. `corpus_docs` (default: the sample) are the documents the model is recorded as fitted to, which the
    growth rule of `needs_refit` counts from."""
    from sklearn.decomposition import NMF  # late import: only a refit needs scikit-learn (about 1 s to import)

    vocabulary, idf = select_vocabulary(doc_counts, min_df, max_df)
    matrix = tfidf_matrix(doc_counts, vocabulary, idf)
    n_topics = max(1, min(n_topics, matrix.shape[0], matrix.shape[1]))
    nmf = NMF(n_components=n_topics, init="nndsvda", random_state=seed, max_iter=400, tol=1e-4)
    nmf.fit(matrix)
    components = np.round(nmf.components_, DECIMALS)
    ids, new = match_ids(previous, vocabulary, components, match_threshold)
    order = np.argsort(ids, kind="stable")
    model = TopicModel(
        vocabulary,
        np.round(idf, DECIMALS),
        components[order],
        sorted(ids),
        sorted(new),
        params_hash,
        (previous.fit_number + 1) if previous else 1,
        sorted(doc_ids if corpus_docs is None else corpus_docs),
    )
    if coherent_terms > 0:
        incidence = (matrix > 0).astype(np.float64).tocsc()
        model.ordered = [
            coherence_order(model.relevance_order(row, relevance_lambda)[:coherent_terms], incidence, terms_per_topic)
            for row in range(model.n_topics)
        ]
    return TopicModel.from_blob(json.loads(json.dumps(model._blob())))  # exactly what a reload gives


def npmi_matrix(incidence, columns: Sequence[int]) -> np.ndarray:
    """NPMI of every pair of the given term columns from document co-occurrence (a pair never together: -1)."""
    sub = incidence[:, list(columns)]
    n = max(incidence.shape[0], 1)
    together = np.asarray((sub.T @ sub).todense(), dtype=float)
    p_single = np.diag(together) / n
    p_pair = together / n
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(p_pair / np.outer(p_single, p_single))
        out = pmi / -np.log(p_pair)
    out[p_pair == 0] = -1.0
    out[p_pair >= 1] = 1.0
    return out


def coherence_order(candidates: Sequence[int], incidence, n: int) -> list[int]:
    """Up to n of the candidate terms (most relevant first) in reading order: the most relevant one, then each
    time the candidate with the highest mean NPMI with those already chosen (document co-occurrence in the fitted
    documents; ties go to the more relevant). Terms that documents use together make a topic a reader recognises
    and can check; relevance alone also picks terms that are particular to a topic but rarely meet."""
    if len(candidates) <= 1:
        return list(candidates)
    scores = npmi_matrix(incidence, candidates)
    chosen = [0]
    left = list(range(1, len(candidates)))
    while left and len(chosen) < n:
        best = max(left, key=lambda c: (float(np.mean(scores[c, chosen])), -c))
        chosen.append(best)
        left.remove(best)
    return [int(candidates[c]) for c in chosen]


class Assigner:
    """Document -> topic weights by non-negative least squares against the fixed components, one document at a
    time. min ||x - w H|| equals min ||L^T w - L^-1 H x|| with H H^T = L L^T, a k x k problem per document."""

    def __init__(self, model: TopicModel) -> None:
        self.model = model
        h = model.components
        gram = h @ h.T + 1e-10 * np.eye(h.shape[0])
        self.lower = cholesky(gram, lower=True)

    def weights(self, doc_counts: Sequence[Mapping[str, float]]) -> np.ndarray:
        """(n_docs, n_topics), rows sum to 1 (or 0 for a document sharing no term with the model)."""
        k = self.model.n_topics
        if not doc_counts or k == 0:
            return np.zeros((len(doc_counts), k))
        x = tfidf_matrix(doc_counts, self.model.vocabulary, self.model.idf)
        projected = np.asarray(x @ self.model.components.T)  # (n_docs, k) = H x per document
        out = np.zeros((len(doc_counts), k))
        for i, b in enumerate(projected):
            if not b.any():
                continue
            y = solve_triangular(self.lower, b, lower=True)
            w = nnls(self.lower.T, y)
            total = w.sum()
            if total > 0:
                out[i] = w / total
        return out


def nnls(a: np.ndarray, b: np.ndarray, max_iter: int = 200) -> np.ndarray:
    """argmin ||a x - b|| subject to x >= 0 (Lawson & Hanson 1974, the active-set method scipy.optimize.nnls also
    uses). Written out because importing scipy.optimize costs about 0.7 s, a third of assigning one new document,
    for a k x k problem (k = number of topics); tests check it against scipy's."""
    n = a.shape[1]
    x = np.zeros(n)
    passive = np.zeros(n, dtype=bool)
    gradient = a.T @ (b - a @ x)
    tolerance = 10 * np.finfo(float).eps * np.linalg.norm(a, 1) * max(a.shape)
    for _ in range(max_iter):
        if passive.all() or gradient[~passive].max(initial=-np.inf) <= tolerance:
            break
        j = int(np.argmax(np.where(passive, -np.inf, gradient)))
        passive[j] = True
        while True:
            z = np.zeros(n)
            z[passive] = np.linalg.lstsq(a[:, passive], b, rcond=None)[0]
            if (z[passive] > 0).all():
                x = z
                break
            blocking = passive & (z <= 0)
            alpha = np.min(x[blocking] / (x[blocking] - z[blocking]))
            x = x + alpha * (z - x)
            passive &= x > tolerance
            x[~passive] = 0.0
        gradient = a.T @ (b - a @ x)
    return x
