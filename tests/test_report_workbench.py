"""The report's working tools on small synthetic tables: term index, entity facets, topic counts, ring network."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from pipeline.report import svg, workbench
from pipeline.report.build import build
from tests.test_report_build import decode_blob, params_for
from tests.test_trend import with_tokens


@pytest.fixture(scope="module")
def blob_and_html(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    outputs = with_tokens(tmp_path_factory.mktemp("wb") / "outputs")
    html, _, _ = build(params_for(outputs, max_text_chars=1_000_000))
    return decode_blob(html), html


def test_delta_encoding_round_trips() -> None:
    values = [0, 3, 4, 10]
    encoded = workbench.delta_encode(values)
    assert encoded == [0, 3, 1, 6]
    assert [sum(encoded[: i + 1]) for i in range(len(encoded))] == values


def test_the_term_index_points_at_the_page_documents(blob_and_html: tuple[dict, str]) -> None:
    blob, _ = blob_and_html
    docs = blob["docs"]
    positions = []
    last = 0
    for delta in blob["terms"]["validering"]:
        last += delta
        positions.append(last)
    assert sorted(docs["id"][i] for i in positions) == ["da", "db", "dy"]
    assert "nätverk" not in blob["terms"]  # in one document only: not indexed


def test_entity_facets_registry_scope_and_topics(blob_and_html: tuple[dict, str]) -> None:
    blob, _ = blob_and_html
    orgs = blob["organisations"]
    names = [blob["ents"]["name"][e] for e in orgs["ent"]]
    by_name = dict(zip(names, range(len(names)), strict=True))
    tv, rs = by_name["Tillväxtverket"], by_name["Region Skåne"]
    assert orgs["registry"] == [False, False]  # no registry_id in the fixture
    assert orgs["topics"][tv] == [0, 1] and orgs["topics"][rs] == [1]  # main topics of their documents


def test_foreign_places_come_from_the_places_resource() -> None:
    foreign = workbench.foreign_place_names()
    assert {"norge", "oslo", "köpenhamn"} <= foreign and "sverige" not in foreign


def test_documents_carry_genre_and_precision(blob_and_html: tuple[dict, str]) -> None:
    blob, _ = blob_and_html
    docs = blob["docs"]
    assert docs["prec"][docs["id"].index("dy")] == "year" and "genre" in docs


def test_topic_sparklines_have_axes_and_counts(blob_and_html: tuple[dict, str]) -> None:
    _, html = blob_and_html
    topics = html[html.index('<section id="topics">'):html.index('<section id="terms">')]
    assert "% of the weight" in topics and "documents with this main topic" in topics
    assert re.search(r'class="tick">2022(-04)?</text>', topics)  # the first period on the x axis
    assert 'href="#topic/1"' in topics


def test_every_section_has_a_renderer() -> None:
    from pipeline.report import page

    assert {key for key, _ in page.SECTIONS} - {"run"} == set(page.RENDERERS)


def test_ring_network_leaves_room_for_every_label() -> None:
    nodes = [svg.Node(str(i), "Ett mycket långt organisationsnamn som kapas " * (i % 2 + 1), 10 + i, "myndighet")
             for i in range(60)]
    markup = svg.ring_network(nodes, [(0, 1, 2.0)])
    size = int(re.search(r'width="(\d+)"', markup).group(1))
    radius = (size / 2 - 8) - 14 - 6 - svg.CHAR_WIDTH * svg.LABEL_CHARS
    # one label height per node along the ring, and the longest label inside the frame
    assert 2 * math.pi * radius / len(nodes) >= svg.LABEL_HEIGHT
    labels = re.findall(r'class="node"[^>]*>([^<]*)</text>', markup)
    assert len(labels) == 60 and max(len(x) for x in labels) == svg.LABEL_CHARS
    assert svg.ring_network([], []).startswith('<p class="empty">')


def test_the_ring_is_grouped_by_type() -> None:
    nodes = [svg.Node("a", "A", 1, "x"), svg.Node("b", "B", 5, "y"), svg.Node("c", "C", 9, "x")]
    assert svg.ring_order(nodes) == [2, 0, 1]  # group x (size 10) first, largest first within it


def test_spark_axes_needs_two_points() -> None:
    assert "too few" in svg.spark_axes([0.5], [1], ["2020"], 1.0)


def test_a_report_without_tokens_has_an_empty_term_index(tmp_path: Path) -> None:
    from tests.test_report_build import write_outputs

    html, _, _ = build(params_for(write_outputs(tmp_path / "outputs")))
    assert decode_blob(html)["terms"] == {}  # three keywords of one document each: none indexed


def test_dated_events_are_listed_newest_first(blob_and_html: tuple[dict, str]) -> None:
    blob, _ = blob_and_html
    starts = [d for d in blob["dates"]["start"] if d is not None]
    assert starts == sorted(starts, reverse=True) and len(starts) == 2
