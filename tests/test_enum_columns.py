"""Enum-typed columns: stored as the same text as before they were typed (read here with
sqlcipher3, not through our models), read back as the enum's member, and a value outside the
enum refused, by the model before it is written and by the schema's CHECK if it gets there."""

from __future__ import annotations

import pytest
import sqlcipher3
from conftest import ADMIN_PASSWORD
from helpers.raw import connect, raw_key
from sqlalchemy import select, update
from sqlalchemy.exc import StatementError

from refugedesk import referrals, staff
from refugedesk.db.models import (
    Base,
    Referral,
    ReferralChannel,
    ReferralSource,
    ReferralStatus,
    RiskLevel,
    Role,
    StaffMember,
    values_in,
)
from refugedesk.db.types import EnumText


def _enum_columns():
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, EnumText):
                yield table.name, column


def test_every_enum_column_stores_its_values_within_its_length_and_checks_them():
    columns = list(_enum_columns())
    assert len(columns) == 34  # each new enum column is counted here on purpose
    for table, column in columns:
        enum = column.type.enum
        assert max(len(m.value) for m in enum) <= column.type.impl.length, (table, column.name)
        checks = [str(c.sqltext) for c in column.table.constraints
                  if hasattr(c, "sqltext")]
        assert any(values_in(column.name, enum) in check for check in checks), (table,
                                                                                column.name)


def test_the_migrated_schema_checks_exactly_each_enums_values(new_vault, vault_path):
    """The migrations write their value lists out; they must be the enums' values."""
    conn = connect(vault_path, raw_key(vault_path, "ada", ADMIN_PASSWORD))
    try:
        schema = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    finally:
        conn.close()
    for table, column in _enum_columns():
        assert values_in(column.name, column.type.enum) in schema[table], (table, column.name)


def test_stored_text_is_the_value_and_reads_back_as_the_member(new_vault, vault_path):
    vault, _ = new_vault
    rid = referrals.receive(vault, name="A.B.", channel=ReferralChannel.ONLINE_FORM,
                            source=ReferralSource.CHILDRENS_SOCIAL_CARE,
                            risk_level=RiskLevel.HIGH)
    staff.add_staff(vault, username="sam", display_name="Sam", role=Role.SUPPORT_WORKER,
                    password="a long enough password 1")

    conn = connect(vault_path, raw_key(vault_path, "ada", ADMIN_PASSWORD))
    try:
        assert conn.execute("SELECT channel, source, risk_level, status, decline_reason "
                            "FROM referral WHERE id = ?", (rid,)).fetchone() == (
            "online_form", "childrens_social_care", "high", "new", None)
        assert conn.execute("SELECT role FROM staff_member WHERE username = 'sam'"
                            ).fetchone() == ("support_worker",)
    finally:
        conn.close()

    with vault.session() as session:
        referral = session.get_one(Referral, rid)
        assert type(referral.status) is ReferralStatus
        assert referral.status is ReferralStatus.NEW
        assert referral.channel is ReferralChannel.ONLINE_FORM
        assert referral.decline_reason is None
        # Queries compare with members (and still with the stored text, which equals them).
        assert session.scalar(select(Referral.id).where(
            Referral.status == ReferralStatus.NEW)) == rid
        role = session.scalar(select(StaffMember.role).where(StaffMember.username == "sam"))
        assert role is Role.SUPPORT_WORKER


def test_a_value_outside_the_enum_is_refused(new_vault, vault_path):
    vault, _ = new_vault
    rid = referrals.receive(vault, name="A.B.", channel=ReferralChannel.PHONE,
                            source=ReferralSource.POLICE, risk_level=RiskLevel.MEDIUM)

    with vault.transaction() as session:
        referral = session.get_one(Referral, rid)
        with pytest.raises(ValueError, match="'waiting' is not a valid ReferralStatus"):
            referral.status = "waiting"
        # A stored string assigned becomes the member at once.
        referral.status = "assessing"
        assert referral.status is ReferralStatus.ASSESSING
    with pytest.raises(StatementError), vault.transaction() as session:
        session.execute(update(Referral).where(Referral.id == rid).values(status="waiting"))

    key = raw_key(vault_path, "ada", ADMIN_PASSWORD)
    conn = connect(vault_path, key)
    try:
        assert conn.execute("SELECT status FROM referral WHERE id = ?", (rid,)).fetchone() == (
            "assessing",)
        # Written behind the models' back, the schema's own CHECK still refuses it.
        with pytest.raises(sqlcipher3.IntegrityError, match="referral_status_known"):
            conn.execute("UPDATE referral SET status = 'waiting' WHERE id = ?", (rid,))
    finally:
        conn.close()
