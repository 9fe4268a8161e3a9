"""Crash-test a password change: sign in, change the password, and die with SIGKILL at one
chosen moment, as a power cut would.

    python tests/helpers/password_crash.py VAULT USERNAME MOMENT   (old and new password on stdin)

MOMENT is `after_keyfile` (the key file holds the new slot, the database has not committed) or
`after_commit` (the database holds the new key, the slot as it was is still in the key file).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def _die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    from refugedesk import access, staff
    from refugedesk.db import keyslots

    path, username, moment = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    old = sys.stdin.readline().rstrip("\n")
    new = sys.stdin.readline().rstrip("\n")
    keyslots.set_kdf_profile(keyslots.KdfProfile(time_cost=1, memory_kib=8 * 1024,
                                                 parallelism=1))
    vault = access.sign_in(path, username, old)
    if moment == "after_keyfile":
        real_record = staff.audit.record

        def record(*args, **kwargs):  # runs after the key file was saved, before the commit
            real_record(*args, **kwargs)
            _die()

        staff.audit.record = record
    else:
        def settle_slot(*args, **kwargs):  # the commit is done; the old slot not yet dropped
            _die()

        vault.settle_slot = settle_slot
    staff.change_own_password(vault, old, new)
    print("password changed without the crash", flush=True)


if __name__ == "__main__":
    main()
