"""Reports: spreadsheets (and later PDFs) made from the vault for managers and funders.

Nothing in a report identifies a safe house's address or phone. Names of residents appear only
where a manager asks for them, and asking is recorded in the audit trail.
"""

from __future__ import annotations

from refugedesk import i18n


def english_count(text: str, n: int, *, one: str, none: str | None = None) -> str:
    """`text`, a count translated with its `%n` (`translate(ctx, "%n goals", None, n)`), with
    English's own singular. Qt takes a language's plural forms from its translation file and
    English, the source, has none, so "%n goals" comes back "1 goals" while English is
    spoken: then `one` is the text for 1, and `none` (when given) the text for 0 ("no
    stays"). Any other language's forms come from its translation, unchanged."""
    if i18n.current() != i18n.ENGLISH:
        return text
    if n == 1:
        return one
    if n == 0 and none is not None:
        return none
    return text
