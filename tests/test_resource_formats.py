"""Every word list and pattern file the pipeline ships has a declared format, and every row keeps to it.

A new resource file fails `test_every_resource_file_has_a_format` until it is declared here; a bad row fails with
the file and line it is on.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FOLDERS = ("pipeline/nlp/resources", "pipeline/themes/resources", "pipeline/registry/sources")
# file -> ("lines", None): one entry per line; ("tsv", n): n tab-separated fields, the first non-empty; ("json", None)
FORMATS = {
    "pipeline/nlp/resources/date_words.json": ("json", None),
    "pipeline/nlp/resources/not_names.txt": ("lines", None),
    "pipeline/nlp/resources/generic_names.txt": ("lines", None),
    "pipeline/nlp/resources/work_nouns.txt": ("lines", None),
    "pipeline/nlp/resources/org_exclude.txt": ("lines", None),
    "pipeline/nlp/resources/org_prefixes.txt": ("lines", None),
    "pipeline/nlp/resources/stopwords.txt": ("lines", None),
    "pipeline/themes/resources/genre_stopwords.txt": ("lines", None),
    "pipeline/themes/resources/not_themes.txt": ("lines", None),
    "pipeline/themes/resources/role_heads.txt": ("lines", None),
    "pipeline/nlp/resources/org_heads.tsv": ("tsv", 3),
    "pipeline/nlp/resources/org_names.tsv": ("tsv", 3),
    "pipeline/nlp/resources/org_suffixes.tsv": ("tsv", 4),
    "pipeline/nlp/resources/parties.tsv": ("tsv", 2),
    "pipeline/nlp/resources/places.tsv": ("tsv", 3),
    "pipeline/nlp/resources/person_words.tsv": ("tsv", 2),
    "pipeline/nlp/resources/registry.tsv": ("tsv", 11),
    "pipeline/nlp/resources/role_cues.tsv": ("tsv", 2),
    "pipeline/nlp/resources/role_maps.tsv": ("tsv", 3),
    "pipeline/nlp/resources/countries.tsv": ("tsv", 2),
    "pipeline/nlp/resources/role_decision.json": ("json", None),
    "pipeline/nlp/resources/titles.tsv": ("tsv", 2),
    "pipeline/nlp/resources/word_forms.tsv.gz": ("tsv", 3),
    "pipeline/registry/sources/kommun_stad.tsv": ("tsv", 3),
    "pipeline/registry/sources/manual.tsv": ("tsv", 5),
    "pipeline/registry/sources/myndigheter_fixes.tsv": ("tsv", 4),
    "pipeline/registry/sources/regioner.tsv": ("tsv", 4),
}


def _lines(path: Path) -> list[str]:
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return raw.decode("utf-8").split("\n")


def problems(path: Path, kind: str, n_fields: int | None) -> list[str]:
    """'file:line: what is wrong' for every bad row."""
    if kind == "json":
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except ValueError as err:
            return [f"{path}: not valid JSON: {err}"]
        return []
    out = []
    for number, line in enumerate(_lines(path), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path.relative_to(REPO)}:{number}"
        if line != line.strip(" \r"):
            out.append(f"{where}: leading or trailing space")
        if kind == "lines" and "\t" in line:
            out.append(f"{where}: a tab in a one-entry-per-line list")
        if kind == "tsv":
            fields = line.rstrip("\r").split("\t")
            if len(fields) != n_fields:
                out.append(f"{where}: {len(fields)} fields, expected {n_fields}")
            elif not fields[0].strip():
                out.append(f"{where}: empty first field")
    return out


def test_every_resource_file_has_a_format() -> None:
    files = {str(p.relative_to(REPO)) for folder in FOLDERS for p in (REPO / folder).iterdir()
             if p.is_file() and p.name not in ("SOURCE.md", "README.md")}
    assert files == set(FORMATS), f"declare or remove: {sorted(files ^ set(FORMATS))}"


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_resource_rows_keep_to_their_format(name: str) -> None:
    kind, n_fields = FORMATS[name]
    assert problems(REPO / name, kind, n_fields) == []


def test_a_bad_row_is_reported_with_its_file_and_line(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(f"{__name__}.REPO", tmp_path)
    bad = tmp_path / "places.tsv"
    bad.write_text("# name<TAB>type\nSverige\tland\nNorge land\n", encoding="utf-8")
    assert problems(bad, "tsv", 2) == ["places.tsv:3: 1 fields, expected 2"]
