"""A programme completion certificate for her to keep: her name, the programme, when she
completed it, the service's name. Warm and plain; nothing about risk, the abuser, addresses or
anyone else. Producing one is recorded in the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from sqlalchemy import select

from refugedesk import audit
from refugedesk.db.models import (
    Organisation,
    Programme,
    Resident,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import NotFound, ValidationError
from refugedesk.programmes import completed_on, completion
from refugedesk.progress import Progress
from refugedesk.reports import pdf


@dataclass(frozen=True)
class Certificate:
    her_name: str
    programme: str
    sessions_attended: int
    completed_on: date
    organisation: str

    @property
    def title(self) -> str:
        return f"Certificate: {self.programme}"


def certificate(vault: Vault, *, programme_id: int, resident_id: int) -> Certificate:
    """What goes on her certificate. Refused, plainly, until she has completed the programme.
    She is named as she asked to be known, if she gave a name for that."""
    with vault.transaction() as session:
        resident = session.get(Resident, resident_id)
        programme = session.get(Programme, programme_id)
        if resident is None or programme is None:
            raise NotFound("resident" if resident is None else "programme")
        done = completion(session, programme_id=programme_id, resident_id=resident_id)
        if not done.completed:
            raise ValidationError(
                f"A certificate is for a completed programme: {done.attended} of "
                f"{done.to_complete} sessions attended so far.", field="programme")
        # Sessions outside her stays count only as community support (history.py).
        last = completed_on(session, programme_id=programme_id, resident_id=resident_id)
        organisation = session.scalar(select(Organisation.name)) or ""
        audit.record(session, vault.person, "certificate_made", record_type="resident",
                     record_id=resident_id, detail=f"programme={programme_id}")
        return Certificate(resident.known_as.strip() or resident.name, programme.name,
                           done.attended, last, organisation)  # type: ignore[arg-type]  # completed: dated


def html(cert: Certificate) -> str:
    when = f"{cert.completed_on.day} {cert.completed_on:%B %Y}"
    return f"""
<div style="text-align:center">
<p style="font-size:13pt; color:#2c5f5a; margin-top:60px">{escape(cert.organisation)}</p>
<h1 style="font-size:30pt; color:#2c5f5a; margin-top:40px">Certificate of completion</h1>
<p style="font-size:14pt; margin-top:40px">This certificate celebrates</p>
<p style="font-size:26pt; font-weight:bold; margin-top:10px">{escape(cert.her_name)}</p>
<p style="font-size:14pt; margin-top:30px">for completing</p>
<p style="font-size:20pt; font-weight:bold">{escape(cert.programme)}</p>
<p style="font-size:13pt; margin-top:30px">{cert.sessions_attended} sessions, completed
{when}.</p>
<p style="font-size:13pt; margin-top:50px">Well done. This is your achievement, and yours
to keep.</p>
</div>"""


def write_certificate(cert: Certificate, path: Path, *,
                      progress: Progress | None = None) -> Path:
    return pdf.write_pdf(html(cert), path, title=cert.title, progress=progress)
