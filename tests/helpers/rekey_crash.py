"""Crash-test key rotation: unlock as an administrator, start rotating the key, and die with
SIGKILL at one chosen moment, as a power cut would.

    python tests/helpers/rekey_crash.py VAULT USERNAME MOMENT   (password on stdin)

MOMENT is `before_rekey` (the new key file has been written beside the old one, the database
still has its old key) or `after_rekey` (the database has its new key, the new key file has not
yet replaced the old one).
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
    from refugedesk import access
    from refugedesk.db import vault as vault_mod

    path, username, moment = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    password = sys.stdin.readline().rstrip("\n")
    vault = access.sign_in(path, username, password)

    if moment == "before_rekey":
        def raw_connection(self):  # the first thing rekey does after saving the new key file
            _die()

        vault_mod.Vault.raw_connection = raw_connection
    else:
        real_replace = os.replace

        def replace(src, dst):
            if str(src).endswith(".rdkeys.next"):
                _die()
            real_replace(src, dst)

        vault_mod.os.replace = replace
    access.rotate_key(vault)
    print("rotation finished without the crash", flush=True)


if __name__ == "__main__":
    main()
