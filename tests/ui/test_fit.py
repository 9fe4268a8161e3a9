"""Every page and dialog fits a small office screen: 1024×600, and 1366×768 at 150% scaling,
and none gives one Alt-letter to two things.

The walk (tests/ui/screens.py) signs in to the demo vault and opens every page, every tab of
her record and every window a "…" button opens from them, as a worker would; for each, the
window's minimum size must fit the screen, no page or form may scroll sideways, and no button
outside a scroll area may lie past the window's edge or be cut off. At 1024×600 this runs here;
at 150% the gallery script runs in a process of its own with QT_SCALE_FACTOR=1.5 (the factor
must be set before Qt starts), drawing every screen as it checks it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from refugedesk.demo import DEMO_PASSWORD, create_demo_vault
from refugedesk.ui.flow import FlowRow
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import line_edit
from ui.screens import SCREENS, fit_problems, mnemonic_clashes, pump, signed_in, walk

#: Screens the walk must reach, or it has stopped walking (a renamed button, a failed open).
MUST_SEE = ["page today", "page today › Write handover", "page houses",
            "board, a room Free › Arrive", "page referrals › New referral",
            "page residents › New intake", "page admin › Add staff", "record › Overview",
            "record › Risk › New DASH checklist", "record › Needs › New needs assessment",
            "record › Reviews › Hold a review", "rail › Change my password"]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fit") / "demo.rdb"
    create_demo_vault(path).close()
    return path


def test_every_screen_fits_1024_by_600_with_no_alt_key_clash(qapp, demo_path):
    screen = SCREENS["1024x600"]
    seen: list[str] = []
    problems: list[str] = []
    clashes: list[str] = []
    on_a_button: list[str] = []

    def visit(name: str, window: QWidget) -> None:
        seen.append(name)
        if isinstance(window, FormDialog) and window.focusWidget() in (window.cancel,
                                                                        window.save):
            on_a_button.append(name)  # it should open in its first field
        problems.extend(f"{name}: {p}" for p in fit_problems(window, screen))
        clashes.extend(f"{name}: {c}" for c in mnemonic_clashes(window))

    with signed_in(demo_path, "admin", DEMO_PASSWORD) as controller:
        walk(controller, visit)
    assert problems == []
    assert clashes == []
    assert on_a_button == []
    assert [name for name in MUST_SEE if name not in seen] == []
    assert len(seen) >= 75, seen


@pytest.mark.slow
def test_every_screen_fits_and_is_drawn_at_150_percent(tmp_path):
    script = Path(__file__).with_name("render_screens.py")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(script), "--size", "150", "--check",
                           "--out", str(tmp_path)], env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    drawn = list((tmp_path / "150").glob("*.png"))
    assert len(drawn) >= 90, done.stdout[-2000:]
    assert "does not fit" not in done.stdout


# --- the check itself can fail ------------------------------------------------------------------

def test_the_check_finds_a_window_wider_than_the_screen(qapp):
    window = QDialog()
    row = QHBoxLayout(window)
    for n in range(12):
        row.addWidget(QPushButton(f"A long button label {n}"))
    window.show()
    pump()
    found = fit_problems(window, SCREENS["1366x768 at 150%"])
    assert found and found[0].startswith("needs at least")
    window.close()


def test_the_check_finds_a_button_cut_off(qapp):
    window = QWidget()
    holder = QWidget(window)
    holder.setGeometry(0, 0, 100, 40)
    QPushButton("Save", holder, objectName="cutSave").setGeometry(60, 0, 90, 30)  # type: ignore[call-overload]
    window.show()
    pump()
    assert any("cutSave is cut off" in p for p in fit_problems(window, SCREENS["1024x600"]))
    window.close()


# --- what makes the screens fit -------------------------------------------------------------------

def test_a_flow_row_wraps_its_buttons_inside_a_narrow_window(qapp):
    window = QWidget()
    column = QVBoxLayout(window)
    row = FlowRow()
    buttons = [QPushButton(f"Button number {n}") for n in range(6)]
    for b in buttons:
        row.addWidget(b)
    column.addLayout(row)
    widest = max(b.sizeHint().width() for b in buttons)
    assert row.minimumSize().width() == widest  # not the sum of all six
    window.resize(widest + 60, 400)
    window.show()
    pump()
    tops = sorted({b.geometry().top() for b in buttons})
    assert len(tops) >= 3  # carried on underneath
    assert all(window.rect().contains(b.geometry()) for b in buttons)
    # reading order kept: left to right, then down
    places = [(b.geometry().top(), b.geometry().left()) for b in buttons]
    assert places == sorted(places)
    window.close()


def test_a_long_form_scrolls_and_keeps_save_on_a_small_screen(qapp, new_vault):
    form = FormDialog(new_vault, name="longForm", title="A long form", intro="", save="Save")
    for n in range(40):
        form.add_field(f"Field {n}", line_edit(f"longField{n}", f"Field {n}"), f"f{n}")
    form.show()
    pump()
    screen = SCREENS["1366x768 at 150%"]
    assert fit_problems(form, screen) == []
    assert form.height() <= screen.height()
    save = form.findChild(QPushButton, "longFormSave")
    assert form.rect().contains(QRect(save.mapTo(form, QPoint(0, 0)), save.size()))
    form.close()


# --- messages belong to their tab and never move the layout -------------------------------------

def test_a_records_message_stays_with_its_tab_and_never_moves_the_tabs(qtbot, new_vault):
    from datetime import date

    from PySide6.QtWidgets import QLabel, QTabWidget

    from refugedesk import residents
    from refugedesk.ui.residents_page import ResidentsPage
    from ui.drive import settled

    vault, _ = new_vault
    rid = residents.create_resident(vault, reference="R-1", name="Amy Example",
                                    date_of_birth=date(1990, 1, 1))
    page = ResidentsPage(vault)
    qtbot.addWidget(page)
    page.resize(1024, 560)
    page.show()
    settled(page.search_job)
    record = page.open_resident(rid)
    tabs = record.findChild(QTabWidget, "recordTabs")
    message = record.findChild(QLabel, "recordMessage")
    record.show_tab("recordReferralsOut")
    pump()
    bar_at = tabs.tabBar().mapTo(record, QPoint(0, 0))
    # "Update…" with no referral chosen: the tab says what to do
    tab = record.show_tab("recordReferralsOut")
    tab.update_referral()
    pump()
    assert message.isVisible() and "Select a referral" in message.text()
    assert tabs.tabBar().mapTo(record, QPoint(0, 0)) == bar_at  # the tabs did not move
    record.show_tab("recordProgrammes")
    pump()
    assert not message.isVisible()  # it did not follow to another tab


def test_a_long_cell_shows_its_whole_text_on_hover(qapp):
    from PySide6.QtCore import Qt

    from refugedesk.ui.record.common import fill, table

    words = "I want to feel safe walking the children to school on my own again"
    shown = table("hoverTable", "Goals", ["Goal, in her words", "Status"], [120])
    fill(shown, [[words, "Working on it"], ["Short", "Done"]])
    assert shown.item(0, 0).data(Qt.ItemDataRole.ToolTipRole) == words
    assert not shown.item(1, 0).data(Qt.ItemDataRole.ToolTipRole)  # nothing cut, no tooltip


def test_the_clash_check_finds_two_things_on_one_letter(qapp):
    window = QWidget()
    column = QVBoxLayout(window)
    column.addWidget(QPushButton("&Houses"))
    column.addWidget(QPushButton("&Help"))
    window.show()
    pump()
    assert mnemonic_clashes(window) == ["Alt+H: '&Houses' and '&Help'"]
    window.close()


def test_a_form_opens_in_its_first_field_and_tab_reads_down_then_cancel_then_save(
        qtbot, new_vault):
    vault, _ = new_vault
    form = FormDialog(vault, name="orderForm", title="Order", intro="", save="Save")
    first, second = line_edit("orderFirst", "First"), line_edit("orderSecond", "Second")
    form.add_field("First", first, "first")
    form.add_field("Second", second, "second")
    qtbot.addWidget(form)
    form.show()
    pump()
    assert form.focusWidget() is first
    assert _next_stop(first) is second
    assert _next_stop(second) is form.cancel
    assert _next_stop(form.cancel) is form.save


def _next_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from `widget`: the next widget in the chain that takes Tab."""
    from PySide6.QtCore import Qt

    step = widget.nextInFocusChain()
    while not (step.focusPolicy() & Qt.FocusPolicy.TabFocus and step.isVisible()
               and step.isEnabled()):
        step = step.nextInFocusChain()
    return step
