"""Welsh (issue 18): the translation files are complete and sound, and the language switch,
dates and plurals really come out in Welsh through Qt's translators (built .qm files, not a
dictionary of our own)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from refugedesk import i18n

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.rglob("*.ts"))  # parts/ while strings are being translated
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}")


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def test_there_is_a_welsh_file_for_the_app_and_for_qt():
    assert {p.name for p in TS_FILES} >= {"refugedesk_cy.ts", "qt_cy.ts"}


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_entry_is_translated(path):
    untranslated = []
    for context, message in _messages(path):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") \
                or not all(t.strip() for t in texts):
            untranslated.append(f"{context}: {source!r}")
    assert not untranslated, f"{len(untranslated)} not translated:\n" + "\n".join(untranslated[:40])


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_every_placeholder(path):
    """A lost {name} would show a blank, an invented one raise KeyError; a lost %n, no count."""
    wrong = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        numerus = message.get("numerus") == "yes"
        texts = [f.text or "" for f in translation.iter("numerusform")] if numerus \
            else [translation.text or ""]
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} -> {text!r}")
            if numerus and "%n" not in text and text != texts[0] and "%n" in source:
                wrong.append(f"{context}: {source!r} -> {text!r} has no %n")
    assert not wrong, "\n".join(wrong[:40])


@pytest.fixture
def welsh(qapp):
    assert i18n.use("cy"), "the .qm files are missing: run `make translations`"
    yield
    i18n.use("en")


def test_qt_own_words_come_out_in_welsh(welsh):
    from PySide6.QtCore import QCoreApplication
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Canslo"
    assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Gludo"


def test_dates_are_written_in_welsh_and_back_in_english(welsh):
    day = date(2026, 11, 30)
    assert i18n.long_date(day) == "30 Tachwedd 2026"
    assert i18n.long_date(day, weekday=True) == "Dydd Llun 30 Tachwedd 2026"
    assert i18n.month_year(day) == "Tachwedd 2026"
    with i18n.speaking("en"):
        assert i18n.long_date(day) == "30 November 2026"
        assert i18n.day_name(day) == "Monday"
    assert i18n.current() == "cy"


def test_an_unknown_language_reads_as_english(qapp):
    assert i18n.known("xx") == "en"
    assert i18n.known(None) == "en"
    assert i18n.use("xx") is True and i18n.current() == "en"


def test_missing_translation_files_leave_english(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    assert i18n.use("cy") is False
    assert i18n.current() == "en"
    assert i18n.long_date(date(2026, 11, 30)) == "30 November 2026"


def test_speaking_a_language_for_a_document_leaves_the_app_and_other_threads_alone(welsh):
    import threading

    from PySide6.QtCore import QCoreApplication
    day = date(2026, 11, 30)
    seen = {}
    with i18n.speaking("en"):
        assert i18n.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert i18n.long_date(day) == "30 November 2026"
        assert i18n.documents_in(None) == "en"
        worker = threading.Thread(target=lambda: seen.update(
            date=i18n.long_date(day), word=i18n.translate("QPlatformTheme", "Cancel")))
        worker.start()
        worker.join()
        # Qt's own lookups (the app's language) are untouched while a document is made.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Canslo"
    assert seen == {"date": "30 Tachwedd 2026", "word": "Canslo"}
    assert i18n.translate("QPlatformTheme", "Cancel") == "Canslo"


def test_speaking_welsh_for_her_document_while_the_app_is_in_english(qapp):
    assert i18n.current() == "en"
    with i18n.speaking("cy"):
        assert i18n.translate("QPlatformTheme", "Cancel") == "Canslo"
        assert i18n.month_year(date(2026, 1, 5)) == "Ionawr 2026"
        assert i18n.documents_in(None) == "cy"
    assert i18n.translate("QPlatformTheme", "Cancel") == "Cancel"


# --- one way to say a count (refugedesk.i18n: Counted, put_count, with_count, english_count) --


def test_importing_it_loads_no_qt_and_english_needs_none():
    """The command line and the sign-in window's worker import i18n (through errors, dates,
    the vault...): it must not load Qt, and English words come back without it."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from refugedesk import i18n\n"
            "Rooms = i18n.Counted('Rooms')\n"
            "print(i18n.translate('Ctx', '%n rooms', None, 3), Rooms.tr('%n rooms', '%n room', 1),\n"
            "      i18n.number(1234), i18n.put_count('%n days', 2),\n"
            "      [m for m in sys.modules if m.startswith('PySide6')])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**__import__("os").environ,
                                          "PYTHONPATH": str(TRANSLATIONS.parents[1])})
    assert out.stdout.split("\n")[0] == "3 rooms 1 room 1,234 2 days []"


def test_counted_words_say_english_one_and_many_and_welsh_plural_forms(qapp):
    board = i18n.Counted("BoardModel")
    assert [board.tr("%n children", "%n child", n) for n in (0, 1, 2)] == [
        "0 children", "1 child", "2 children"]
    risk = i18n.Counted("RecordRiskDialogs")  # one English form (None): two calls say 1 apart
    many = "Score {score} of 24 ({risk} by score); %n questions still to answer"
    assert risk.tr(many, None, 2) == many.replace("%n", "2")
    assert i18n.use("cy")
    try:
        assert [board.tr("%n children", "%n child", n) for n in (0, 1, 3)] == [
            "dim plant", "1 plentyn", "3 plentyn"]
        assert risk.tr(many, None, 1) == ("Sgôr {score} o 24 ({risk} yn ôl y sgôr); 1 cwestiwn "
                                          "i'w ateb o hyd")
    finally:
        i18n.use("en")


def test_counts_put_into_plain_entries():
    assert i18n.put_count("%n days late", 1234) == "1,234 days late"
    assert i18n.with_count("%n child(ren); %n step(s) (is/are) logged", 1) == \
        "1 child; 1 step is logged"
    assert i18n.with_count("%n child(ren); %n box(es) (is/are) logged", 2) == \
        "2 children; 2 boxes are logged"
    assert i18n.english_count("%n goals", 1, one="1 goal") == "1 goal"
    assert i18n.english_count("%n goals", 0, one="1 goal", none="no goals") == "no goals"
    assert i18n.english_count("%n goals", 0, one="1 goal") == "0 goals"
    with i18n.speaking("cy"):  # the translated text serves every count; English's one is not used
        assert i18n.english_count("%n nod", 1, one="1 goal") == "1 nod"


def test_texts_and_labels_are_translated_when_read(qapp):
    headings = i18n.Texts("RecordContacts", [i18n.QT_TRANSLATE_NOOP("RecordContacts", "When")])
    labels = i18n.Labels("RecordContacts", {"when": "When"})
    assert list(headings) == ["When"] and labels["when"] == "When"
    with i18n.speaking("cy"):
        assert list(headings) == ["Pryd"] and headings[0] == "Pryd" and headings[:1] == ["Pryd"]
        assert labels["when"] == "Pryd" and dict(labels.items()) == {"when": "Pryd"}
    assert list.__getitem__(headings, 0) == "When"  # the list itself holds the English


def test_english_short_month_names_do_not_follow_the_computers_locale() -> None:
    """RefugeDesk's own English names ("Sep", not Qt's "Sept" nor a Welsh desktop's "Medi")."""
    assert i18n.current() == i18n.ENGLISH
    assert [i18n.month_short(date(2026, m, 1)) for m in (1, 5, 9, 12)] == [
        "Jan", "May", "Sep", "Dec"]
