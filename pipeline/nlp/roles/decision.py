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
        # where and in what kind of text: long reports mention posts in passing, press releases announce them
        "doc_length": min(math.log10(max(len(doc.text), 10)), 6.0) / 6,
        "position": p.start / max(len(doc), 1),
        "headline": float(p.start < _first_line_end(doc)),
        "titles_in_sentence": min(sum(1 for u in ctx.titles if s <= u.start < e), 5) / 5,
        "modified_title": float(t.head_start > t.start),
        "org_before_title": float(o is not None and o.end <= t.start),
        "org_gap": (min(abs(o.start - t.end), 20) / 20) if o is not None and o.start >= t.end else 0.0,
        "quote": float(any(doc[k].lower_ in ctx.cues.speech_word for k in range(s, e))),
        "in_brackets": float(p.start > 0 and doc[p.start - 1].text == "("),
    }
    return f


def _first_line_end(doc) -> int:
    return next((tok.i for tok in doc if "\n" in tok.text), len(doc))


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
