"""The pieces under every handout: escaping, fonts for every character, reading order of
right-to-left text, long text cut into pieces, and file names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from stemlead.core import cycles, meetings, observations, teachers
from stemlead.pdf import fonts, layout, names, text
from stemlead.resources import resource_path
from stemlead.store import Database

TYPED = {
    "Vietnamese": "Nguyễn Thị Lan học sinh giải thích",
    "Spanish": "¿Señora Muñoz? ¡Sí!",
    "Russian": "Учащиеся объясняли",
    "Greek": "Οι μαθητές εξήγησαν",
    "Arabic": "شرح الطلاب تفكيرهم، ١٢٣",
    "Hebrew": "שלום עולם",
    "Chinese": "学生们清楚地解释了他们的想法。",
    "Japanese": "日本語のテキスト、カタカナ",
    "Korean": "한국어 텍스트",
    "Emoji": "😀🎉🔬🧪🚀💡✅❤️⭐🌱📚✏️🤔👏🏽🧑‍🔬",
    "Symbols": "★ ✓ → • — ≤ ≥ ° ± µ ∑ √ ∞",
}


# -- escaping ---------------------------------------------------------------------------------
def test_escape_prints_markup_literally_and_keeps_newlines() -> None:
    assert text.escape("a<b & c>d") == "a&lt;b &amp; c&gt;d"
    assert text.escape("AT&T\nline two") == "AT&amp;T<br/>line two"
    assert text.escape("&amp; <b>") == "&amp;amp; &lt;b&gt;"


@pytest.mark.parametrize(
    "typed", ["a<b & c", "x<y and y>z", "AT&T", "<b>x</b>", "&nbsp;", "<", "&"]
)
def test_markup_that_breaks_a_raw_paragraph_prints_as_typed(typed: str) -> None:
    paragraph = text.para(typed, layout.styles().body)
    assert isinstance(paragraph, Paragraph)
    assert paragraph.getPlainText() == typed


# -- fonts ------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", sorted(TYPED))
def test_every_character_a_user_can_type_has_a_font(script: str) -> None:
    for bold in (False, True):
        runs = fonts.runs(TYPED[script], bold=bold)
        shown = "".join(run for _, run in runs)
        assert fonts.MISSING not in shown, (script, runs)
        for font, run in runs:
            for char in run:
                assert fonts.has(font, ord(char)), (script, font, char)


def test_each_script_goes_to_the_font_made_for_it() -> None:
    assert {f for f, _ in fonts.runs(TYPED["Vietnamese"])} == {fonts.SANS}
    assert {f for f, _ in fonts.runs(TYPED["Arabic"])} == {fonts.ARABIC}
    assert {f for f, _ in fonts.runs(TYPED["Chinese"])} == {fonts.CJK}
    assert {f for f, _ in fonts.runs("🔬🚀")} == {fonts.EMOJI}
    assert {f for f, _ in fonts.runs("Tiếng Việt", bold=True)} == {fonts.SANS_BOLD}


def test_punctuation_stays_with_the_letters_around_it() -> None:
    # Arabic punctuation and the colon go with the Arabic word (one run shapes as a whole);
    # brackets, which Noto Sans Arabic lacks, come from the body font
    assert fonts.runs("العربية:") == [(fonts.ARABIC, "العربية:")]
    assert fonts.runs("نعم، لا") == [(fonts.ARABIC, "نعم، لا")]
    assert fonts.runs("(في)") == [(fonts.SANS, "("), (fonts.ARABIC, "في"), (fonts.SANS, ")")]


def test_a_character_no_font_has_prints_as_a_visible_sign() -> None:
    runs = fonts.runs("a\U000e0100b\U0010fffd")  # a variation selector, a private-use char
    assert "".join(r for _, r in runs) == "ab" + fonts.MISSING


def test_the_coverage_index_matches_the_bundled_fonts() -> None:
    stored = json.loads(resource_path("fonts", fonts.COVERAGE_FILE).read_text(encoding="utf-8"))
    assert stored == fonts.coverage_from_fonts()


def test_every_bundled_font_has_its_licence() -> None:
    folder = resource_path("fonts")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for file in fonts.FILES.values():
        assert (folder / file).is_file()
        assert file in readme
    for licence in ("OFL-1.1.txt", "Apache-2.0.txt", "DejaVu-Bitstream-Vera.txt"):
        assert (folder / "LICENSES" / licence).stat().st_size > 1000


# -- right to left ----------------------------------------------------------------------------
def test_words_of_a_right_to_left_line_are_shown_right_to_left() -> None:
    words = ["واحد", "اثنان", "ثلاثة"]
    assert [w for w, _ in text.visual_order(words, rtl=True)] == ["ثلاثة", "اثنان", "واحد"]


def test_an_arabic_phrase_inside_english_keeps_its_place_and_turns_around() -> None:
    words = ["the", "class", "said", "مرحبا", "بالعالم", "today"]
    shown = [w for w, _ in text.visual_order(words, rtl=False)]
    assert shown == ["the", "class", "said", "بالعالم", "مرحبا", "today"]


def test_numbers_in_arabic_text_stay_left_to_right() -> None:
    words = ["عدد", "الطلاب", "25", "طالبا"]
    shown = [w for w, level in text.visual_order(words, rtl=True)]
    assert shown == ["طالبا", "25", "الطلاب", "عدد"]


def test_right_to_left_text_becomes_a_bidi_paragraph_that_splits() -> None:
    style = layout.styles().body
    long_arabic = " ".join(["كان الطلاب يناقشون الأدلة العلمية بحماس"] * 300)
    flowable = text.para(long_arabic, style)
    _width, height = flowable.wrap(400, 10_000)
    assert height > 300
    first, *rest = flowable.split(400, 200)
    assert rest and first.wrap(400, 200)[1] <= 200


def test_long_text_is_cut_at_sentence_ends_and_loses_nothing() -> None:
    note = "One sentence here. " * 500 + "\n" + "x" * 5000
    pieces = text.chunks(note)
    assert all(len(p) <= text.CHUNK for p in pieces)
    assert "".join(note.split()) == "".join("".join(pieces).split())


# -- file names -------------------------------------------------------------------------------
def test_file_names_are_what_a_person_would_choose(db: Database) -> None:
    teacher = teachers.add(db, name="Nguyễn Thị Lan")
    meeting = meetings.add(db, starts_at="2026-11-24T15:45", title="Grade 5 Science PLC")
    assert names.agenda(db, meeting) == "2026-11-24 Grade 5 Science PLC - agenda.pdf"
    assert names.meeting_summary(db, meeting) == "2026-11-24 Grade 5 Science PLC - summary.pdf"
    visit = observations.start(db, teacher, starts_at="2026-10-14T09:00")
    assert names.observation_note(db, visit) == "2026-10-14 Nguyễn Thị Lan - observation note.pdf"
    cycle = cycles.add(db, teacher_ids=[teacher], title="Talk in the lab")
    from datetime import date

    made = date(2026, 11, 23)
    assert names.cycle_summary(db, cycle, made) == "2026-11-23 Talk in the lab - cycle summary.pdf"
    assert names.partner_directory(made) == "2026-11-23 Partner directory.pdf"
    assert (
        names.impact_report("2026-08-01", "2026-11-23")
        == "Impact report 2026-08-01 to 2026-11-23.pdf"
    )


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ('Q1: "Math" <draft> a/b\\c|d?*', "Q1 - Math draft a-b-cd.pdf"),
        ("CON", "CON handout.pdf"),
        ("lpt1.notes", "lpt1.notes handout.pdf"),
        ("...", "Handout.pdf"),
        ("  trailing dots... ", "trailing dots.pdf"),
        ("Tab\there\u200b", "Tab here.pdf"),
        ("学生 🔬", "学生 🔬.pdf"),
    ],
)
def test_file_names_are_safe_everywhere(stem: str, expected: str) -> None:
    assert names.safe_file_name(stem) == expected


def test_long_file_names_are_shortened(tmp_path: Path) -> None:
    name = names.safe_file_name("A" * 500)
    assert len(name) <= names.MAX_STEM + 4
    (tmp_path / name).write_bytes(b"%PDF")  # and the system accepts it


def test_arabic_prints_joined_and_right_to_left(db: Database) -> None:
    """End to end: the PDF holds joined letter forms, words laid out right to left."""
    import io
    import unicodedata

    import pypdf

    story = [text.para("واحد اثنان ثلاثة", layout.styles().body)]
    data = layout.render(db, story, title="t", subject="s", kind="k")
    shown = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    line = next(ln for ln in shown.splitlines() if any("\u0600" <= c <= "\ufeff" for c in ln))
    assert any("\ufe70" <= c <= "\ufeff" for c in line)  # presentation forms: joined letters
    expected = ["ثلاثة", "اثنان", "واحد"]  # drawn left to right, so read right to left
    drawn = [unicodedata.normalize("NFKC", w) for w in line.split()]
    assert [w if w in expected else w[::-1] for w in drawn] == expected
