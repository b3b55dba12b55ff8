"""Putting rule spans into doc.ents: the one place that decides who wins when rules and the model disagree."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span
from spacy.util import registry

from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.layout import trim_at_line_breaks
from pipeline.nlp.lexicon import is_acronym

register_extensions()


def mark_model_ents(doc: Doc) -> None:
    """Ents that no rule component has touched came from the statistical model; no entity crosses a line break."""
    if any("\n" in ent.text for ent in doc.ents):
        doc.ents = [t for t in (trim_at_line_breaks(e) for e in doc.ents) if t is not None]
    for ent in doc.ents:
        if ent._.source is None:
            ent._.source = "model"


RULE_SPANS = "sv_rule_spans"  # doc.spans key: the spans rule components placed in doc.ents


def _rule_spans(doc: Doc) -> set[tuple[int, int, str]]:
    """Spans placed by rule components, by (start, end, label). Recorded as a span group (doc.spans), not read
    from span._.source, because Span extension values are keyed by offsets: a rule span with the same offsets as a
    model span ("Region Skåne" tagged PER by the model) shares its `_` values, so `_.source` cannot tell them
    apart. A span group serialises with the Doc (Doc.to_bytes, nlp.pipe with several processes)."""
    group = doc.spans.get(RULE_SPANS)
    return {(s.start, s.end, s.label_) for s in group} if group is not None else set()


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def merge_entities(doc: Doc, new: Iterable[Span], protect_rule_spans: bool = True,
                   weak: Iterable[tuple[int, int]] = ()) -> list[Span]:
    """Add `new` (non-overlapping) spans to doc.ents.

    A new rule span replaces every model span it overlaps ("Region" + "Skåne" -> "Region Skåne",
    "Tillväxtverkets olika" -> "Tillväxtverkets"): the rules encode name shapes the model does not know.
    A span that an earlier rule component put there is kept, and the new one dropped, so the order of the
    rule components is their priority.

    `weak` holds the (start, end) of new spans found by a low-precision rule (a generic head noun, a shape that
    common nouns share): such a span only replaces model spans that it contains ("Stockholms" LOC ->
    "Stockholms universitet"); where it cuts across a model span ("Mo [Yans samlade verk]" against the model's
    "Mo Yans") the model's entity stays (on text the rules were not written for, the model decides).
    Returns the spans that were added.
    """
    mark_model_ents(doc)
    rule_spans = _rule_spans(doc)
    weak_spans = set(weak)
    existing = list(doc.ents)
    # Token flags instead of pairwise overlap tests: linear in the document length, however many entities.
    protected = [False] * len(doc)
    model_at = [-1] * len(doc)  # index into `existing` of the model span on each token
    for i, e in enumerate(existing):
        if protect_rule_spans and (e.start, e.end, e.label_) in rule_spans:
            protected[e.start:e.end] = [True] * (e.end - e.start)
        elif (e.start, e.end, e.label_) not in rule_spans:
            model_at[e.start:e.end] = [i] * (e.end - e.start)
    taken = [False] * len(doc)
    added: list[Span] = []
    for span in sorted(new, key=lambda s: (s.start, -len(s))):
        if any(taken[span.start:span.end]) or any(protected[span.start:span.end]):
            continue
        if (span.start, span.end) in weak_spans and _cuts_model_span(span, existing, model_at):
            continue
        added.append(span)
        taken[span.start:span.end] = [True] * (span.end - span.start)
    kept = [e for e in existing if not any(taken[e.start:e.end])]
    doc.ents = sorted(kept + added, key=lambda s: s.start)
    if added:
        group = doc.spans.get(RULE_SPANS)
        doc.spans[RULE_SPANS] = [*(group if group is not None else ()), *added]
    for span in added:
        span._.source = "rule"
    return added


def _cuts_model_span(span: Span, existing: list[Span], model_at: list[int]) -> bool:
    """True when a model span overlaps `span` without lying inside it."""
    for i in {model_at[t] for t in range(span.start, span.end)} - {-1}:
        e = existing[i]
        if e.start < span.start or e.end > span.end:
            return True
    return False


# How a rule component puts its spans into doc.ents; each component takes one from its config (`overlap_policy`),
# so a pipeline can swap the policy without code (spaCy's SpanRuler does the same with its filter functions).
OverlapPolicy = Callable[..., list[Span]]  # (doc, spans, weak=((start, end), ...)) -> the spans added
OVERLAP_POLICY = {"@misc": "sv.rules_over_model.v1"}


@registry.misc("sv.rules_over_model.v1")
def rules_over_model() -> OverlapPolicy:
    """The default policy: merge_entities (a rule span replaces the model spans it overlaps; earlier rules win)."""
    return merge_entities


def has_context(doc: Doc, min_sentences: int) -> bool:
    """True when `doc` is a text of at least `min_sentences` sentences, not a lone sentence or headline. Rules that
    read the document (a lone surname must have been named in full; "regeringen" is the Swedish government in a
    Swedish government text) only apply to such texts; on a sentence out of its text the model decides."""
    if not doc.has_annotation("SENT_START"):
        return False
    return sum(1 for _ in doc.sents) >= min_sentences


def acronym_definitions(doc: Doc, orgs: Iterable[Span]) -> list[tuple[str, Span]]:
    """(acronym, long form) for each organisation span written "Sveriges Kommuner och Landsting (SKL)" or
    "SKL (Sveriges Kommuner och Landsting)" in `doc`: the text's own expansion of its acronyms."""
    found = []
    for s in orgs:
        if s.end + 2 < len(doc) and doc[s.end].text == "(" and doc[s.end + 2].text == ")" \
                and is_acronym(doc[s.end + 1].text):
            found.append((doc[s.end + 1].text, s))
        if s.start >= 2 and s.end < len(doc) and doc[s.start - 1].text == "(" and doc[s.end].text == ")" \
                and is_acronym(doc[s.start - 2].text):
            found.append((doc[s.start - 2].text, s))
    return found


def _fold(text: str) -> str:
    """The name without a genitive ending, for grouping the mentions of one name ("SIPRI:s" -> "SIPRI")."""
    if text.endswith(":s"):
        return text[:-2]
    return text


def _proper(text: str) -> bool:
    return any(c.isalpha() for c in text) and text[:1].isupper() and len(text) >= 2


def propagate_names(doc: Doc, *, is_registry_name=None, stopwords: frozenset[str] | set[str] = frozenset(),
                    places: frozenset[str] | set[str] | dict = frozenset(),
                    labels: tuple[str, ...] = ("PER", "ORG", "LOC")) -> int:
    """Document-level consistency: every repeat of a name found somewhere in the document becomes a
    mention, and each name gets one label in the document.

    The label of a name is the majority of its mentions; a name the registry holds (is_registry_name) is an ORG,
    and so is an acronym that is not a known place (the model often calls "SIPRI" or "UDCG" a place).
    Repeats are found with one PhraseMatcher over the document's own names (linear in the document length);
    a repeat that overlaps another entity is left alone. One-word names count only when some mention is not at a
    sentence start or the word is an acronym or registry name, so that a capitalised common word ("Centret")
    tagged once is not spread. Returns the number of mentions added or relabelled.
    """
    from spacy.matcher import PhraseMatcher  # local: this module is imported by every component

    # A headline mark inside a span ("# Magnus Jägerskog") would hide the name: trim such tokens first.
    trimmed, moved = [], False
    for e in doc.ents:
        a = e.start
        while a < e.end - 1 and not any(c.isalnum() for c in doc[a].text) and doc[a].text != "(":
            a += 1
        if a != e.start:
            e, moved = Span(doc, a, e.end, label=e.label_), True
        trimmed.append(e)
    if moved:
        doc.ents = trimmed
    ents = list(doc.ents)
    votes: dict[str, dict[str, int]] = {}
    first_label: dict[str, str] = {}
    trusted: set[str] = set()
    patterns: dict[str, list[str]] = {}
    for e in ents:
        if e.label_ not in labels:
            continue
        text = " ".join(e.text.split())
        key = _fold(text)
        if not _proper(key) or key.lower() in stopwords:
            continue
        votes.setdefault(key, {})
        votes[key][e.label_] = votes[key].get(e.label_, 0) + 1
        first_label.setdefault(key, e.label_)
        words = [t.text for t in e if not t.is_space]
        if len(words) > 1 or not e[0].is_sent_start or key.isupper() or \
                (is_registry_name is not None and is_registry_name(key)):
            trusted.add(key)
        patterns.setdefault(text, words)
    if not votes:
        return 0
    label_of: dict[str, str] = {}
    surnames = {k.split()[-1] for k, c in votes.items() if c.get("PER") and len(k.split()) > 1}
    for key, count in votes.items():
        registry_name = is_registry_name is not None and is_registry_name(key) and key not in surnames
        acronym = key.isupper() and len(key) >= 3 and key not in places and count.get("PER", 0) == 0
        if registry_name or acronym:
            label_of[key] = "ORG"
        else:
            best = max(count.values())
            winners = [lab for lab, n in count.items() if n == best]
            label_of[key] = first_label[key] if first_label[key] in winners else winners[0]
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    genitive_of: dict[str, str] = {}
    for text, words in patterns.items():
        if _fold(text) in trusted:
            forms = [words]
            last = words[-1]
            if not last.endswith(("s", "x", "z", ":s")):  # the genitive of a name found in the nominative
                gen = last + (":s" if last.isupper() else "s")
                forms.append([*words[:-1], gen])
                genitive_of[" ".join([*words[:-1], gen])] = _fold(text)
            matcher.add("NAME", [Doc(doc.vocab, words=f) for f in forms])
    occupied: list[int] = [-1] * len(doc)
    for i, e in enumerate(ents):
        for t in range(e.start, e.end):
            occupied[t] = i
    changed = 0
    new_ents = list(ents)
    taken_until = -1
    for _m, start, end in sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
        if start < taken_until:
            continue
        key = _fold(" ".join(doc[start:end].text.split()))
        key = genitive_of.get(key, key)
        label = label_of.get(key)
        if label is None:
            continue
        owners = set(occupied[start:end])
        if owners == {-1}:
            if (start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper()
                    and not doc[start].is_sent_start and not doc[start - 1].is_sent_start) or \
                    (end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper()):
                continue  # next to another capitalised word: part of a longer name
            span = Span(doc, start, end, label=label)
            new_ents.append(span)
            taken_until = end
            changed += 1
        elif len(owners) == 1 and -1 not in owners:
            i = owners.pop()
            old = ents[i]
            if old.start == start and old.end == end and old.label_ != label and \
                    (old.label_ in labels or old.label_ == "MISC" and label == "PER"):  # a person named as MISC
                span = Span(doc, start, end, label=label)
                new_ents[i] = span
                taken_until = end
                changed += 1
    if changed:
        doc.ents = sorted(new_ents, key=lambda s: s.start)
        for span in doc.ents:
            if span._.source is None:
                span._.source = "rule"
    return changed
