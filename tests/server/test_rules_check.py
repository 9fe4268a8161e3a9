"""What `refugedesk check` expects of a server's rules is read from the statements
install_rules runs (server/rules_check.py): nothing it runs may slip past the reading, or
check would not notice that rule being changed. No server needed."""

from __future__ import annotations

import re

from refugedesk.server import rules_check


def test_every_rule_install_makes_is_read() -> None:
    statements = rules_check.recorded_statements()
    text = "\n".join(statements)
    rules = rules_check.expected_rules()
    assert len(rules.functions) == len(re.findall(r"CREATE FUNCTION", text)) >= 20
    assert len(rules.triggers) == len(re.findall(r"CREATE TRIGGER", text)) >= 25
    assert len(rules.policies) == len(re.findall(r"CREATE POLICY", text)) >= 30
    assert len(rules.secured_tables) == len(re.findall(r"ENABLE ROW LEVEL SECURITY", text))
    # Every GRANT and REVOKE outside a function's body is understood.
    pieces = [p.strip() for s in statements for p in s.rsplit("$$", 1)[-1].split(";")]
    grants = [p for p in pieces if p.startswith(("GRANT", "REVOKE"))]
    assert len(grants) > 100
    assert all(rules_check._GRANT.match(p) for p in grants)
    # Not vacuous: what the need-to-know rule and the workers' reading of her row hang on.
    contact = rules.policies[("contact", "need_to_know")]
    assert {"refugedesk_may_open", "refugedesk_sees_all"} <= contact.using
    assert rules.functions["refugedesk_resident_sealed"].definer
    assert ("resident", "", "refugedesk_worker") in rules.grants
    assert "SELECT" not in rules.grants[("resident", "", "refugedesk_worker")]
    assert rules.grants[("resident", "name", "refugedesk_worker")] == {"SELECT"}


def test_the_grants_are_worked_out_as_postgresql_would() -> None:
    grants = rules_check.grants_of([
        'GRANT SELECT, UPDATE ON "t" TO "g"',
        'GRANT SELECT (a, b) ON t TO "g"',
        'REVOKE SELECT ON t FROM "g"',  # takes the columns' SELECT too
        "CREATE FUNCTION refugedesk_f() RETURNS void LANGUAGE sql AS $$ SELECT $$;\n"
        "REVOKE ALL ON FUNCTION refugedesk_f() FROM PUBLIC",
        "CREATE FUNCTION refugedesk_g() RETURNS void LANGUAGE sql AS $$ SELECT $$",
    ])
    assert grants == {("t", "", "g"): {"UPDATE"}, ("refugedesk_g", "()", "PUBLIC"): {"EXECUTE"}}
