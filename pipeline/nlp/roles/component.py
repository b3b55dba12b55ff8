"""`sv_role_matcher`: who holds which title at which organisation (doc._.roles).

Titles are found first (titles.py); for each title the configured title constructions are asked in order and the
first that names a holder proposes a candidate; then the document constructions (list sections, member lists,
headlines) add theirs. A trained decision (decision.py) keeps the candidates it scores above its threshold.
Every word list is data: read in `initialize` (from pipeline/nlp/resources or `data_dir`) and written by `to_disk`,
so a saved pipeline carries its lists and its decision. Run after the organisation rules and before the
canonicaliser: persons and organisations the model missed next to a title are added as entities (source "rule").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.lexicon import Lexicon, default_lexicon, shared_lexicon
from pipeline.nlp.roles import status
from pipeline.nlp.roles.constructions import resolve
from pipeline.nlp.roles.context import Candidate, RoleContext, Settings, Title
from pipeline.nlp.roles.cues import RESOURCES, Cues
from pipeline.nlp.roles.decision import FILE as DECISION_FILE
from pipeline.nlp.roles.decision import Decision, added_spans, features
from pipeline.nlp.roles.orgs_near import county_board, genitive_before_noun, represented_in_sentence
from pipeline.nlp.roles.persons import clean_persons
from pipeline.nlp.roles.titles import TitleFinder
from pipeline.nlp.spans import OVERLAP_POLICY, OverlapPolicy, mark_model_ents, merge_entities

log = logging.getLogger("pipeline.nlp.roles")
register_extensions()


TITLE_CONSTRUCTIONS = ["apposition", "title_org_name", "predicative", "subject_field", "title_place_name",
                       "paired_genitives", "title_before_name", "appointment", "fronted_appointment", "succession",
                       "coordinated_title", "name_before_title", "relative_clause", "appointment_noun", "career"]
DOCUMENT_CONSTRUCTIONS = ["headline_appointment", "board_membership", "role_sections", "list_members",
                          "inline_members", "represented_by", "unlisted_title"]
GOVERNMENT = ("riksdagsledamot", "statsråd")


class RoleMatcher:
    def __init__(self, nlp: Language, name: str = "sv_role_matcher", add_persons: bool = True,
                 add_orgs: bool = True, max_gap: int = 10, overlap_policy: OverlapPolicy = merge_entities,
                 title_constructions: Iterable[str] = TITLE_CONSTRUCTIONS,
                 document_constructions: Iterable[str] = DOCUMENT_CONSTRUCTIONS, decide: bool = True) -> None:
        self.nlp, self.name, self.merge = nlp, name, overlap_policy
        self.settings = Settings(add_persons=add_persons, add_orgs=add_orgs, max_gap=max_gap)
        self.title_fns: list[tuple[str, Callable]] = [(n, resolve(n)) for n in title_constructions]
        self.document_fns: list[tuple[str, Callable]] = [(n, resolve(n)) for n in document_constructions]
        self.decide = decide
        self.cues: Cues | None = None
        self.decision: Decision | None = None
        self.lex: Lexicon = default_lexicon()
        self._source: Path | None = None  # the folder the lists were read from (None: pipeline/nlp/resources)

    # ------------------------------------------------------------------------------------------ data
    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   data_dir: str | Path | None = None) -> None:
        """Read the word lists and the trained decision (pipeline/nlp/resources unless `data_dir` is given)."""
        folder = Path(data_dir) if data_dir else RESOURCES
        self.cues = Cues.load(folder)
        self.decision = Decision.load(folder / DECISION_FILE)
        self._source = None if folder == RESOURCES else folder  # to_disk copies the lists read
        self.set_lexicon(default_lexicon() if folder == RESOURCES else shared_lexicon(folder))

    def set_lexicon(self, lex: Lexicon) -> None:
        self.lex = lex
        self.finder = TitleFinder(self.nlp, lex, self._cues())

    def _cues(self) -> Cues:
        if self.cues is None:
            raise ValueError(f"{self.name}: not initialised (call nlp.initialize() or the component's initialize)")
        return self.cues

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        self.lex.to_disk(path)
        Cues.copy_files(RESOURCES if self._source is None else self._source, path)
        if self.decision is not None:
            (path / DECISION_FILE).write_text(self.decision.to_json(), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> RoleMatcher:
        path = Path(path)
        if path.exists():
            if not (path / "role_cues.tsv").is_file():
                log.warning("%s: no role word lists saved with the pipeline; using %s", path, RESOURCES)
                self.initialize()
                self.set_lexicon(shared_lexicon(path))
                return self
            self.cues = Cues.load(path)
            self.decision = Decision.load(path / DECISION_FILE)
            self._source = path
            self.set_lexicon(shared_lexicon(path))
        return self

    # ------------------------------------------------------------------------------------------ running
    def _holders(self, ctx: RoleContext) -> list[Candidate]:
        doc, found = ctx.doc, []
        for t in ctx.titles:
            if _joined_to_previous(doc, t, ctx.titles):
                continue
            hit = next(((name, link) for name, fn in self.title_fns if (link := fn(ctx, t)) is not None), None)
            if hit is None:
                continue
            name, link = hit
            found += [Candidate(p, t, o, name) for p, o in link.also]
            org = link.org
            posted = org is not None and t.end < org.start <= t.end + 3 and doc[t.end].lower_ in ("vid", "på")
            if (t.role.endswith("minister") or t.role in GOVERNMENT) and not posted:
                # a minister's or MP's party or ministry is not stated as employer this way; "minister vid
                # EU-representationen" is a diplomatic rank at a mission
                org = None
            found.append(Candidate(link.person, t, org, name))
            ctx.chain_end[max(t.end, org.end if org is not None and org.start >= t.end else t.end)] = link.person
        return found

    def _fill_orgs(self, ctx: RoleContext, found: list[Candidate]) -> list[Candidate]:
        doc = ctx.doc
        for c in found:
            if c.org is None and c.title.role == "landshövding":
                c.org = county_board(ctx)
        snapshot = ctx.all
        for c in found:
            if c.org is None:
                c.org = represented_in_sentence(ctx, c.title, snapshot)
        # "ledamot av Valmyndighetens nämnd och Migrationsverkets insynsråd": the title holds at both.
        orgs_at = {e.start: e for e in ctx.all if e.label_ == "ORG"}
        return found + [Candidate(c.person, c.title, orgs_at[c.org.end + 1], c.construction) for c in found
                        if c.org is not None and c.org.end + 1 < len(doc) and doc[c.org.end].lower_ in ("och", "samt")
                        and c.org.end + 1 in orgs_at and c.org.start >= c.title.end
                        and not genitive_before_noun(ctx, orgs_at[c.org.end + 1])]

    def candidates(self, doc: Doc) -> tuple[RoleContext, list[Candidate]]:
        mark_model_ents(doc)
        cues = self._cues()
        clean_persons(doc, self.lex, cues, self.settings.add_orgs)
        ctx = RoleContext(doc, list(doc.ents), self.lex, cues, self.settings, titles=self.finder.find(doc),
                          normalise=self.finder.normalise)
        found = self._fill_orgs(ctx, self._holders(ctx))
        for name, fn in self.document_fns:
            found += [Candidate(p, t, o, name) for p, t, o in fn(ctx, found)]
        return ctx, found

    def __call__(self, doc: Doc) -> Doc:
        ctx, found = self.candidates(doc)
        added = added_spans(ctx.new_ents + ctx.pending)
        scored = []
        for c in found:
            feats = features(ctx, c, added)
            score = self.decision.score(feats) if self.decision is not None else None
            if self.decide and score is not None and score < self.decision.threshold:
                continue
            scored.append((c, feats, score))
        new_ents = ctx.new_ents + ctx.pending
        if new_ents:
            self.merge(doc, [s for s in new_ents if _mark(s)])
        doc._.roles = _dedup(doc, [self._role(ctx, c, feats, score) for c, feats, score in scored])
        return doc

    def _role(self, ctx: RoleContext, c: Candidate, feats: dict[str, float], score: float | None) -> dict[str, Any]:
        doc, t, person, org = ctx.doc, c.title, c.person, c.org
        cues = ctx.cues
        code = status.country(ctx, c)
        if code is not None and org is not None and org.end == t.start and \
                " ".join(org.text.lower().split()) in cues.countries:
            org = None  # "Polens premiärminister": the genitive country is the office's state, not an employer
        inferred = None
        if org is None:
            inferred = next((name for ending, name in cues.inferred_org if t.role.endswith(ending)), None)
            if t.role == "minister":
                inferred = None  # a bare "minister" is also a diplomatic rank ("minister vid EU-representationen")
            elif t.role.startswith("minister för"):
                inferred = "Regeringen"  # "minister för civilt försvar"
            if code not in (None, "EU", "UN") and inferred is not None:
                inferred = status.government_of(ctx, code)  # never Sweden's government for a foreign minister
            elif code in ("EU", "UN"):
                inferred = None
        if org is None and t.role == "landshövding" and t.end + 2 < len(doc) and doc[t.end].lower_ == "i" \
                and doc[t.end + 2].lower_ in ("län", "läns"):
            inferred = f"Länsstyrelsen i {doc[t.end + 1].text} län"  # "landshövding i Dalarnas län"
        start, end = status.evidence(doc, Candidate(person, t, org, c.construction))
        return {
            "org_inferred": inferred is not None, "org_name": inferred,
            "person_start": person.start_char, "person_end": person.end_char,
            "role": t.role, "role_text": doc[t.start:t.end].text,
            "post": status.fold_post(t.role, cues.post_variant),
            "org_start": org.start_char if org is not None else None,
            "org_end": org.end_char if org is not None else None,
            "start_char": start, "end_char": end,
            "status": status.status(ctx, c), "country": code or "SE", "head": status.is_head(ctx, t.role),
            "start_date": status.start_date(ctx, c),
            "construction": c.construction, "score": score, "features": feats,
        }


def _joined_to_previous(doc: Doc, t: Title, titles: list[Title]) -> bool:
    """"generaldirektör och chef för X", "vd och koncernchef" are one role: the second title is no role of its own."""
    return t.role in ("chef", "koncernchef") and t.start >= 2 and doc[t.start - 1].lower_ == "och" and \
        any(u.end == t.start - 1 for u in titles)


def _mark(span: Span) -> bool:
    span._.source = "rule"
    if span.label_ == "ORG":
        span._.entity_type = span._.entity_type or "övrigt"
    return True


def _dedup(doc: Doc, roles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A role stated once with its organisation and once without is one role; a person's role at one
    organisation is listed once. (doc.text is built anew on every access: read it once.)"""
    text = doc.text

    def who(r: dict) -> str:  # "Robert Andréns förordnande som landshövding" is Robert Andrén's
        return re.sub(r"(:s|s)$", "", text[r["person_start"]:r["person_end"]])

    with_org = {(who(r), r["role"]) for r in roles if r["org_start"] is not None}
    roles = [r for r in roles if r["org_start"] is not None or (who(r), r["role"]) not in with_org]
    seen: set[tuple] = set()
    return [r for r in roles if (key := (r["person_start"], r["role"], r["org_start"])) not in seen
            and not seen.add(key)]


@Language.factory("sv_role_matcher", default_config={
    "add_persons": True, "add_orgs": True, "max_gap": 10, "overlap_policy": OVERLAP_POLICY,
    "title_constructions": TITLE_CONSTRUCTIONS, "document_constructions": DOCUMENT_CONSTRUCTIONS, "decide": True},
    assigns=["doc._.roles", "doc.ents"])
def make_role_matcher(nlp: Language, name: str, add_persons: bool, add_orgs: bool, max_gap: int,
                      overlap_policy: OverlapPolicy, title_constructions: list[str],
                      document_constructions: list[str], decide: bool) -> RoleMatcher:
    return RoleMatcher(nlp, name, add_persons=add_persons, add_orgs=add_orgs, max_gap=max_gap,
                       overlap_policy=overlap_policy, title_constructions=title_constructions,
                       document_constructions=document_constructions, decide=decide)
