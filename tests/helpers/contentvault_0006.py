"""Build a vault full of fictional content at schema revision 0006 (the signed staff roster),
as that version of the app wrote it. Kept beside the vault it made, tests/data/vault-0006.rdb
(see the README there for the exact commands): it was run once against commit 91c9ac8, the last
commit at revision 0006, and refuses to run against any other revision, so nobody "refreshes"
the kept file with newer code by mistake (its point is that an old file still opens).

What it writes, all made up:
- everything tests/helpers/contentvault.py writes (its docstring lists it), through the domain
  functions of the 0006 code, with the same accounts, passwords, recovery code, seed and TODAY,
  so the tests of both kept vaults use the same names;
- the staff roster as the 0006 app signs it. A vault made at 0006 is protected from the start:
  `Vault.create` signs version 1 with the recovery code's identity (the trust anchor), so
  `access.protect_staff_accounts` has nothing left to do there (it refuses: "already
  protected"; only a vault made before 0006 needs it). Then one version signed by the
  administrator per staff change the content makes (three accounts added, the leaver switched
  off), and three more through the app's own functions: the administrator makes the worker a
  manager while she covers; the administrator's password is reset with the recovery code (to
  the same password, so the tests reuse it: the version is signed by the anchor and gives her a
  new signing identity); and she, with that new identity, makes the worker a support worker
  again. So the roster holds eight versions, signed by the anchor and by two identities of the
  administrator, and every account ends with the role it has in contentvault.ACCOUNTS.

What this computer saw of the vault while writing it (the witness, refugedesk/db/trust.py) goes
to a temporary folder, never to the application-data folder, and is thrown away: whoever opens
the kept file is a computer that never saw it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from unittest import mock

from helpers import contentvault as cv

#: The schema revision this generator was written for and run at.
REVISION = "0006"
#: The commit whose code wrote tests/data/vault-0006.rdb.
COMMIT = "91c9ac8"
TODAY = cv.TODAY
ORGANISATION = cv.ORGANISATION
ACCOUNTS = cv.ACCOUNTS
LEAVER = cv.LEAVER
RECOVERY_CODE = cv.RECOVERY_CODE
#: (signer, what changed) of each roster version, oldest first: "anchor" is the recovery code's
#: identity, "admin" the administrator's (her second identity from version 7 on).
ROSTER = [
    ("anchor", "vault made: the administrator"),
    ("admin", "manager added"),
    ("admin", "worker added"),
    ("admin", "leaver added"),
    ("admin", "leaver switched off"),
    ("admin", "worker made a manager"),
    ("anchor", "administrator's password reset with the recovery code"),
    ("admin", "worker a support worker again"),
]


def build(path: Path) -> dict[str, int]:
    """Write the vault at `path` (and its key file beside it). Returns the rows per table."""
    from refugedesk.db.trust import WITNESS_ENV
    from refugedesk.db.vault import Vault

    cv.require_revision(REVISION, COMMIT)
    with tempfile.TemporaryDirectory(prefix="contentvault-witness-") as seen, \
            mock.patch.dict(os.environ, {WITNESS_ENV: seen}):
        cv.write(path)
        _roster_changes(Path(path))
        return cv.counts(path, Vault)


def _roster_changes(path: Path) -> None:
    from sqlalchemy import select

    from refugedesk import access, staff
    from refugedesk.db import trust
    from refugedesk.db.models import Role, StaffMember, StaffRoster
    from refugedesk.db.vault import Vault

    admin_pw = ACCOUNTS["admin"][2]
    with Vault.unlock(path, "admin", admin_pw) as vault:
        with vault.session() as session:
            first = session.get_one(StaffRoster, 1)
            assert first.signer == trust.RECOVERY_SIGNER, "version 1 is the anchor's"
            worker = session.scalar(
                select(StaffMember.id).where(StaffMember.username == "worker"))
        assert worker is not None
        staff.set_role(vault, worker, Role.MANAGER)
    access.recover_account(path, RECOVERY_CODE, "admin", admin_pw)
    with Vault.unlock(path, "admin", admin_pw) as vault:
        staff.set_role(vault, worker, Role(ACCOUNTS["worker"][1]))
        with vault.session() as session:
            newest = trust.verify(session, vault.keyfile.vault_id)
            assert newest is not None and newest.seq == len(ROSTER)
            signers = [r.signer for r in session.scalars(
                select(StaffRoster).order_by(StaffRoster.seq))]
    assert signers == [trust.RECOVERY_SIGNER if who == "anchor" else f"staff:{vault.person.id}"
                       for who, _what in ROSTER], signers


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m helpers.contentvault_0006 OUT.rdb   "
                         "(see tests/data/README.md)")
    for table, rows in build(Path(sys.argv[1])).items():
        print(f"{rows:6d}  {table}")
