"""Another copy of RefugeDesk with the vault open, as a colleague's window would have it: a
real second process, for the tests of restore's "is it open elsewhere" check.

    python tests/helpers/holder.py VAULT USERNAME        (password, then commands, on stdin)
    python tests/helpers/holder.py VAULT --raw HEXKEY    (a bare SQLCipher connection: an older
                                                          RefugeDesk or another program, which
                                                          takes no RefugeDesk lock)

Prints "ready" once the vault is open and read. Then, one command a line on stdin:
`save N` commits N audit events (one transaction each), printing each id once committed;
`quit` closes the vault and exits.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    path = Path(sys.argv[1])
    if sys.argv[2] == "--raw":
        from raw import connect  # tests/helpers/raw.py: this script's own folder

        conn = connect(path, bytes.fromhex(sys.argv[3]))
        conn.execute("SELECT count(*) FROM audit_event").fetchone()
        print("ready", flush=True)
        for line in sys.stdin:
            if line.strip() == "quit":
                break
        conn.close()
        return

    from refugedesk import audit
    from refugedesk.db.vault import Vault

    password = sys.stdin.readline().rstrip("\n")
    vault = Vault.unlock(path, sys.argv[2], password)
    with vault.session() as session:
        audit.verify(session)
    print("ready", flush=True)
    for line in sys.stdin:
        command, *rest = line.split()
        if command == "quit":
            break
        if command == "save":
            for n in range(int(rest[0])):
                with vault.transaction() as session:
                    event = audit.record(session, vault.person, "saved_elsewhere",
                                         detail=f"n={n}")
                    event_id = event.id
                print(event_id, flush=True)
    vault.close()


if __name__ == "__main__":
    main()
