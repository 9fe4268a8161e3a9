"""Reports: spreadsheets (and later PDFs) made from the vault for managers and funders.

Nothing in a report identifies a safe house's address or phone. Names of residents appear only
where a manager asks for them, and asking is recorded in the audit trail.
"""

from __future__ import annotations
