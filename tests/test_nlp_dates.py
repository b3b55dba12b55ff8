"""Date detection and TIMEX3 normalisation (pipeline.nlp.timex / sv_date_rules), one case per Swedish form."""

from datetime import date

import pytest
import spacy

from pipeline.nlp import add_domain_components
from pipeline.nlp.timex import find_dates

A = date(2019, 5, 15)
D = date


def one(text, anchor=A, precision=None):
    found = find_dates(text, anchor, precision=precision)
    assert len(found) == 1, [(m.text, m.timex["value"]) for m in found]
    m = found[0]
    return m.text, m.timex["value"], m.timex["start_date"], m.timex["end_date"], m.timex["granularity"]


@pytest.mark.parametrize("text,expected", [
    ("Publicerad 2019-05-15 |", ("2019-05-15", "2019-05-15", D(2019, 5, 15), D(2019, 5, 15), "day")),
    ("Mötet hölls den 15 maj 2019.", ("15 maj 2019", "2019-05-15", D(2019, 5, 15), D(2019, 5, 15), "day")),
    ("Sista dag 15/5 2019 för ansökan", ("15/5 2019", "2019-05-15", D(2019, 5, 15), D(2019, 5, 15), "day")),
    ("De träffades 19 juni i Linköping", ("19 juni", "2019-06-19", D(2019, 6, 19), D(2019, 6, 19), "day")),
    ("höstträff 25-26 oktober.", ("25-26 oktober", "2019-10-25/2019-10-26", D(2019, 10, 25), D(2019, 10, 26),
                                  "range")),
    ("Rapporten kom i maj 2019.", ("maj 2019", "2019-05", D(2019, 5, 1), D(2019, 5, 31), "month")),
    ("Under 2022 arrangerade regionen", ("2022", "2022", D(2022, 1, 1), D(2022, 12, 31), "year")),
    ("under perioden 2018-2020.", ("2018-2020", "2018/2020", D(2018, 1, 1), D(2020, 12, 31), "range")),
    ("i hela landet 2021–2030.", ("2021–2030", "2021/2030", D(2021, 1, 1), D(2030, 12, 31), "range")),
    ("åren 2010 - 2012 ökade", ("2010 - 2012", "2010/2012", D(2010, 1, 1), D(2012, 12, 31), "range")),
    ("Det sker hösten 2023.", ("hösten 2023", "2023-FA", D(2023, 9, 1), D(2023, 11, 30), "season")),
    ("Start våren 2024.", ("våren 2024", "2024-SP", D(2024, 3, 1), D(2024, 5, 31), "season")),
    ("Under första halvan av 2024 sker", ("första halvan av 2024", "2024-H1", D(2024, 1, 1), D(2024, 6, 30),
                                          "half")),
    ("Klart andra kvartalet 2024.", ("andra kvartalet 2024", "2024-Q2", D(2024, 4, 1), D(2024, 6, 30), "quarter")),
    ("Vi ses vecka 16.", ("vecka 16", "2019-W16", D(2019, 4, 15), D(2019, 4, 21), "week")),
    ("Han sa i dag att", ("i dag", "2019-05-15", D(2019, 5, 15), D(2019, 5, 15), "day")),
    ("Beslutet kom idag.", ("idag", "2019-05-15", D(2019, 5, 15), D(2019, 5, 15), "day")),
    ("Det hände i går.", ("i går", "2019-05-14", D(2019, 5, 14), D(2019, 5, 14), "day")),
    ("Det ökade i fjol.", ("i fjol", "2018", D(2018, 1, 1), D(2018, 12, 31), "year")),
    ("Budgeten för i år.", ("i år", "2019", D(2019, 1, 1), D(2019, 12, 31), "year")),
    ("Beslut väntas nästa år.", ("nästa år", "2020", D(2020, 1, 1), D(2020, 12, 31), "year")),
    ("Det minskade förra året.", ("förra året", "2018", D(2018, 1, 1), D(2018, 12, 31), "year")),
    # the span is the quantity, not the vague lead (GUIDELINES.md: "fem åren" in "de närmaste fem åren")
    ("brist de kommande fem åren.", ("fem åren", "P5Y", None, None, "duration")),
    ("firar 60 år av förbindelser", ("60 år", "P60Y", None, None, "duration")),
    ("och tre år framåt.", ("tre år", "P3Y", None, None, "duration")),
    ("under sina två år i rådet", ("två år", "P2Y", None, None, "duration")),
    ("Projektet pågår i tre månader.", ("tre månader", "P3M", None, None, "duration")),
    ("det senaste decenniet har", ("det senaste decenniet", "P10Y", None, None, "duration")),
    ("under 1990-talet", ("1990-talet", "199", D(1990, 1, 1), D(1999, 12, 31), "decade")),
    ("måndag 10 juni 2019 kl", ("måndag 10 juni 2019", "2019-06-10", D(2019, 6, 10), D(2019, 6, 10), "day")),
    ("den 3 mars", ("3 mars", "2019-03-03", D(2019, 3, 3), D(2019, 3, 3), "day")),
])
def test_date_forms(text, expected):
    assert one(text) == expected


def test_unknown_year_stays_xxxx():
    assert one("träffade dem 19 juni i Linköping", None)[:2] == ("19 juni", "XXXX-06-19")
    assert one("höstträff 25-26 oktober.", None)[1] == "XXXX-10-25/XXXX-10-26"
    assert one("Det sker idag.", None)[1] == "PRESENT_REF"


def test_month_precision_anchor():
    assert one("Det sker idag.", D(2016, 2, 1), "month")[1:] == ("2016-02", D(2016, 2, 1), D(2016, 2, 29), "month")


@pytest.mark.parametrize("text", ["Det sker idag.", "Beskedet kom i går.", "Vi ses nästa vecka.", "Det sker i morgon."])
def test_relative_expressions_carry_the_anchor_precision(text):
    """A document dated only to the month says nothing more precise about "i dag" or "nästa vecka"."""
    assert one(text, D(2016, 2, 1), "month")[1:] == ("2016-02", D(2016, 2, 1), D(2016, 2, 29), "month")
    assert one(text, D(2016, 1, 1), "year")[1:] == ("2016", D(2016, 1, 1), D(2016, 12, 31), "year")
    assert one(text, D(2016, 2, 10), "day")[4] in ("day", "week")


@pytest.mark.parametrize("text, value", [
    ("Remissvaren ska ha kommit in senast den 17 mars.", "2023-03-17"),
    ("Sista ansökningsdag är 2 februari.", "2023-02-02"),
    ("Uppdraget ska redovisas till den 1 juni.", "2023-06-01"),
    ("Anmälan senast 14/1.", "2023-01-14"),
    ("Utredaren ska lämna sitt betänkande i mars.", "2023-03"),
])
def test_yearless_deadlines_resolve_forward(text, value):
    assert one(text, D(2022, 12, 15))[1] == value


def test_yearless_dates_without_a_deadline_frame_stay_in_the_document_year():
    assert one("Mötet hölls den 3 mars.", D(2022, 12, 15))[1] == "2022-03-03"
    assert one("Regeringen beslutade den 20 november.", D(2022, 12, 15))[1] == "2022-11-20"
    # a deadline later in the same year as the document stays there
    assert one("Svar senast den 20 december.", D(2022, 12, 15))[1] == "2022-12-20"
    # a month-dated document: the same month is not before it
    assert one("Svar senast den 3 december.", D(2022, 12, 1), "month")[1] == "2022-12-03"


def test_past_narration_points_to_previous_year():
    assert one("Regeringen beslutade den 20 december om detta.", D(2017, 2, 1), "month")[1] == "2016-12-20"
    assert one("Hon tillträder den 19 april.", D(2021, 4, 1), "month")[1] == "2021-04-19"


@pytest.mark.parametrize("text", ["med representanter från länets alla 26 kommuner", "cirka 2000 personer deltog",
                                  "SOU 2019:12 föreslår", "de kommande åren", "3/4 av alla"])
def test_not_dates(text):
    assert find_dates(text, A) == []


def test_component_sets_ents_and_timex():
    nlp = add_domain_components(spacy.blank("sv"))
    doc = nlp.make_doc("Under 2022 arrangerade Region Skåne fyra träffar, den 15 mars och 19 juni.")
    doc._.anchor_date = D(2022, 1, 10)
    doc = nlp(doc)
    dates = [(e.text, e._.timex["value"], e._.source) for e in doc.ents if e.label_ == "DATE"]
    assert dates == [("2022", "2022", "rule"), ("15 mars", "2022-03-15", "rule"), ("19 juni", "2022-06-19", "rule")]
    assert all(e._.timex["anchored_to"] == "2022-01-10" for e in doc.ents if e.text != "2022" and e.label_ == "DATE")
    assert all(e._.entity_id.startswith("date_") for e in doc.ents if e.label_ == "DATE")


def test_years_opening_a_compound_and_thousands_are_not_dates():
    from pipeline.nlp.timex import find_dates

    assert [m.text for m in find_dates("Natura 2000-områden och 2 500 år av historia")] == []
    assert [m.text for m in find_dates("under 2020-talet")] == ["2020-talet"]
