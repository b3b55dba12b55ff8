"""In-domain batch, annotator 4: second annotations. Notation: see build_gold.py."""

DOCS = [
]
