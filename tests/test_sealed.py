"""Sealed columns (refugedesk/db/sealed.py): what the app encrypts before it reaches a server.
In a file vault, where SQLCipher encrypts the whole file, they stay plain text; these tests
need no server (tests/server/test_sealed_on_server.py has those that do)."""

from __future__ import annotations

import base64
import secrets

import pytest
from conftest import ADMIN_PASSWORD
from helpers.raw import connect, raw_key

from refugedesk import houses
from refugedesk.db import sealed
from refugedesk.db.models import Base, House
from refugedesk.db.sealed import PREFIX, Sealed, Sealer
from refugedesk.errors import SealedValueUnreadable

#: What the issue names as crown jewels, each of which must be sealed (more may be).
CROWN_JEWELS = {
    ("house", "address"), ("house", "phone"), ("resident", "code_word"),
    ("abuser", "name"), ("abuser", "description"), ("abuser", "vehicle"),
    ("abuser", "known_areas"), ("contact", "notes"), ("incident", "what_happened"),
    ("handover", "draft"), ("handover", "notes"), ("intake_draft", "data"),
    ("form_draft", "data"), ("goal", "her_words"), ("review_version", "her_words"),
}


@pytest.fixture
def sealer() -> Sealer:
    return Sealer(secrets.token_bytes(32), secrets.token_hex(16))


def test_a_value_seals_and_opens_and_never_seals_the_same_twice(sealer: Sealer) -> None:
    text = "14 Fictional Row, Northtown — côd: 'Tulip' \u0000 ☂"
    first, second = sealer.seal("house.address", text), sealer.seal("house.address", text)
    assert first.startswith(PREFIX) and second.startswith(PREFIX)
    assert first != second  # a fresh nonce each time: equal texts do not show as equal
    assert "Fictional" not in first and "Tulip" not in first
    assert sealer.open("house.address", first) == sealer.open("house.address", second) == text


@pytest.mark.parametrize("damage", ["other column", "other key", "other service", "one bit",
                                    "cut short", "clear text", "not base64", "empty box"])
def test_a_value_changed_moved_or_written_in_clear_does_not_open(sealer: Sealer,
                                                                 damage: str) -> None:
    token = sealer.seal("house.address", "1 Fictional Row")
    opener, purpose = sealer, "house.address"
    if damage == "other column":
        purpose = "house.notes"
    elif damage == "other key":
        opener = Sealer(secrets.token_bytes(32), sealer.service_id)
    elif damage == "other service":
        opener = Sealer(sealer.key, secrets.token_hex(16))
    elif damage == "one bit":
        raw = bytearray(base64.b64decode(token[len(PREFIX):]))
        raw[-1] ^= 1
        token = PREFIX + base64.b64encode(bytes(raw)).decode()
    elif damage == "cut short":
        token = token[:-8]
    elif damage == "clear text":
        token = "1 Fictional Row"
    elif damage == "not base64":
        token = PREFIX + "!!!"
    elif damage == "empty box":
        token = PREFIX
    with pytest.raises(SealedValueUnreadable):
        opener.open(purpose, token)


def test_a_service_key_is_32_bytes() -> None:
    with pytest.raises(ValueError):
        Sealer(b"short", "00" * 16)


def test_the_key_is_not_in_the_sealers_repr(sealer: Sealer) -> None:
    assert sealer.key.hex() not in repr(sealer) and repr(sealer.key) not in repr(sealer)


def test_every_sealed_column_names_itself() -> None:
    """A column's purpose is in every ciphertext's associated data: one copied from another
    column must not say the same."""
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, Sealed):
                assert column.type.purpose == f"{table.name}.{column.name}"


def test_the_crown_jewels_are_sealed() -> None:
    assert set(sealed.sealed_columns(Base.metadata)) >= CROWN_JEWELS


def test_a_sealed_column_keeps_its_length_limit() -> None:
    from refugedesk.errors import ValidationError

    with pytest.raises(ValidationError):
        House(name="Rowan", area="North", phone="0" * 41)


def test_in_a_file_vault_sealed_columns_are_plain_text_in_the_encrypted_file(
        new_vault, vault_path) -> None:
    """SQLCipher encrypts the whole file; the columns stay searchable there, as before."""
    vault, _ = new_vault
    houses.add_house(vault, name="Rowan", area="Northtown", address="1 Fictional Row")
    conn = connect(vault_path, raw_key(vault_path, "ada", ADMIN_PASSWORD))
    try:
        assert conn.execute("SELECT address FROM house").fetchall() == [("1 Fictional Row",)]
    finally:
        conn.close()
    assert b"Fictional Row" not in vault_path.read_bytes()
