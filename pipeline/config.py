"""The single place that reads params.yaml; every stage asks for its own section."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml

PARAMS_FILE = Path("params.yaml")


class ConfigError(ValueError):
    """params.yaml is missing, malformed or lacks a required key."""


def load_params(path: Path = PARAMS_FILE) -> dict[str, Any]:
    if not path.exists():
        raise ConfigError(f"{path}: parameter file not found (run from the repository root)")
    try:
        params = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: not valid YAML: {err}") from err
    if not isinstance(params, dict):
        raise ConfigError(f"{path}: top level must be a mapping of stage sections")
    return params


def stage_params(stage: str, path: Path = PARAMS_FILE) -> dict[str, Any]:
    params = load_params(path)
    section = params.get(stage)
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: section '{stage}' is missing or not a mapping")
    return section


def params_hash(section: dict[str, Any]) -> str:
    """A short, order-independent fingerprint of a params section (for provenance and caches)."""
    blob = json.dumps(section, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]
