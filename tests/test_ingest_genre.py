"""documents.genre: the ordered patterns of pipeline/ingest/resources/genres.tsv on path, title and text."""

from __future__ import annotations

from importlib import resources

import pytest

from pipeline.ingest.genre import DEFAULT, default_rules, genre_of, genre_of_row, parse_rules

INVITATION = """Statsrådet besöker Exempelstad

Program
Tid: 10.00-11.00
Plats: Storgatan 1, Exempelstad
Media är välkomna.
"""


@pytest.mark.parametrize(
    ("path", "title", "text", "genre"),
    [
        ("press/2021/03/presstraff-om-vaccin.md", "Något", "Text.", "press_invitation"),
        ("a.md", "Pressinbjudan: ministern besöker Ort", "Text.", "press_invitation"),
        ("a.md", "Ministern besöker Ort", INVITATION, "press_invitation"),
        ("a.md", "Besök", "Föranmälan krävs till pressekreteraren.", "press_invitation"),
        ("a.md", "Ny generaldirektör för Exempelverket", "Text.", "appointment"),
        ("a.md", "Beslut", "Regeringen har i dag utnämnt Anna Exempel till rektor.", "appointment"),
        ("tal/2020/01/tal-vid-konferens.md", "Konferens", "Tack.", "speech"),
        ("x/debattartiklar/2020/01/a.md", "Om skolan", "Text.", "debate_article"),
        ("raw/regeringsuppdrag/2019/02/u1.md", "Uppdrag", "Text.", "government_assignment"),
        ("a.md", "Uppdrag till Exempelverket att kartlägga", "Text.", "government_assignment"),
        ("rapport.pdf", "Regional kompetensförsörjning", "Länet behöver fler undersköterskor.", DEFAULT),
    ],
)
def test_genre_from_path_title_and_text(path: str, title: str, text: str, genre: str) -> None:
    assert genre_of(path, title, text) == genre


def test_the_first_matching_row_wins() -> None:
    # A speech (by its folder) that mentions föranmälan is still a speech: path rows come first.
    assert genre_of("tal/2020/01/x.md", None, "Föranmälan krävs.") == "speech"


def test_only_the_opening_is_read() -> None:
    assert genre_of("a.md", None, "x" * 5000 + " föranmälan") == DEFAULT


def test_a_document_not_read_has_no_genre() -> None:
    assert genre_of_row({"status": "empty", "path": "a.txt", "title": None, "text": None}) is None
    assert genre_of_row({"status": "ok", "path": "a.txt", "title": None, "text": "Hej."}) == DEFAULT


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("speech\tpath", "expected genre<TAB>where<TAB>pattern"),
        ("Speech\tpath\tx", "genre must be lower-case"),
        ("speech\tbody\tx", "where must be one of"),
        ("speech\tpath\t(unclosed", "bad pattern"),
    ],
)
def test_a_bad_row_names_its_line(line: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"genres.tsv:2: {message}"):
        parse_rules("# header\n" + line + "\n")


def test_the_shipped_patterns_parse() -> None:
    text = resources.files("pipeline.ingest").joinpath("resources", "genres.tsv").read_text(encoding="utf-8")
    assert len(parse_rules(text)) == len(default_rules()) > 10


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("press/2023/01/ny-ambassador-i-exempelland.md", "Ny ambassadör i Exempelland"),
        ("press/2023/01/nya-ambassadorer-till-sverige.md", "Nya ambassadörer till Sverige"),
        ("press/2023/01/x.md", "Regeringen utser Anna Exempel till generaldirektör"),
        ("press/2023/01/ny-generaldirektor-for-exempelverket.md", "Beslut om myndighetschef"),
    ],
)
def test_appointments_by_title_or_slug(path: str, title: str) -> None:
    assert genre_of(path, title, "Text.") == "appointment"


def test_a_new_strategy_is_not_an_appointment() -> None:
    assert genre_of("press/2023/01/ny-strategi-for-kompetens.md", "Ny strategi för kompetensförsörjning", "Text.") \
        == DEFAULT


def test_markdown_programme_lines_and_visits() -> None:
    text = "Ministern talar.\n\n**Tid:** Klockan 11.15\n**Plats:** Kongresshuset, Exempelstad\n"
    assert genre_of("a.md", "Ministern deltar på konferens", text) == "press_invitation"
    assert genre_of("a.md", "Statsrådet besöker Exempelstad", "Statsrådet träffar företag.") == "visit"


def test_the_ingest_stage_writes_genre_after_metadata(tmp_path, monkeypatch) -> None:
    from pipeline.ingest import stage
    from tests.test_ingest_helpers import SWEDISH, make_project, read_rows

    files = {
        "press/2023/05/presstraff-om-kompetens.md": "# Pressträff\n\n" + SWEDISH,
        "a.txt": "Rubrik\n\n" + SWEDISH,
        "b.txt": "Rubrik\n\n" + SWEDISH + "Mer text.\n",
        "c.txt": b"",
        "metadata.csv": "path,title\nb.txt,Ny generaldirektör för Exempelverket\n",
    }
    root = make_project(tmp_path, files)
    monkeypatch.chdir(root)
    assert stage.run() == 0
    rows = read_rows(root)
    assert rows["press/2023/05/presstraff-om-kompetens.md"]["genre"] == "press_invitation"
    assert rows["a.txt"]["genre"] == DEFAULT
    assert rows["b.txt"]["genre"] == "appointment"  # the title from metadata.csv
    assert rows["c.txt"]["genre"] is None  # empty: not read
