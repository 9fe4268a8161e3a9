"""Key slots: the key file holds no secret or name in the clear, each slot opens only with its
own password under its own name, and the real Argon2id profile works."""

from __future__ import annotations

import json

import pytest

from refugedesk.db import keyslots
from refugedesk.db.keyslots import (
    DEFAULT_KDF,
    RECOVERY_SLOT,
    KeyFile,
    new_database_key,
    new_recovery_code,
    normalise_recovery_code,
    peek_is_demo,
    slot_id_for,
)
from refugedesk.errors import KeyFileDamaged, KeyFileMissing, WrongPassword, WrongRecoveryCode


def test_real_argon2id_profile_opens_and_is_recorded(tmp_path):
    """The suite runs with a light profile (conftest); a slot made with the shipped profile
    must open too, and say which cost it was made with so it still opens if the default
    changes later."""
    light = keyslots._kdf_profile
    assert light != DEFAULT_KDF, "conftest should have lowered the profile"
    key = new_database_key()
    kf = KeyFile.new()
    keyslots.set_kdf_profile(DEFAULT_KDF)
    try:
        kf.add_user("ada", "a strong pass phrase", key)
    finally:
        keyslots.set_kdf_profile(light)
    kf.save(tmp_path / "v.rdkeys")
    loaded = KeyFile.load(tmp_path / "v.rdkeys")
    kdf = json.loads((tmp_path / "v.rdkeys").read_text())["slots"][
        slot_id_for(loaded.vault_id, "ada")]["private"]["kdf"]
    assert kdf["name"] == "argon2id"
    assert (kdf["time_cost"], kdf["memory_kib"], kdf["parallelism"]) == (
        DEFAULT_KDF.time_cost, DEFAULT_KDF.memory_kib, DEFAULT_KDF.parallelism)
    assert DEFAULT_KDF.memory_kib >= 64 * 1024 and DEFAULT_KDF.time_cost >= 3
    assert len(json.loads((tmp_path / "v.rdkeys").read_text())["slots"][
        slot_id_for(loaded.vault_id, "ada")]["private"]["kdf"]["salt"]) >= 20  # 16 bytes b64
    # opened with the light profile active: the slot's own parameters are used
    assert loaded.unlock_user("ada", "a strong pass phrase") == key
    with pytest.raises(WrongPassword):
        loaded.unlock_user("ada", "a strong pass phrasE")


def test_key_file_names_nobody_and_holds_no_key(tmp_path):
    key = new_database_key()
    kf = KeyFile.new()
    kf.add_user("priyanka", "first password here", key)
    # Long names: a three-letter one like "bea" turns up by chance in hex and base64 (a flaky
    # test that once failed for that reason).
    kf.add_user("beatrix", "second password here", key)
    kf.save(tmp_path / "v.rdkeys")
    text = (tmp_path / "v.rdkeys").read_text()
    for leak in ("priyanka", "beatrix", "first password here", key.hex()):
        assert leak not in text
    assert kf.has_user("priyanka") and kf.has_user("BEATRIX ")
    assert not kf.has_user("carol")


def test_each_slot_opens_only_with_its_own_password():
    key = new_database_key()
    kf = KeyFile.new()
    kf.add_user("ada", "password of ada 1", key)
    kf.add_user("bea", "password of bea 2", key)
    assert kf.unlock_user("ada", "password of ada 1") == key
    assert kf.unlock_user("bea", "password of bea 2") == key
    with pytest.raises(WrongPassword):
        kf.unlock_user("ada", "password of bea 2")


def test_slot_moved_to_another_vaults_key_file_does_not_open(tmp_path):
    key_a, key_b = new_database_key(), new_database_key()
    a, b = KeyFile.new(), KeyFile.new()
    a.add_user("ada", "password of ada 1", key_a)
    b.add_user("ada", "other password 22", key_b)
    # copy ada's slot from vault A into vault B's file under B's slot id for ada
    b._data["slots"][slot_id_for(b.vault_id, "ada")] = a._data["slots"][
        slot_id_for(a.vault_id, "ada")]
    with pytest.raises(WrongPassword):
        b.unlock_user("ada", "password of ada 1")


def test_sealed_key_from_an_older_generation_does_not_open():
    """After a rotation the generation goes up; a sealed key copied back from an older key
    file (same slot, same password) is refused rather than handing out the old key."""
    old_key = new_database_key()
    kf = KeyFile.new()
    kf.add_user("ada", "password of ada 1", old_key)
    old_slot = json.loads(json.dumps(kf._data["slots"]))
    sid = slot_id_for(kf.vault_id, "ada")
    new_key = new_database_key()
    kf.reseal_all(new_key, {sid: kf.public_key(sid)})
    assert kf.unlock_user("ada", "password of ada 1") == new_key
    kf._data["slots"][sid]["sealed"] = old_slot[sid]["sealed"]
    with pytest.raises(KeyFileDamaged):
        kf.unlock_user("ada", "password of ada 1")


def test_reseal_drops_slots_whose_public_key_was_swapped():
    key = new_database_key()
    kf = KeyFile.new()
    kf.add_user("ada", "password of ada 1", key)
    mallory_pub = kf.add_user("mallory", "mallory password", key)
    ada = slot_id_for(kf.vault_id, "ada")
    mallory = slot_id_for(kf.vault_id, "mallory")
    # The database recorded a different public key for mallory's slot: she is not resealed.
    kf.reseal_all(new_database_key(), {ada: kf.public_key(ada), mallory: bytes(32)})
    assert kf.slot_ids() == {ada}
    assert mallory_pub != bytes(32)


def test_change_secret_rewraps_one_slot_only():
    key = new_database_key()
    kf = KeyFile.new()
    kf.add_user("ada", "password of ada 1", key)
    kf.add_user("bea", "password of bea 2", key)
    bea_before = json.dumps(kf._data["slots"][slot_id_for(kf.vault_id, "bea")])
    ada_sid = slot_id_for(kf.vault_id, "ada")
    old_file = kf.copy()
    old_public = kf.public_key(ada_sid)
    new_public = kf.change_secret(ada_sid, "password of ada 1", "new ada password", key)
    assert kf.unlock_user("ada", "new ada password") == key
    # A new key pair, not the old private key rewrapped: an old copy of the key file and the
    # old password give a private key that cannot open the new sealed key.
    assert new_public == kf.public_key(ada_sid) != old_public
    _old_key, old_private = old_file.open_slot(ada_sid, "password of ada 1")
    current_sealed = kf._data["slots"][ada_sid]["sealed"]
    old_file._data["slots"][ada_sid]["sealed"] = current_sealed
    with pytest.raises(KeyFileDamaged):
        old_file.open_slot(ada_sid, "password of ada 1")
    # Until the database records the new key, the slot as it was still opens (a crash then
    # must leave the key file and the database agreeing); once settled, only the new one.
    assert kf.unlock_user("ada", "password of ada 1") == key
    assert kf.settle(ada_sid, new_public)
    with pytest.raises(WrongPassword):
        kf.unlock_user("ada", "password of ada 1")
    assert json.dumps(kf._data["slots"][slot_id_for(kf.vault_id, "bea")]) == bea_before


def test_recovery_code_shape_and_typing_forgiveness():
    code = new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)
    assert not set(code) & set("01OI")
    assert normalise_recovery_code(code.lower().replace("-", " ")) == code
    key = new_database_key()
    kf = KeyFile.new()
    kf.add_slot(RECOVERY_SLOT, code, key)
    assert kf.unlock_recovery(f"  {code.lower()} ") == key
    with pytest.raises(WrongRecoveryCode):
        kf.unlock_recovery(code[:-1] + ("A" if code[-1] != "A" else "B"))


@pytest.mark.parametrize("content", [b"null", b"[]", b'"x"', b"42", b"{", b"\x00\x01"])
def test_damaged_key_file_is_a_plain_error(tmp_path, content):
    """Regression: valid JSON that is not an object (say a file overwritten with `null`) used
    to escape as AttributeError, a crash instead of 'restore the key file'."""
    (tmp_path / "v.rdkeys").write_bytes(content)
    with pytest.raises(KeyFileDamaged):
        KeyFile.load(tmp_path / "v.rdkeys")
    # the sign-in window's cheap peek must not crash on it either
    assert peek_is_demo(tmp_path / "v.rdb") is False


def test_missing_key_file(tmp_path):
    with pytest.raises(KeyFileMissing):
        KeyFile.load(tmp_path / "none.rdkeys")


def test_failed_attempts_are_bounded_and_hashed():
    kf = KeyFile.new()
    kf.add_user("ada", "password of ada 1", new_database_key())
    for _ in range(250):
        kf.note_failed_attempt("ada")
    assert len(kf.recent_failures("ada")) == 200
    # Noted under the slot's hashed id, never the name (a substring test on "ada" would be
    # flaky: hex ids contain it by chance).
    assert {a["user"] for a in kf._data["failed_attempts"]} == {slot_id_for(kf.vault_id, "ada")}
    assert kf.recent_failures("bea") == []
    # A name with no slot (often a password typed into the username box) is never hashed
    # into the plain file: a fast hash of a password would skip Argon2.
    kf.note_failed_attempt("plum orchard lantern 42")
    assert kf._data["failed_attempts"][-1]["user"] == "unknown"
    assert len(kf.take_failed_attempts()) == 200
    assert kf.recent_failures("ada") == []


@pytest.mark.parametrize("attempts", [
    "not a list",
    [{"user": "x"}],                                   # no time
    [{"at": "yesterday", "user": "x"}],                # not a time
    [{"at": "2026-01-01T10:00:00", "user": "x"}],      # no time zone
    [42],
])
def test_a_damaged_failed_attempts_list_does_not_stop_sign_in(tmp_path, attempts):
    """The failed-attempt notes are a log, not a secret; a damaged one must not lock anyone
    out (nor crash): it is dropped, and sign-in goes on."""
    key = new_database_key()
    kf = KeyFile.new()
    kf.add_user("ada", "password of ada 1", key)
    kf.note_failed_attempt("ada")
    kf.save(tmp_path / "v.rdkeys")
    data = json.loads((tmp_path / "v.rdkeys").read_text())
    good = data["failed_attempts"][0]
    data["failed_attempts"] = attempts if isinstance(attempts, str) else [*attempts, good]
    (tmp_path / "v.rdkeys").write_text(json.dumps(data))
    loaded = KeyFile.load(tmp_path / "v.rdkeys")
    assert len(loaded.recent_failures("ada")) == (0 if isinstance(attempts, str) else 1)
    assert loaded.unlock_user("ada", "password of ada 1") == key


@pytest.mark.parametrize("field, value", [
    ("memory_kib", 0), ("memory_kib", 2**40), ("time_cost", 0), ("time_cost", 10**9),
    ("parallelism", 0), ("parallelism", 10**6), ("memory_kib", "lots"), ("salt", None),
    ("salt", "c2FsdA=="),  # 4 bytes: Argon2 refuses salts under 8
])
def test_damaged_argon2_parameters_are_a_damaged_key_file(field, value):
    """Out-of-range cost parameters must be refused at once: not a crash inside Argon2, and
    not an attempt to allocate a terabyte or run for days."""
    key = new_database_key()
    kf = KeyFile.new()
    kf.add_user("ada", "password of ada 1", key)
    kf._data["slots"][slot_id_for(kf.vault_id, "ada")]["private"]["kdf"][field] = value
    with pytest.raises(KeyFileDamaged):
        kf.unlock_user("ada", "password of ada 1")


@pytest.mark.parametrize("part, field", [("private", "ct"), ("private", "nonce"),
                                         ("sealed", "epk"), ("sealed", "ct")])
@pytest.mark.parametrize("value", [None, 7, [], {}])
def test_a_slot_field_of_the_wrong_kind_is_a_damaged_key_file(part, field, value):
    key = new_database_key()
    kf = KeyFile.new()
    kf.add_user("ada", "password of ada 1", key)
    kf._data["slots"][slot_id_for(kf.vault_id, "ada")][part][field] = value
    with pytest.raises(KeyFileDamaged):
        kf.unlock_user("ada", "password of ada 1")


@pytest.mark.parametrize("slot", ["not json", "[1, 2]", "null", '"a string"'])
def test_a_slot_kept_elsewhere_that_is_not_a_slot_is_a_damaged_key_file(slot: str) -> None:
    """A server's slot row (refugedesk/server/key_slots.py) is read with the same care as a
    key file: damage is KeyFileDamaged, never a crash."""
    with pytest.raises(KeyFileDamaged):
        KeyFile.holding("ab" * 16, 1, {"s": slot})


def test_a_slot_kept_elsewhere_opens_as_it_would_in_a_key_file() -> None:
    keys = KeyFile.holding("ab" * 16, 1, {})
    key = new_database_key()
    keys.add_slot("s", "a fictional passphrase", key)
    again = KeyFile.holding("ab" * 16, 1, {"s": keys.slot_text("s")})
    assert again.open_slot("s", "a fictional passphrase")[0] == key
    with pytest.raises(WrongPassword):
        again.open_slot("s", "another fictional passphrase")
