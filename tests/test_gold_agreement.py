"""Inter-annotator agreement (pipeline/gold_agreement.py) on invented annotations."""

from pipeline.gold_agreement import agreement, share_of_ceiling


def doc(ents, dates=(), roles=()):
    return {"source": "x", "entities": [{"text": t, "label": lab, "canonical": c or t, "start": s, "end": s + len(t)}
                                        for t, lab, c, s in ents],
            "dates": [{"text": t, "value": v, "start": s, "end": s + len(t)} for t, v, s in dates],
            "roles": [{"person": p, "role": r, "organisation": o, "status": st} for p, r, o, st in roles]}


def test_agreement_counts_labels_spans_values_and_roles() -> None:
    a = doc([("Anna Berg", "PER", None, 0), ("Vinnova", "ORG", None, 20), ("Umeå", "LOC", None, 40)],
            [("2021", "2021", 50)], [("Anna Berg", "generaldirektör", "Vinnova", "current")])
    b = doc([("Anna Berg", "PER", None, 0), ("Vinnova", "ORG", None, 20), ("Umeå", "ORG", None, 40)],
            [("2021", "2022", 50)], [("Anna Berg", "generaldirektör", "Vinnova", "acting")])
    res = agreement({"x": a}, {"x": b})
    assert res["n_docs"] == 1
    assert res["per_f"] == 1.0 and res["org_f"] == 0.6667 and res["loc_f"] == 0.0
    assert res["date_f"] == 1.0 and res["date_value_agreement"] == 0.0
    assert res["roles_f"] == 1.0 and res["role_status_agreement"] == 0.0


def test_only_documents_annotated_twice_count() -> None:
    a = doc([("Anna Berg", "PER", None, 0)])
    res = agreement({"x": a, "y": a}, {"x": a})
    assert res["n_docs"] == 1 and res["per_n"] == 2


def test_share_of_ceiling_divides_model_f_by_agreement_f() -> None:
    assert share_of_ceiling({"org_f": 0.8, "per_f": 0.0}, {"org_f": 0.6, "per_f": 0.9}) == {"org_f": 0.75}
