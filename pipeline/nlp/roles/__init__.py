"""The role matcher (`sv_role_matcher`): person - title - organisation links, with status, country and evidence.

    component.py      the spaCy component: runs the constructions, applies the trained decision, builds doc._.roles
    cues.py           the word lists and mappings (resources/role_cues.tsv, role_maps.tsv, countries.tsv)
    context.py        what constructions read: the document, its indexed entities, titles, added spans
    titles.py         titles and their normalised role
    persons.py        PER spans cleaned before linking
    orgs_near.py      the organisation next to a title or a person
    people_near.py    the holder of a title that is not next to it (appointees, sentence subjects)
    constructions/    one registered function per construction, listed in the component's config
    decision.py       candidate features and the trained logistic decision
    status.py         status, country, folded post, evidence span
"""

from pipeline.nlp.roles.component import RoleMatcher, make_role_matcher
from pipeline.nlp.roles.constructions import (  # noqa: F401  (each module registers its construction)
    appointment,
    appointment_noun,
    apposition,
    board_membership,
    career,
    coordinated_title,
    fronted_appointment,
    headline_appointment,
    inline_members,
    list_members,
    name_before_title,
    paired_genitives,
    predicative,
    relative_clause,
    represented_by,
    role_sections,
    subject_field,
    succession,
    title_before_name,
    title_org_name,
    title_place_name,
    unlisted_title,
)

__all__ = ["RoleMatcher", "make_role_matcher"]
