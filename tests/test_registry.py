"""Format test for the organisation registry (pipeline/nlp/resources/registry.tsv) and its parser."""

import pytest

from pipeline.nlp.lexicon import RESOURCES
from pipeline.registry import TYPES, RegistryFormatError, load, parse
from pipeline.registry.build import county_nominative, slug

HEADER = "id\tname\ttype\taliases\tacronyms\torgnr\tsource\n"


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
    ("myn-x\tX\tmyndighet\t\t\t\t", "source is empty"),
    ("Myn-x\tX\tmyndighet\t\t\t\tm", "bad id"),
    ("myn-x\t–\tmyndighet\t\t\t\tm", "has no letter"),
    ("myn-x\tX\tagency\t\t\t\tm", "is not one of"),
    ("myn-x\tX\tmyndighet\t\t\t123\tm", "organisation number"),
    ("myn-x\tX\tmyndighet\t\t\tm", "6 tab-separated columns"),
    ("myn-x\tX\tmyndighet\tA||B\t\t\tm", "empty or blank alias"),
    ("myn-x\tX \tmyndighet\t\t\t\tm", "leading or trailing spaces"),
])
def test_bad_rows_name_file_and_line(row, problem):
    text = "# comment\n" + HEADER + "myn-ok\tOk\tmyndighet\t\t\t\tm\n" + row + "\n"
    with pytest.raises(RegistryFormatError) as err:
        parse(text, "reg.tsv")
    assert str(err.value).startswith("reg.tsv:4: ")
    assert problem in str(err.value)


def test_duplicate_ids_and_shared_aliases_are_rejected():
    with pytest.raises(RegistryFormatError, match=r"reg.tsv:3: id 'myn-a' already used on line 2"):
        parse(HEADER + "myn-a\tA\tmyndighet\t\t\t\tm\nmyn-a\tB\tmyndighet\t\t\t\tm\n", "reg.tsv")
    with pytest.raises(RegistryFormatError, match=r"reg.tsv:3: 'AB' also names myn-a \(line 2\)"):
        parse(HEADER + "myn-a\tA\tmyndighet\t\tAB\t\tm\nmyn-b\tB\tmyndighet\t\tAB\t\tm\n", "reg.tsv")


def test_missing_header():
    with pytest.raises(RegistryFormatError, match="reg.tsv:1: header"):
        parse("myn-a\tA\tmyndighet\t\t\t\tm\n", "reg.tsv")


def test_build_helpers():
    assert slug("Länsstyrelsen i Örebro län") == "lansstyrelsen-i-orebro-lan"
    assert county_nominative("Dalarnas län") == "Dalarna"
    assert county_nominative("Skåne län") == "Skåne"
