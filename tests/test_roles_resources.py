"""The role matcher's word lists (resources/role_cues.tsv, role_maps.tsv, countries.tsv): known sets only, lower
case, no duplicates, every set the code reads present; a missing set is an error at load time."""

import shutil
from dataclasses import fields

import pytest

from pipeline.nlp.roles.cues import MAPS, RESOURCES, Cues, read_rows

SETS = {f.name for f in fields(Cues)} - set(MAPS) - {"countries", "country_names"}


def test_cue_rows_name_known_sets_in_lower_case_without_duplicates():
    rows = read_rows(RESOURCES / "role_cues.tsv")
    assert all(len(r) == 2 for r in rows)
    assert {name for name, _w in rows} == SETS
    assert all(w == w.lower() and w == w.strip() and w for _n, w in rows)
    assert len({tuple(r) for r in rows}) == len(rows)


def test_maps_are_complete_and_lower_case():
    rows = read_rows(RESOURCES / "role_maps.tsv")
    assert all(len(r) == 3 for r in rows)
    assert {name for name, _k, _v in rows} == set(MAPS)
    assert all(k == k.lower() for name, k, _v in rows)
    cues = Cues.load()
    assert dict(cues.inferred_org)["statssekreterare"] == "Regeringskansliet"
    assert cues.unit_chief["enheten"] == "enhetschef"


def test_countries_have_two_letter_codes_and_genitives():
    rows = read_rows(RESOURCES / "countries.tsv")
    assert all(len(r) == 2 and len(r[1]) == 2 and r[1].isupper() for r in rows)
    cues = Cues.load()
    assert cues.countries["polens"] == "PL" and cues.countries["finland"] == "FI"
    assert "schweizs" not in cues.countries  # no genitive -s after a sibilant


def test_a_missing_set_is_an_error(tmp_path):
    for name in ("role_cues.tsv", "role_maps.tsv", "countries.tsv"):
        shutil.copyfile(RESOURCES / name, tmp_path / name)
    lines = (tmp_path / "role_cues.tsv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "role_cues.tsv").write_text("\n".join(ln for ln in lines if not ln.startswith("copula\t")) + "\n",
                                             encoding="utf-8")
    with pytest.raises(ValueError, match="copula"):
        Cues.load(tmp_path)
