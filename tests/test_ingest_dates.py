"""documents.published with its source and precision: metadata.csv values, datelines in the text, dated paths."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.ingest import document_from_bytes
from pipeline.ingest.metadata import parse_date_value, path_date, text_metadata
from tests.test_ingest_helpers import PARAMS, SWEDISH


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-11-08", (date(2022, 11, 8), "day")),
        ("2022-11-08T10:00:00+01:00", (date(2022, 11, 8), "day")),
        ("8 november 2022", (date(2022, 11, 8), "day")),
        ("tisdag 8 nov. 2022", (date(2022, 11, 8), "day")),
        ("den 8 November 2022", (date(2022, 11, 8), "day")),
        ("november 2022", (date(2022, 11, 1), "month")),
        ("2022-11", (date(2022, 11, 1), "month")),
        ("2022", (date(2022, 1, 1), "year")),
        ("32 maj 2022", None),
        ("15/5 2019", None),
        ("snart", None),
        ("", None),
    ],
)
def test_parse_date_value(value, expected):
    assert parse_date_value(value) == expected


@pytest.mark.parametrize(
    ("first_lines", "expected"),
    [
        ("Umeå, 15 mars 2022\n\nRubrik", date(2022, 3, 15)),
        ("Rubrik\n\nFalun den 4 april 2023", date(2023, 4, 4)),
        ("Rubrik\n\nVästra Frölunda, 2 maj 2021 – Regionen meddelar", date(2021, 5, 2)),
        ("Rubrik\n\nPublicerad 2023-09-12", date(2023, 9, 12)),
        ("Rubrik\n\nRapporten publicerad 2018-03-01 visar", None),  # a body sentence, not a dateline
        ("Rubrik\n\nSedan den 14 mars 2020 avråder UD från resor.", None),  # a sentence that goes on
    ],
)
def test_datelines(first_lines, expected):
    found = text_metadata(first_lines + "\n\n" + SWEDISH)
    assert found["published"] == expected
    assert found["published_source"] == ("text" if expected else None)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("press/2023/05/slug.md", (date(2023, 5, 1), "month")),
        ("rapporter/2023-05-17-plan.pdf", (date(2023, 5, 17), "day")),
        ("nyheter/2019/05/15/mote.html", (date(2019, 5, 15), "day")),
        ("arkiv/2021/plan.docx", (date(2021, 1, 1), "year")),
        ("press/2022/11/19-miljarder-kronor.md", (date(2022, 11, 1), "month")),  # a slug starting with a number
        ("plan-2023-13.txt", None),
        ("a.txt", None),
    ],
)
def test_path_dates(path, expected):
    assert path_date(path) == expected


def test_text_date_wins_over_path_and_row_columns():
    def published(text: str) -> tuple:
        row = document_from_bytes(text.encode(), "press/2023/05/a.md", PARAMS)
        return row["published"], row["published_source"], row["published_precision"]

    assert published("Luleå, 3 juni 2023\n\nRubrik\n\n" + SWEDISH) == (date(2023, 6, 3), "text", "day")
    assert published("Rubrik\n\n" + SWEDISH) == (date(2023, 5, 1), "path", "month")
