"""The report stage: one self-contained, offline HTML page over the pipeline's tables (python -m pipeline.report)."""
