"""Welsh (issue 18) for the domain's own words: her record's header, Today, the handover, the
DASH questions, the audit trail's labels and the domain's refusals come out in Welsh through
Qt's translators (the built .qm), and back in English as they were. Text that is stored (a
handover's lines once sent, an audit event's kind) stays in the words it was written in."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_handover import _resident_in, service  # noqa: F401  (the fixture)

from refugedesk import (
    audit_view,
    handover,
    plans,
    residents,
    risk,
    today,
    whereabouts,
)
from refugedesk.db.models import ActionOwner, CourtOrderKind
from refugedesk.db.types import utcnow
from refugedesk.errors import ValidationError
from refugedesk.handover_draft import SECTIONS, URGENT
from refugedesk.i18n import use, with_count


@pytest.fixture
def welsh(qapp):
    assert use("cy"), "the .qm files are missing: run `make translations`"
    yield
    use("en")


def _headed(part: handover.HousePart) -> dict[str, list[str]]:
    return {heading: [line.text for line in lines] for heading, lines in part.headed()}


def test_counts_read_right_in_both_languages(welsh):
    from refugedesk.resident_header import in_days

    assert [in_days(n) for n in (0, 1, 2, 6, 11)] == [
        "heddiw", "ymhen 1 diwrnod", "ymhen 2 diwrnod", "ymhen 6 diwrnod", "ymhen 11 diwrnod"]
    use("en")
    assert [in_days(n) for n in (0, 1, 2)] == ["today", "in 1 day", "in 2 days"]
    assert with_count("%n child(ren); %n step(s) (is/are) logged", 1) == \
        "1 child; 1 step is logged"


def test_her_record_header_speaks_welsh_and_english_as_before(service, welsh):  # noqa: F811
    vault = service["vault"]
    rid, _ = _resident_in(service, "R-1")
    day = date.today()
    residents.add_court_order(vault, resident_id=rid, kind=CourtOrderKind.OCCUPATION,
                              made_on=day - timedelta(days=100),
                              expires_on=day + timedelta(days=5))
    residents.update_resident(vault, rid, safe_to_call=False, code_word="Bluebell",
                              date_of_birth=date(day.year - 16, 1, 1))
    with vault.session() as s:
        alerts = [a.message for a in residents.header(s, rid).alerts]
    assert "Peidiwch â'i ffonio." in alerts
    assert "Mae ganddi air cod: gwiriwch ef cyn i chi siarad." in alerts
    assert any(a.startswith("Heb ofyn eto a yw'n ddiogel anfon neges destun ati") for a in alerts)
    assert any(a.startswith("Dan 18 (mae hi'n ") and "arweinydd diogelu" in a for a in alerts)
    assert any(": yn dod i ben ar " in a and a.endswith("(ymhen 5 diwrnod).") for a in alerts)

    use("en")
    with vault.session() as s:
        alerts = [a.message for a in residents.header(s, rid).alerts]
    assert "Do not phone her." in alerts
    assert "Not asked yet whether it is safe to text her: ask her before texting." in alerts
    assert any(a.startswith("Occupation order ends on ") and a.endswith("(in 5 days).")
               for a in alerts)


def test_today_speaks_welsh_with_its_counts(service, welsh):  # noqa: F811
    vault = service["vault"]
    now = utcnow()
    rid, stay = _resident_in(service, "R-1")
    plan = plans.start_plan(vault, resident_id=rid)
    plans.add_action(vault, plan_id=plan, what="Ffonio'r adran dai", owner=ActionOwner.HER,
                     due_on=date.today() - timedelta(days=2))
    out = whereabouts.sign_out(vault, stay_id=stay, out_at=now - timedelta(hours=3),
                               expected_back=now - timedelta(minutes=30), contactable=False)
    whereabouts.log_step(vault, out, what="Ffoniais hi")

    assert today.GROUPS["overdue_back"] == "Heb ddod yn ôl pan ddisgwylid"
    assert list(today.GROUPS.values())[0] == "Trosglwyddiadau"
    with vault.session() as s:
        lines = {i.group: i.text for i in today.items(s, vault.person)}
    assert lines["overdue_back"].startswith("R-1 (Elm House): disgwylid hi'n ôl ")
    assert lines["overdue_back"].endswith(
        "does dim modd cysylltu â hi; camau wedi'u cofnodi: 1")
    assert lines["actions"].startswith("R-1: Ffonio'r adran dai (yn hwyr ers ")

    use("en")
    assert today.GROUPS["overdue_back"] == "Not back when expected"
    with vault.session() as s:
        lines = {i.group: i.text for i in today.items(s, vault.person)}
    assert lines["overdue_back"].endswith("not contactable; 1 step logged")


def test_a_handover_written_in_welsh_keeps_its_words_and_its_urgent_sections(
        service, welsh):  # noqa: F811
    vault = service["vault"]
    now = utcnow()
    _rid, stay = _resident_in(service, "R-1", children=2)
    whereabouts.sign_out(vault, stay_id=stay, out_at=now - timedelta(hours=3),
                         expected_back=now - timedelta(minutes=30))
    with vault.session() as s:
        draft = handover.draft(s)
    elm = next(p for p in draft.houses if p.name == "Elm House")
    shown = _headed(elm)
    assert shown["Pwy sydd yma"] == ["R-1 (A.E.), ystafell 1, 2 plentyn"]
    not_back = shown["Heb ddod yn ôl pan ddisgwylid"][0]
    assert "mae modd cysylltu â hi. Dim camau wedi'u cofnodi eto." in not_back
    # The screens mark urgent sections by reading SECTIONS: the same words as headed().
    assert {SECTIONS[k] for k in URGENT} >= {"Heb ddod yn ôl pan ddisgwylid"}
    assert draft.service.name == "Y gwasanaeth cyfan"
    sent = handover.send(vault, draft, to_staff_id=service["nina"])

    use("en")
    with vault.session() as s:
        view = handover.get(s, sent)
    part = next(p for p in view.draft.houses if p.name == "Elm House")
    shown = _headed(part)
    # The headings follow the reader's language; the lines stay as the writer sent them.
    assert shown["Who is in"] == ["R-1 (A.E.), ystafell 1, 2 plentyn"]
    assert view.title.startswith("Handover ")


def test_the_dash_questions_are_welsh_and_keep_their_numbering(welsh):
    assert len(risk.DASH_QUESTIONS) == 24
    assert risk.DASH_QUESTIONS[0] == "A gafodd hi ei hanafu yn y digwyddiad diweddaraf?"
    assert "thagu" in risk.DASH_QUESTIONS[14]  # question 15: strangulation
    assert all(q.endswith("?") for q in risk.DASH_QUESTIONS)
    with pytest.raises(ValidationError) as refused:
        risk.score(["yes"] * 23)
    assert str(refused.value) == ("Atebwch bob un o'r 24 cwestiwn (ie, na neu ddim yn "
                                  "hysbys); mae 23 wedi'u hateb.")
    use("en")
    assert "strangled" in risk.DASH_QUESTIONS[14]
    with pytest.raises(ValidationError) as refused:
        risk.score(["yes"])
    assert str(refused.value).endswith("; 1 is answered.")


def test_the_audit_trail_shows_welsh_words_for_the_english_kinds_it_keeps(service, welsh):  # noqa: F811
    vault = service["vault"]
    rid, _ = _resident_in(service, "R-1")
    residents.open_record(vault, rid)
    with vault.session() as s:
        rows = audit_view.events(s, vault.person)
    opened = next(r for r in rows if r.kind == "record_opened")  # stored in English
    assert (opened.what, opened.record) == ("Cofnod wedi'i agor", "Preswylydd R-1")
    assert list(audit_view.COLUMNS) == ["Pryd", "Pwy", "Beth", "Cofnod", "Manylion"]
    assert audit_view.describe(audit_view.AuditFilter(reference="R-1")) == \
        "Digwyddiadau pawb, am breswylydd R-1"
    use("en")
    assert (opened.what, opened.record) == ("Record opened", "Resident R-1")


def test_the_domain_refuses_in_welsh(service, welsh):  # noqa: F811
    vault = service["vault"]
    rid, _ = _resident_in(service, "R-1")
    with pytest.raises(ValidationError) as refused:
        residents.update_resident(vault, rid, name="")
    assert str(refused.value) == "Rhowch ei henw."
    plan = plans.start_plan(vault, resident_id=rid)
    with pytest.raises(ValidationError) as refused:
        plans.add_action(vault, plan_id=plan, what="Visit", owner=ActionOwner.AGENCY)
    assert str(refused.value) == "Enwch yr asiantaeth a fydd yn ei wneud."
    assert plans.STATUS_WORDS[plans.GoalStatus.ACHIEVED] == "Wedi'i gyflawni"
    use("en")
    with pytest.raises(ValidationError) as refused:
        residents.update_resident(vault, rid, name="")
    assert str(refused.value) == "Enter her name."
