"""Roles folded over documents and dates (the `tenures` table), and people with one name told apart.

Both are DuckDB over the views of the entities stage (`roles`, `documents`, table `folded` of mentions and
`genitive_fold`), so they stay group-bys however large the corpus.

People told apart: the documents in which a person id holds a current role (current, acting or incoming; a former
post says nothing of who someone is now) are linked when they share an organisation or a role, the government and
its offices counting as one organisation. A group of at least `min_documents` documents that no link joins to the
largest group, and whose document dates overlap that group's, names a different person: one who held other posts
at other organisations at the same time ("Mats Ek" the minister and "Mats Ek" the museum director). A
career (one post after another, Regeringskansliet then an agency) never overlaps in time and is never split. The
largest group keeps the id; the others get `<id>_2`, `<id>_3`, ... in the mentions of their documents, in
`people`, in `tenures` and in the `roles_people` view that the entity tables read instead of `roles`.
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


GOVERNMENT = ("regeringen", "regeringskansliet")
PARLIAMENT_ROLES = ("riksdagsledamot", "talesperson", "gruppledare", "partiledare", "partisekreterare")
LASTING = ("current", "acting", "incoming")


def _org_key(org: str | None, role: str | None) -> str | None:
    """The government, its offices and ministries are one employer for telling people apart; so are the Riksdag,
    its committees and the parties' posts in it (one politician is member, spokesperson and group leader)."""
    low = (org or "").lower()
    if low in GOVERNMENT or low.endswith("departementet"):
        return "government"
    if low == "riksdagen" or low.endswith("utskottet") or (role or "") in PARLIAMENT_ROLES:
        return "parliament"
    return org or None


def person_splits(rows: list[tuple], min_documents: int) -> dict[tuple[str, str], str]:
    """(person_id, doc_id) -> new person id, for the documents of people told apart. `rows`: (person_id, doc_id,
    role, organisation, status, document date) of every role."""
    by_person: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    dates: dict[str, object] = {}
    for person, doc, role, org, status, published in rows:
        if (status or "current") not in LASTING:
            continue
        keys = by_person[person][doc]
        dates[doc] = published
        if role:
            keys.add(f"role:{role}")
        if key := _org_key(org, role):
            keys.add(f"org:{key}")
    out: dict[tuple[str, str], str] = {}
    for person, docs in sorted(by_person.items()):
        groups = _components(docs)
        if len(groups) < 2:
            continue
        main = [dates[d] for d in groups[0] if dates[d] is not None]
        k = 2
        for group in groups[1:]:
            own = [dates[d] for d in group if dates[d] is not None]
            if len(group) < min_documents or not main or not own or max(own) < min(main) or min(own) > max(main):
                continue
            for doc in group:
                out[(person, doc)] = f"{person}_{k}"
            k += 1
    return out


def split_people(con: duckdb.DuckDBPyConnection, min_documents: int) -> int:
    """Apply the splits to table `folded` and create view `roles_people` (roles with the split ids and folded
    organisation names). Returns the number of new person ids."""
    rows = con.execute("""
        SELECT r.person_id, r.doc_id, r.role, r.organisation, r.status, d.published
        FROM roles r LEFT JOIN documents d USING (doc_id) ORDER BY 1, 2""").fetchall()
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
