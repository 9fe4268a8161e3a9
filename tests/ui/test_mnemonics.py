"""No Alt-key clashes in the main window: the menus, the navigation rail and, with her record
open, its tabs each have their own letter (Alt+H and Alt+R once opened the Houses and
Referrals pages and the Help and RefugeDesk menus alike; Alt+P went to Reports and the plan)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QTabWidget

from refugedesk import residents
from refugedesk.ui.main_window import MainWindow


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def test_menus_rail_and_record_tabs_each_have_their_own_alt_letter(qtbot, new_vault):
    vault, _ = new_vault
    rid = residents.create_resident(vault, reference="H-00001", name="Fay Grant (fictional)")
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("residents")
    window.page_widget("residents").open_resident(rid)
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [b.text() for b in window.nav_buttons.values()]
    tabs = window.findChild(QTabWidget, "recordTabs")
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    letters = [(_letter(t), t) for t in texts if _letter(t)]
    seen: dict[str, str] = {}
    for letter, text in letters:
        assert letter not in seen, f"Alt+{letter.upper()}: {seen[letter]!r} and {text!r}"
        seen[letter] = text
    assert len(seen) >= 15  # menus, the rail and the nine tabs were all looked at
