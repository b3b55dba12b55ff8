"""Candidate constructions of the role matcher, one module each, registered in spaCy's `misc` registry and listed
by name in the component's config (`title_constructions`, `document_constructions`), so one that only fits some
texts can be switched off or reordered without touching code.

A title construction gets one title and proposes its holder: `fn(ctx, title) -> Link | None`; the component asks
them in the configured order and takes the first answer. A document construction reads the whole document (list
sections, headlines, member lists): `fn(ctx, found) -> list[(person, title, organisation)]`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import spacy
from spacy.tokens import Span

from pipeline.nlp.roles.context import Candidate, RoleContext, Title


@dataclass
class Link:
    person: Span
    org: Span | None
    also: list[tuple[Span, Span | None]] = field(default_factory=list)  # others named with the same title


TitleConstruction = Callable[[RoleContext, Title], Link | None]
DocumentConstruction = Callable[[RoleContext, list[Candidate]], list[tuple[Span, Title, Span | None]]]
PREFIX = "sv_roles."


def registered(name: str):
    """Register `fn` as construction `name` (a factory returning it, as spaCy's registry expects)."""
    def wrap(fn):
        spacy.registry.misc.register(f"{PREFIX}{name}.v1", func=lambda: fn)
        fn.construction = name
        return fn
    return wrap


def resolve(name: str) -> Callable:
    """The construction registered under `name` ("apposition" or "sv_roles.apposition.v1")."""
    full = name if name.startswith(PREFIX) else f"{PREFIX}{name}.v1"
    return spacy.registry.misc.get(full)()
