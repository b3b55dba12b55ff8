"""Format tests for the word lists in pipeline/nlp/resources/ that issue 10 added to or created."""

from pipeline.nlp.lexicon import RESOURCES

PLACE_TYPES = {"land", "län", "kommun", "ort", "utländsk ort", "region", "internationell region", "övrigt"}


def _rows(name):
    for n, line in enumerate((RESOURCES / name).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield n, line


def test_places_rows_are_name_tab_type_tab_country():
    seen = {}
    for n, line in _rows("places.tsv"):
        cells = line.split("\t")
        assert len(cells) == 3, f"places.tsv:{n}: expected name<TAB>type<TAB>country, got {line!r}"
        name, typ, country = cells
        assert country == "" or (len(country) == 2 and country.isupper()), f"places.tsv:{n}: country {country!r}"
        assert typ != "land" or country, f"places.tsv:{n}: a country needs its ISO code"
        assert name == name.strip() and name, f"places.tsv:{n}: blank or padded name"
        assert typ in PLACE_TYPES, f"places.tsv:{n}: type {typ!r} not in {sorted(PLACE_TYPES)}"
        assert name not in seen, f"places.tsv:{n}: {name!r} already on line {seen[name]}"
        seen[name] = n


def test_titles_rows_are_written_tab_role():
    for n, line in _rows("titles.tsv"):
        cells = line.split("\t")
        assert len(cells) == 2 and all(c.strip() == c and c for c in cells), f"titles.tsv:{n}: bad row {line!r}"
        assert cells[0] == cells[0].lower(), f"titles.tsv:{n}: written form must be lower case"


def test_not_names_one_name_per_line():
    """One written form per line: a word or words separated by single spaces ("Illis quorum")."""
    seen = {}
    for n, line in _rows("not_names.txt"):
        assert line == line.strip() and "  " not in line and "\t" not in line, f"not_names.txt:{n}: {line!r}"
        assert line not in seen, f"not_names.txt:{n}: {line!r} already on line {seen[line]}"
        seen[line] = n
