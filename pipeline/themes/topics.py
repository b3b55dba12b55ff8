"""NMF topics over background-weighted term scores, saved so that adding documents does not reshuffle them."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.decomposition import NMF, non_negative_factorization


@dataclass
class TopicModel:
    vocabulary: list[str]
    components: np.ndarray  # (n_topics, n_terms)
    params_hash: str

    @property
    def n_topics(self) -> int:
        return int(self.components.shape[0])

    def top_terms(self, topic: int, n: int) -> list[tuple[str, float]]:
        row = self.components[topic]
        order = sorted(range(len(row)), key=lambda j: (-row[j], self.vocabulary[j]))[:n]
        return [(self.vocabulary[j], float(row[j])) for j in order if row[j] > 0]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        blob = {
            "params_hash": self.params_hash,
            "vocabulary": self.vocabulary,
            "components": np.round(self.components, 8).tolist(),
        }
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(blob, handle, ensure_ascii=False)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> TopicModel:
        blob = json.loads(path.read_text(encoding="utf-8"))
        return cls(blob["vocabulary"], np.asarray(blob["components"], dtype=float), blob["params_hash"])


def n_topics_for(n_docs: int, docs_per_topic: int, min_topics: int, max_topics: int) -> int:
    """More documents, more topics; never more topics than documents."""
    return max(1, min(max(n_docs // max(docs_per_topic, 1), min_topics), max_topics, n_docs))


def doc_term_matrix(doc_scores: list[dict[str, float]], vocabulary: list[str]) -> csr_matrix:
    index = {t: j for j, t in enumerate(vocabulary)}
    rows, cols, vals = [], [], []
    for i, scores in enumerate(doc_scores):
        for term, score in scores.items():
            j = index.get(term)
            if j is not None:
                rows.append(i)
                cols.append(j)
                vals.append(score)
    return csr_matrix((vals, (rows, cols)), shape=(len(doc_scores), len(vocabulary)))


def fit(doc_scores: list[dict[str, float]], n_topics: int, seed: int, params_hash: str) -> TopicModel:
    df: dict[str, int] = {}
    for scores in doc_scores:
        for term in scores:
            df[term] = df.get(term, 0) + 1
    min_df = 2 if len(doc_scores) >= 4 else 1  # a topic term should tie documents together
    vocabulary = sorted(t for t, n in df.items() if n >= min_df) or sorted(df)
    matrix = doc_term_matrix(doc_scores, vocabulary)
    nmf = NMF(n_components=n_topics, init="nndsvda", random_state=seed, max_iter=1000)
    nmf.fit(matrix)
    return TopicModel(vocabulary, nmf.components_, params_hash)


def transform(model: TopicModel, doc_scores: list[dict[str, float]]) -> np.ndarray:
    """Document-topic weights (rows sum to 1, or 0 for a document sharing no term with the model)."""
    matrix = doc_term_matrix(doc_scores, model.vocabulary)
    if matrix.shape[0] == 0:
        return np.zeros((0, model.n_topics))
    # One document at a time: the solver's stopping rule looks at the whole matrix, so solving a batch would make a
    # document's weights depend on which other documents are in the corpus.
    rows = [
        non_negative_factorization(
            matrix[i], H=model.components, n_components=model.n_topics, update_H=False, max_iter=1000, random_state=0
        )[0]
        for i in range(matrix.shape[0])
    ]
    weights = np.vstack(rows)
    totals = weights.sum(axis=1, keepdims=True)
    return np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
