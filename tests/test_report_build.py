"""The report builder on small synthetic tables: sections, data the page reads, run changes, determinism."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import schemas
from pipeline.config import ConfigError
from pipeline.report import page, state, svg
from pipeline.report.build import ReportParams, build, run
from pipeline.tables import provenance, write_table

TEXT_A = "Tillväxtverket bjuder in. Anna Svensson, generaldirektör på Tillväxtverket, talar den 3 maj 2022."
TEXT_B = "Region Skåne och Tillväxtverkets nätverk möts i juni 2023."
DOCS = [
    # path, status, text, published, title
    ("a.txt", "ok", TEXT_A, dt.date(2022, 4, 1), "Inbjudan <b>A</b>"),
    ("b.txt", "ok", TEXT_B, dt.date(2023, 5, 2), "Nätverket B"),
    ("c.bin", "binary", None, None, None),
]
DOC_IDS = {"a.txt": "da", "b.txt": "db", "c.bin": "dc"}


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def _sentences(doc_id: str, text: str) -> list[dict]:
    rows, start = [], 0
    for i, m in enumerate(re.finditer(r"[^.]+\.\s*", text)):
        rows.append({"doc_id": doc_id, "sentence": i, "start_char": m.start(), "end_char": m.end(), "text": m.group()})
        start = m.end()
    assert start == len(text)
    return rows


def _mention(doc_id, text, needle, label, entity_id, canonical, sentence, start=0, **extra):
    s, e = _span(text, needle, start)
    return {
        "doc_id": doc_id, "mention_id": f"{doc_id}:{s}-{e}", "sentence": sentence, "start_char": s, "end_char": e,
        "text": needle, "label": label, "entity_id": entity_id, "canonical": canonical, "source": "rule", **extra,
    }


def write_outputs(folder: Path, extra_doc: bool = False, only_documents: bool = False) -> Path:
    """A complete, tiny set of pipeline tables in `folder` (what the stages would write for three files)."""
    meta = provenance("test", "0")
    docs = list(DOCS) + ([("d.txt", "ok", "Ny text om Vinnova.", None, "D")] if extra_doc else [])
    write_table(
        [
            {"doc_id": DOC_IDS.get(p, "dd"), "path": p, "sha256": p * 3, "status": st, "title": title,
             "status_detail": "binary content (NUL bytes)" if st == "binary" else None, "text": text,
             "published": pub, "n_chars": len(text) if text else None, "format": p.rsplit(".", 1)[1]}
            for p, st, text, pub, title in docs
        ],
        folder / "documents.parquet", schemas.DOCUMENTS, meta,
    )
    if only_documents:
        return folder
    write_table(_sentences("da", TEXT_A) + _sentences("db", TEXT_B), folder / "sentences.parquet", schemas.SENTENCES,
                meta)
    tv, ann, rs = "org_tv", "per_anna", "org_rs"
    mentions = [
        _mention("da", TEXT_A, "Tillväxtverket", "ORG", tv, "Tillväxtverket", 0, entity_type="myndighet"),
        _mention("da", TEXT_A, "Anna Svensson", "PER", ann, "Anna Svensson", 1),
        _mention("da", TEXT_A, "Tillväxtverket", "ORG", tv, "Tillväxtverket", 1, start=20, entity_type="myndighet"),
        _mention("da", TEXT_A, "3 maj 2022", "DATE", "date_1", "2022-05-03", 1, value="2022-05-03",
                 start_date=dt.date(2022, 5, 3), end_date=dt.date(2022, 5, 3), granularity="day"),
        _mention("db", TEXT_B, "Region Skåne", "ORG", rs, "Region Skåne", 0, entity_type="region"),
        _mention("db", TEXT_B, "Tillväxtverkets", "ORG", tv, "Tillväxtverket", 0, entity_type="myndighet"),
        _mention("db", TEXT_B, "juni 2023", "DATE", "date_2", "2023-06", 0, value="2023-06",
                 start_date=dt.date(2023, 6, 1), end_date=dt.date(2023, 6, 30), granularity="month"),
    ]
    write_table(mentions, folder / "mentions.parquet", schemas.MENTIONS, meta)
    dates = [{k: m.get(k) for k in schemas.DATES.names} for m in mentions if m["label"] == "DATE"]
    write_table(dates, folder / "dates.parquet", schemas.DATES, meta)
    s, e = _span(TEXT_A, "Anna Svensson, generaldirektör på Tillväxtverket")
    write_table(
        [{"doc_id": "da", "person_id": ann, "person": "Anna Svensson", "role": "generaldirektör",
          "role_text": "generaldirektör", "organisation_id": tv, "organisation": "Tillväxtverket", "sentence": 1,
          "start_char": s, "end_char": e}],
        folder / "roles.parquet", schemas.ROLES, meta,
    )
    write_table(
        [
            {"entity_id": tv, "name": "Tillväxtverket", "aliases": ["Tillväxtverkets"], "type": "myndighet",
             "n_mentions": 3, "n_documents": 2, "first_date": dt.date(2022, 4, 1), "last_date": dt.date(2023, 5, 2)},
            {"entity_id": rs, "name": "Region Skåne", "aliases": [], "type": "region", "n_mentions": 1,
             "n_documents": 1, "first_date": dt.date(2023, 5, 2), "last_date": dt.date(2023, 5, 2)},
        ],
        folder / "organisations.parquet", schemas.ORGANISATIONS, meta,
    )
    write_table(
        [{"entity_id": ann, "name": "Anna Svensson", "aliases": [], "n_mentions": 1, "n_documents": 1,
          "roles": ["generaldirektör"], "organisations": ["Tillväxtverket"]}],
        folder / "people.parquet", schemas.PEOPLE, meta,
    )
    write_table(
        [{"person_id": ann, "person": "Anna Svensson", "role": "generaldirektör", "organisation_id": tv,
          "organisation": "Tillväxtverket", "country": "SE", "head": True, "first_seen": dt.date(2022, 4, 1),
          "first_seen_precision": "day", "last_seen": dt.date(2023, 5, 2), "last_seen_precision": "day",
          "start_date": dt.date(2022, 3, 1), "statuses": ["current"], "n_documents": 2, "evidence": ["da:0-13"]},
         {"person_id": "per_x", "person": "Bo Berg", "role": "generaldirektör", "organisation_id": tv,
          "organisation": "Tillväxtverket", "country": "SE", "head": True, "first_seen": dt.date(2019, 1, 1),
          "first_seen_precision": "year", "last_seen": dt.date(2021, 6, 1), "last_seen_precision": "month",
          "start_date": None, "statuses": ["current", "former"], "n_documents": 1, "evidence": ["db:5-12"]},
         {"person_id": "per_y", "person": "Eva Ek", "role": "ledamot", "organisation_id": tv,
          "organisation": "Tillväxtverket", "country": "SE", "head": False, "first_seen": dt.date(2022, 1, 1),
          "first_seen_precision": "day", "last_seen": dt.date(2022, 1, 1), "last_seen_precision": "day",
          "start_date": None, "statuses": ["current"], "n_documents": 1, "evidence": ["db:20-26"]}],
        folder / "tenures.parquet", schemas.TENURES, meta,
    )
    write_table([], folder / "places.parquet", schemas.PLACES, meta)
    write_table(
        [
            {"entity_a": rs, "name_a": "Region Skåne", "label_a": "ORG", "entity_b": tv, "name_b": "Tillväxtverket",
             "label_b": "ORG", "n_documents": 1, "n_sentences": 1},
            {"entity_a": tv, "name_a": "Tillväxtverket", "label_a": "ORG", "entity_b": ann, "name_b": "Anna Svensson",
             "label_b": "PER", "n_documents": 1, "n_sentences": 1},
        ],
        folder / "cooccurrence.parquet", schemas.COOCCURRENCE, meta,
    )
    write_table(
        [
            {"doc_id": "da", "term": "inbjudan", "score": 2.0, "rank": 1, "count": 1},
            {"doc_id": "da", "term": "generaldirektör", "score": 1.0, "rank": 2, "count": 1},
            {"doc_id": "db", "term": "nätverk", "score": 3.0, "rank": 1, "count": 1},
        ],
        folder / "keywords.parquet", schemas.KEYWORDS, meta,
    )
    write_table(
        [
            {"topic_id": 0, "label": "inbjudan / tal", "terms": ["inbjudan", "tal"], "weights": [2.0, 1.0]},
            {"topic_id": 1, "label": "nätverk / region", "terms": ["nätverk", "region"], "weights": [3.0, 1.5]},
        ],
        folder / "topics.parquet", schemas.TOPICS, meta,
    )
    write_table(
        [
            {"doc_id": "da", "topic_id": 0, "weight": 0.75},
            {"doc_id": "da", "topic_id": 1, "weight": 0.25},
            {"doc_id": "db", "topic_id": 1, "weight": 1.0},
        ],
        folder / "document_topics.parquet", schemas.DOCUMENT_TOPICS, meta,
    )
    return folder


def params_for(folder: Path, **overrides) -> ReportParams:
    section = {
        "outputs_dir": str(folder), "report_file": str(folder / "report.html"),
        "state_file": str(folder / "report_state.json"), "title": "Test report", "top_n": 10, "network_top_n": 10,
        "keywords_per_document": 5, "max_text_chars": 0, **overrides,
    }
    return ReportParams.from_section(section)


def decode_blob(html: str) -> dict:
    b64 = re.search(r'<script id="report-data" type="application/octet-stream">([^<]*)</script>', html).group(1)
    return json.loads(gzip.decompress(base64.b64decode(b64)))


@pytest.fixture()
def outputs(tmp_path: Path) -> Path:
    return write_outputs(tmp_path / "outputs")


def test_page_has_every_section_and_the_run_overview(outputs: Path) -> None:
    html, _, _ = build(params_for(outputs))
    for key, _title in page.SECTIONS:
        assert f'<section id="{key}">' in html
    assert "c.bin" in html and "binary content (NUL bytes)" in html  # the failed file and its reason
    assert "Files not processed (1)" in html
    assert ">Tillväxtverket</text>" in html  # the top-organisation chart
    assert 'href="#entity/' in html  # chart rows link to the entity's sentences
    assert "No earlier run recorded" in html


def test_page_is_offline(outputs: Path) -> None:
    html, _, _ = build(params_for(outputs))
    assert 'http-equiv="Content-Security-Policy"' in html and "default-src 'none'" in html
    links = re.findall(r'\b(?:src|href|action)\s*=\s*"([^"]*)"', html)
    assert links and all(link.startswith("#") for link in links), links
    assert "url(" not in html.split("<script")[0]  # no CSS url() fetches


def test_untrusted_text_is_escaped(outputs: Path) -> None:
    html, _, _ = build(params_for(outputs))
    assert "<b>A</b>" not in html  # the title is data, not markup (it travels inside the compressed blob)
    body = page._table(["x"], [[page.escape("<script>alert(1)</script>")]])
    assert "<script>" not in body


def test_blob_offsets_point_at_the_mentions_and_sentences(outputs: Path) -> None:
    html, _, _ = build(params_for(outputs))
    blob = decode_blob(html)
    docs, ment, sent = blob["docs"], blob["ment"], blob["sent"]
    assert docs["path"] == ["b.txt", "a.txt", "c.bin"]  # newest first, undated last
    assert docs["text"][2] is None and docs["status"][2] == "binary"
    seen = []
    for d, text in enumerate(docs["text"]):
        for k in range(ment["off"][d], ment["off"][d + 1]):
            surface = text[ment["start"][k] : ment["end"][k]]
            seen.append((docs["path"][d], surface, blob["ents"]["name"][ment["ent"][k]]))
        for k in range(sent["off"][d], sent["off"][d + 1]):
            assert text[sent["start"][k] : sent["end"][k]].strip()
    assert ("b.txt", "Tillväxtverkets", "Tillväxtverket") in seen
    assert ("a.txt", "Anna Svensson", "Anna Svensson") in seen
    assert len(seen) == 7
    assert docs["kw"][1] == ["inbjudan", "generaldirektör"]
    assert blob["topics"] == {"0": "inbjudan / tal", "1": "nätverk / region"}
    org_names = [blob["ents"]["name"][e] for e in blob["organisations"]["ent"]]
    assert org_names == ["Tillväxtverket", "Region Skåne"]
    assert blob["roles"]["role"] == ["generaldirektör"] and blob["roles"]["doc"] == [1]


def test_topic_trends_are_shares_of_each_period(outputs: Path) -> None:
    _, _, data = build(params_for(outputs))
    assert data.topic_periods == ["2022-04", "2023-05"]
    by_id = {t["topic_id"]: t["series"] for t in data.topics}
    assert by_id[0] == pytest.approx([0.75, 0.0]) and by_id[1] == pytest.approx([0.25, 1.0])


def test_a_topic_trends_table_is_used_when_present(outputs: Path) -> None:
    import pyarrow.parquet as pq

    trends = pa.table({"topic_id": [0, 1], "period": ["2020", "2020"], "share": [0.4, 0.6]})
    pq.write_table(trends, outputs / "topic_trends.parquet")
    _, _, data = build(params_for(outputs))
    assert data.topic_periods == ["2020"] and data.topic_trends_source.startswith("topic_trends")


def test_timeline_counts_dated_events(outputs: Path) -> None:
    _, _, data = build(params_for(outputs))
    counts = dict(data.timeline)
    assert counts["2022-05"] == 1 and counts["2023-06"] == 1 and sum(counts.values()) == 2


def test_timeline_opens_with_the_documents_period_and_folds_history(outputs: Path) -> None:
    """A historical reference ("1946") is no reason to stretch the chart back decades: it opens at the earliest
    document date, and earlier events are counted per decade in the history chart."""
    dates = pq.read_table(outputs / "dates.parquet").to_pylist()
    old = {**dates[0], "mention_id": "da:0-4", "text": "1946", "value": "1946",
           "start_date": dt.date(1946, 1, 1), "end_date": dt.date(1946, 12, 31), "granularity": "year"}
    write_table([*dates, old], outputs / "dates.parquet", schemas.DATES, provenance("test", "0"))
    _, _, data = build(params_for(outputs))
    assert data.timeline[0][0] == "2022-04" and "1946" not in dict(data.timeline)
    assert data.timeline_history == [("1940s", 1)] and data.timeline_outside[0] == 1


def test_network_links_co_mentioned_organisations_only(outputs: Path) -> None:
    _, _, data = build(params_for(outputs))
    assert sorted(n["name"] for n in data.network_nodes) == ["Region Skåne", "Tillväxtverket"]
    assert len(data.network_edges) == 1


def test_changes_since_the_previous_run(tmp_path: Path) -> None:
    folder = write_outputs(tmp_path / "outputs")
    run(params_section(folder))
    first = (folder / "report.html").read_text(encoding="utf-8")
    assert "No earlier run recorded" in first
    run(params_section(folder))  # same outputs: same page, byte for byte
    assert (folder / "report.html").read_text(encoding="utf-8") == first
    write_outputs(folder, extra_doc=True)
    run(params_section(folder))
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert "1 documents added: <code>d.txt</code>" in html and "documents: 3 → 4 rows" in html
    run(params_section(folder))  # rebuilt over unchanged outputs: still shows the last run's changes
    assert "1 documents added" in (folder / "report.html").read_text(encoding="utf-8")


def params_section(folder: Path) -> dict:
    p = params_for(folder)
    return {
        "outputs_dir": str(p.outputs_dir), "report_file": str(p.report_file), "state_file": str(p.state_file),
        "title": p.title, "top_n": p.top_n, "network_top_n": p.network_top_n,
        "keywords_per_document": p.keywords_per_document, "max_text_chars": p.max_text_chars,
    }


def test_manifest_is_shown_and_stale_tables_flagged(outputs: Path) -> None:
    manifest = {"run_id": "r2", "complete": False,
                "tables": {"documents": {"rows": 3, "stage": "ingest", "run_id": "r2"},
                           "mentions": {"rows": 99, "stage": "annotate", "run_id": "r1", "stale": True}}}
    (outputs / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    html, _, _ = build(params_for(outputs))
    assert "<code>r2</code>" in html and "incomplete" in html
    assert "manifest says 99" in html and "from run r1" in html


def test_only_documents_still_builds(tmp_path: Path) -> None:
    folder = write_outputs(tmp_path / "outputs", only_documents=True)
    html, _, _ = build(params_for(folder))
    assert "No organisations table." in html and "No topics table." in html
    assert decode_blob(html)["docs"]["path"] == ["b.txt", "a.txt", "c.bin"]


def test_missing_documents_table_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "outputs").mkdir()
    with pytest.raises(ConfigError, match="documents.parquet"):
        run(params_section(tmp_path / "outputs"))


def test_max_text_chars_bounds_the_embedded_texts(outputs: Path) -> None:
    html, _, data = build(params_for(outputs, max_text_chars=len(TEXT_B) + 10))  # room for the newest text only
    blob = decode_blob(html)
    assert [t is not None for t in blob["docs"]["text"]] == [True, False, False]
    assert blob["ment"]["off"][-1] == 3  # only the embedded document's mentions travel
    assert data.n_text_documents == 1 and "Texts embedded for 1 of 3" in html


@pytest.mark.parametrize("bad", [{"top_n": 0}, {"max_text_chars": -1}, {"title": 3}])
def test_params_are_checked(tmp_path: Path, bad: dict) -> None:
    with pytest.raises(ConfigError):
        params_for(tmp_path, **bad)


def test_state_diff() -> None:
    old = {"run_id": "r1", "tables": {"documents": 2}, "documents": {"a": ["x", "ok"], "b": ["y", "ok"]}}
    new = {"run_id": "r2", "tables": {"documents": 2}, "documents": {"a": ["x2", "empty"], "c": ["z", "ok"]}}
    c = state.diff(old, new)
    assert (c.added, c.removed, c.changed, c.status_changed) == (["c"], ["b"], ["a"], [("a", "ok", "empty")])
    assert c.table_rows == [] and c.previous_run_id == "r1"
    assert state.diff(None, new).first_run
    previous, saved = state.advance({}, new)
    assert previous is None and saved == {"current": new, "previous": None}
    assert state.advance(saved, new) == (None, saved)
    previous, saved2 = state.advance(saved, old)
    assert previous == new and saved2["previous"] == new


def test_state_file_that_is_not_json_is_ignored(tmp_path: Path) -> None:
    bad = tmp_path / "state.json"
    bad.write_text("{not json", encoding="utf-8")
    assert state.read_state(bad) == {}


def test_svg_charts_escape_labels_and_handle_empty_input() -> None:
    chart = svg.hbars([svg.Bar("<AB & C>", 3, "#entity/1")])
    assert "&lt;AB &amp; C&gt;" in chart and "<AB" not in chart
    assert "Nothing to show" in svg.hbars([]) and "Nothing to show" in svg.columns([])
    assert "too few" in svg.sparkline([1.0], 1.0)
    assert svg.columns([("2020", 0), ("2021", 2)]).count("<rect") == 2


def test_force_layout_is_deterministic_and_in_the_unit_square() -> None:
    edges = [(0, 1, 3.0), (1, 2, 1.0), (3, 4, 2.0)]
    a, b = svg.force_layout(5, edges), svg.force_layout(5, edges)
    assert (a == b).all() and a.min() >= 0 and a.max() <= 1
    linked = ((a[0] - a[1]) ** 2).sum()
    unlinked = ((a[0] - a[4]) ** 2).sum()
    assert linked < unlinked  # an edge pulls its ends together


def test_dates_after_many_undated_rows_still_encode(tmp_path: Path) -> None:
    """Date columns become ISO strings by type, however many nulls come first."""
    from pipeline.report.data import _jsonable

    column = pa.chunked_array([pa.array([None] * 100 + [dt.date(2022, 1, 3)], pa.date32())])
    assert _jsonable(column)[-1] == "2022-01-03" and _jsonable(column)[0] is None


def test_heads_over_time_lists_heads_in_order_of_their_start(outputs: Path) -> None:
    html, _blob, _data = build(params_for(outputs))
    section = html[html.index('<section id="heads">'):]
    section = section[:section.index("</section>")]
    assert section.index("Bo Berg") < section.index("Anna Svensson")  # 2019 before 2022
    assert "Eva Ek" not in section  # a member of the board does not head it
    assert "2022-03-01" in section and 'class="tenure"' in section
