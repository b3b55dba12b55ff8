"""The report stage: outputs/*.parquet -> outputs/report.html (one offline file) and the run state beside it."""

from __future__ import annotations

import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import ConfigError, require
from pipeline.report import data as report_data
from pipeline.report import page, state
from pipeline.report.views import OutputsError, connect

log = logging.getLogger("pipeline.report")


@dataclass(frozen=True)
class ReportParams:
    outputs_dir: Path
    report_file: Path
    state_file: Path
    title: str
    top_n: int
    network_top_n: int
    keywords_per_document: int
    max_text_chars: int

    @classmethod
    def from_section(cls, section: dict[str, Any]) -> ReportParams:
        def req(key: str, kind: type | tuple[type, ...]) -> Any:
            return require(section, key, kind, "report")

        params = cls(
            outputs_dir=Path(req("outputs_dir", str)),
            report_file=Path(req("report_file", str)),
            state_file=Path(req("state_file", str)),
            title=req("title", str),
            top_n=req("top_n", int),
            network_top_n=req("network_top_n", int),
            keywords_per_document=req("keywords_per_document", int),
            max_text_chars=req("max_text_chars", int),
        )
        for key in ("top_n", "network_top_n", "keywords_per_document"):
            if getattr(params, key) < 1:
                raise ConfigError(f"params.yaml: 'report.{key}' must be at least 1")
        if params.max_text_chars < 0:
            raise ConfigError("params.yaml: 'report.max_text_chars' must be 0 (no budget) or more")
        return params


def write_text_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build(params: ReportParams) -> tuple[str, dict[str, Any], report_data.ReportData]:
    """The page, the state to save, and the collected data (for counts). Reads only `params.outputs_dir`."""
    con, paths = connect(params.outputs_dir)
    if "documents" not in paths:
        raise OutputsError(f"{params.outputs_dir / 'documents.parquet'}: not found; run the ingest stage first")
    manifest = report_data.read_manifest(params.outputs_dir)
    collected = report_data.collect(
        con,
        paths,
        manifest,
        top_n=params.top_n,
        network_top_n=params.network_top_n,
        keywords_per_document=params.keywords_per_document,
        max_text_chars=params.max_text_chars,
    )
    current = report_data.snapshot(con, collected.tables, manifest)
    previous, new_state = state.advance(state.read_state(params.state_file), current)
    html = page.render(collected, state.diff(previous, current), params.title)
    return html, new_state, collected


def run(section: dict[str, Any]) -> dict[str, int]:
    params = ReportParams.from_section(section)
    started = time.perf_counter()
    try:
        html, new_state, collected = build(params)
    except OutputsError as err:
        raise ConfigError(str(err)) from err
    write_text_atomic(params.report_file, html)
    state.write_state(params.state_file, new_state)
    size = params.report_file.stat().st_size
    log.info("report: %s, %.1f MB, built in %.1f s", params.report_file, size / 1e6, time.perf_counter() - started)
    return {
        "documents": len(collected.blob["docs"]["id"]),
        "documents_with_text": collected.n_text_documents,
        "bytes": size,
    }
