"""The `refugedesk` command: opens the app, or runs one administrator's task and exits.

    refugedesk                      open the app (the first run offers set-up or a demo)
    refugedesk init                 set up a new vault on a terminal
    refugedesk demo --db PATH       make a fictional demo vault
    refugedesk server init | connect | upgrade
                                    set up the service's PostgreSQL server, write the profile
                                    an office uses to reach it, or bring its records up to date
    refugedesk backup | restore | check | recover | export occupancy | export outcomes
        | export subject-access

Every command that opens a vault takes `--db PATH` and `--user NAME`. The password is asked for
at a prompt, or read from the first line of standard input with `--password-stdin`; never taken
from the command line, where it would stay in the shell history and the process list.

Exit codes: 0 done, 1 refused (the plain reason on stderr), 2 usage. Only `argparse` and other
cheap modules are imported here at start; each command imports what it needs, so `--help` is
quick.

Its words are in English or Cymraeg: `--language cy`, else REFUGEDESK_LANGUAGE, else the language
last used on this computer (the app's look/language setting), else English. argparse's own
words ("usage:", "error:") stay English. Help (--help) and --version read no settings, so they
stay quick: they follow --language or REFUGEDESK_LANGUAGE, else English. Qt, which holds the
translations, is loaded only when another language is spoken or a command needs it.

One module for every command, past 500 lines: each command is a short function and its parser
entry, and reading them side by side keeps their wording, exit codes and password handling the
same.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from refugedesk import __version__, i18n
from refugedesk.errors import RefugeDeskError, TypedTextRefused
from refugedesk.i18n import ENGLISH, QT_TRANSLATE_NOOP, english_count, translate

if TYPE_CHECKING:
    from refugedesk.db.vault import Vault

#: The languages the command line speaks (`--language`).
LANGUAGES = tuple(sorted(i18n.LANGUAGES))


EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

NO_PASSWORD_ARGUMENT = QT_TRANSLATE_NOOP(
    "Cli",
    "Passwords are never taken on the command line (they would stay in the shell history). "
    "Leave it out to be asked, or pipe it in with --password-stdin."
)
#: The commands (the first word after the options), to tell the app from a command before
#: the parser is built: the language of its help is chosen first.
COMMANDS = frozenset({"init", "demo", "backup", "restore", "check", "recover", "protect",
                      "retention", "export", "server", "migrate-to-server"})


class _Parser(argparse.ArgumentParser):
    """argparse without prefix guessing: `--pass` must not quietly mean `--password-stdin`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)


class _RefusePasswordArgument(argparse.Action):
    """`--password SECRET` is a usage error with an explanation, not an unknown option."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        parser.error(translate("Cli", NO_PASSWORD_ARGUMENT))


# --- reading what the user types ------------------------------------------------------------


def _stdin_line(what: str = "password") -> str:
    """One line of standard input without its line ending, for a password or recovery code.

    Read as bytes and decoded as UTF-8 strictly, at most a little over the longest password
    (so a file piped in by mistake is not read whole): bytes that are not UTF-8 are refused in
    plain words, rather than passed on as lone surrogates to fail somewhere deep inside."""
    from refugedesk.credentials import MAX_PASSWORD_LENGTH

    # A UTF-8 character is at most 4 bytes; +2 for the line ending; +1 to see it is too long.
    limit = MAX_PASSWORD_LENGTH * 4 + 3
    raw_stream = getattr(sys.stdin, "buffer", None)  # None: a text stream in its place (tests)
    data: str | bytes = (sys.stdin.readline(limit) if raw_stream is None
                         else raw_stream.readline(limit))
    code = what == "recovery code"
    if len(data) >= limit and data[-1:] not in ("\n", b"\n"):
        raise TypedTextRefused((translate(
            "Cli", "The recovery code on standard input is too long: RefugeDesk takes passwords "
            "of up to {count} characters. Check that only the recovery code is piped in.")
            if code else translate(
            "Cli", "The password on standard input is too long: RefugeDesk takes passwords of "
            "up to {count} characters. Check that only the password is piped in.")
        ).format(count=_number(MAX_PASSWORD_LENGTH)), field="password")
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise TypedTextRefused(translate(
                "Cli", "The recovery code on standard input is not UTF-8 text, so it cannot be "
                "used. Save or send it as UTF-8 (the usual setting) and try again.")
                if code else translate(
                "Cli", "The password on standard input is not UTF-8 text, so it cannot be used. "
                "Save or send it as UTF-8 (the usual setting) and try again."),
                field="password") from None
    return data.rstrip("\r\n")


def _number(value: int) -> str:
    """A number with the language's separators ("1,024")."""
    return i18n.number(value)


def _read_password(args: argparse.Namespace, prompt: str | None = None) -> str:
    """The password from the first line of stdin (--password-stdin) or a prompt that does not
    echo. Only the line ending is removed: spaces can be part of a password. What cannot be a
    password (too long, not text) is refused before anything is opened."""
    from refugedesk.credentials import check_typed_password

    if args.password_stdin:
        password = _stdin_line()
        if not password:
            raise RefugeDeskError(translate("Cli", "No password was given on standard input."))
    else:
        password = getpass.getpass(prompt or translate("Cli", "Password: "))
    check_typed_password(password)
    return password


def _check_user_argument(args: argparse.Namespace) -> None:
    """--user NAME, refused at once (before a password is asked for) when it cannot be a
    username: Python hands over bytes that are not UTF-8 as lone surrogates."""
    from refugedesk.credentials import check_typed_username

    check_typed_username(args.user)


def _choose_password(prompt: str, username: str, *, nothing_done: str) -> str:
    """A new password typed twice at a prompt, checked against the password rule."""
    from refugedesk import staff

    password = getpass.getpass(prompt)
    staff.check_password(password, username=username)
    if getpass.getpass(translate("Cli", "The same password again: ")) != password:
        raise RefugeDeskError(translate("Cli", "The two passwords are not the same. {nothing_done}")
                              .format(nothing_done=nothing_done))
    return password


def _ask(prompt: str) -> str:
    print(prompt, end="", flush=True)
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.strip()


def _vault_path(args: argparse.Namespace) -> Path:
    """--db, or the app's own vault (the one `refugedesk` opens)."""
    chosen = getattr(args, "db", None) or getattr(args, "app_db", None)
    if chosen:
        return Path(chosen).expanduser()
    try:
        from refugedesk.paths import default_vault_path
    except ImportError:  # pragma: no cover - only while the app shell is being built
        raise RefugeDeskError(translate("Cli", "Say which vault to use with --db PATH.")) from None
    return default_vault_path()


def _sign_in(args: argparse.Namespace) -> Vault:
    from refugedesk import access

    path = _vault_path(args)
    _check_user_argument(args)
    password = _read_password(args, translate("Cli", "Password for {user}: ").format(
        user=args.user))
    return access.sign_in(path, args.user, password)


# --- the commands ---------------------------------------------------------------------------


def _cmd_app(args: argparse.Namespace) -> int:
    if args.self_test:
        from refugedesk.selftest import run

        return run()
    from refugedesk.app import main as app_main

    db = args.app_db
    return app_main(Path(db).expanduser() if db else None)


def _cmd_init(args: argparse.Namespace) -> int:
    from refugedesk import access, staff

    path = _vault_path(args)
    if args.password_stdin:
        missing = [flag for flag, value in (("--organisation", args.organisation),
                                            ("--name", args.name), ("--username", args.username))
                   if not value]
        if missing:
            args.parser.error(translate(
                "Cli", "with --password-stdin, also give {options} (standard input holds only "
                "the password)").format(options=", ".join(missing)))
    print(translate("Cli", "Setting up a new RefugeDesk vault at {path}").format(path=path))
    organisation = args.organisation or _ask(translate("Cli", "Name of your service: "))
    name = args.name or _ask(translate("Cli", "Your name: "))
    username = staff.check_username(args.username or _ask(translate("Cli", "Your username: ")))
    if args.password_stdin:
        password = _read_password(args)
    else:
        print(translate("Cli", "Choose a password: at least 10 characters; three or four "
                               "unrelated words work well."))
        password = _choose_password(translate("Cli", "Password: "), username,
                                    nothing_done=translate("Cli", "Nothing was set up."))
    vault, code = access.set_up(path, organisation=organisation, username=username,
                                display_name=name, password=password)
    vault.close()
    from refugedesk.db.keyslots import keyfile_path

    print("\n" + translate("Cli", "The vault is ready: {path}").format(path=path))
    print(translate("Cli", "Its key file: {path}  (keep the two together)").format(
        path=keyfile_path(path)))
    _show_recovery_code(code)
    if args.db:
        print("\n" + translate("Cli", "Open it with: {command}").format(
            command=f"refugedesk --db {path}"))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from refugedesk.demo import DEMO_PASSWORD, DEMO_STAFF, create_demo_vault

    path = Path(args.db).expanduser()
    create_demo_vault(path).close()
    print(translate("Cli", "Demo vault created at {path} (fictional data only).").format(
        path=path))
    print(translate("Cli", "Accounts, each with the password '{password}' (allowed only because "
                           "this is a demo):").format(password=DEMO_PASSWORD))
    for username, display_name, role in DEMO_STAFF:
        print(f"  {username:<8} {role.label:<15} {display_name}")
    print(translate("Cli", "Open it with: {command}").format(command=f"refugedesk --db {path}"))
    return EXIT_OK


def _show_recovery_code(code: str) -> None:
    """The recovery code, once, with what it is for (a file vault's init and a server's)."""
    print("\n" + translate("Cli", "Recovery code (shown only this once):") + "\n")
    print(f"    {code}\n")
    print(translate("Cli", "Write it down or print it now and keep it offline, locked away from "
                           "this computer.\nIt opens the vault if every administrator forgets "
                           "her password, so anyone who has it\nand a copy of the vault can read "
                           "everything in it. It cannot be shown again."))


def _server_place(args: argparse.Namespace) -> tuple[Any, Any]:
    """--host, --port, --database and --ca, checked before anything is asked or sent: the
    server (refugedesk.server.setup.Server) and the profile that would be saved for it."""
    from refugedesk.server.profile import ServerProfile
    from refugedesk.server.setup import Server

    ca = Path(args.ca).expanduser()
    try:
        pem = ca.read_text(encoding="ascii")
    except (OSError, UnicodeError):
        pem = ""  # the profile's own check says what a certificate file should be
    profile = ServerProfile(args.host, args.port, args.database, pem)
    return Server(args.host, args.port, ca), profile


def _cmd_server_init(args: argparse.Namespace) -> int:
    from refugedesk.server import setup

    server, profile = _server_place(args)
    username = setup.check_admin_username(args.admin_username)
    if not args.admin_name.strip():
        raise RefugeDeskError(translate("Access", "Enter your name."))
    nothing_done = translate("Cli", "Nothing was set up.")
    if args.password_stdin:
        superuser_password = _stdin_line()
        password = _stdin_line()
        if not superuser_password or not password:
            raise RefugeDeskError(translate(
                "Cli", "Give the server user's password on the first line of standard input "
                "and the first administrator's new password on the second."))
    else:
        superuser_password = getpass.getpass(translate(
            "Cli", "Password of {user} on the server: ").format(user=args.superuser))
        print(translate("Cli", "Choose a password for {user}, the first administrator: at least "
                               "10 characters; three or four unrelated words work well.")
              .format(user=username))
        password = _choose_password(translate("Cli", "Password: "), username,
                                    nothing_done=nothing_done)
    print(translate("Cli", "Setting up RefugeDesk on {server}").format(
        server=profile.describe()))
    done = setup.initialise(server, args.database, superuser=args.superuser,
                            superuser_password=superuser_password,
                            organisation=args.organisation, admin_username=username,
                            admin_name=args.admin_name, admin_password=password)
    print("\n" + translate("Cli", "The server is ready: {server}. Its first administrator is "
                                   "{user}.").format(server=profile.describe(), user=done.admin))
    _show_recovery_code(done.recovery_code)
    if args.profile:
        saved = profile.save(Path(args.profile).expanduser())
        print("\n" + translate("Cli", "Server profile written: {path}\nGive it, with the "
                                       "certificate file beside it ({ca}), to each office.")
              .format(path=saved.path, ca=saved.ca_path))
    print("\n" + setup.settings_advice(done.database))
    return EXIT_OK


def _cmd_migrate_to_server(args: argparse.Namespace) -> int:
    import getpass

    from refugedesk import access
    from refugedesk.server import setup

    server, profile = _server_place(args)
    path = _vault_path(args)
    _check_user_argument(args)
    if args.password_stdin:
        password, superuser_password = _stdin_line(), _stdin_line()
        if not password or not superuser_password:
            raise RefugeDeskError(translate(
                "Cli", "Give your RefugeDesk password on the first line of standard input and "
                "the server user's password on the second."))
    else:
        password = getpass.getpass(translate("Cli", "Password for {user}: ").format(
            user=args.user))
        superuser_password = getpass.getpass(translate(
            "Cli", "Password of {user} on the server: ").format(user=args.superuser))
    print(translate("Cli", "Moving {path} to {server}").format(path=path,
                                                             server=profile.describe()))
    with access.sign_in(path, args.user, password) as vault:
        report = setup.move_vault(server, args.database, superuser=args.superuser,
                                  superuser_password=superuser_password, source=vault,
                                  password=password)
    records = sum(report.tables.values())
    print(translate("Cli", "Moved and checked: {records} records in {tables} tables, each the "
                           "same on the server as in the file. The file is unchanged.").format(
        records=records, tables=len(report.tables)))
    if report.need_password:
        print(translate("Cli", "Before they can sign in to the server, an administrator gives "
                               "each of these colleagues a first password in Admin (Set new "
                               "password): {names}").format(names=", ".join(report.need_password)))
    _show_recovery_code(report.recovery_code)
    if args.profile:
        saved = profile.save(Path(args.profile).expanduser())
        print("\n" + translate("Cli", "Server profile written: {path}\nGive it, with the "
                                       "certificate file beside it ({ca}), to each office.")
              .format(path=saved.path, ca=saved.ca_path))
    return EXIT_OK


def _cmd_server_upgrade(args: argparse.Namespace) -> int:
    import getpass

    from refugedesk.server import setup

    server, profile = _server_place(args)
    if args.password_stdin:
        password = _stdin_line()
    else:
        password = getpass.getpass(translate(
            "Cli", "Password of {user} on the server: ").format(user=args.superuser))
    print(translate("Cli", "Bringing the records on {server} up to date").format(
        server=profile.describe()))
    done = setup.upgrade(server, args.database, superuser=args.superuser,
                         superuser_password=password)
    if done.migrated:
        print(translate("Cli", "The records were in form {was} and are now in form {now}, "
                               "the form this copy of RefugeDesk uses. The server's rules "
                               "were made again for it.").format(was=done.was, now=done.now))
    else:
        print(translate("Cli", "The records were already in form {now}, the form this copy of "
                               "RefugeDesk uses. The server's rules were made again.")
              .format(now=done.now))
    print(translate("Cli", "Offices can sign in again with this release."))
    return EXIT_OK


def _cmd_server_connect(args: argparse.Namespace) -> int:
    from refugedesk.server import setup

    server, profile = _server_place(args)
    setup.check_server(server, args.database)
    saved = profile.save(Path(args.save).expanduser())
    print(translate("Cli", "The server {server} answered with a certificate your authority "
                           "vouches for.").format(server=profile.describe()))
    print(translate("Cli", "Server profile written: {path}\nGive it, with the certificate file "
                           "beside it ({ca}), to each office.").format(path=saved.path,
                                                                       ca=saved.ca_path))
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from refugedesk import access

    with _sign_in(args) as vault:
        db_file, key_file = access.backup(vault, Path(args.out).expanduser())
    print(translate("Cli", "Backup written:") + f"\n  {db_file}\n  {key_file}")
    print(translate("Cli", "Keep the two files together: the backup cannot be opened without its "
                           "key file. Staff passwords as they are today open it."))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from refugedesk import access

    target = _vault_path(args)
    source = Path(args.source).expanduser()
    if not args.recovery_code and not args.user:
        args.parser.error(translate("Cli", "say who is restoring with --user NAME, or use "
                                           "--recovery-code"))
    if args.recovery_code and args.user:
        args.parser.error(translate("Cli", "--user is not used with --recovery-code (the code "
                                           "acts for nobody)"))
    if args.user:
        _check_user_argument(args)
    if not args.yes:
        if args.password_stdin or not sys.stdin.isatty():
            raise RefugeDeskError(translate(
                "Cli", "Restoring replaces the vault. Add --yes to do it without being asked."))
        print(translate("Cli", "This replaces the vault at {vault}\nwith the backup {backup}.\n"
                               "The current files are kept beside it, named "
                               "'...before-restore-<time>'.").format(vault=target, backup=source))
        # "yes" always works, and so does the word the prompt asks for in its own language.
        answer = _ask(translate("Cli", "Type yes to restore: ")).lower()
        yes = translate("Cli", "yes").lower()
        if answer not in ("yes", yes):
            print(translate("Cli", "Nothing was changed."))
            return EXIT_REFUSED
    had_vault = target.exists()
    if args.recovery_code:
        if args.password_stdin:
            code = sys.stdin.readline().strip()
            if not code:
                raise RefugeDeskError(translate(
                    "Cli", "No recovery code was given on standard input."))
        else:
            code = getpass.getpass(translate("Cli", "Recovery code: "))
        access.restore_with_recovery(source, target, code)
        print(translate("Cli", "Restored {vault} from {backup} with the recovery code (recorded "
                               "in the restored vault's audit trail); the backup was checked "
                               "before anything was replaced.").format(vault=target,
                                                                       backup=source))
    else:
        password = _read_password(args, translate(
            "Cli", "Password for {user} (as it was in the backup): ").format(user=args.user))
        access.restore(source, target, args.user, password)
        print(translate("Cli", "Restored {vault} from {backup} as {user}; the backup was checked "
                               "before anything was replaced.").format(
            vault=target, backup=source, user=args.user))
    if had_vault:
        print(translate("Cli", "The files it replaced were kept beside it, named "
                               "'...before-restore-<time>'."))
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from refugedesk import access

    with _sign_in(args) as vault:
        report = access.check_report(vault)
    problems = report.problems
    if not problems:
        events = report.events
        print(english_count(
            translate("Cli", "Vault OK: %n audit events, chain intact"),
            events, one="Vault OK: 1 audit event, chain intact"))
        return EXIT_OK
    count = len(problems)
    print(english_count(
        translate("Cli", "The check found %n problems in {path}:"),
        count, one="The check found 1 problem in {path}:").format(path=_vault_path(args)))
    for problem in problems:
        first, *more = problem.splitlines() or [""]
        print(f"  - {first}")
        for line in more:  # SQLite's integrity report can run over several lines
            print(f"    {line}")
    print(translate("Cli", "If the file is damaged, restore the latest backup. If audit events "
                           "were changed or removed, someone with access altered the vault: "
                           "tell your manager."))
    return EXIT_REFUSED


def _cmd_recover(args: argparse.Namespace) -> int:
    from refugedesk import access

    path = _vault_path(args)
    _check_user_argument(args)
    if args.password_stdin:
        code = _stdin_line("recovery code").strip()
        password = _stdin_line()
        if not code or not password:
            raise RefugeDeskError(translate(
                "Cli", "Give the recovery code on the first line of standard input and the new "
                "password on the second."))
    else:
        code = getpass.getpass(translate("Cli", "Recovery code: "))
        password = _choose_password(
            translate("Cli", "New password for {user}: ").format(user=args.user), args.user,
            nothing_done=translate("Cli", "Nothing was changed."))
    access.recover_account(path, code, args.user, password)
    print(translate("Cli", "{user} can now sign in with the new password. The recovery code "
                           "still works: keep it offline, and tell your manager it was used (it "
                           "is in the audit trail).").format(user=args.user))
    return EXIT_OK


def _cmd_protect(args: argparse.Namespace) -> int:
    from refugedesk import access

    with _sign_in(args) as vault:
        if args.password_stdin:
            code = sys.stdin.readline().strip()
            if not code:
                raise RefugeDeskError(translate(
                    "Cli", "Give your password on the first line of standard input and the "
                    "recovery code on the second."))
        else:
            code = getpass.getpass(translate("Cli", "Recovery code: "))
        access.protect_staff_accounts(vault, code)
    print(translate("Cli", "Staff accounts are now signed: a change made outside RefugeDesk to "
                           "who may do what will be refused and noticed. Colleagues are tied to "
                           "their own signing key when an administrator next sets a new password "
                           "for them."))
    return EXIT_OK


def _refuse_vault_files(args: argparse.Namespace, out: Path) -> None:
    """Refuse, before asking for the password, an --out that is the vault, its key file, one
    of its working files or any other vault or key file (the export checks again)."""
    from refugedesk.reports.output import check_export_target

    check_export_target(out, vault_path=_vault_path(args))


def _cmd_export_occupancy(args: argparse.Namespace) -> int:
    if args.end < args.start:
        args.parser.error(translate("Cli", "--to is before --from"))
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        args.parser.error(translate("Cli", "--out must name an .xlsx file"))
    try:
        from refugedesk.reports.occupancy import export_occupancy
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("refugedesk"):
            raise
        raise RefugeDeskError(translate(
            "Cli", "This version of RefugeDesk cannot export occupancy yet.")) from None
    _refuse_vault_files(args, out)
    with _sign_in(args) as vault:
        written = export_occupancy(vault, start=args.start, end=args.end, out=out,
                                   include_names=args.include_names,
                                   for_outside=args.for_outside)
    print(translate("Cli", "Occupancy {first} to {last} written to {path}").format(
        first=args.start, last=args.end, path=written))
    if args.include_names:
        print(translate("Cli", "This file holds residents' names and is NOT encrypted: keep it "
                               "on an encrypted drive and delete it when it is no longer "
                               "needed."), file=sys.stderr)
    return EXIT_OK


def _cmd_export_outcomes(args: argparse.Namespace) -> int:
    if args.end < args.start:
        args.parser.error(translate("Cli", "--to is before --from"))
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        args.parser.error(translate("Cli", "--out must name an .xlsx file"))
    from refugedesk.reports.outcomes import export_outcomes

    _refuse_vault_files(args, out)
    with _sign_in(args) as vault:
        written = export_outcomes(vault, start=args.start, end=args.end, out=out,
                                  for_outside=args.for_outside)
    print(translate("Cli", "Outcomes {first} to {last} written to {path}").format(
        first=args.start, last=args.end, path=written))
    return EXIT_OK


def _cmd_export_subject_access(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".zip":
        args.parser.error(translate("Cli", "--out must name a .zip file"))
    from refugedesk import subject_access
    from refugedesk.reports.subject_access_pdf import export

    _refuse_vault_files(args, out)
    _qt_app(gui=True)  # her copy is a PDF, drawn by Qt
    with _sign_in(args) as vault:
        subject_access.check_can_release(vault.person)
        resident_id = vault.read(
            lambda s: subject_access.resident_by_reference(s, args.resident))
        released = export(vault, resident_id, out)
    files = len(released.files)
    print(english_count(translate("Cli", "Her data written to {path} (%n files)."),
                        files, one="Her data written to {path} (1 file).").format(
        path=released.path))
    if released.withheld:
        print(translate("Cli", "Withheld ({count}), as the default review list suggests:")
              .format(count=len(released.withheld)))
        for key, why in sorted(released.withheld.items()):
            print(f"  {key}: {why}")
    else:
        print(translate("Cli", "Nothing was withheld."))
    print(translate("Cli", "This file holds her data and is NOT encrypted: give it to her safely "
                           "and delete your copy."), file=sys.stderr)
    return EXIT_OK


# --- the parser -----------------------------------------------------------------------------


def _cmd_retention(args: argparse.Namespace) -> int:
    """What is due under the retention schedule (references and dates, never names); with
    --apply, carry out what a manager has approved (issue 16)."""
    from refugedesk import retention
    from refugedesk.errors import NotAllowed

    with _sign_in(args) as vault:
        person = vault.confirm_person()
        if not person.is_manager_or_admin:
            raise NotAllowed(translate("Cli", "Only a manager or an administrator can see or "
                                              "carry out retention decisions."))
        today = date.today()
        if args.apply:
            done = retention.apply(vault, today)
            print(translate("Cli", "Anonymised: {anonymised}  Erased: {erased}  Drafts removed: "
                                   "{drafts}").format(anonymised=len(done.anonymised),
                                                      erased=len(done.erased),
                                                      drafts=done.drafts_removed))
            for ref in done.anonymised:
                print("  " + translate("Cli", "anonymised {reference}").format(reference=ref))
            for ref in done.erased:
                print("  " + translate("Cli", "erased {reference}").format(reference=ref))
            for ref, why in done.skipped:
                print("  " + translate("Cli", "not done {reference}: {why}").format(
                    reference=ref, why=why))
            if done.done:
                print(translate("Cli", "Backups still hold what was removed until they expire."))
            return EXIT_OK
        with vault.session() as session:
            items = retention.due(session, today, viewer=person)
    if not items:
        print(translate("Cli", "Nothing is due for review."))
        return EXIT_OK
    count = len(items)
    print(english_count(translate("Cli", "%n due for review on {day}:"), count,
                        one="1 due for review on {day}:").format(day=f"{today:%d/%m/%Y}"))
    for item in items:
        print(f"  {item.reference:<16} {item.kind_text:<24} "
              + translate("Cli", "last {last}  due {due}").format(
                  last=f"{item.last_contact:%d/%m/%Y}", due=f"{item.due_on:%d/%m/%Y}")
              + f"  {item.state_text}")
    return EXIT_OK


def _iso_date(text: str) -> date:
    from refugedesk.dates import RANGE_TEXT, date_problem

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "Cli", "'{text}' is not a date like 2026-03-31").format(text=text)) from None
    if date_problem(day) is not None:  # year 1 or 9999: a slip, and days added to it overflow
        raise argparse.ArgumentTypeError(translate(
            "Cli", "'{text}' cannot be right: check the year ({range})").format(
                text=text, range=RANGE_TEXT))
    return day


def _vault_options(parser: argparse.ArgumentParser, *, user: bool = True,
                   db_help: str | None = None) -> None:
    parser.add_argument("--db", metavar="PATH", help=db_help or translate(
        "Cli", "the vault file (default: the app's own vault)"))
    if user:
        parser.add_argument("--user", metavar="NAME", required=True,
                            help=translate("Cli", "your RefugeDesk username"))
    _password_options(parser)


def _password_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-stdin", action="store_true",
                        help=translate("Cli", "read the password from the first line of "
                                              "standard input instead of asking (for scripts)"))
    parser.add_argument("--password", nargs="?", action=_RefusePasswordArgument,
                        help=argparse.SUPPRESS)


def _language_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--language, on the top level and after any command (where it must not undo the top
    level's choice: the language is chosen before the parser is built, by `_language`)."""
    parser.add_argument("--language", choices=LANGUAGES,
                        default=None if top else argparse.SUPPRESS,
                        help=translate("Cli", "the language of these words: en (English) or cy "
                                              "(Cymraeg); default: REFUGEDESK_LANGUAGE, else "
                                              "the language last used on this computer"))


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the language in use."""
    parser = _Parser(
        prog="refugedesk",
        description=translate("Cli", "RefugeDesk: bed capacity, resident records and shift "
                                     "handover for refuge services, in an encrypted vault.\n"
                                     "With no command, opens the app."),
        epilog=translate("Cli", "Passwords are asked for, or read with --password-stdin; never "
                                "given as arguments.\nExit status: 0 done, 1 refused (the "
                                "reason is printed), 2 usage."),
    )
    parser.add_argument("--version", action="version", version=f"RefugeDesk {__version__}")
    parser.add_argument("--db", dest="app_db", metavar="PATH",
                        help=translate("Cli", "open this vault instead of the app's own"))
    parser.add_argument("--self-test", action="store_true",
                        help=translate("Cli", "check that this copy of RefugeDesk works here, "
                                              "then exit"))
    _language_option(parser, top=True)
    parser.set_defaults(func=_cmd_app, parser=parser)
    commands = parser.add_subparsers(title=translate("Cli", "commands"), metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], help: str,
                description: str,
                parent: (argparse._SubParsersAction[_Parser]
                         | argparse._SubParsersAction[argparse.ArgumentParser]) = commands,
                ) -> argparse.ArgumentParser:
        sub = parent.add_parser(name, help=help, description=description,
                                allow_abbrev=False,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
        sub.set_defaults(func=func, parser=sub)
        _language_option(sub)
        return sub

    init = command("init", _cmd_init,
                   translate("Cli", "set up a new vault and its first administrator"),
                   translate("Cli", "Set up a new vault: your service's name and the first "
                                    "administrator's\naccount. Prints the recovery code once: "
                                    "keep it offline."))
    _vault_options(init, user=False,
                   db_help=translate("Cli", "where to make the vault (default: the app's)"))
    init.add_argument("--organisation", metavar="NAME",
                      help=translate("Cli", "name of your service"))
    init.add_argument("--name", metavar="NAME",
                      help=translate("Cli", "your name, as colleagues know you"))
    init.add_argument("--username", metavar="NAME",
                      help=translate("Cli", "the username you will sign in with"))

    demo = command("demo", _cmd_demo, translate("Cli", "make a demo vault with fictional data"),
                   translate("Cli", "Make a vault of a fictional refuge network for trying "
                                    "RefugeDesk.\nAccounts admin, manager and worker, each with "
                                    "the password 'demo'.\nRefuses if a vault is already "
                                    "there."))
    demo.add_argument("--db", metavar="PATH", required=True,
                      help=translate("Cli", "where to make the demo vault"))

    backup = command("backup", _cmd_backup,
                     translate("Cli", "write an encrypted backup of the vault"),
                     translate("Cli", "Write an encrypted copy of the vault and its key file "
                                      "(managers and\nadministrators). Keep the two files "
                                      "together."))
    _vault_options(backup)
    backup.add_argument("--out", metavar="FILE", required=True,
                        help=translate("Cli", "the backup file to write (.rdb is added if "
                                              "missing; its key file goes beside it)"))

    restore = command("restore", _cmd_restore,
                      translate("Cli", "replace the vault with a checked backup"),
                      translate("Cli", "Replace the vault with a backup (administrators). The "
                                       "backup is opened\nwith your password as it was in the "
                                       "backup and checked first; if it\ndoes not pass, nothing "
                                       "is replaced. The replaced files are kept.\nYou must also "
                                       "be an administrator of the vault as it is now. If it\n"
                                       "cannot be opened (key file lost or damaged, file damaged "
                                       "or gone), use\n--recovery-code instead of --user: the "
                                       "organisation's recovery code\nmust open the backup (and "
                                       "the vault here, if its key file is readable).\nWith "
                                       "--password-stdin, standard input holds the password, or "
                                       "the code.\nRefused while the vault is open anywhere."))
    restore.add_argument("--db", metavar="PATH",
                         help=translate("Cli", "the vault to replace (default: the app's own "
                                               "vault)"))
    restore.add_argument("--user", metavar="NAME",
                         help=translate("Cli", "your RefugeDesk username (not with "
                                               "--recovery-code)"))
    restore.add_argument("--recovery-code", action="store_true",
                         help=translate("Cli", "restore with the organisation's recovery code "
                                               "(asked for, or the first line of standard input "
                                               "with --password-stdin)"))
    _password_options(restore)
    restore.add_argument("--from", dest="source", metavar="FILE", required=True,
                         help=translate("Cli", "the backup's .rdb file (its .rdkeys file must "
                                               "be beside it)"))
    restore.add_argument("--yes", action="store_true",
                         help=translate("Cli", "do not ask for confirmation"))

    check = command("check", _cmd_check,
                    translate("Cli", "check the vault's integrity and audit trail"),
                    translate("Cli", "Check every page of the vault file and the audit trail's "
                                     "hash chain.\nExit 0 when all is well; 1 with each problem "
                                     "listed."))
    _vault_options(check)

    recover = command("recover", _cmd_recover,
                      translate("Cli", "give an account a new password, using the recovery "
                                       "code"),
                      translate("Cli", "For when every administrator has forgotten her "
                                       "password: the recovery\ncode shown at set-up gives an "
                                       "account (--user) a new password, and\nswitches it back "
                                       "on if it was off. With --password-stdin, standard\ninput "
                                       "holds the recovery code, then the new password, one a "
                                       "line.\nTo restore a backup with the recovery code (a "
                                       "vault whose key file is\nlost or damaged): refugedesk "
                                       "restore --recovery-code --from FILE."))
    _vault_options(recover)

    protect = command("protect", _cmd_protect,
                      translate("Cli", "sign the staff accounts of a vault made before they "
                                       "were signed"),
                      translate("Cli", "Once, for a vault made by an older RefugeDesk: an "
                                       "administrator (--user)\ngives the recovery code, and "
                                       "from then on a change made outside\nRefugeDesk to who "
                                       "may do what is refused and noticed. With\n"
                                       "--password-stdin, standard input holds your password, "
                                       "then the code."))
    _vault_options(protect)

    kept = command("retention", _cmd_retention,
                   translate("Cli", "what is due under the retention schedule"),
                   translate("Cli", "List what is due for review under the retention schedule "
                                    "(managers and\nadministrators): references and dates only, "
                                    "never names. With --apply,\ncarry out the anonymise and "
                                    "erase decisions a manager has approved, and\nremove drafts "
                                    "past their time. Cannot be undone; backups keep what was\n"
                                    "removed until they expire."))
    _vault_options(kept)
    kept.add_argument("--apply", action="store_true",
                      help=translate("Cli", "carry out the approved decisions (cannot be "
                                            "undone)"))

    export = command("export",
                     lambda args: args.parser.error(translate("Cli", "say what to export")) or 2,
                     translate("Cli", "export a report to a spreadsheet"),
                     translate("Cli", "Export a report to a spreadsheet."))
    kinds = export.add_subparsers(title=translate("Cli", "reports"), metavar="REPORT")
    occupancy = command("occupancy", _cmd_export_occupancy,
                        translate("Cli", "room-nights used and free"),
                        translate("Cli", "Export occupancy (room-nights used and free, per "
                                         "house) for a period\nto an .xlsx file. Without "
                                         "--include-names it holds no resident names."),
                        parent=kinds)
    _vault_options(occupancy)
    occupancy.add_argument("--from", dest="start", metavar="DATE", type=_iso_date,
                           required=True, help=translate("Cli", "first night, e.g. 2026-01-01"))
    occupancy.add_argument("--to", dest="end", metavar="DATE", type=_iso_date, required=True,
                           help=translate("Cli", "last night, e.g. 2026-03-31"))
    occupancy.add_argument("--out", metavar="FILE.xlsx", required=True,
                           help=translate("Cli", "the spreadsheet to write"))
    occupancy.add_argument("--include-names", action="store_true",
                           help=translate("Cli", "include residents' names (the file is not "
                                                 "encrypted)"))
    occupancy.add_argument("--for-outside", action="store_true",
                           help=translate("Cli", "for funders and commissioners: small counts "
                                                 "hidden"))
    outcomes = command("outcomes", _cmd_export_outcomes,
                       translate("Cli", "what changed for the women supported"),
                       translate("Cli", "Export outcomes (goals achieved, needs scores, exits, "
                                        "MARAC and\nreferrals out, per house) for a period to an "
                                        ".xlsx file. It holds\ncounts only, no resident names."),
                       parent=kinds)
    _vault_options(outcomes)
    outcomes.add_argument("--from", dest="start", metavar="DATE", type=_iso_date,
                          required=True, help=translate("Cli", "first day, e.g. 2026-01-01"))
    outcomes.add_argument("--to", dest="end", metavar="DATE", type=_iso_date, required=True,
                          help=translate("Cli", "last day, e.g. 2026-03-31"))
    outcomes.add_argument("--out", metavar="FILE.xlsx", required=True,
                          help=translate("Cli", "the spreadsheet to write"))
    outcomes.add_argument("--for-outside", action="store_true",
                          help=translate("Cli", "for funders and commissioners: small counts "
                                                "hidden"))
    sar = command("subject-access", _cmd_export_subject_access,
                  translate("Cli", "everything held about one resident, for her (a subject "
                                   "access request)"),
                  translate("Cli", "Export everything held about one resident (--resident, her "
                                   "reference) to a\n.zip: a readable PDF, JSON per area and a "
                                   "README. Managers and\nadministrators only. The default "
                                   "review list is withheld (other residents,\nthe person she "
                                   "left, staff-only risk notes, notes that seem to name "
                                   "someone\nelse) and printed; review it in the app to release "
                                   "more."), parent=kinds)
    _vault_options(sar)
    sar.add_argument("--resident", metavar="REF", required=True,
                     help=translate("Cli", "her reference, as lists show it"))
    sar.add_argument("--out", metavar="FILE.zip", required=True,
                     help=translate("Cli", "the .zip to write"))
    server = command("server",
                     lambda args: args.parser.error(translate("Cli", "say what to do with the "
                                                                     "server")) or 2,
                     translate("Cli", "set up the service's PostgreSQL server, or connect to it"),
                     translate("Cli", "The service's records on a PostgreSQL server (for "
                                      "services with several\nhouses and offices): set it up, "
                                      "or write the profile each office opens."))
    server_commands = server.add_subparsers(title=translate("Cli", "commands"),
                                            metavar="COMMAND")

    def where(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--host", required=True, metavar="NAME",
                         help=translate("Cli", "the server's name, as its certificate gives it"))
        sub.add_argument("--port", type=int, default=5432, metavar="NUMBER",
                         help=translate("Cli", "its port (default 5432)"))
        sub.add_argument("--database", required=True, metavar="NAME",
                         help=translate("Cli", "the service's database on it"))
        sub.add_argument("--ca", required=True, metavar="CA.pem",
                         help=translate("Cli", "the certificate of the authority that signed "
                                               "the server's certificate"))

    move = command(
        "migrate-to-server", _cmd_migrate_to_server,
        translate("Cli", "move a vault file onto the service's server, checked record by "
                         "record"),
        translate("Cli", "Move the vault file onto the service's PostgreSQL server: a new, "
                         "empty database\n(made if it does not exist) gets every record, "
                         "the audit trail unbroken, and\nis then checked record by record "
                         "against the file, which is never changed.\nSigns in to the vault "
                         "as an administrator (--user) and to the server as its\nsuperuser "
                         "(--superuser). Prints a new recovery code once. With\n"
                         "--password-stdin, standard input holds your RefugeDesk password, "
                         "then the\nserver user's password, one a line."))
    _vault_options(move)
    where(move)
    move.add_argument("--superuser", required=True, metavar="NAME",
                      help=translate("Cli", "the server user to set it up as (often "
                                            "postgres)"))
    move.add_argument("--profile", metavar="OUT.rdserver",
                      help=translate("Cli", "also write the server profile for the offices "
                                            "here"))
    server_init = command(
        "init", _cmd_server_init,
        translate("Cli", "set up a service's database on its server, and its first "
                         "administrator"),
        translate("Cli", "Set up the service's database on its PostgreSQL server (made if it "
                         "does not\nexist) and its first administrator, signing in as the "
                         "server's superuser\n(or a role that may create roles and "
                         "databases). The connection is\nencrypted and the server's "
                         "certificate checked against --ca. Refused,\nchanging nothing, if "
                         "the database is already set up. Prints the recovery\ncode once, "
                         "then what to put in pg_hba.conf and postgresql.conf.\nWith "
                         "--password-stdin, standard input holds the superuser's password,\n"
                         "then the administrator's new password, one a line."),
        parent=server_commands)
    where(server_init)
    server_init.add_argument("--superuser", required=True, metavar="NAME",
                             help=translate("Cli", "the server user to set it up as (often "
                                                   "postgres)"))
    server_init.add_argument("--organisation", required=True, metavar="NAME",
                             help=translate("Cli", "name of your service"))
    server_init.add_argument("--admin-username", required=True, metavar="NAME",
                             help=translate("Cli", "the first administrator's username"))
    server_init.add_argument("--admin-name", required=True, metavar="NAME",
                             help=translate("Cli", "her name, as colleagues know her"))
    server_init.add_argument("--profile", metavar="OUT.rdserver",
                             help=translate("Cli", "also write the server profile for the "
                                                   "offices here"))
    _password_options(server_init)
    server_connect = command(
        "connect", _cmd_server_connect,
        translate("Cli", "write the profile an office uses to reach the server"),
        translate("Cli", "Check that the server answers with a certificate the authority "
                         "(--ca)\nvouches for, then write the server profile (--save). No "
                         "password is\nasked for, and nobody's is sent: each person's is "
                         "checked when she signs in."),
        parent=server_commands)
    where(server_connect)
    server_connect.add_argument("--save", required=True, metavar="OUT.rdserver",
                                help=translate("Cli", "where to write the profile"))
    server_upgrade = command(
        "upgrade", _cmd_server_upgrade,
        translate("Cli", "bring the records on the server to this release's form"),
        translate("Cli", "After installing a new release of RefugeDesk: bring the service's "
                         "records on its\nserver to the form the release uses, and make the "
                         "server's rules (who may\nread and change what) again, in one "
                         "step that changes nothing if any part\nfails. Signs in as the "
                         "server's superuser (or a role that may create\nroles). Refused, "
                         "changing nothing, while anyone is connected: ask\neveryone to "
                         "close RefugeDesk first. With --password-stdin, standard\ninput "
                         "holds the server user's password."),
        parent=server_commands)
    where(server_upgrade)
    server_upgrade.add_argument("--superuser", required=True, metavar="NAME",
                                help=translate("Cli", "the server user to sign in as (often "
                                                      "postgres)"))
    server_upgrade.add_argument("--password-stdin", action="store_true",
                                help=translate("Cli", "read the server user's password from "
                                                      "the first line of standard input"))
    return parser


# --- the language ---------------------------------------------------------------------------

#: The Qt application the command line makes when there is none (kept for the whole run).
_gui: object = None


def _qt_app(*, gui: bool = False) -> None:
    """A Qt application for the translations (a QCoreApplication), or for drawing a PDF (a
    QGuiApplication, offscreen when there is no display), unless one is running already."""
    global _gui
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        return
    name = [sys.argv[0] if sys.argv else "refugedesk"]
    if gui:
        from PySide6.QtGui import QGuiApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _gui = QGuiApplication(name)
    else:
        _gui = QCoreApplication(name)


def _default_language(*, settings_too: bool = True) -> str:
    """REFUGEDESK_LANGUAGE, else the language last used on this computer (the app's
    look/language setting; not with `settings_too` False), else English."""
    chosen = os.environ.get("REFUGEDESK_LANGUAGE", "").strip().lower()
    if chosen:
        return i18n.known(chosen)
    if not settings_too:
        return ENGLISH
    try:
        from refugedesk.ui import settings

        own = getattr(settings, "language", None)
        value = own() if callable(own) else settings.store().value("look/language")
    except Exception:  # no settings to read here: English
        return ENGLISH
    return i18n.known(str(value)) if value else ENGLISH


def _language(argv: Sequence[str]) -> tuple[str, bool, bool]:
    """From `argv`, before the parser is built (its help is in the language chosen): the
    language; whether it runs the app (no command and no --help, --version: the app chooses
    its own language and makes its own QApplication); whether it draws a PDF."""
    early = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    early.add_argument("--language")
    early.add_argument("--db")
    try:
        known, rest = early.parse_known_args(list(argv))
    except argparse.ArgumentError:  # "--language" with nothing after it: the parser says so
        known, rest = argparse.Namespace(language=None, db=None), list(argv)
    words = [w for w in rest if not w.startswith("-")]
    helping = bool({"-h", "--help", "--version"} & set(rest))
    is_app = not (words and words[0] in COMMANDS) and not helping
    code = (i18n.known(known.language) if known.language
            else _default_language(settings_too=not helping and not is_app))
    return code, is_app, words[:2] == ["export", "subject-access"]


# --- running --------------------------------------------------------------------------------


def _say_refused(err: RefugeDeskError) -> None:
    """A refusal's plain message on stderr; for a file the computer would not let us use,
    which file (the person at the terminal chose it, so it is no secret to her)."""
    where = getattr(err, "filename", None)
    print(f"refugedesk: {err}" + (f" ({where})" if where else ""), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command in `argv` (default: sys.argv[1:]) and return its exit status."""
    from refugedesk.paths import private_files

    private_files()
    argv = list(sys.argv[1:] if argv is None else argv)
    before = i18n.current()
    try:
        code, is_app, draws = _language(argv)
        if not is_app and (code != ENGLISH or draws):
            _qt_app(gui=draws)
        if not is_app and code != before:
            i18n.use(code)
        parser = build_parser()
        args = parser.parse_args(argv)
        status: int = args.func(args)
        return status
    except SystemExit as exc:  # --help, --version and usage errors from argparse
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except RefugeDeskError as exc:
        _say_refused(exc)
        return EXIT_REFUSED
    except (KeyboardInterrupt, EOFError):
        print("\nrefugedesk: " + translate("Cli", "stopped."), file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:
        # The same mapping as the app's: a full or read-only drive, a failing disk, a busy or
        # damaged vault are plain refusals, whichever layer noticed them first.
        from refugedesk.db.engine import known_error

        known = known_error(exc)
        if known is not None:
            _say_refused(known)
            return EXIT_REFUSED
        if isinstance(exc, OSError):
            where = f" ({exc.filename})" if exc.filename else ""
            print(f"refugedesk: {exc.strerror or exc}{where}", file=sys.stderr)
            return EXIT_REFUSED
        # A bug. Its message may quote SQL parameters, which can be resident data, so only the
        # kind of error is shown; REFUGEDESK_DEBUG=1 shows the whole traceback.
        if os.environ.get("REFUGEDESK_DEBUG"):
            raise
        print("refugedesk: " + translate(
            "Cli", "something went wrong inside RefugeDesk ({kind}). Nothing more is shown, to "
            "keep the vault's contents private. Run again with REFUGEDESK_DEBUG=1 to see the "
            "details.").format(kind=type(exc).__name__), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        if i18n.current() != before:
            i18n.use(before)  # main() run again in this process (tests) starts as it was


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
