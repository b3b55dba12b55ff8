"""The entities stage: DuckDB group-bys over mention tables (given here as small frames)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from pipeline import schemas
from pipeline.entities import build, connect


def _mentions() -> pd.DataFrame:
    rows = [
        ("a", 0, "Tillväxtverket", "ORG", "org_1", "Tillväxtverket", "myndighet", "reg_1"),
        ("a", 0, "Tillväxtverkets", "ORG", "org_1", "Tillväxtverket", "myndighet", "reg_1"),
        ("a", 0, "Gunilla Nordlöf", "PER", "per_1", "Gunilla Nordlöf", None, None),
        ("a", 1, "SKL", "ORG", "org_2", "Sveriges Kommuner och Landsting", "förening/nätverk", None),
        ("b", 0, "Tillväxtverket", "ORG", "org_1", "Tillväxtverket", "myndighet", "reg_1"),
        ("b", 0, "Skåne", "LOC", "loc_1", "Skåne", "län", None),
        ("b", 1, None, "DATE", "date_1", "2019", None, None),
    ]
    cols = ["doc_id", "sentence", "text", "label", "entity_id", "canonical", "entity_type", "registry_id"]
    return pd.DataFrame(rows, columns=cols)


@pytest.fixture()
def tables():
    con = connect()
    con.register("mentions", _mentions())
    con.register("roles", pd.DataFrame([{"person_id": "per_1", "role": "generaldirektör",
                                         "organisation": "Tillväxtverket"}]))
    con.register("documents", pd.DataFrame({"doc_id": ["a", "b"],
                                            "published": [dt.date(2019, 5, 15), dt.date(2022, 1, 1)]}))
    return build(con, 1)


def test_entities_fold_aliases_count_and_date(tables) -> None:
    orgs = {r["entity_id"]: r for r in tables["organisations"].to_pylist()}
    tv = orgs["org_1"]
    assert tv["name"] == "Tillväxtverket" and tv["aliases"] == ["Tillväxtverkets"]
    assert (tv["n_mentions"], tv["n_documents"], tv["type"], tv["registry_id"]) == (3, 2, "myndighet", "reg_1")
    assert (tv["first_date"], tv["last_date"]) == (dt.date(2019, 5, 15), dt.date(2022, 1, 1))
    assert orgs["org_2"]["aliases"] == ["SKL"] and orgs["org_2"]["registry_id"] is None
    assert list(orgs) == sorted(orgs)
    assert [p["name"] for p in tables["places"].to_pylist()] == ["Skåne"]


def test_people_get_roles_and_organisations(tables) -> None:
    [row] = tables["people"].to_pylist()
    assert row["roles"] == ["generaldirektör"] and row["organisations"] == ["Tillväxtverket"]


def test_cooccurrence_counts_documents_and_sentences(tables) -> None:
    rows = {(r["name_a"], r["name_b"]): r for r in tables["cooccurrence"].to_pylist()}
    pair = rows[("Tillväxtverket", "Gunilla Nordlöf")]
    assert (pair["n_documents"], pair["n_sentences"]) == (1, 1)
    orgs = rows[("Tillväxtverket", "Sveriges Kommuner och Landsting")]
    assert (orgs["n_documents"], orgs["n_sentences"]) == (1, 0)
    assert all(r["label_a"] == "ORG" for r in rows.values())


def test_min_mentions_and_tables_cast_to_their_schemas() -> None:
    con = connect()
    con.register("mentions", _mentions())
    con.register("roles", pd.DataFrame({"person_id": pd.Series(dtype=str), "role": pd.Series(dtype=str),
                                        "organisation": pd.Series(dtype=str)}))
    con.register("documents", pd.DataFrame({"doc_id": ["a"], "published": [None]}))
    out = build(con, 2)
    assert [r["entity_id"] for r in out["organisations"].to_pylist()] == ["org_1"]
    assert out["people"].num_rows == 0
    for name, schema in (("organisations", schemas.ORGANISATIONS), ("people", schemas.PEOPLE)):
        out[name].select(schema.names).cast(schema)  # raises if a column drifted in type


def test_genitive_twins_fold_onto_the_base_name_across_documents() -> None:
    """Issue 10: "Natos" in one document (no nominative there to fold to) and "Nato" in another are one
    organisation; roles naming the twin point at the base name too."""
    rows = [("a", 0, "Natos", "ORG", "org_9", "Natos", "övrigt", None),
            ("b", 0, "Nato", "ORG", "org_8", "Nato", "eu/internationell", "int-nato"),
            ("b", 0, "SKR:s", "ORG", "org_7", "SKR:s", None, None),
            ("c", 0, "SKR", "ORG", "org_6", "SKR", None, None),
            ("c", 0, "Lars", "PER", "per_1", "Lars", None, None),
            ("c", 0, "Lar", "PER", "per_2", "Lar", None, None)]
    cols = ["doc_id", "sentence", "text", "label", "entity_id", "canonical", "entity_type", "registry_id"]
    con = connect()
    con.register("mentions", pd.DataFrame(rows, columns=cols))
    con.register("roles", pd.DataFrame([{"person_id": "per_1", "role": "ledamot", "organisation": "Natos"}]))
    con.register("documents", pd.DataFrame({"doc_id": ["a", "b", "c"], "published": [None, None, None]}))
    out = build(con, 1)
    orgs = {r["name"]: r for r in out["organisations"].to_pylist()}
    assert set(orgs) == {"Nato", "SKR"}
    assert (orgs["Nato"]["entity_id"], orgs["Nato"]["n_mentions"], orgs["Nato"]["aliases"]) == \
        ("org_8", 2, ["Natos"])
    assert orgs["Nato"]["registry_id"] == "int-nato"
    assert len(out["people"]) == 2  # people are not folded
    assert [r["organisations"] for r in out["people"].to_pylist() if r["name"] == "Lars"] == [["Nato"]]


def test_a_full_name_in_the_genitive_folds_onto_the_name() -> None:
    """"Tilda Rydbergs" in one document and "Tilda Rydberg" in another are one person; a one-word name is not
    folded ("Lars" beside "Lar")."""
    rows = [("a", 0, "Tilda Rydbergs", "PER", "per_g", "Tilda Rydbergs", None, None),
            ("b", 0, "Tilda Rydberg", "PER", "per_b", "Tilda Rydberg", None, None),
            ("a", 1, "Lars", "PER", "per_l", "Lars", None, None),
            ("b", 1, "Lar", "PER", "per_x", "Lar", None, None)]
    cols = ["doc_id", "sentence", "text", "label", "entity_id", "canonical", "entity_type", "registry_id"]
    con = connect()
    con.register("mentions", pd.DataFrame(rows, columns=cols))
    con.register("roles", pd.DataFrame([{"person_id": "per_g", "person": "Tilda Rydbergs", "role": "ledamot",
                                         "organisation": ""}]))
    con.register("documents", pd.DataFrame({"doc_id": ["a", "b"], "published": [None, None]}))
    people = {r["name"]: r for r in build(con, 1)["people"].to_pylist()}
    assert set(people) == {"Tilda Rydberg", "Lars", "Lar"}
    assert people["Tilda Rydberg"]["n_mentions"] == 2 and people["Tilda Rydberg"]["roles"] == ["ledamot"]
