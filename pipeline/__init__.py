"""Swedish public-sector document pipeline: corpus/ -> parquet tables in outputs/."""

__version__ = "0.1.0"
