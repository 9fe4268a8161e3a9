"""The Houses page: the occupancy board.

On top, what is free tonight (rooms and child places, in total and by house) and a date control
to look at any night, past or future. Below, each house with its rooms as tiles (see
board_model.py). Select a tile to see who is there (her full name appears only here and on
hover) and act on it with the buttons or the right-click menu: offer, arrive, move, depart,
close, reopen, and start her intake (or open her record) from the room she is in; recording an
arrival offers her intake at once. Every action is one domain call; the board refreshes when
stays change.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from refugedesk import arrivals, capacity, i18n
from refugedesk.capacity import Board, HouseBoard, Tile, TileState
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, Counted, translate
from refugedesk.ui import board_model, dialogs, operations
from refugedesk.ui.board_corrections import CorrectArrivalDialog
from refugedesk.ui.board_dialogs import (
    ArriveDialog,
    CloseDialog,
    DepartDialog,
    MoveDialog,
    OfferDialog,
    ReopenDialog,
)
from refugedesk.ui.board_model import (
    COLOURS,
    NOT_BACK_COLOURS,
    NOT_BACK_LABEL,
    TILE_SIZE,
    TILE_TEXT,
    HouseTilesModel,
    TileDelegate,
    TileRole,
    room_facts,
)
from refugedesk.ui.changes import Change, Kinds
from refugedesk.ui.dates import date_edit, qdate
from refugedesk.ui.flow import FlowRow
from refugedesk.ui.widgets import PAGE_MARGINS, button, label, message_label, say

#: (key, button text, dialog, the tile states it applies to); the text is shown through
#: translate("HousesPage", ...).
ACTIONS = [
    ("offer", QT_TRANSLATE_NOOP("HousesPage", "Offer…"), OfferDialog,
     {TileState.FREE, TileState.LEAVING_TODAY}),
    ("arrive", QT_TRANSLATE_NOOP("HousesPage", "Arrive…"), ArriveDialog,
     {TileState.FREE, TileState.LEAVING_TODAY, TileState.RESERVED}),
    ("move", QT_TRANSLATE_NOOP("HousesPage", "Move…"), MoveDialog, {TileState.OCCUPIED}),
    ("depart", QT_TRANSLATE_NOOP("HousesPage", "Depart…"), DepartDialog,
     {TileState.OCCUPIED, TileState.LEAVING_TODAY}),
    ("correct", QT_TRANSLATE_NOOP("HousesPage", "Correct this arrival…"), CorrectArrivalDialog,
     {TileState.OCCUPIED, TileState.LEAVING_TODAY}),
    ("close", QT_TRANSLATE_NOOP("HousesPage", "Close…"), CloseDialog,
     {TileState.FREE, TileState.LEAVING_TODAY}),
    ("reopen", QT_TRANSLATE_NOOP("HousesPage", "Reopen…"), ReopenDialog, {TileState.CLOSED}),
]
#: The room's action buttons per row of the panel under the board.
ACTIONS_PER_ROW = 3
CARES_ABOUT = frozenset({Change.STAYS, Change.REFERRALS, Change.HOUSES})
#: House sections built at once when the set of houses is new; the rest follow a few at a time
#: at the next turns of the event loop, so the first board shows at once with 60 houses (built
#: and laid out in one go they froze the window for a quarter of a second).
SECTIONS_PER_TURN = 3


def rooms_free(count: int, *, bold: bool = False) -> str:
    """"3 rooms free" ("1 room free"); with `bold`, "<b>3</b> rooms" for a house's line."""
    if bold:
        return HousesPage.tr("<b>%n</b> rooms", "<b>%n</b> room", count)
    return HousesPage.tr("%n rooms free", "%n room free", count)


def child_places(count: int, *, free: bool = False) -> str:
    """"2 child places" ("1 child place"); with `free`, "2 child places free"."""
    if free:
        return HousesPage.tr("%n child places free", "%n child place free", count)
    return HousesPage.tr("%n child places", "%n child place", count)


def night_of(on: date) -> str:
    """"The night of Mon 03 Nov 2025" (or "Tonight"), in the language in use."""
    if on == date.today():
        return translate("HousesPage", "Tonight")
    return translate("HousesPage", "The night of {day}").format(
        day=i18n.locale().toString(qdate(on), "ddd dd MMM yyyy"))


class TileListView(QListView):
    """One house's tiles, wrapping left to right; as tall as its rows, so the page scrolls
    rather than each house."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(TILE_SIZE)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegate(TileDelegate(self))
        self.setMouseTracking(True)

    def _rows(self, width: int) -> int:
        count = self.model().rowCount() if self.model() else 0
        per_row = max(1, width // TILE_SIZE.width())
        return max(1, -(-count // per_row))

    def sizeHint(self) -> QSize:
        width = max(self.viewport().width(), TILE_SIZE.width())
        return QSize(width, self._rows(width) * TILE_SIZE.height() + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        height = self._rows(event.size().width()) * TILE_SIZE.height() + 4
        if self.height() != height:
            self.setFixedHeight(height)


class HouseSection(QWidget):
    """A house's heading (name, town, what is free) and its tiles."""

    def __init__(self, house: HouseBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.house_id = house.id
        self.setObjectName(f"house{house.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 2)
        layout.setSpacing(2)
        self.heading = label(name=f"houseHeading{house.id}", role="subheading")
        layout.addWidget(self.heading)
        self.model = HouseTilesModel(self)
        self.view = TileListView(f"houseTiles{house.id}", self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(house.name)
        layout.addWidget(self.view)
        self.show_house(house)

    def show_house(self, house: HouseBoard) -> None:
        self.heading.setText(translate(
            "HousesPage", "{house} · {area} — {rooms}, {child_places}").format(
                house=house.name, area=house.area, rooms=rooms_free(house.free_rooms),
                child_places=child_places(house.free_child_places, free=True)))
        self.model.set_tiles(house.tiles)
        self.view.setFixedHeight(self.view.sizeHint().height())


class HousesPage(QWidget):
    """The occupancy board for one night (today unless the date control says otherwise)."""
    #: This page's words with a count (refugedesk.i18n.Counted), in the "HousesPage" context
    #: whatever the class of the object (Qt's own tr() would take the runtime class's).
    tr = staticmethod(Counted("HousesPage").tr)  # type: ignore[assignment]
    #: Hides QWidget.scroll(), which is not virtual: Qt never calls it through Python.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("housesPage")
        self.vault = vault
        self.board: Board | None = None
        self.sections: dict[int, HouseSection] = {}
        #: Houses whose sections are still to be built (see SECTIONS_PER_TURN), in order.
        self.pending: list[HouseBoard] = []
        self._building = False
        self.selected: Tile | None = None
        self.dialog: QDialog | None = None  # the last dialog opened (tests read it)
        self.arrival_box: QMessageBox | None = None  # "Start her intake?" after an arrival

        # The tiles as wide as the longest state line in the language chosen at sign-in.
        board_model.size_tiles(self.font())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(8)
        top = FlowRow(spacing=8)  # the day buttons go underneath on a narrow screen
        top.addWidget(label(translate("HousesPage", "Houses"), role="heading"))
        top.add_stretch()
        top.addWidget(label(translate("HousesPage", "Night of"), wrap=False))
        self.date = date_edit("boardDate", translate("HousesPage",
                                                     "Show the board for the night of"),
                              date.today())
        top.addWidget(self.date)
        for text, name, step, key in [
                (translate("HousesPage", "◀ Day before"), "boardPrevDay", -1, "Alt+Left"),
                (translate("HousesPage", "Today"), "boardToday", 0, "Alt+Home"),
                (translate("HousesPage", "Day after ▶"), "boardNextDay", 1, "Alt+Right")]:
            b = button(text, name)
            b.setShortcut(QKeySequence(key))
            b.clicked.connect(lambda _=False, s=step: self.step_day(s))
            top.addWidget(b)
        manage = button(translate("HousesPage", "Houses and rooms…"), "manageHousesButton")
        manage.setEnabled(vault.person.is_manager_or_admin)
        manage.setToolTip(translate("HousesPage",
                                    "Managers and administrators add and retire houses and "
                                    "rooms."))
        manage.clicked.connect(self.manage_houses)
        top.addWidget(manage)
        export = button(translate("HousesPage", "Export occupancy…"), "exportOccupancyButton")
        export.clicked.connect(self.export_occupancy)
        top.addWidget(export)
        layout.addLayout(top)

        self.summary = label(name="vacancySummary", role="note")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        legend = FlowRow(spacing=12)  # wraps on a narrow screen
        for state in TileState:
            fill, edge = COLOURS[state]
            chip = label(state.label, wrap=False)
            chip.setStyleSheet(f"background:{fill}; color:{TILE_TEXT}; border:1px solid {edge}; "
                               "border-radius:4px; padding:1px 8px;")
            legend.addWidget(chip)
        # An overdue resident's own colour (board_model.NOT_BACK_COLOURS), named too.
        not_back = label(translate("BoardModel", NOT_BACK_LABEL), wrap=False,
                         name="boardLegendNotBack")
        not_back.setStyleSheet(f"background:{NOT_BACK_COLOURS[0]}; color:{TILE_TEXT}; "
                               f"border:2px solid "
                               f"{NOT_BACK_COLOURS[1]}; border-radius:4px; padding:1px 8px;")
        legend.addWidget(not_back)
        legend.addWidget(label(translate("HousesPage", "♿ wheelchair accessible"), wrap=False,
                               role="hint"))
        layout.addLayout(legend)
        self.message = message_label("boardMessage")
        layout.addWidget(self.message)

        self.scroll = QScrollArea(objectName="boardScroll")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.houses_box = QWidget()
        self.houses_layout = QVBoxLayout(self.houses_box)
        self.houses_layout.setContentsMargins(0, 0, 8, 0)
        self.houses_layout.addStretch(1)
        self.scroll.setWidget(self.houses_box)
        layout.addWidget(self.scroll, 1)

        # The selected room: details (with her full name) and what can be done.
        bottom = QFrame(objectName="tilePanel")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        bottom.setFrameShape(QFrame.Shape.StyledPanel)
        panel = QHBoxLayout(bottom)
        self.detail = label(translate("HousesPage", "Select a room to see who is there and "
                                                    "what you can do."), name="tileDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Who is there, and under it her intake or record (a row of its own, so the board's
        # action buttons keep fitting a narrow window).
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self.detail)
        self.record_row = QHBoxLayout()
        left.addLayout(self.record_row)
        panel.addLayout(left, 1)
        # The room's actions in two rows, so the panel fits a 1024-pixel screen at 150%.
        grid = QGridLayout()
        grid.setSpacing(6)
        panel.addLayout(grid)
        self.actions: dict[str, QAction] = {}  # type: ignore[assignment]  # hides QWidget.actions(), not virtual
        self.buttons: dict[str, QPushButton] = {}
        for key, untranslated, _dialog, _states in ACTIONS:
            text = translate("HousesPage", untranslated)
            action = QAction(text.rstrip("…") + "…", self)
            action.triggered.connect(lambda _=False, k=key: self.open_action(k))
            self.actions[key] = action
            b = button(text, f"{key}Button")
            b.clicked.connect(action.trigger)
            grid.addWidget(b, *divmod(len(self.buttons), ACTIONS_PER_ROW))
            self.buttons[key] = b
        # Her intake (or her record) from the room she is in: the stay is linked to it.
        self.record_action = QAction(translate("HousesPage", "Start her intake…"), self)
        self.record_action.triggered.connect(self.open_stay_record)
        b = button(translate("HousesPage", "Start her intake…"), "startIntakeButton")
        b.clicked.connect(self.record_action.trigger)
        self.record_row.addWidget(b)
        self.record_row.addStretch(1)
        self.buttons["record"] = b
        #: The record the selected room's stay is on (None: no record yet).
        self.selected_resident: int | None = None
        self.buttons["correct"].setToolTip(translate(
            "HousesPage",
            "Select an occupied room to put right its date or room, or record it in error."))
        self.cancel_offer = QAction(translate("HousesPage", "Cancel offer"), self)
        self.cancel_offer.triggered.connect(self.ask_cancel_offer)
        b = button(translate("HousesPage", "Cancel offer"), "cancelOfferButton")
        b.clicked.connect(self.cancel_offer.trigger)
        grid.addWidget(b, *divmod(len(self.buttons) - 1, ACTIONS_PER_ROW))  # "record" is not in it
        self.buttons["cancel_offer"] = b
        layout.addWidget(bottom)

        self.date.dateChanged.connect(lambda _d: self.refresh())
        operations.changes().changed.connect(self._changed)
        self.refresh()

    # --- data ------------------------------------------------------------------------------

    @property
    def on(self) -> date:
        return self.date.date().toPython()  # type: ignore[return-value]

    def step_day(self, step: int) -> None:
        self.date.setDate(qdate(date.today() if step == 0 else self.on + timedelta(days=step)))

    def _changed(self, kinds: Kinds) -> None:
        if kinds & CARES_ABOUT and self.vault.is_open:
            self.refresh()

    def refresh(self) -> None:
        """Read the board for the chosen night and show it; the house sections are kept and
        only their tiles change, unless the set of houses itself changed."""
        on = self.on
        outcome = operations.read(self, self.vault, lambda session: capacity.board(
            session, on=on), message=self.message)
        if not outcome.ok:
            return
        board = outcome.value
        self.board = board
        if [h.id for h in board.houses] != [*self.sections, *(h.id for h in self.pending)]:
            for section in self.sections.values():
                section.setParent(None)
                section.deleteLater()
            self.sections = {}
            self.pending = list(board.houses)
            self._build_some()
        else:
            for house in board.houses:
                if house.id in self.sections:
                    self.sections[house.id].show_house(house)
            self.pending = [h for h in board.houses if h.id not in self.sections]
        self._show_summary(board)
        self._reselect()

    def _build_some(self) -> None:
        """Build the next few pending sections; the rest at the next turn of the loop."""
        batch, self.pending = self.pending[:SECTIONS_PER_TURN], self.pending[SECTIONS_PER_TURN:]
        for house in batch:
            self._add_section(house)
        if self.pending and not self._building:
            self._building = True
            QTimer.singleShot(0, self, self._next_turn)

    def _next_turn(self) -> None:
        self._building = False
        self._build_some()

    def finish_building(self) -> None:
        """Build every pending section now (before a room is looked for by id)."""
        while self.pending:
            self._add_section(self.pending.pop(0))

    def _add_section(self, house: HouseBoard) -> None:
        section = HouseSection(house, self.houses_box)
        section.view.selectionModel().currentChanged.connect(
            lambda cur, _prev, s=section: self._select(s, cur))
        section.view.clicked.connect(lambda idx, s=section: self._select(s, idx))
        section.view.customContextMenuRequested.connect(
            lambda pos, s=section: self._context_menu(s, pos))
        self.houses_layout.insertWidget(self.houses_layout.count() - 1, section)
        self.sections[house.id] = section
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab reads the board as it looks: each house's tiles, top to bottom, then the
        selected room's buttons under them (sections are made after the buttons, so Qt's own
        order put the buttons first, where Tab from the tiles never came back to them)."""
        chain: list[QWidget] = [s.view for s in self.sections.values()]
        chain += [self.buttons["record"], *(b for k, b in self.buttons.items() if k != "record")]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _show_summary(self, board: Board) -> None:
        by_house = " &nbsp;·&nbsp; ".join(
            translate("HousesPage", "{house}: {rooms}, {child_places}").format(
                house=h.name, rooms=rooms_free(h.free_rooms, bold=True),
                child_places=child_places(h.free_child_places)) for h in board.houses)
        if not board.houses:
            by_house = translate("HousesPage", "No houses are open on this date. Houses and "
                                               "rooms are added by a manager.")
        self.summary.setText(translate(
            "HousesPage", "<b>{when}: {rooms}, {child_places}</b> (cots included; rooms whose "
                          "family leaves that day count as free).<br>{by_house}").format(
                when=night_of(board.on), rooms=rooms_free(board.free_rooms),
                child_places=child_places(board.free_child_places, free=True),
                by_house=by_house))

    # --- selection and actions -------------------------------------------------------------

    def _select(self, section: HouseSection, index) -> None:
        tile = index.data(TileRole) if index.isValid() else None
        if tile is None:
            return
        for other in self.sections.values():
            if other is not section:
                other.view.clearSelection()
        self.selected = tile
        self._show_selected()

    def _reselect(self) -> None:
        """After a refresh, the selected room's tile is the new one for the same room."""
        if self.selected is None:
            self._show_selected()
            return
        for house in self.board.houses if self.board else []:
            for tile in house.tiles:
                if tile.room_id == self.selected.room_id:
                    self.selected = tile
                    self._show_selected()
                    return
        self.selected = None
        self._show_selected()

    def _show_selected(self) -> None:
        tile = self.selected
        for key, _text, _dialog, states in ACTIONS:
            enabled = tile is not None and tile.state in states
            self.actions[key].setEnabled(enabled)
            self.buttons[key].setEnabled(enabled)
        offer = tile is not None and tile.state is TileState.RESERVED
        self.cancel_offer.setEnabled(offer)
        self.buttons["cancel_offer"].setEnabled(offer)
        self._show_record_action(tile)
        if tile is None:
            self.detail.setText(translate("HousesPage", "Select a room to see who is there and "
                                                        "what you can do."))
            return
        lines = [translate("HousesPage", "<b>{room}</b> — {state}").format(
            room=tile.room, state=tile.state.label)]
        if tile.name:
            who = tile.name
            if tile.household_ref:
                who = translate("HousesPage", "{name} (household {reference})").format(
                    name=tile.name, reference=tile.household_ref)
            lines.append(who)
        if tile.state in (TileState.OCCUPIED, TileState.LEAVING_TODAY):
            lines.append(translate("HousesPage", "{children} · {nights}").format(
                children=HousesPage.tr("%n children", "%n child", tile.children),
                nights=HousesPage.tr("%n nights so far", "%n night so far",
                                     tile.nights_so_far)))
        if tile.note:
            lines.append(tile.note)
        places, cots, *more = room_facts(tile)
        lines.append(" · ".join([f"{places}, {cots}", *more]))
        self.detail.setText("<br>".join(_escape(x) if i else x for i, x in enumerate(lines)))

    def _show_record_action(self, tile: Tile | None) -> None:
        """"Start her intake…" for a stay with no record yet, "Open her record" once it has
        one; disabled (saying why) for a room nobody is staying in."""
        b = self.buttons["record"]
        self.selected_resident = None
        stay_id = tile.stay_id if tile is not None else None
        if stay_id is not None:
            outcome = operations.read(self, self.vault, lambda session: arrivals.stay_resident(
                session, stay_id), message=self.message)
            self.selected_resident = outcome.value if outcome.ok else None
        text = (translate("HousesPage", "Open her record") if self.selected_resident is not None
                else translate("HousesPage", "Start her intake…"))
        self.record_action.setText(text)
        b.setText(text)
        enabled = stay_id is not None
        self.record_action.setEnabled(enabled)
        b.setEnabled(enabled)
        b.setToolTip(
            translate("HousesPage", "Her record, made by her intake and linked to this stay")
            if enabled else
            translate("HousesPage",
                      "Choose a room someone is staying in: her intake starts from her stay."))

    def open_stay_record(self) -> QDialog | None:
        """Start her intake for the selected room's stay (or open her record)."""
        tile = self.selected
        if tile is None or tile.stay_id is None:
            return None
        return self.start_intake(tile.stay_id)

    def start_intake(self, stay_id: int, *, ask_returning: bool = True) -> QDialog | None:
        """Her intake, on the Residents page (where her record opens when it is made); a board
        shown on its own opens the wizard here."""
        page = self._residents_page()
        if page is not None:
            shown = page.start_intake(stay_id, ask_returning=ask_returning)  # type: ignore[attr-defined]
            self.dialog = shown
            return shown
        from refugedesk.ui import start_intake
        from refugedesk.ui.intake_wizard import IntakeWizard

        def open_wizard(stay: arrivals.StayForIntake) -> QDialog:
            wizard = IntakeWizard(self.vault, draft_id=stay.draft_id,
                                  stay_id=None if stay.draft_id else stay.stay_id,
                                  prefill=None if stay.draft_id else arrivals.intake_prefill(
                                      stay), parent=self)
            wizard.finished_intake.connect(lambda _rid: say(
                self.message, translate("HousesPage", "Her record is made, with this stay on it."),
                role="ok"))
            self.dialog = dialogs.show(wizard)
            return self.dialog

        shown = start_intake.begin(
            self, self.vault, stay_id, message=self.message, open_wizard=open_wizard,
            open_record=lambda _rid: say(self.message, translate(
                "HousesPage", "This stay is on her record. Open it from the Residents page."),
                role="ok"),
            ask_returning=ask_returning)
        if shown is not None:
            self.dialog = shown
        return shown

    def _residents_page(self) -> QWidget | None:
        """The Residents page of the main window this board is in, shown; None if none."""
        window = self.window()
        show = getattr(window, "show_page", None)
        if not callable(show) or not show("residents"):
            return None
        page = window.page_widget("residents")  # type: ignore[attr-defined]
        return page if hasattr(page, "start_intake") else None

    def arrival_recorded(self, stay_id: int, resident_id: int) -> QMessageBox:
        """Just after an arrival is saved: start her intake at once (or open her record, when
        she was already on file)."""
        if resident_id:
            text = translate("HousesPage", "Her arrival is recorded and her new stay is on her "
                                           "record, with her earlier reference.")
            yes = translate("HousesPage", "Open her record")
            go = lambda: self._open_record(resident_id)  # noqa: E731
        else:
            text = translate("HousesPage", "Her arrival is recorded. Start her intake now? It "
                                           "opens filled in from the arrival and the referral, "
                                           "and can be saved part-way.")
            yes = translate("HousesPage", "Start her intake")
            go = lambda: self.start_intake(stay_id, ask_returning=False)  # noqa: E731
        box = QMessageBox(QMessageBox.Icon.Information,
                          translate("HousesPage", "Arrival recorded"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("arrivalRecordedBox")
        start = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        start.setObjectName("arrivalStartIntake")
        later = box.addButton(translate("HousesPage", "Not now"),
                              QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("arrivalLater")
        box.setDefaultButton(start)
        start.clicked.connect(go)
        self.arrival_box = box
        dialogs.show(box)
        return box

    def _open_record(self, resident_id: int) -> None:
        page = self._residents_page()
        if page is not None:
            page.open_resident(resident_id)  # type: ignore[attr-defined]
        else:
            say(self.message, translate("HousesPage", "Her record opens from the Residents page."),
                role="ok")

    def select_room(self, room_id: int) -> Tile:
        """Select a room's tile (as a click would). Tests and keyboard shortcuts use it."""
        self.finish_building()
        for section in self.sections.values():
            for row, tile in enumerate(section.model.tiles):
                if tile.room_id == room_id:
                    section.view.setCurrentIndex(section.model.index(row))
                    self._select(section, section.model.index(row))
                    return tile
        raise KeyError(room_id)

    def _context_menu(self, section: HouseSection, pos: QPoint) -> None:
        index = section.view.indexAt(pos)
        if not index.isValid():
            return
        section.view.setCurrentIndex(index)
        self._select(section, index)
        menu = QMenu(self)
        menu.setObjectName("tileMenu")
        for key, *_rest in ACTIONS:
            if self.actions[key].isEnabled():
                menu.addAction(self.actions[key])
        if self.cancel_offer.isEnabled():
            menu.addAction(self.cancel_offer)
        if self.record_action.isEnabled():
            menu.addAction(self.record_action)
        menu.popup(section.view.viewport().mapToGlobal(pos))

    def open_action(self, key: str) -> QDialog | None:
        tile = self.selected
        if tile is None:
            return None
        say(self.message, "")
        dialog_class = next(d for k, _t, d, _s in ACTIONS if k == key)
        self.dialog = dialog_class(self.vault, tile, self.on, self)
        if isinstance(self.dialog, ArriveDialog):
            self.dialog.arrived.connect(self.arrival_recorded)
        dialogs.show(self.dialog)
        return self.dialog

    def manage_houses(self) -> QDialog:
        from refugedesk.ui.board_manage_houses import ManageHousesDialog

        self.dialog = ManageHousesDialog(self.vault, self)
        dialogs.show(self.dialog)
        return self.dialog

    def export_occupancy(self) -> QDialog:
        from refugedesk.ui.board_export import ExportOccupancyDialog

        self.dialog = ExportOccupancyDialog(self.vault, self)
        dialogs.show(self.dialog)
        return self.dialog

    def ask_cancel_offer(self) -> None:
        tile = self.selected
        if tile is None or tile.reservation_id is None:
            return
        reservation_id = tile.reservation_id
        self.dialog = dialogs.confirm(
            self, name="cancelOfferConfirm", title=translate("HousesPage", "Cancel this offer?"),
            text=translate("HousesPage", "{room} will no longer be held. The referral goes back "
                                         "to assessing.").format(room=tile.room),
            yes=translate("HousesPage", "Cancel the offer"),
            cancel=translate("HousesPage", "Keep the offer"),
            on_yes=lambda: operations.run(
                self, lambda: capacity.cancel_offer(self.vault, reservation_id),
                message=self.message, changed={Change.STAYS, Change.REFERRALS}))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
