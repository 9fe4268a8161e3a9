"""The pages of the navigation rail, in order. Pluggable: a page is a factory
`(vault, parent) -> QWidget`, given directly or as "module:Name" so it is imported only when
someone first opens it.

A page is one line here, e.g.

    Page("houses", "Ho&uses", "refugedesk.ui.houses_page:HousesPage"),

A page may have a `refresh()` method; it may also listen to operations.changes().
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

PageFactory = Callable[[Any, QWidget], QWidget]


@dataclass(frozen=True)
class Page:
    key: str
    label: str
    factory: PageFactory | str
    admin_only: bool = False

    @property
    def plain_label(self) -> str:
        return self.label.replace("&", "")

    def build(self, vault: Any, parent: QWidget) -> QWidget:
        factory = self.factory
        if isinstance(factory, str):
            module, _, name = factory.partition(":")
            factory = getattr(importlib.import_module(module), name)
        widget = factory(vault, parent)
        widget.setObjectName(widget.objectName() or f"{self.key}Page")
        return widget


PAGES: list[Page] = [
    Page("today", "&Today", "refugedesk.ui.today_page:TodayPage"),
    Page("houses", "Ho&uses", "refugedesk.ui.houses_page:HousesPage"),
    Page("referrals", "Referra&ls", "refugedesk.ui.referrals_page:ReferralsPage"),
    Page("residents", "Resi&dents", "refugedesk.ui.residents_page:ResidentsPage"),
    Page("reports", "Report&s", "refugedesk.ui.reports_page:ReportsPage"),
    Page("admin", "&Admin", "refugedesk.ui.admin_page:AdminPage", admin_only=True),
]


def page(key: str) -> Page:
    for candidate in PAGES:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
