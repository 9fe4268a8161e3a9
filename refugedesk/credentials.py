"""What a username or password must be before RefugeDesk does anything with it.

The command line, the sign-in and lock screens, and the forms that set a password call these
first, so what cannot be a username or password is refused in plain words: a password longer
than anyone types (a file piped in by mistake, or an attempt to make Argon2 work on megabytes),
and text that is not text: a lone surrogate, which is what Python makes of bytes that are not
UTF-8 (a terminal in another encoding, a password file saved as Latin-1). Left to reach the key
slots, such text fails to encode and used to come out as "the key file is damaged", which is
untrue and frightening.

Messages never repeat what was typed.
"""

from __future__ import annotations

from refugedesk.errors import TypedTextRefused
from refugedesk.i18n import number, translate

#: Longer than any password typed by hand or kept in a password manager.
MAX_PASSWORD_LENGTH = 1024
#: The longest username RefugeDesk makes (staff.USERNAME_RE), so any longer one is a slip.
MAX_USERNAME_LENGTH = 64

def is_text(text: str) -> bool:
    """Whether `text` can be written as UTF-8: no lone surrogates."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_typed_password(text: str) -> None:
    """Refuse a password no one could have typed: over MAX_PASSWORD_LENGTH characters, or not
    text. Raises TypedTextRefused (a ValidationError, field "password"). Says nothing about
    whether it is right or strong enough."""
    if not isinstance(text, str):
        raise TypeError("a password is text")
    if len(text) > MAX_PASSWORD_LENGTH:
        raise TypedTextRefused(
            translate("Credentials", "That password is too long: RefugeDesk takes passwords of "
                      "up to {limit} characters. Check that only the password was typed or "
                      "pasted.").format(limit=number(MAX_PASSWORD_LENGTH)), field="password")
    if not is_text(text):
        raise TypedTextRefused(
            translate("Credentials", "The password has characters that are not ordinary text "
                      "(perhaps the keyboard or terminal is set to another language's "
                      "encoding, or it came from a file saved that way). Type it again."),
            field="password")


def check_typed_username(text: str) -> None:
    """Refuse a username that cannot be one: over MAX_USERNAME_LENGTH characters (spaces at
    either end aside), or not text. Raises TypedTextRefused (field "username")."""
    if not isinstance(text, str):
        raise TypeError("a username is text")
    if len(text.strip()) > MAX_USERNAME_LENGTH:
        raise TypedTextRefused(
            translate("Credentials", "That username is too long: usernames have at most "
                      "{limit} characters. Check what was typed.").format(
                          limit=MAX_USERNAME_LENGTH), field="username")
    if not is_text(text):
        raise TypedTextRefused(
            translate("Credentials", "The username has characters that are not ordinary text "
                      "(perhaps the keyboard or terminal is set to another language's "
                      "encoding, or it came from a file saved that way). Type it again."),
            field="username")


__all__ = ["MAX_PASSWORD_LENGTH", "MAX_USERNAME_LENGTH", "check_typed_password",
           "check_typed_username", "is_text"]
