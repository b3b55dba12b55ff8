"""Format test for the organisation registry (pipeline/nlp/resources/registry.tsv) and its parser."""

import pytest

from pipeline.nlp.lexicon import RESOURCES
from pipeline.registry import TYPES, RegistryFormatError, load, parse
from pipeline.registry.build import county_nominative, slug

HEADER = "id\tname\ttype\taliases\tacronyms\torgnr\tvalid_from\tvalid_to\tsuccessor_id\tname_en\tsource\n"
E = "\t\t\t\t"  # empty valid_from, valid_to, successor_id, name_en


def test_committed_registry_is_well_formed():
    entries = load(RESOURCES / "registry.tsv")  # raises RegistryFormatError naming file and line
    assert len(entries) > 800
    types = {e.type for e in entries}
    assert types <= set(TYPES)
    by_type = {t: sum(e.type == t for e in entries) for t in types}
    assert by_type["kommun"] == 290 and by_type["region"] == 21 and by_type["länsstyrelse"] == 21
    assert by_type["parti"] == 8
    names = {e.name for e in entries}
    assert {"Regeringen", "Riksdagen", "Europeiska unionen", "Förenta nationerna", "Nato"} <= names


@pytest.mark.parametrize("row, problem", [
    ("myn-x\tX\tmyndighet\t\t\t" + E + "\t", "source is empty"),
    ("Myn-x\tX\tmyndighet\t\t\t" + E + "\tm", "bad id"),
    ("myn-x\t–\tmyndighet\t\t\t" + E + "\tm", "has no letter"),
    ("myn-x\tX\tagency\t\t\t" + E + "\tm", "is not one of"),
    ("myn-x\tX\tmyndighet\t\t\t123" + E + "\tm", "organisation number"),
    ("myn-x\tX\tmyndighet\t\t\tm", "6 tab-separated columns"),
    ("myn-x\tX\tmyndighet\tA||B\t\t" + E + "\tm", "empty or blank alias"),
    ("myn-x\tX \tmyndighet\t\t\t" + E + "\tm", "leading or trailing spaces"),
    ("myn-x\tX\tmyndighet\t\t\t\t1 april 2009\t\t\t\tm", "valid_from '1 april 2009' is not"),
    ("myn-x\tX\tmyndighet\t\t\t\t2010\t2009-04-01\t\t\tm", "is before valid_from"),
    ("myn-x\tX\tmyndighet\t\t\t\t\t\tmyn-x\t\tm", "is not another entry's id"),
    ("myn-x\tX\tmyndighet\t\t\t\t\t\tmyn-gone\t\tm", "names no entry"),
])
def test_bad_rows_name_file_and_line(row, problem):
    text = "# comment\n" + HEADER + "myn-ok\tOk\tmyndighet\t\t\t" + E + "\tm\n" + row + "\n"
    with pytest.raises(RegistryFormatError) as err:
        parse(text, "reg.tsv")
    assert str(err.value).startswith("reg.tsv:4: ")
    assert problem in str(err.value)


def test_duplicate_ids_and_shared_aliases_are_rejected():
    with pytest.raises(RegistryFormatError, match=r"reg.tsv:3: id 'myn-a' already used on line 2"):
        parse(HEADER + f"myn-a\tA\tmyndighet\t\t\t{E}\tm\nmyn-a\tB\tmyndighet\t\t\t{E}\tm\n", "reg.tsv")
    with pytest.raises(RegistryFormatError, match=r"reg.tsv:3: 'AB' also names myn-a \(line 2\)"):
        parse(HEADER + f"myn-a\tA\tmyndighet\t\tAB\t{E}\tm\nmyn-b\tB\tmyndighet\t\tAB\t{E}\tm\n", "reg.tsv")


def test_missing_header():
    with pytest.raises(RegistryFormatError, match="reg.tsv:1: header"):
        parse(f"myn-a\tA\tmyndighet\t\t\t{E}\tm\n", "reg.tsv")


def test_build_helpers():
    assert slug("Länsstyrelsen i Örebro län") == "lansstyrelsen-i-orebro-lan"
    assert county_nominative("Dalarnas län") == "Dalarna"
    assert county_nominative("Skåne län") == "Skåne"


def test_v2_columns_parse_and_successors_resolve():
    text = HEADER + ("myn-gamla-verket\tGamla verket\tmyndighet\t\t\t202100-0001\t1991-07-01\t2009\tmyn-nya-verket"
                     "\tOld Agency\tmyndighetsdata\n"
                     "myn-nya-verket\tNya verket\tmyndighet\t\tNV\t202100-0002\t2009-04-01\t\t\t\tmyndighetsdata\n")
    old, new = parse(text, "reg.tsv")
    assert (old.orgnr, old.valid_from, old.valid_to, old.successor_id, old.name_en) == \
        ("202100-0001", "1991-07-01", "2009", "myn-nya-verket", "Old Agency")
    assert new.successor_id == "" and parse(HEADER + old.row().replace("myn-nya-verket", "") + "\n")[0].valid_to


def test_committed_registry_v2_facts():
    """Agencies carry organisation numbers, closed ones their end and successor; every municipality is linked in
    its usual written forms."""
    entries = {e.name: e for e in load(RESOURCES / "registry.tsv")}
    ids = {e.id: e for e in entries.values()}
    current = [e for e in entries.values() if e.type == "myndighet" and e.source != "manual" and not e.valid_to]
    assert sum(bool(e.orgnr) for e in current) / len(current) > 0.85
    assert entries["Tillväxtverket"].orgnr and entries["Tillväxtverket"].valid_from.startswith("2009")
    nutek = entries["Verket för näringslivsutveckling"]
    assert nutek.valid_to.startswith("2009") and ids[nutek.successor_id].name == "Tillväxtverket"
    assert ids[entries["Sveriges Kommuner och Landsting"].successor_id].name == "Sveriges Kommuner och Regioner"
    forms = {f: e.id for e in entries.values() for f in e.forms()}
    assert forms["Halmstad kommun"] == forms["Halmstads kommun"] == forms["Halmstad stad"] == "kommun-1380"
    assert forms["Stockholm stad"] == forms["Stockholms stad"] == "kommun-0180"
    assert forms["Falun kommun"] == "kommun-2080"  # "Falu kommun": the town is Falun


def test_municipality_forms():
    from pipeline.registry.build import municipality_forms
    towns = {"Halmstad", "Borås", "Falun"}
    assert set(municipality_forms("Halmstads kommun", towns)) >= {"Halmstad kommun", "Halmstad stad", "Halmstads stad"}
    assert "Borå kommun" not in municipality_forms("Borås kommun", towns)
    assert "Falun kommun" in municipality_forms("Falu kommun", towns)
    # no locality list entry: a final genitive -s is dropped, but not from -näs
    assert "Tjörn kommun" in municipality_forms("Tjörns kommun", set())
    assert "Sotenä kommun" not in municipality_forms("Sotenäs kommun", set())


def test_first_version_registry_still_parses():
    """A pipeline saved with the seven-column registry loads: its rows get empty dates and successors."""
    [entry] = parse("id\tname\ttype\taliases\tacronyms\torgnr\tsource\nmyn-a\tA\tmyndighet\t\tAA\t\tm\n", "v1.tsv")
    assert (entry.acronyms, entry.source, entry.valid_to, entry.successor_id) == (("AA",), "m", "", "")
