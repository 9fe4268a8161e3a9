"""Her consent: what it covers (ticked keys), how she gave it, changed and withdrawn at any
time; and what a referral out it does not cover needs (the lawful basis, kept with it)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from refugedesk import consent_rules, referrals_out, residents
from refugedesk.db.models import Agency, AuditEvent, Consent, ConsentHow, ReferralOut
from refugedesk.errors import ConsentNotCovered, ValidationError

TODAY = date(2030, 6, 15)
GIVEN = date(2030, 5, 1)
WITHDRAWN = date(2030, 6, 1)


def _resident(vault) -> int:
    return residents.create_resident(vault, reference="R-1", name="Amy Example")


def _count(vault, model) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_what_it_covers_and_how_she_gave_it_are_kept_and_said_in_plain_words(new_vault):
    vault, _ = new_vault
    rid = _resident(vault)
    cid = residents.add_consent(vault, resident_id=rid, what="Her risk assessment",
                                given_on=GIVEN, covers=["agency:police", "marac"],
                                how_given=ConsentHow.WRITTEN, today=TODAY)
    with vault.session() as s:
        row = s.get(Consent, cid)
        assert json.loads(row.covers) == ["marac", "agency:police"]  # the form's order
        assert row.how_given is ConsentHow.WRITTEN
        assert row.explained_by_id == vault.person.id
        assert row.shared_with == "MARAC, the police"  # said in words when not typed
        assert consent_rules.sentence(consent_rules.read_covers(row.covers)) == (
            "She agreed to share with: MARAC, the police")
    residents.update_consent(vault, cid, what="Her risk assessment", shared_with="",
                             covers=["agency:police", "national_datasets"],
                             how_given=ConsentHow.VERBAL)
    with vault.session() as s:
        row = s.get(Consent, cid)
        assert consent_rules.read_covers(row.covers) == ["agency:police", "national_datasets"]
        assert row.how_given is ConsentHow.VERBAL
        detail = s.scalar(select(AuditEvent.detail).where(
            AuditEvent.kind == "consent_changed"))
    assert detail == f"consent={cid} fields=covers,how_given,shared_with"  # names, not values


def test_an_unknown_key_or_way_is_refused_and_nothing_is_saved(new_vault):
    vault, _ = new_vault
    rid = _resident(vault)
    cid = residents.add_consent(vault, resident_id=rid, what="Her GP records", given_on=GIVEN,
                                covers=["agency:gp"], today=TODAY)
    for covers in (["agency:aliens"], ["police"], ["agency:marac"], ["marac", "everyone"]):
        with pytest.raises(ValidationError, match="Tick from the list") as err:
            residents.add_consent(vault, resident_id=rid, what="Her address",
                                  given_on=GIVEN, covers=covers, today=TODAY)
        assert err.value.field == "covers"
        with pytest.raises(ValidationError, match="Tick from the list"):
            residents.update_consent(vault, cid, what="Her GP records", covers=covers)
    with pytest.raises(ValidationError, match="how she gave") as err:
        residents.add_consent(vault, resident_id=rid, what="Her address", given_on=GIVEN,
                              covers=["marac"], how_given="shouted", today=TODAY)
    assert err.value.field == "how_given"
    with pytest.raises(ValidationError, match="Tick who it may be shared with"):
        residents.add_consent(vault, resident_id=rid, what="Her address", given_on=GIVEN,
                              today=TODAY)
    assert _count(vault, Consent) == 1
    with vault.session() as s:
        assert consent_rules.read_covers(s.get(Consent, cid).covers) == ["agency:gp"]


def test_withdrawal_changes_what_a_referral_out_allows(new_vault):
    vault, _ = new_vault
    rid = _resident(vault)
    cid = residents.add_consent(vault, resident_id=rid, what="Her risk and her children",
                                given_on=GIVEN, covers=["agency:police", "marac"],
                                how_given=ConsentHow.VERBAL, today=TODAY)
    with vault.session() as s:
        assert consent_rules.covers(s, rid, Agency.POLICE, GIVEN)
        assert consent_rules.covers(s, rid, Agency.MARAC, GIVEN)
        assert not consent_rules.covers(s, rid, Agency.POLICE, date(2030, 4, 30))  # before
        assert not consent_rules.covers(s, rid, Agency.GP, GIVEN)
    # Covered: no lawful basis needed, none kept.
    before = referrals_out.make_referral(vault, resident_id=rid, agency=Agency.POLICE,
                                         made_on=date(2030, 5, 20), today=TODAY)
    residents.withdraw_consent(vault, cid, on=WITHDRAWN, today=TODAY)
    with vault.session() as s:
        cover = consent_rules.covers(s, rid, Agency.POLICE, WITHDRAWN)
        assert not cover
        assert cover.reason == ("Her consent does not cover sharing with the police. "
                                "Record the lawful basis to go ahead.")
        assert consent_rules.covers(s, rid, Agency.POLICE, date(2030, 5, 31))  # the day before
    # After withdrawal: refused without a basis, and nothing is saved.
    for basis in ("", "   "):
        with pytest.raises(ConsentNotCovered, match="does not cover sharing with the police") \
                as err:
            referrals_out.make_referral(vault, resident_id=rid, agency=Agency.POLICE,
                                        made_on=TODAY, lawful_basis=basis, today=TODAY)
        assert err.value.field == "lawful_basis"
    assert _count(vault, ReferralOut) == 1
    with pytest.raises(ValidationError, match="1000 characters"):
        referrals_out.make_referral(vault, resident_id=rid, agency=Agency.POLICE,
                                    made_on=TODAY, lawful_basis="x" * 1001, today=TODAY)
    after = referrals_out.make_referral(
        vault, resident_id=rid, agency=Agency.POLICE, made_on=TODAY, today=TODAY,
        lawful_basis="  Risk to life: the police must know of the threat  ")
    with vault.session() as s:
        rows = {r.id: r for r in referrals_out.for_resident(s, rid, today=TODAY)}
        details = s.scalars(select(AuditEvent.detail).where(
            AuditEvent.kind == "referral_out_made").order_by(AuditEvent.id)).all()
    assert rows[before].lawful_basis == ""
    assert rows[after].lawful_basis == "Risk to life: the police must know of the threat"
    assert details == [f"referral_out={before} agency=police",
                       f"referral_out={after} agency=police lawful_basis=given"]


def test_an_older_consent_in_free_text_covers_nothing_and_asks(new_vault):
    """Consents recorded before the ticks have covers "[]": their free text cannot be checked,
    so a referral under them asks for the lawful basis (the safe reading)."""
    vault, _ = new_vault
    rid = _resident(vault)
    cid = residents.add_consent(vault, resident_id=rid, what="Everything", shared_with="MARAC",
                                given_on=GIVEN, today=TODAY)
    with vault.session() as s:
        assert s.get(Consent, cid).covers == "[]"
        assert not consent_rules.covers(s, rid, Agency.MARAC, TODAY)
        assert consent_rules.sentence([]) == "Nothing ticked: ask her and change this consent."
    with pytest.raises(ConsentNotCovered, match="sharing with MARAC"):
        referrals_out.make_referral(vault, resident_id=rid, agency=Agency.MARAC,
                                    made_on=TODAY, today=TODAY)
    # Ticking what she agreed (after asking her) makes it covered from when she gave it.
    residents.update_consent(vault, cid, what="Everything", shared_with="MARAC",
                             covers=["marac"])
    referrals_out.make_referral(vault, resident_id=rid, agency=Agency.MARAC, made_on=TODAY,
                                today=TODAY)


def test_national_datasets_and_another_womans_consent(new_vault):
    vault, _ = new_vault
    rid = _resident(vault)
    other = residents.create_resident(vault, reference="R-2", name="Bea Sample")
    residents.add_consent(vault, resident_id=other, what="All", given_on=GIVEN,
                          covers=consent_rules.COVER_KEYS, today=TODAY)
    residents.add_consent(vault, resident_id=rid, what="Counts", given_on=GIVEN,
                          covers=["national_datasets"], today=TODAY)
    with vault.session() as s:
        assert consent_rules.covers(s, rid, consent_rules.NATIONAL_DATASETS, TODAY)
        assert not consent_rules.covers(s, rid, Agency.HOUSING, TODAY)  # hers, not Bea's
        with pytest.raises(ValidationError):
            consent_rules.covers(s, rid, "everyone", TODAY)
    assert consent_rules.agency_key(Agency.MARAC) == "marac"
    assert consent_rules.agency_key(Agency.CHILDRENS_SOCIAL_CARE) == (
        "agency:childrens_social_care")
    assert len(set(consent_rules.COVER_KEYS)) == len(Agency) + 1
