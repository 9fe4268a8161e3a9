"""Reports: spreadsheets (and later PDFs) made from the vault for managers and funders.

Nothing in a report identifies a safe house's address or phone. Names of residents appear only
where a manager asks for them, and asking is recorded in the audit trail.
"""

from __future__ import annotations

from refugedesk import i18n


def english_count(text: str, n: int, *, one: str, none: str | None = None) -> str:
    """`text`, a count's sentence translated with its `%n` (`translate(ctx, "%n goals")`),
    with the count `n` put in for %n; while English is spoken, `one` for 1 and `none` (when
    given) for 0 ("no stays").

    Qt's own plural forms are not used: lupdate, reading Python, marks a message as plural only
    when its count is a literal number, and Qt does not find a message that is not marked
    plural when it is asked with a count. So the message is asked for without one and the
    count goes in here: one Welsh form serves every count (after a figure a Welsh noun stays
    singular: "3 sesiwn"), and English, which has no translation file, gets its singular from
    the caller."""
    if i18n.current() == i18n.ENGLISH:
        if n == 1:
            return one
        if n == 0 and none is not None:
            return none
    return text.replace("%n", str(n))
