"""The trained decision: which candidate links hold. Each candidate is described by a few features (its
construction, distances, what the constructions had to guess); a logistic regression trained on the gold train
documents (pipeline/model/roles.py) scores it, and candidates under the threshold are dropped.

Why a plain linear model stored as JSON: a few hundred annotated documents support a handful of weights, not a
network; JSON weights load without scikit-learn or pickle, are byte-stable in git and readable in review.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Span

from pipeline.nlp.roles.context import Candidate, RoleContext

FILE = "role_decision.json"


def _sentence_of(ctx: RoleContext, i: int) -> tuple[int, int]:
    return ctx.sentence_bounds(i)


def features(ctx: RoleContext, c: Candidate, added: set[tuple[int, int]]) -> dict[str, float]:
    """Features of one candidate; names are stable strings (the model's weights are keyed by them)."""
    doc, t, p, o = ctx.doc, c.title, c.person, c.org
    s, e = _sentence_of(ctx, t.start if t.end > t.start else p.start)
    gap = t.start - p.end if p.end <= t.start else p.start - t.end
    f: dict[str, float] = {
        f"construction={c.construction}": 1.0,
        "bias": 1.0,
        "person_before_title": float(p.end <= t.start),
        "gap": min(abs(gap), 20) / 20,
        "adjacent": float(abs(gap) <= 1),
        "person_in_sentence": float(s <= p.start and p.end <= e),
        "person_guessed": float((p.start, p.end) in added),
        "person_tokens": min(len(p), 4) / 4,
        "has_org": float(o is not None),
        "org_guessed": float(o is not None and (o.start, o.end) in added),
        "org_in_sentence": float(o is not None and s <= o.start and o.end <= e),
        "empty_title": float(t.end == t.start),
        "known_title": float(doc[t.head_start:t.end].text.lower() in ctx.lex.titles),
        "plural_title": float(t.end > t.head_start and doc[t.head_start].morph.get("Number") == ["Plur"]),
        "minister": float(t.role.endswith("minister")),
        "pers_in_sentence": min(len(ctx.pers_in(s, e)), 5) / 5,
        "line_start": float(ctx.opens(min(t.start, p.start))),
    }
    return f


@dataclass
class Decision:
    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.5
    meta: dict = field(default_factory=dict)

    def score(self, feats: dict[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        body = {"threshold": self.threshold, "weights": dict(sorted(self.weights.items())), "meta": self.meta}
        return json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n"

    @classmethod
    def load(cls, path: Path) -> Decision | None:
        """The decision saved at `path`; None when there is none (every candidate is kept)."""
        if not path.is_file():
            return None
        body = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=body["weights"], threshold=body["threshold"], meta=body.get("meta", {}))


def added_spans(spans: list[Span]) -> set[tuple[int, int]]:
    return {(s.start, s.end) for s in spans}
