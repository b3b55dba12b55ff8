"""`sv_date_rules`: DATE entities with TIMEX3-style normalisation, anchored to doc._.anchor_date.

Why a component of its own: the model's time spans (if any) are unnormalised strings with inconsistent
boundaries ("Under 2022"); this component finds every Swedish temporal expression with pipeline.nlp.timex,
puts it into doc.ents as DATE (source "rule", replacing overlapping model DATE/TIME spans) and sets
span._.timex. Model time spans that the rules do not understand are dropped unless keep_unparsed is true,
because an analyst cannot use a date without a value.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.spans import OVERLAP_POLICY, OverlapPolicy, mark_model_ents, merge_entities
from pipeline.nlp.timex import DateFinder, load_date_words

register_extensions()

MODEL_TIME_LABELS = ("DATE", "TIME", "TME", "TIM")


def _as_date(value: date | str | None) -> date | None:
    """Doc._.anchor_date is an ISO string (it must serialise); a date object is accepted from plain-Python use."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


class DateRules:
    def __init__(self, nlp: Language, name: str = "sv_date_rules", keep_unparsed: bool = False,
                 overlap_policy: OverlapPolicy = merge_entities) -> None:
        self.nlp = nlp
        self.merge = overlap_policy
        self.name = name
        self.keep_unparsed = keep_unparsed
        self.finder = DateFinder(load_date_words())

    def __call__(self, doc: Doc) -> Doc:
        mark_model_ents(doc)
        anchor = _as_date(doc._.anchor_date)
        spans: list[Span] = []
        for m in self.finder.find(doc.text, anchor, doc._.anchor_granularity):
            span = doc.char_span(m.start, m.end, label="DATE", alignment_mode="contract")
            if span is None or not span.text:
                span = doc.char_span(m.start, m.end, label="DATE", alignment_mode="expand")
            if span is None:
                continue
            span._.source = "rule"
            span._.timex = {k: v.isoformat() if isinstance(v, date) else v for k, v in m.timex.items()}
            span._.canonical = m.timex["value"]
            spans.append(span)
        # Model time spans the rules did not cover: keep only if asked to; they carry no value.
        if not self.keep_unparsed:
            doc.ents = [e for e in doc.ents if not (e._.source == "model" and e.label_ in MODEL_TIME_LABELS
                                                    and not any(s.start < e.end and e.start < s.end for s in spans))]
        self.merge(doc, spans)
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "date_words.json").write_text(json.dumps(self.finder.words, ensure_ascii=False, indent=1),
                                              encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> DateRules:
        path = ensure_path(path)
        if (path / "date_words.json").exists():
            self.finder = DateFinder(load_date_words(path / "date_words.json"))
        return self


@Language.factory("sv_date_rules", default_config={"keep_unparsed": False, "overlap_policy": OVERLAP_POLICY},
                  assigns=["doc.ents", "span._.timex", "span._.source"])
def make_date_rules(nlp: Language, name: str, keep_unparsed: bool, overlap_policy: OverlapPolicy) -> DateRules:
    return DateRules(nlp, name, keep_unparsed=keep_unparsed, overlap_policy=overlap_policy)
