"""Everything a service's database holds besides its records, made in one go (issue 17).

`install_everything(conn)`, as the schema's owner, in one transaction on an empty database:
the schema at the migrations' HEAD (schema.py), the audit chain the server computes
(audit_chain.py), the groups' grants and the staff functions (roles.py), the service key's
slot table and functions (key_slots.py), forgetting's lifting of the kept records'
guards (forgetting.py), the live notifications (live.py) and
need-to-know's row-level security (need_to_know.py). `server init`
and `migrate-to-server` both start with it, so the two cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy import Connection

from refugedesk.server import audit_chain, forgetting, key_slots, live, need_to_know, roles
from refugedesk.server.schema import create_schema


def install_everything(conn: Connection, *, use_btree_gist: bool = True) -> None:
    create_schema(conn, use_btree_gist=use_btree_gist)
    audit_chain.install(conn)
    roles.grant_privileges(conn)
    key_slots.install(conn)
    forgetting.install(conn)
    live.install(conn)
    need_to_know.install(conn)
