"""The pages of the navigation rail, in order. Pluggable: a page is a factory
`(vault, parent) -> QWidget`, given directly or as "module:Name" so it is imported only when
someone first opens it.

A page is one entry in PAGES below: its key, its label for the rail (in English, marked with
QT_TRANSLATE_NOOP in the "Pages" context and translated when shown: `shown_label`), and its
factory, e.g. "refugedesk.ui.houses_page:HousesPage".

A page may have a `refresh()` method; it may also listen to operations.changes().
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from refugedesk.i18n import QT_TRANSLATE_NOOP, translate

PageFactory = Callable[[Any, QWidget], QWidget]


@dataclass(frozen=True)
class Page:
    key: str
    label: str
    factory: PageFactory | str
    admin_only: bool = False

    @property
    def shown_label(self) -> str:
        """The rail's text in the language in use (`label` is the English, marked below)."""
        return translate("Pages", self.label)

    @property
    def plain_label(self) -> str:
        return self.shown_label.replace("&", "")

    def build(self, vault: Any, parent: QWidget) -> QWidget:
        factory = self.factory
        if isinstance(factory, str):
            module, _, name = factory.partition(":")
            factory = getattr(importlib.import_module(module), name)
        widget = factory(vault, parent)
        widget.setObjectName(widget.objectName() or f"{self.key}Page")
        return widget


PAGES: list[Page] = [
    Page("today", QT_TRANSLATE_NOOP("Pages", "&Today"),
         "refugedesk.ui.today_page:TodayPage"),
    Page("houses", QT_TRANSLATE_NOOP("Pages", "Ho&uses"),
         "refugedesk.ui.houses_page:HousesPage"),
    Page("referrals", QT_TRANSLATE_NOOP("Pages", "Referra&ls"),
         "refugedesk.ui.referrals_page:ReferralsPage"),
    Page("residents", QT_TRANSLATE_NOOP("Pages", "Resi&dents"),
         "refugedesk.ui.residents_page:ResidentsPage"),
    Page("reports", QT_TRANSLATE_NOOP("Pages", "Report&s"),
         "refugedesk.ui.reports_page:ReportsPage"),
    Page("admin", QT_TRANSLATE_NOOP("Pages", "&Admin"),
         "refugedesk.ui.admin_page:AdminPage", admin_only=True),
]


def page(key: str) -> Page:
    for candidate in PAGES:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
