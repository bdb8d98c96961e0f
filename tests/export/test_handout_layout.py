"""The sample handout as a patient gets it: the signed PDF, read back with pypdf.

The front and back of one sheet (issue 20: 13 pages before); warning signs
first and only once in the urgent box, each precaution printed once, headings
kept with what they introduce, a picture on every card, the dose said in
words, a summary beside a tool to use, and the sources. Both pages are also
drawn to PNG in test-artifacts/handout/ for people to look at.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from carekb.entries import Dose
from carekb.kb import open_kb
from carekb.load.project import open_project
from carekb.render.views import dose_in_words
from export.export_helpers import REPO_ROOT, cli_run
from web.desk_helpers import sample_copy

SAMPLE_PAGES = 2  # the front and back of one sheet
BODY_PT = 11  # the smallest type a patient reads in the body of the handout
TECHNIQUES = (
    "Seated chair twist",
    "Shoulder rolls",
    "Doorway chest stretch",
    "Cat-cow stretch",
    "Foam roller for the upper back",
)
ARTIFACTS = REPO_ROOT / "test-artifacts" / "handout"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The signed sample, exported as a publisher would (demo trust root)."""
    out = tmp_path_factory.mktemp("sample") / "exports"
    trust = REPO_ROOT / "demo-keys" / "trust.yaml"
    result = cli_run(
        "export", "--root", REPO_ROOT, "--trust", trust, "--out", out, "--format", "all", now=None
    )
    assert "budget" not in result.output, result.output
    return out


@pytest.fixture(scope="module")
def sample_pdf(exported: Path) -> Path:
    return exported / "pdf" / "upper-back-self-care.pdf"


def _pages(pdf: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]


def _sample_entries() -> dict[str, Any]:
    kb = open_kb(open_project(REPO_ROOT))
    return {entry.id: entry for entry in kb.entries}


def test_the_sample_handout_is_one_sheet_front_and_back(sample_pdf):
    assert len(PdfReader(sample_pdf).pages) == SAMPLE_PAGES


def test_body_type_is_never_below_11_points(sample_pdf):
    """Every run of text in the body (not the fine print of the page footer, the
    sources and the sign-offs) is set at 11 pt or more, as printed."""
    sizes: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        scale = abs(tm[3] * cm[3]) or 1.0
        words = " ".join(text.split())
        if words:
            sizes[words] = min(sizes.get(words, 99.0), size * scale)

    for page in PdfReader(sample_pdf).pages:
        page.extract_text(visitor_text=visit)
    body = [
        "now if you have:",
        "trouble breathing",
        "Move slowly. Stretch to a mild pull",
        "osteoporosis (thin, weak bones)",
        "Sit tall on a firm chair",
        "Hold for 20 seconds.",
        "Stop and ask your clinician if:",
        "Read first:",
        "Tick a box each day",
    ]
    for words in body:
        found = [size for text, size in sizes.items() if words in text]
        assert found, f"{words!r} not found in the PDF"
        assert min(found) >= BODY_PT - 0.01, (words, found)


def test_warning_signs_come_first_with_the_emergency_number(sample_pdf):
    first = _pages(sample_pdf)[0]
    box = first.index("Warning signs: get medical care now")
    # The emergency number of organisation.country (GB) in carekb.yaml, then the
    # symptoms by urgency: call now first, same-day care next.
    call = first.index("Call 999 or 112 now if you have:")
    today = first.index("Get medical care today if you have:")
    assert box < call < first.index("chest pain") < today < first.index("a fever")
    assert today < first.index("Before you start")
    for title in TECHNIQUES:
        assert title not in first[:box]
    # The new red flags of issue 20 are in the box.
    for sign in (
        "numbness around your genitals or buttocks",
        "sudden, tearing pain between your shoulder blades",
        "a lump, or a change in the shape of your back",
        "steroid medicine long-term",
        "even a small fall, if you have weak bones",
    ):
        assert sign in first, sign


def test_no_precaution_is_printed_twice(sample_pdf):
    """Every sentence of every precaution the handout prints appears exactly once."""
    text = " ".join(_pages(sample_pdf))
    entries = _sample_entries()
    linked = {
        ref.id for t in TECHNIQUES_IDS for ref in entries[t].fields.precautions
    }  # every precaution a card links is printed
    assert linked == set(PRECAUTION_IDS)
    for precaution_id in PRECAUTION_IDS:
        statement = entries[precaution_id].fields.statement or ""
        for line in statement.splitlines():
            words = " ".join(line.lstrip("- ").split())
            for sentence in re.split(r"(?<=[.:])\s+", words):
                if len(sentence) >= 20:
                    assert text.count(sentence) == 1, (precaution_id, sentence)
    # Each warning symptom once, in the words of the project's list.
    project = open_project(REPO_ROOT)
    for use in entries["red-flags-seek-care"].fields.symptoms:
        wording = project.symptoms[use.symptom or ""]
        assert text.count(wording) == 1, wording
    # Cards cite the notes by letter instead of repeating them.
    assert text.count("Read first:") == len(TECHNIQUES)


TECHNIQUES_IDS = (
    "seated-chair-twist",
    "shoulder-rolls",
    "doorway-chest-stretch",
    "cat-cow",
    "foam-roller-upper-back",
)
PRECAUTION_IDS = (
    "red-flags-seek-care",
    "move-gently",
    "stop-if-pain-increases",
    "ask-first-conditions",
    "self-cracking-hypermobility",
)


def test_every_exercise_has_a_card_with_its_dose_in_words(sample_pdf):
    text = " ".join(_pages(sample_pdf))
    for title in TECHNIQUES:
        assert title in text
    assert "How much: Hold for 20 seconds. Do this 3 times. How often: Twice a day." in text
    assert "Sets" not in text.replace("Sitting exercises", "")


def test_every_card_has_a_picture_with_alt_text(exported, sample_pdf):
    """In the print HTML each card shows its drawing with the technique's alt text,
    and the PDF embeds one image per card."""
    page = (exported / "handout" / "upper-back-self-care.html").read_text(encoding="utf-8")
    cards = re.findall(r'<article class="card" id="([a-z-]+)".*?</article>', page, re.S)
    assert cards == list(TECHNIQUES_IDS)
    entries = _sample_entries()
    for technique_id in TECHNIQUES_IDS:
        card = re.search(rf'<article class="card" id="{technique_id}".*?</article>', page, re.S)
        assert card is not None
        images = re.findall(r'<img src="(assets/pictures/[0-9a-f]+\.png)" alt="([^"]+)">', card[0])
        expected_alt = entries[technique_id].fields.pictures[0].alt
        assert [alt for _src, alt in images] == [expected_alt.replace("'", "&#39;")]
        assert (exported / "handout" / images[0][0]).is_file()
    embedded = {image.name for p in PdfReader(sample_pdf).pages for image in p.images}
    assert len(embedded) == len(TECHNIQUES)


def test_headings_stay_with_what_they_introduce(sample_pdf):
    """No heading ends a page or a column: the words after it are on the same page."""
    pages = _pages(sample_pdf)

    def page_of(words: str) -> int:
        return next(i for i, page in enumerate(pages) if words in page)

    for heading, first_thing in (
        ("Warning signs: get medical care now", "Call 999 or 112 now if you have:"),
        ("Before you start", "Exercises name these notes by letter"),
        ("Exercises", "Seated chair twist"),
        ("In short", "Read the red box first"),
        ("My exercise log", "Tick a box each day"),
        ("Sources", "NHS:"),
        ("About this handout", "From Demo Spine and Physio Clinic"),
    ):
        assert page_of(heading) == page_of(first_thing), heading
    entries = _sample_entries()
    for technique_id in TECHNIQUES_IDS:  # a card's title sits with its first step
        fields = entries[technique_id].fields
        first_step = " ".join(fields.steps[0].split())[:30]
        assert page_of(f"{fields.title} ") == page_of(first_step), fields.title


def test_a_summary_a_tool_sources_and_every_sign_off(sample_pdf):
    pages = _pages(sample_pdf)
    text = " ".join(pages)
    assert "In short" in pages[-1] and "My exercise log" in pages[-1]
    assert "NHS: Back pain" in text
    # Every entry printed, and the handout itself, named under a signature.
    start = text.index("Checked by a clinician")
    signed = text[start : text.index("Next review due", start)]
    for title in (*TECHNIQUES, "Upper back self-care", "Warning signs: get medical care now"):
        assert title in signed, title
    assert signed.count("Reviewed by Demo Reviewer") == 2  # the two demo reviewers, one day each


def test_both_pages_as_png_for_people_to_look_at(sample_pdf, pdftoppm):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("upper-back-self-care-*.png"):
        old.unlink()
    subprocess.run(
        [pdftoppm, "-r", "110", "-png", str(sample_pdf), str(ARTIFACTS / "upper-back-self-care")],
        check=True,
        timeout=120,
    )
    assert len(list(ARTIFACTS.glob("upper-back-self-care-*.png"))) == SAMPLE_PAGES


def test_a_handout_over_its_page_budget_names_what_takes_the_room(tmp_path: Path):
    root = sample_copy(tmp_path / "sample")
    handout = root / "kb" / "handouts" / "upper-back-self-care.yaml"
    handout.write_text(handout.read_text().replace("\npages: 2\n", "\npages: 1\n"))
    out = tmp_path / "preview"
    result = cli_run(
        "export", "--root", root, "--preview", "--out", out, "--format", "pdf", now=None
    )
    over = r"PDF of 'upper-back-self-care' prints on [23] pages, more than its budget of 1"
    assert re.search(over, result.output), result.output
    assert "the warning signs box (red-flags-seek-care)" in result.output
    assert (out / "pdf" / "upper-back-self-care.pdf").is_file()  # still exported


@pytest.mark.parametrize(
    ("dose", "words"),
    [
        (Dose(hold_seconds=1, repetitions=1), "Hold for 1 second. Do this once."),
        (
            Dose(repetitions=10, sets=2, frequency="Once a day"),
            "Do this 10 times. Do 2 sets (one set is one round of these repeats). "
            "How often: Once a day.",
        ),
        (Dose(sets=1, notes="Go slowly!"), "Go slowly!"),
        (Dose(), None),
    ],
)
def test_dose_in_words(dose: Dose, words: str | None):
    assert dose_in_words(dose) == words
