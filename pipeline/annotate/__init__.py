"""Stage `annotate`: documents -> mentions, sentences, tokens, roles (see pipeline.annotate.stage)."""
