"""Managing the houses and rooms behind the board (managers and administrators): add a house,
add a room, retire a room or a house. Retiring keeps every record; the room simply leaves the
board and stops counting as available from that date.

A house's address and phone are asked for here, kept in the vault, shown only to signed-in
staff, and never exported.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from refugedesk import houses
from refugedesk.db.vault import Vault
from refugedesk.i18n import Counted, translate
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change, Kinds
from refugedesk.ui.dates import date_edit, day_of
from refugedesk.ui.flow import FlowRow
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import button, label, line_edit, message_label

#: This module's words with a count (board_model.Counts).
BoardManageHouses = Counted("BoardManageHouses")

CHANGED = frozenset({Change.HOUSES, Change.STAYS})


class ManageHousesDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("manageHousesDialog")
        self.setWindowTitle(translate("BoardManageHouses", "Houses and rooms"))
        self.setMinimumSize(640, 420)
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("BoardManageHouses", "Houses and rooms"),
                               role="subheading"))
        layout.addWidget(label(translate("BoardManageHouses",
                                         "Retiring keeps every record: the room leaves the "
                                         "board and stops counting as available from that "
                                         "day."), role="hint"))
        self.message = message_label("manageHousesMessage")
        layout.addWidget(self.message)
        lists = QHBoxLayout()
        self.house_model = QStandardItemModel(self)
        self.room_model = QStandardItemModel(self)
        houses_word = translate("BoardManageHouses", "Houses")
        rooms_word = translate("BoardManageHouses", "Rooms")
        self.house_list = self._list("manageHouseList", houses_word, self.house_model)
        self.room_list = self._list("manageRoomList", rooms_word, self.room_model)
        # Each list's buttons sit under it (and wrap when the words are long, as in Welsh).
        actions = {
            "house": [(translate("BoardManageHouses", "Add house…"), "addHouseButton",
                       self.add_house),
                      (translate("BoardManageHouses", "Edit house…"), "editHouseButton",
                       self.edit_house),
                      (translate("BoardManageHouses", "Retire house…"), "retireHouseButton",
                       self.retire_house)],
            "room": [(translate("BoardManageHouses", "Add room…"), "addRoomButton",
                      self.add_room),
                     (translate("BoardManageHouses", "Edit room…"), "editRoomButton",
                      self.edit_room),
                     (translate("BoardManageHouses", "Retire room…"), "retireRoomButton",
                      self.retire_room)]}
        for title, view, kind in [(houses_word, self.house_list, "house"),
                                  (rooms_word, self.room_list, "room")]:
            column = QVBoxLayout()
            column.addWidget(label(title))
            column.addWidget(view, 1)
            buttons = FlowRow()
            for text, name, slot in actions[kind]:
                b = button(text, name)
                b.clicked.connect(slot)
                buttons.addWidget(b)
            column.addLayout(buttons)
            lists.addLayout(column)
        layout.addLayout(lists, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = button(translate("BoardManageHouses", "Close"), "manageHousesClose")
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.house_list.selectionModel().currentChanged.connect(lambda *_: self._rooms())
        # A bound method, not a lambda: Qt drops it when the dialog is deleted.
        operations.changes().changed.connect(self._changed)
        self.refresh()

    def _changed(self, kinds: Kinds) -> None:
        if Change.HOUSES in kinds and self.vault.is_open:
            self.refresh()

    @staticmethod
    def _list(name: str, accessible: str, model: QStandardItemModel) -> QListView:
        view = QListView(objectName=name)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        view.setAccessibleName(accessible)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return view

    def _selected(self, view: QListView) -> int | None:
        index = view.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def refresh(self) -> None:
        keep = self._selected(self.house_list)
        outcome = operations.read(self, self.vault, lambda session: (
            houses.list_rooms(session), houses.list_houses(session)), message=self.message)
        if not outcome.ok:
            return
        self.rooms, house_list = outcome.value
        self.house_model.clear()
        seen: dict[int, str] = {}
        for house in house_list:
            seen[house.id] = house.name
            item = QStandardItem(f"{house.name} · {house.area}")
            item.setData(house.id, Qt.ItemDataRole.UserRole)
            self.house_model.appendRow(item)
            if house.id == keep:
                self.house_list.setCurrentIndex(item.index())
        if keep is None and self.house_model.rowCount():
            self.house_list.setCurrentIndex(self.house_model.index(0, 0))
        self._rooms()

    def _rooms(self) -> None:
        house_id = self._selected(self.house_list)
        self.room_model.clear()
        for room in self.rooms:
            if room.house_id == house_id:
                facts = [BoardManageHouses.tr("%n child places", "%n child place",
                                              room.child_places),
                         BoardManageHouses.tr("%n cots", "%n cot", room.cots)]
                if room.wheelchair_accessible:
                    facts.append(translate("BoardManageHouses", "wheelchair accessible"))
                text = translate("BoardManageHouses", "{room} — {facts}").format(
                    room=room.name, facts=", ".join(facts))
                item = QStandardItem(text)
                item.setData(room.id, Qt.ItemDataRole.UserRole)
                self.room_model.appendRow(item)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialogs.show(dialog)
        return dialog

    def add_house(self) -> None:
        self._open(AddHouseDialog(self.vault, self))

    def edit_house(self) -> None:
        house_id = self._selected(self.house_list)
        if house_id is None:
            return
        outcome = operations.run(self, lambda: houses.house_details(self.vault, house_id),
                                 message=self.message)
        if outcome.ok:
            self._open(AddHouseDialog(self.vault, self, details=outcome.value))

    def edit_room(self) -> None:
        room_id = self._selected(self.room_list)
        if room_id is None:
            return
        outcome = operations.read(self, self.vault, lambda session: houses.room_details(
            session, room_id), message=self.message)
        if not outcome.ok:
            return
        details = outcome.value
        house_id = self._selected(self.house_list)
        self._open(AddRoomDialog(self.vault, house_id, self, details=details))  # type: ignore[arg-type]

    def add_room(self) -> None:
        house_id = self._selected(self.house_list)
        if house_id is not None:
            self._open(AddRoomDialog(self.vault, house_id, self))

    def retire_house(self) -> None:
        house_id = self._selected(self.house_list)
        if house_id is not None:
            self._open(RetireDialog(self.vault, self, house_id=house_id))

    def retire_room(self) -> None:
        room_id = self._selected(self.room_list)
        if room_id is not None:
            self._open(RetireDialog(self.vault, self, room_id=room_id))


class AddHouseDialog(FormDialog):
    changed = CHANGED
    def __init__(self, vault: Vault, parent: QWidget | None = None, *,
                 details: houses.HouseDetails | None = None) -> None:
        """Add a house, or with `details` edit that house."""
        editing = details is not None
        super().__init__(vault, name="editHouseDialog" if editing else "addHouseDialog",
                         title=translate("BoardManageHouses", "Edit {name}").format(
                             name=details.name) if details
                         else translate("BoardManageHouses", "Add a house"),
                         intro=translate("BoardManageHouses",
                                         "The address and phone are shown only to signed-in "
                                         "staff and are never exported."),
                         save=translate("BoardManageHouses", "Save changes") if editing
                         else translate("BoardManageHouses", "Add house"), parent=parent)
        self.details = details
        self.name = line_edit("houseName", translate("BoardManageHouses", "Name"))
        self.area = line_edit("houseArea", translate("BoardManageHouses", "Town or area"))
        self.address = line_edit("houseAddress",
                                 translate("BoardManageHouses", "Address (confidential)"))
        self.phone = line_edit("housePhone", translate("BoardManageHouses", "Phone (confidential)"))
        self.languages = line_edit("houseLanguages",
                                   translate("BoardManageHouses", "Languages staff speak"),
                                   placeholder=translate("BoardManageHouses", "e.g. Polish, Urdu"))
        self.nrpf = QCheckBox(translate("BoardManageHouses",  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                                        "Can take women with no recourse to public funds"),
                              objectName="houseNrpf")
        self.pets = QCheckBox(translate("BoardManageHouses", "Pets allowed"),  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                              objectName="housePets")
        for text, widget in [(translate("BoardManageHouses", "Name"), self.name),
                             (translate("BoardManageHouses", "Town or area"), self.area),
                             (translate("BoardManageHouses", "Address"), self.address),
                             (translate("BoardManageHouses", "Phone"), self.phone),
                             (translate("BoardManageHouses", "Languages"), self.languages),
                             ("", self.nrpf), ("", self.pets)]:
            self.form.addRow(text, widget)
        if details is not None:
            for edit, value in [(self.name, details.name), (self.area, details.area),
                                (self.address, details.address), (self.phone, details.phone),
                                (self.languages, details.languages)]:
                edit.setText(value)
            self.nrpf.setChecked(details.accepts_nrpf)
            self.pets.setChecked(details.pets_allowed)

    def action(self) -> Callable[[], object]:
        values = dict(name=self.name.text(), area=self.area.text(),
                      address=self.address.text(), phone=self.phone.text(),
                      languages=self.languages.text(), accepts_nrpf=self.nrpf.isChecked(),
                      pets_allowed=self.pets.isChecked())
        if self.details is not None:
            house_id = self.details.id
            return lambda: houses.edit_house(self.vault, house_id, **values)
        return lambda: houses.add_house(self.vault, **values)



class AddRoomDialog(FormDialog):
    changed = CHANGED
    def __init__(self, vault: Vault, house_id: int, parent: QWidget | None = None, *,
                 details: houses.RoomDetails | None = None) -> None:
        """Add a room to a house, or with `details` edit that room."""
        editing = details is not None
        super().__init__(vault, name="editRoomDialog" if editing else "addRoomDialog",
                         title=translate("BoardManageHouses", "Edit {name}").format(
                             name=details.name) if details
                         else translate("BoardManageHouses", "Add a room"),
                         intro="", save=translate("BoardManageHouses", "Save changes") if editing
                         else translate("BoardManageHouses", "Add room"),
                         parent=parent)
        self.house_id = house_id
        self.details = details
        self.name = line_edit("roomName", translate("BoardManageHouses", "Name"),
                              placeholder=translate("BoardManageHouses", "e.g. Room 11"))
        self.child_places = QSpinBox(objectName="roomChildPlaces", minimum=0, maximum=10)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.child_places.setAccessibleName(translate("BoardManageHouses", "Child places"))
        self.cots = QSpinBox(objectName="roomCots", minimum=0, maximum=4)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.cots.setAccessibleName(translate("BoardManageHouses", "Cots"))
        self.accessible = QCheckBox(translate("BoardManageHouses", "Wheelchair accessible"),  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                                    objectName="roomAccessible")
        self.ground = QCheckBox(translate("BoardManageHouses", "Ground floor"),  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                                objectName="roomGroundFloor")
        self.own = QCheckBox(translate("BoardManageHouses",  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                                       "Self-contained (own kitchen and bathroom)"),
                             objectName="roomSelfContained")
        for text, widget in [(translate("BoardManageHouses", "Name"), self.name),
                             (translate("BoardManageHouses", "Child places"), self.child_places),
                             (translate("BoardManageHouses", "Cots"), self.cots),
                             ("", self.accessible), ("", self.ground), ("", self.own)]:
            self.form.addRow(text, widget)
        if details is not None:
            self.name.setText(details.name)
            self.child_places.setValue(details.child_places)
            self.cots.setValue(details.cots)
            self.accessible.setChecked(details.wheelchair_accessible)
            self.ground.setChecked(details.ground_floor)
            self.own.setChecked(details.self_contained)

    def action(self) -> Callable[[], object]:
        values = dict(house_id=self.house_id, name=self.name.text(),
                      child_places=self.child_places.value(), cots=self.cots.value(),
                      wheelchair_accessible=self.accessible.isChecked(),
                      ground_floor=self.ground.isChecked(), self_contained=self.own.isChecked())
        if self.details is not None:
            room_id = self.details.id
            del values["house_id"]
            return lambda: houses.edit_room(self.vault, room_id, **values)
        return lambda: houses.add_room(self.vault, **values)



class RetireDialog(FormDialog):
    changed = CHANGED
    def __init__(self, vault: Vault, parent: QWidget | None = None, *,
                 house_id: int | None = None, room_id: int | None = None) -> None:
        title = (translate("BoardManageHouses", "Retire this house and all its rooms")
                 if house_id is not None else translate("BoardManageHouses", "Retire this room"))
        super().__init__(vault, name="retireDialog", title=title,
                         intro=translate("BoardManageHouses",
                                         "Refused while anyone is staying or expected there."),
                         save=translate("BoardManageHouses", "Retire"), parent=parent)
        self.house_id, self.room_id = house_id, room_id
        self.on = date_edit("retireOn", translate("BoardManageHouses", "Retire from"),
                            date.today())
        self.form.addRow(translate("BoardManageHouses", "From"), self.on)

    def action(self) -> Callable[[], object]:
        on = day_of(self.on)
        if self.house_id is not None:
            house_id = self.house_id
            return lambda: houses.retire_house(self.vault, house_id, on=on)
        room_id = self.room_id
        return lambda: houses.retire_room(self.vault, room_id, on=on)  # type: ignore[arg-type]
