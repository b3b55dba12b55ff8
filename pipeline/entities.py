"""Stage `entities`: fold mentions into one row per organisation, person and place, plus dates and co-mentions.

Canonical names and entity ids come from the annotate stage (per mention), so every aggregate here is a group-by,
run by DuckDB straight over the parquet files: memory stays flat and the whole corpus takes about a second, so a
changed document simply means re-running the group-bys (no per-document partial results to keep in step).
Ties (two canonical spellings seen equally often) go to the alphabetically first, so results are deterministic.
"""

from __future__ import annotations

import logging
import sys

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pydantic import Field

from pipeline import schemas
from pipeline.config import params_hash
from pipeline.entity_facts import with_place_facts, with_registry_facts
from pipeline.nlp.lexicon import default_lexicon
from pipeline.stage import Params, Stage, run_stage
from pipeline.tables import provenance, read_provenance, write_table
from pipeline.tenures import split_people, tenures_table

log = logging.getLogger("pipeline.entities")


class EntitiesParams(Params):
    min_mentions: int = Field(1, ge=1)  # entities mentioned fewer times are left out of the entity tables
    # people told apart (pipeline/tenures.py): documents a group with other posts at other organisations, at the same
    # time as the person's main group, needs before the name becomes two people
    split_min_documents: int = Field(2, ge=1)
    # co-occurrence: a document pairs only its this-many most-mentioned names (sentence pairs are always counted)
    max_pair_entities: int = Field(200, ge=2)
    # an organisation the registry lacks and whose name shows no type, or a place the gazetteer lacks, is listed
    # once it is mentioned in this many documents (pipeline/entity_facts.py)
    min_documents_unlisted: int = Field(2, ge=1)


STAGE = Stage(
    name="entities",
    module="pipeline.entities",
    description=__doc__.splitlines()[0],
    params=EntitiesParams,
    inputs={"mentions": "outputs/mentions.parquet", "roles": "outputs/roles.parquet",
            "documents": "outputs/documents.parquet"},
    outputs={name: f"outputs/{name}.parquet"
             for name in ("organisations", "people", "places", "dates", "cooccurrence", "tenures")},
    # the registry and places lists are read from the installed package (pipeline/nlp/resources), like code
    code=("pipeline/entities.py", "pipeline/entity_facts.py", "pipeline/nlp/gazetteer.py", "pipeline/nlp/lexicon.py",
          "pipeline/registry/__init__.py", "pipeline/nlp/resources/registry.tsv", "pipeline/nlp/resources/places.tsv",
          "pipeline/tenures.py"),
)
ENTITY_TABLES = {"organisations": ("ORG", schemas.ORGANISATIONS), "people": ("PER", schemas.PEOPLE),
                 "places": ("LOC", schemas.PLACES)}


def connect() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET threads = 2")  # the machines this runs on have two cores; DuckDB would take all it sees
    # A long report with thousands of names makes millions of same-document pairs; past this DuckDB spills to disk
    # instead of growing (memory stays flat in corpus and document size).
    con.execute("SET memory_limit = '512MB'")
    con.execute("SET temp_directory = 'cache/duckdb'")
    return con


def to_arrow(result: duckdb.DuckDBPyRelation) -> pa.Table:
    """DuckDB 1.x calls it fetch_arrow_table, 2.x to_arrow_table."""
    fetch = getattr(result, "to_arrow_table", None) or result.fetch_arrow_table
    return fetch()


def most_common(column: str, key: str = "entity_id", source: str = "m") -> str:
    """SQL: per `key`, the most frequent non-null value of `column` (ties: alphabetically first)."""
    return f"""(SELECT {key}, {column} FROM (
                  SELECT {key}, {column}, row_number() OVER (PARTITION BY {key} ORDER BY count(*) DESC, {column})
                         AS rank
                  FROM {source} WHERE {column} IS NOT NULL GROUP BY {key}, {column})
                WHERE rank = 1)"""


def fold_genitive_twins(con: duckdb.DuckDBPyConnection) -> None:
    """Table `folded`: `mentions` with every organisation whose canonical name is the genitive of another
    organisation's canonical name in the corpus ("Natos" beside "Nato", "SKR:s" beside "SKR", "Business Swedens"
    beside "Business Sweden") moved onto that name and its entity id, and table `genitive_fold` (twin -> base).

    Why here: a document that only ever writes the genitive gives the annotator no nominative to fold to, while the
    corpus has it; across documents the pair is certain. People only by their full names ("Patrik Eks" beside
    "Patrik Ek"): a one-word "Lars" beside "Lar" is not evidence of a genitive; places not at all."""
    # Tables, not views: every entity table reads the fold. Two equality joins, not one join on "a OR b": DuckDB
    # can hash an equality, while the OR compared every pair of organisation names (seconds at 8,000 documents).
    con.execute("""
        CREATE OR REPLACE TEMP TABLE org_names AS
            SELECT label, canonical, min(entity_id) AS entity_id FROM mentions
            WHERE label IN ('ORG', 'PER') AND canonical IS NOT NULL AND entity_id IS NOT NULL
            GROUP BY label, canonical""")
    # People: only full names ("Anna Eks" beside "Anna Ek"); a one-word "Lars" beside "Lar" is no evidence.
    con.execute("""
        CREATE OR REPLACE TEMP TABLE genitive_fold AS
            SELECT label, twin, min(twin_id) AS twin_id, min(base) AS base, arg_min(base_id, base) AS base_id FROM (
                SELECT g.label, g.canonical AS twin, g.entity_id AS twin_id, b.canonical AS base, b.entity_id AS base_id
                FROM org_names g JOIN org_names b ON g.label = b.label AND g.canonical = b.canonical || ':s'
                WHERE g.label = 'ORG'
                UNION ALL
                SELECT g.label, g.canonical, g.entity_id, b.canonical, b.entity_id
                FROM org_names g JOIN org_names b ON g.label = b.label AND g.canonical = b.canonical || 's'
                WHERE g.label = 'ORG' OR b.canonical LIKE '% %')
            GROUP BY label, twin""")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE folded AS
            SELECT m.* REPLACE (coalesce(f.base_id, m.entity_id) AS entity_id,
                                coalesce(f.base, m.canonical) AS canonical)
            FROM mentions m LEFT JOIN genitive_fold f ON m.label = f.label AND m.canonical = f.twin""")


def entity_table(con: duckdb.DuckDBPyConnection, label: str, min_mentions: int) -> pa.Table:
    """One row per entity_id of `label`: canonical name, aliases (other surface forms), counts, date span.
    Reads view `folded` (fold_genitive_twins)."""
    con.execute(f"CREATE OR REPLACE TEMP VIEW m AS SELECT * FROM folded WHERE label = '{label}'")
    names = most_common("canonical")
    sql = f"""
        WITH name AS {names},
        forms AS (SELECT entity_id, text AS form FROM m UNION SELECT entity_id, canonical FROM m),
        aliases AS (SELECT f.entity_id, list(DISTINCT f.form ORDER BY f.form) AS aliases
                    FROM forms f JOIN name USING (entity_id)
                    WHERE f.form IS NOT NULL AND f.form <> name.canonical GROUP BY f.entity_id)
        SELECT m.entity_id,
               any_value(name.canonical) AS name,
               coalesce(any_value(aliases.aliases), []) AS aliases,
               any_value(etype.entity_type) AS type,
               any_value(reg.registry_id) AS registry_id,
               count(*) AS n_mentions,
               count(DISTINCT m.doc_id) AS n_documents,
               min(d.published) AS first_date,
               max(d.published) AS last_date
        FROM m
        JOIN name USING (entity_id)
        LEFT JOIN aliases USING (entity_id)
        LEFT JOIN {most_common("entity_type")} AS etype USING (entity_id)
        LEFT JOIN {most_common("registry_id")} AS reg USING (entity_id)
        LEFT JOIN documents d ON d.doc_id = m.doc_id
        GROUP BY m.entity_id
        HAVING count(*) >= {min_mentions}
        ORDER BY m.entity_id"""
    return to_arrow(con.sql(sql))


def people_table(con: duckdb.DuckDBPyConnection, people: pa.Table) -> pa.Table:
    """people.roles / people.organisations come from the roles (normalised posts, canonical org names, view
    `roles_people` of pipeline.tenures); the description is the most frequent role with its organisation."""
    con.register("people_base", people)
    sql = """
        WITH folded_roles AS (  -- genitive twins of people and organisations folded into their base names
            SELECT r.* REPLACE (coalesce(f.base, r.organisation) AS organisation,
                                coalesce(fp.base_id, r.person_id) AS person_id)
            FROM roles_people r LEFT JOIN genitive_fold f ON f.label = 'ORG' AND r.organisation = f.twin
            LEFT JOIN genitive_fold fp ON fp.label = 'PER' AND r.person_id = fp.twin_id),
        described AS (
            SELECT person_id, role || coalesce(', ' || organisation, '') AS description,
                   row_number() OVER (PARTITION BY person_id ORDER BY count(*) DESC, role, organisation) AS rank
            FROM folded_roles WHERE role <> '' GROUP BY person_id, role, organisation)
        SELECT p.entity_id, p.name, p.aliases, p.n_mentions, p.n_documents,
               coalesce(list_sort(list_distinct(list(r.role) FILTER (WHERE r.role <> ''))), []) AS roles,
               coalesce(list_sort(list_distinct(list(r.organisation) FILTER (WHERE r.organisation <> ''))), [])
                   AS organisations,
               any_value(d.description) AS description,
               p.first_date, p.last_date
        FROM people_base p
        LEFT JOIN folded_roles r ON r.person_id = p.entity_id
        LEFT JOIN described d ON d.person_id = p.entity_id AND d.rank = 1
        GROUP BY p.entity_id, p.name, p.aliases, p.n_mentions, p.n_documents, p.first_date, p.last_date
        ORDER BY p.entity_id"""
    return to_arrow(con.sql(sql))


def cooccurrence_table(con: duckdb.DuckDBPyConnection, max_entities: int) -> pa.Table:
    """Pairs of entities mentioned in the same document, organisation first, with document and sentence counts.

    A document pairs only its `max_entities` most-mentioned entities (a long report naming thousands would add
    millions of pairs no analyst reads); pairs within a sentence are always counted, and such a pair counts its
    documents too. Press releases name far fewer, so for them this is every pair.
    """
    sql = f"""
        WITH e AS (SELECT doc_id, sentence, entity_id, label, canonical FROM folded
                   WHERE label IN ('ORG', 'PER') AND entity_id IS NOT NULL),
        names AS {most_common("canonical", source="e")},
        labels AS {most_common("label", source="e")},
        docs AS (SELECT doc_id, entity_id FROM (
                   SELECT doc_id, entity_id,
                          row_number() OVER (PARTITION BY doc_id ORDER BY count(*) DESC, entity_id) AS rank
                   FROM e GROUP BY doc_id, entity_id)
                 WHERE rank <= {max_entities}),
        sents AS (SELECT DISTINCT doc_id, sentence, entity_id FROM e),
        doc_pairs AS (SELECT a.entity_id AS a, b.entity_id AS b, count(*) AS n_documents
                      FROM docs a JOIN docs b ON a.doc_id = b.doc_id AND a.entity_id < b.entity_id GROUP BY ALL),
        sent_pairs AS (SELECT a.entity_id AS a, b.entity_id AS b, count(*) AS n_sentences,
                              count(DISTINCT a.doc_id) AS n_sentence_documents
                       FROM sents a JOIN sents b
                       ON a.doc_id = b.doc_id AND a.sentence = b.sentence AND a.entity_id < b.entity_id
                       GROUP BY ALL),
        pairs AS (SELECT coalesce(p.a, s.a) AS a, coalesce(p.b, s.b) AS b,
                         greatest(coalesce(p.n_documents, 0), coalesce(s.n_sentence_documents, 0)) AS n_documents,
                         coalesce(s.n_sentences, 0) AS n_sentences
                  FROM doc_pairs p FULL OUTER JOIN sent_pairs s ON p.a = s.a AND p.b = s.b),
        labelled AS (SELECT p.*, la.label AS label_a, lb.label AS label_b FROM pairs p
                     JOIN labels la ON la.entity_id = p.a JOIN labels lb ON lb.entity_id = p.b),
        oriented AS (SELECT CASE WHEN label_a = 'ORG' THEN a ELSE b END AS entity_a,
                            CASE WHEN label_a = 'ORG' THEN b ELSE a END AS entity_b,
                            n_documents, n_sentences, a AS key_a, b AS key_b FROM labelled
                     WHERE label_a = 'ORG' OR label_b = 'ORG')
        SELECT o.entity_a, na.canonical AS name_a, la.label AS label_a,
               o.entity_b, nb.canonical AS name_b, lb.label AS label_b, o.n_documents, o.n_sentences
        FROM oriented o
        JOIN names na ON na.entity_id = o.entity_a JOIN names nb ON nb.entity_id = o.entity_b
        JOIN labels la ON la.entity_id = o.entity_a JOIN labels lb ON lb.entity_id = o.entity_b
        ORDER BY o.key_a, o.key_b"""
    return to_arrow(con.sql(sql))


def date_table(mentions_path: str) -> pa.Table:
    columns = [f.name for f in schemas.DATES]
    table = pq.read_table(mentions_path, columns=[*columns, "label"])
    return table.filter(pc.equal(table["label"], "DATE")).select(columns)


def build(con: duckdb.DuckDBPyConnection, min_mentions: int, max_pair_entities: int = 200,
          min_documents_unlisted: int = 1, split_min_documents: int = 2) -> dict[str, pa.Table]:
    """All tables but dates from views `mentions`, `roles` and `documents` on `con`."""
    fold_genitive_twins(con)
    n_split = split_people(con, split_min_documents)
    if n_split:
        log.info("%d people told apart from a namesake (disjoint roles and organisations)", n_split)
    tables = {name: entity_table(con, label, min_mentions) for name, (label, _) in ENTITY_TABLES.items()}
    lex = default_lexicon()
    tables["organisations"] = with_registry_facts(tables["organisations"], lex.registry.values(),
                                                  min_documents_unlisted)
    tables["places"] = with_place_facts(tables["places"], lex.gazetteer, min_documents_unlisted)
    tables["people"] = people_table(con, tables["people"])
    tables["cooccurrence"] = cooccurrence_table(con, max_pair_entities)
    tables["tenures"] = tenures_table(con)
    return tables


def register_inputs(con: duckdb.DuckDBPyConnection) -> None:
    for role in ("mentions", "roles"):
        con.execute(f"CREATE VIEW {role} AS SELECT * FROM read_parquet('{STAGE.input(role)}')")
    con.execute("CREATE VIEW documents AS SELECT doc_id, published, published_precision "
                f"FROM read_parquet('{STAGE.input('documents')}')")


def run(p: EntitiesParams) -> dict[str, int]:
    STAGE.require_inputs()
    upstream = read_provenance(STAGE.input("mentions"))
    meta = provenance("entities", params_hash(p.model_dump()), upstream.get("model"), upstream.get("model_version"))
    con = connect()
    register_inputs(con)
    tables = build(con, p.min_mentions, p.max_pair_entities, p.min_documents_unlisted, p.split_min_documents)
    tables["dates"] = date_table(STAGE.inputs["mentions"])
    schema_of = {**{n: s for n, (_, s) in ENTITY_TABLES.items()}, "dates": schemas.DATES,
                 "cooccurrence": schemas.COOCCURRENCE, "tenures": schemas.TENURES}
    counts = {}
    for name, table in tables.items():
        write_table(table, STAGE.output(name), schema_of[name], meta)
        counts[name] = table.num_rows
    return counts


def main(argv: list[str] | None = None) -> int:
    return run_stage(STAGE, run, argv)


if __name__ == "__main__":
    sys.exit(main())
