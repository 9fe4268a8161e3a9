"""Crash-test writer: unlock a vault and commit transactions of three audit events in a loop,
printing the id of each transaction's last event only after it has committed. The test kills
this process with SIGKILL.

    python tests/helpers/writer.py VAULT USERNAME   (password on the first line of stdin)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> None:
    from refugedesk import audit
    from refugedesk.db.vault import Vault

    path, username = Path(sys.argv[1]), sys.argv[2]
    password = sys.stdin.readline().rstrip("\n")
    vault = Vault.unlock(path, username, password)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        with vault.transaction() as session:
            # three events per transaction: after a kill, each n has all three or none
            for part in range(3):
                event = audit.record(session, vault.person, "crash_test",
                                     detail=f"{os.getpid()}:{n}:{part}:" + "x" * 200)
            event_id = event.id
        print(event_id, flush=True)


if __name__ == "__main__":
    main()
