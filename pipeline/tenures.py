"""Roles folded over documents and dates (the `tenures` table), and people with one name told apart.

Both are DuckDB over the views of the entities stage (`roles`, `documents`, table `folded` of mentions and
`genitive_fold`), so they stay group-bys however large the corpus.

People told apart: the documents in which a person id holds a role are linked when they share an organisation or
a role; when that leaves several groups, each with at least `min_documents` documents, the groups are different
people who share a name ("Mats Persson" the minister and "Mats Persson" the museum director). The largest group
keeps the id; the others get `<id>_2`, `<id>_3`, ... in the mentions of their documents, in `people`, in `tenures`
and in the `roles_people` view that the entity tables read instead of `roles`. A person whose documents name no
role, or one role chain, is never split.
"""

from __future__ import annotations

from collections import defaultdict

import duckdb
import pyarrow as pa


def _components(docs: dict[str, set[str]]) -> list[set[str]]:
    """Groups of documents connected by a shared key (union-find)."""
    parent = {d: d for d in docs}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    owner: dict[str, str] = {}
    for d in sorted(docs):
        for key in sorted(docs[d]):
            if key in owner:
                parent[find(d)] = find(owner[key])
            else:
                owner[key] = d
    groups: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        groups[find(d)].add(d)
    return sorted(groups.values(), key=lambda g: (-len(g), min(g)))


def person_splits(rows: list[tuple[str, str, str | None, str | None]],
                  min_documents: int) -> dict[tuple[str, str], str]:
    """(person_id, doc_id) -> new person id, for the documents of people told apart. `rows`: (person_id, doc_id,
    role, organisation key) of every role."""
    by_person: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for person, doc, role, org in rows:
        keys = by_person[person][doc]
        if role:
            keys.add(f"role:{role}")
        if org:
            keys.add(f"org:{org}")
    out: dict[tuple[str, str], str] = {}
    for person, docs in sorted(by_person.items()):
        groups = _components(docs)
        if len(groups) < 2 or sum(len(g) >= min_documents for g in groups) < 2:
            continue
        for k, group in enumerate((g for g in groups[1:] if len(g) >= min_documents), start=2):
            for doc in group:
                out[(person, doc)] = f"{person}_{k}"
    return out


def split_people(con: duckdb.DuckDBPyConnection, min_documents: int) -> int:
    """Apply the splits to table `folded` and create view `roles_people` (roles with the split ids and folded
    organisation names). Returns the number of new person ids."""
    rows = con.execute("""
        SELECT r.person_id, r.doc_id, r.role, coalesce(r.organisation_id, r.organisation)
        FROM roles r ORDER BY 1, 2""").fetchall()
    splits = person_splits(rows, min_documents)
    table = pa.table({"person_id": [p for p, _d in splits], "doc_id": [d for _p, d in splits],
                      "new_id": list(splits.values())},
                     schema=pa.schema([("person_id", pa.string()), ("doc_id", pa.string()), ("new_id", pa.string())]))
    con.register("person_split_arrow", table)
    con.execute("CREATE OR REPLACE TEMP TABLE person_split AS SELECT * FROM person_split_arrow")
    con.execute("""
        UPDATE folded SET entity_id = s.new_id FROM person_split s
        WHERE folded.label = 'PER' AND folded.entity_id = s.person_id AND folded.doc_id = s.doc_id""")
    con.execute("""
        CREATE OR REPLACE TEMP VIEW roles_people AS
            SELECT r.* REPLACE (coalesce(s.new_id, r.person_id) AS person_id,
                                coalesce(f.base, r.organisation) AS organisation,
                                coalesce(f.base_id, r.organisation_id) AS organisation_id)
            FROM roles r
            LEFT JOIN person_split s ON s.person_id = r.person_id AND s.doc_id = r.doc_id
            LEFT JOIN genitive_fold f ON r.organisation = f.twin""")
    return len(set(splits.values()))


def tenures_table(con: duckdb.DuckDBPyConnection) -> pa.Table:
    """One row per person, post and organisation: first and last document dates with their precision, the day an
    appointment gives, the statuses stated, the documents and the person mentions that are the evidence."""
    sql = """
        WITH r AS (SELECT r.*, d.published, d.published_precision FROM roles_people r
                   LEFT JOIN documents d USING (doc_id))
        SELECT person_id, min(person) AS person, role, organisation_id, min(organisation) AS organisation,
               min(country) AS country, bool_or(head) AS head,
               min(published) AS first_seen,
               arg_min(published_precision, published) AS first_seen_precision,
               max(published) AS last_seen,
               arg_max(published_precision, published) AS last_seen_precision,
               min(start_date) AS start_date,
               list_sort(list_distinct(list(status))) AS statuses,
               count(DISTINCT doc_id) AS n_documents,
               list_sort(list_distinct(list(mention_id))) AS evidence
        FROM r
        GROUP BY person_id, role, organisation_id
        ORDER BY organisation, first_seen NULLS LAST, person_id, role"""
    fetch = con.sql(sql)
    return (getattr(fetch, "to_arrow_table", None) or fetch.fetch_arrow_table)()
