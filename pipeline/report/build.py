"""The report stage: outputs/*.parquet -> outputs/report.html (one offline file) and the run state beside it."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from pydantic import Field

from pipeline.config import ConfigError
from pipeline.report import data as report_data
from pipeline.report import page, state
from pipeline.report.views import OutputsError, connect
from pipeline.stage import Params, Stage
from pipeline.tables import write_text

log = logging.getLogger("pipeline.report")


TABLES = ("documents", "sentences", "tokens", "mentions", "roles", "organisations", "people", "tenures", "places",
          "dates", "cooccurrence", "keywords", "topics", "document_topics", "topic_trends")
REPORT = "outputs/report.html"


class ReportParams(Params):
    title: str = "kompetens-pipeline report"
    top_n: int = Field(25, ge=1)  # rows in the top-organisation and top-people charts
    network_top_n: int = Field(40, ge=1)  # organisations in the co-mention network
    keywords_per_document: int = Field(8, ge=1)
    max_text_chars: int = Field(20_000_000, ge=0)  # budget for embedded document texts, newest first (0 = none)
    # Where to read and write: the stage declaration's paths unless a test or benchmark points elsewhere.
    outputs_dir: str = "outputs"
    report_file: str = REPORT
    state_file: str = "outputs/report_state.json"  # last run's snapshot; state, not a DVC output

    @classmethod
    def from_section(cls, section: dict[str, Any]) -> ReportParams:
        return STAGE.load_params(section)


STAGE = Stage(
    name="report",
    module="pipeline.report",
    description="Build the offline HTML report (outputs/report.html) from outputs/*.parquet.",
    params=ReportParams,
    inputs={name: f"outputs/{name}.parquet" for name in TABLES},
    outputs={"report": REPORT},
    code=("pipeline/report",),
)


def build(params: ReportParams) -> tuple[str, dict[str, Any], report_data.ReportData]:
    """The page, the state to save, and the collected data (for counts). Reads only `params.outputs_dir`."""
    outputs_dir = Path(params.outputs_dir)
    con, paths = connect(outputs_dir)
    if "documents" not in paths:
        raise OutputsError(f"{outputs_dir / 'documents.parquet'}: not found; run the ingest stage first")
    manifest = report_data.read_manifest(outputs_dir)
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
    previous, new_state = state.advance(state.read_state(Path(params.state_file)), current)
    html = page.render(collected, state.diff(previous, current), params.title)
    return html, new_state, collected


def run(params: ReportParams | dict[str, Any]) -> dict[str, int]:
    if isinstance(params, dict):
        params = ReportParams.from_section(params)
    started = time.perf_counter()
    try:
        html, new_state, collected = build(params)
    except OutputsError as err:
        raise ConfigError(str(err)) from err
    report_file = write_text(params.report_file, html)
    state.write_state(Path(params.state_file), new_state)
    size = report_file.stat().st_size
    log.info("report: %s, %.1f MB, built in %.1f s", report_file, size / 1e6, time.perf_counter() - started)
    return {
        "documents": len(collected.blob["docs"]["id"]),
        "documents_with_text": collected.n_text_documents,
        "bytes": size,
    }
