"""The role matcher's word lists (resources/role_cues.tsv, role_maps.tsv): known sets only, lower case, no
duplicates, and every set the code reads is present."""

from pipeline.nlp import roles

SETS = {"tenure", "rank", "org_prep", "appoint", "career_verb", "career_participle", "appointing", "appointed",
        "relative_filler", "succeed_verb", "pronoun", "appointment_noun", "represent_verb", "generic_org_noun",
        "subject_adverb", "member_cue", "body_word", "label_word", "org_word", "org_apposition_ending",
        "committee_ending", "role_header_filler"}


def test_cue_rows_name_known_sets_in_lower_case_without_duplicates():
    rows = roles._rows("role_cues.tsv")
    assert all(len(r) == 2 for r in rows)
    assert {name for name, _w in rows} == SETS
    assert all(w == w.lower() and w == w.strip() and w for _n, w in rows)
    assert len({tuple(r) for r in rows}) == len(rows)


def test_maps_are_complete_and_lower_case():
    rows = roles._rows("role_maps.tsv")
    assert all(len(r) == 3 for r in rows)
    assert {name for name, _k, _v in rows} == {"role_adj", "unit_chief", "inferred_org"}
    assert all(k == k.lower() for name, k, _v in rows)
    assert dict(roles.INFERRED_ORG)["statssekreterare"] == "Regeringskansliet"
    assert roles.UNIT_CHIEF["enheten"] == "enhetschef"
