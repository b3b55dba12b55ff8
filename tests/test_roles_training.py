"""The role decision's training (pipeline.model.roles) on synthetic candidates: triple scores, fitting, weights."""

from __future__ import annotations

from pipeline.model.roles import fit, triple_scores
from pipeline.nlp.roles.decision import Decision


def _rows() -> list[dict]:
    good = {"bias": 1.0, "construction=apposition": 1.0, "adjacent": 1.0}
    bad = {"bias": 1.0, "construction=career": 1.0, "gap": 0.8}
    rows = []
    for i in range(20):
        rows.append({"source": f"d{i}", "triple": (f"P{i}", "rektor", None), "features": good, "label": True,
                     "construction": "apposition", "n_gold": 1})
        rows.append({"source": f"d{i}", "triple": (f"Q{i}", "chef", None), "features": bad, "label": False,
                     "construction": "career", "n_gold": 1})
        rows.append({"source": f"d{i}", "triple": None, "n_gold": 1})
    return rows


def test_triple_scores_count_unique_triples_against_the_documents_gold():
    rows = _rows()
    s = triple_scores(rows, None, 0.0)
    assert (s["tp"], s["pred"], s["gold"], s["p"], s["r"]) == (20, 40, 20, 0.5, 1.0)


def test_the_fitted_decision_separates_the_constructions_and_round_trips(tmp_path):
    rows = _rows()
    vec, model = fit(rows)
    weights = dict(zip(vec.get_feature_names_out(), model.coef_[0], strict=True))
    decision = Decision(weights={k: float(v) for k, v in weights.items()}, threshold=0.5)
    scores = [decision.score(r["features"]) for r in rows if r["triple"] is not None]
    assert triple_scores(rows, scores, 0.5)["p"] == 1.0
    path = tmp_path / "d.json"
    path.write_text(decision.to_json(), encoding="utf-8")
    assert Decision.load(path).weights == decision.weights
    assert Decision.load(tmp_path / "missing.json") is None
