"""clean_text: normalisation rules and boilerplate removal, on synthetic lines and on the real seed texts."""

from __future__ import annotations

import pytest

from pipeline.ingest import clean_text
from pipeline.ingest.clean import BOILERPLATE_LINES, is_boilerplate
from tests.test_ingest_helpers import SEEDS


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_mojibake_is_repaired():
    text, removed = clean_text("KompetensfÃ¶rsÃ¶rjning i VÃ¤stra GÃ¶taland")
    assert text == "Kompetensförsörjning i Västra Götaland"
    assert removed == 0


def test_whitespace_and_unicode_rules():
    raw = "Rubrik  \r\n\r\n\r\n\r\nKompetens\u00adförsörjning\u00a0är  viktig.\rNy rad\u2009här\n\n\n\nSlut   "
    text, removed = clean_text(raw)
    assert text == "Rubrik\n\nKompetensförsörjning är viktig.\nNy rad här\n\nSlut"
    assert removed == 0


def test_nfc_normalisation():
    decomposed = "Go\u0308teborg"  # o + combining diaeresis
    assert clean_text(decomposed)[0] == "Göteborg"


def test_curly_quotes_are_kept():
    assert clean_text("Han sa ”hej” – och gick.")[0] == "Han sa ”hej” – och gick."


def test_glued_link_artefact():
    text, removed = clean_text(
        "Programmet hittar du på Reglab.selänk till annan webbplats, öppnas i nytt fönster\n\nKontakt: X"
    )
    assert text == "Programmet hittar du på Reglab.se\n\nKontakt: X"
    assert removed == 0


@pytest.mark.parametrize(
    "line",
    [
        "Denna webbplats använder teknik som troligen inte stöds i din webbläsare, därför kan vissa saker se "
        "konstiga ut eller inte fungera. Vi rekommenderar att du byter till en modern webbläsare istället.",
        "Gå direkt till huvudinnehållet",
        "Hoppa till innehållet",
        "Publicerad: Uppdaterad:",
        "Publicerad:",
        "Senast uppdaterad:",
        "Fick du hjälp av informationen på sidan?",
        "Var sidan till hjälp?",
        "Tack för att du hjälper oss att förbättra webbplatsen!",
        "Vi använder kakor (cookies) för att webbplatsen ska fungera bra för dig.",
        "Godkänn alla kakor",
        "Dela på Facebook",
        "Skriv ut",
    ],
)
def test_boilerplate_lines(line):
    assert is_boilerplate(line)
    text, removed = clean_text(f"Rubrik\n\n{line}\n\nBrödtext om kompetens.")
    assert text == "Rubrik\n\nBrödtext om kompetens."
    assert removed == 1


@pytest.mark.parametrize(
    "line",
    [
        "Publicerad: 15 maj 2019",
        "Publicerad 2019-05-15",
        "Kontakt: Camilla Karlsson",
        "Samtalen handlade om hur webbplatsen använder kakor i forskningen om cookies.",
        "Tack vare samverkan har regionen nått långt.",
        "Ja",  # only dropped as a feedback button, right after a feedback question
    ],
)
def test_content_lines_are_kept(line):
    assert not is_boilerplate(line)
    assert clean_text(f"Rubrik\n\n{line}")[0] == f"Rubrik\n\n{line}"


def test_feedback_form_block():
    raw = "Text.\n\nFick du hjälp av informationen på sidan?\n\nJa\nNej\n\nTack för din hjälp!\n\nMer text."
    assert clean_text(raw) == ("Text.\n\nMer text.", 4)


def test_boilerplate_is_a_data_list():
    assert len(BOILERPLATE_LINES) >= 15
    assert all(hasattr(p, "fullmatch") for p in BOILERPLATE_LINES)


def test_seed_001_browser_notice_skip_link_and_empty_dates():
    text, removed = clean_text(seed("001"))
    assert text.startswith("Möte på hög nivå om kompetensförsörjning\n\nEn delegation")
    assert "webbläsare" not in text
    assert "huvudinnehållet" not in text
    assert "Publicerad" not in text
    assert removed == 4


def test_seed_003_feedback_form():
    text, removed = clean_text(seed("003"))
    assert "Fick du hjälp" not in text
    assert "webbredaktionen" not in text
    assert "förbättra webbplatsen" not in text
    assert text.endswith("övrig offentlig sektor och idéburen sektor.")
    assert removed == 5


def test_seed_000_link_artefact_and_repeated_caption_kept():
    raw = seed("000")
    text, removed = clean_text(raw)
    assert "Reglab.se\n" in text
    assert "länk till annan webbplats" not in text
    caption = "Mikael Sjöberg, GD Arbetsförmedlingen, Gunilla Nordlöf"
    assert raw.count(caption) == 2 and text.count(caption) == 2  # a repeated paragraph is content: it stays
    assert removed == 0


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_invariants(prefix):
    text, _ = clean_text(seed(prefix))
    assert "\r" not in text and "\u00a0" not in text and "\u00ad" not in text
    assert "\n\n\n" not in text
    assert all(line == line.rstrip() for line in text.split("\n"))
    assert clean_text(text) == (text, 0)  # idempotent
