"""The `refugedesk` command: opens the app, or runs one administrator's task and exits.

    refugedesk                      open the app (the first run offers set-up or a demo)
    refugedesk init                 set up a new vault on a terminal
    refugedesk demo --db PATH       make a fictional demo vault
    refugedesk backup | restore | check | recover | export occupancy | export outcomes
        | export subject-access

Every command that opens a vault takes `--db PATH` and `--user NAME`. The password is asked for
at a prompt, or read from the first line of standard input with `--password-stdin`; never taken
from the command line, where it would stay in the shell history and the process list.

Exit codes: 0 done, 1 refused (the plain reason on stderr), 2 usage. Only `argparse` and other
cheap modules are imported here at start; each command imports what it needs, so `--help` is
quick.

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

from refugedesk import __version__
from refugedesk.errors import RefugeDeskError, TypedTextRefused

if TYPE_CHECKING:
    from refugedesk.db.vault import Vault

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

NO_PASSWORD_ARGUMENT = (
    "Passwords are never taken on the command line (they would stay in the shell history). "
    "Leave it out to be asked, or pipe it in with --password-stdin."
)


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
        parser.error(NO_PASSWORD_ARGUMENT)


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
    if len(data) >= limit and data[-1:] not in ("\n", b"\n"):
        raise TypedTextRefused(
            f"The {what} on standard input is too long: RefugeDesk takes passwords of up to "
            f"{MAX_PASSWORD_LENGTH:,} characters. Check that only the {what} is piped in.",
            field="password")
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise TypedTextRefused(
                f"The {what} on standard input is not UTF-8 text, so it cannot be used. Save "
                "or send it as UTF-8 (the usual setting) and try again.",
                field="password") from None
    return data.rstrip("\r\n")


def _read_password(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    """The password from the first line of stdin (--password-stdin) or a prompt that does not
    echo. Only the line ending is removed: spaces can be part of a password. What cannot be a
    password (too long, not text) is refused before anything is opened."""
    from refugedesk.credentials import check_typed_password

    if args.password_stdin:
        password = _stdin_line()
        if not password:
            raise RefugeDeskError("No password was given on standard input.")
    else:
        password = getpass.getpass(prompt)
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
    if getpass.getpass("The same password again: ") != password:
        raise RefugeDeskError(f"The two passwords are not the same. {nothing_done}")
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
        raise RefugeDeskError("Say which vault to use with --db PATH.") from None
    return default_vault_path()


def _sign_in(args: argparse.Namespace) -> Vault:
    from refugedesk import access

    path = _vault_path(args)
    _check_user_argument(args)
    password = _read_password(args, f"Password for {args.user}: ")
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
            args.parser.error(
                f"with --password-stdin, also give {', '.join(missing)} "
                "(standard input holds only the password)"
            )
    print(f"Setting up a new RefugeDesk vault at {path}")
    organisation = args.organisation or _ask("Name of your service: ")
    name = args.name or _ask("Your name: ")
    username = staff.check_username(args.username or _ask("Your username: "))
    if args.password_stdin:
        password = _read_password(args)
    else:
        print("Choose a password: at least 10 characters; three or four unrelated words work "
              "well.")
        password = _choose_password("Password: ", username, nothing_done="Nothing was set up.")
    vault, code = access.set_up(path, organisation=organisation, username=username,
                                display_name=name, password=password)
    vault.close()
    from refugedesk.db.keyslots import keyfile_path

    print(f"\nThe vault is ready: {path}")
    print(f"Its key file:       {keyfile_path(path)}  (keep the two together)")
    print("\nRecovery code (shown only this once):\n")
    print(f"    {code}\n")
    print("Write it down or print it now and keep it offline, locked away from this computer.\n"
          "It opens the vault if every administrator forgets her password, so anyone who has it\n"
          "and a copy of the vault can read everything in it. It cannot be shown again.")
    if args.db:
        print(f"\nOpen it with: refugedesk --db {path}")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from refugedesk.demo import DEMO_PASSWORD, DEMO_STAFF, create_demo_vault

    path = Path(args.db).expanduser()
    create_demo_vault(path).close()
    print(f"Demo vault created at {path} (fictional data only).")
    print("Accounts, each with the password "
          f"'{DEMO_PASSWORD}' (allowed only because this is a demo):")
    for username, display_name, role in DEMO_STAFF:
        print(f"  {username:<8} {role.label:<15} {display_name}")
    print(f"Open it with: refugedesk --db {path}")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from refugedesk import access

    with _sign_in(args) as vault:
        db_file, key_file = access.backup(vault, Path(args.out).expanduser())
    print(f"Backup written:\n  {db_file}\n  {key_file}")
    print("Keep the two files together: the backup cannot be opened without its key file. "
          "Staff passwords as they are today open it.")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from refugedesk import access

    target = _vault_path(args)
    source = Path(args.source).expanduser()
    if not args.recovery_code and not args.user:
        args.parser.error("say who is restoring with --user NAME, or use --recovery-code")
    if args.recovery_code and args.user:
        args.parser.error("--user is not used with --recovery-code (the code acts for nobody)")
    if args.user:
        _check_user_argument(args)
    if not args.yes:
        if args.password_stdin or not sys.stdin.isatty():
            raise RefugeDeskError(
                "Restoring replaces the vault. Add --yes to do it without being asked.")
        print(f"This replaces the vault at {target}\nwith the backup {source}.\n"
              "The current files are kept beside it, named '...before-restore-<time>'.")
        if _ask("Type yes to restore: ").lower() != "yes":
            print("Nothing was changed.")
            return EXIT_REFUSED
    had_vault = target.exists()
    if args.recovery_code:
        if args.password_stdin:
            code = sys.stdin.readline().strip()
            if not code:
                raise RefugeDeskError("No recovery code was given on standard input.")
        else:
            code = getpass.getpass("Recovery code: ")
        access.restore_with_recovery(source, target, code)
        how = "with the recovery code (recorded in the restored vault's audit trail)"
    else:
        password = _read_password(args, f"Password for {args.user} (as it was in the backup): ")
        access.restore(source, target, args.user, password)
        how = "as " + args.user
    print(f"Restored {target} from {source} {how}; the backup was checked before anything was "
          "replaced.")
    if had_vault:
        print("The files it replaced were kept beside it, named '...before-restore-<time>'.")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from refugedesk import access

    with _sign_in(args) as vault:
        report = access.check_report(vault)
    problems = report.problems
    if not problems:
        print(f"Vault OK: {report.events} audit events, chain intact")
        return EXIT_OK
    print(f"The check found {len(problems)} problem(s) in {_vault_path(args)}:")
    for problem in problems:
        first, *more = problem.splitlines() or [""]
        print(f"  - {first}")
        for line in more:  # SQLite's integrity report can run over several lines
            print(f"    {line}")
    print("If the file is damaged, restore the latest backup. If audit events were changed or "
          "removed, someone with access altered the vault: tell your manager.")
    return EXIT_REFUSED


def _cmd_recover(args: argparse.Namespace) -> int:
    from refugedesk import access

    path = _vault_path(args)
    _check_user_argument(args)
    if args.password_stdin:
        code = _stdin_line("recovery code").strip()
        password = _stdin_line()
        if not code or not password:
            raise RefugeDeskError("Give the recovery code on the first line of standard input "
                                  "and the new password on the second.")
    else:
        code = getpass.getpass("Recovery code: ")
        password = _choose_password(f"New password for {args.user}: ", args.user,
                                    nothing_done="Nothing was changed.")
    access.recover_account(path, code, args.user, password)
    print(f"{args.user} can now sign in with the new password. The recovery code still works: "
          "keep it offline, and tell your manager it was used (it is in the audit trail).")
    return EXIT_OK


def _cmd_protect(args: argparse.Namespace) -> int:
    from refugedesk import access

    with _sign_in(args) as vault:
        if args.password_stdin:
            code = sys.stdin.readline().strip()
            if not code:
                raise RefugeDeskError("Give your password on the first line of standard input "
                                      "and the recovery code on the second.")
        else:
            code = getpass.getpass("Recovery code: ")
        access.protect_staff_accounts(vault, code)
    print("Staff accounts are now signed: a change made outside RefugeDesk to who may do what "
          "will be refused and noticed. Colleagues are tied to their own signing key when an "
          "administrator next sets a new password for them.")
    return EXIT_OK


def _refuse_vault_files(args: argparse.Namespace, out: Path) -> None:
    """Refuse, before asking for the password, an --out that is the vault, its key file, one
    of its working files or any other vault or key file (the export checks again)."""
    from refugedesk.reports.output import check_export_target

    check_export_target(out, vault_path=_vault_path(args))


def _cmd_export_occupancy(args: argparse.Namespace) -> int:
    if args.end < args.start:
        args.parser.error("--to is before --from")
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        args.parser.error("--out must name an .xlsx file")
    try:
        from refugedesk.reports.occupancy import export_occupancy
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("refugedesk"):
            raise
        raise RefugeDeskError("This version of RefugeDesk cannot export occupancy yet.") from None
    _refuse_vault_files(args, out)
    with _sign_in(args) as vault:
        written = export_occupancy(vault, start=args.start, end=args.end, out=out,
                                   include_names=args.include_names,
                                   for_outside=args.for_outside)
    print(f"Occupancy {args.start} to {args.end} written to {written}")
    if args.include_names:
        print("This file holds residents' names and is NOT encrypted: keep it on an encrypted "
              "drive and delete it when it is no longer needed.", file=sys.stderr)
    return EXIT_OK


def _cmd_export_outcomes(args: argparse.Namespace) -> int:
    if args.end < args.start:
        args.parser.error("--to is before --from")
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        args.parser.error("--out must name an .xlsx file")
    from refugedesk.reports.outcomes import export_outcomes

    _refuse_vault_files(args, out)
    with _sign_in(args) as vault:
        written = export_outcomes(vault, start=args.start, end=args.end, out=out,
                                  for_outside=args.for_outside)
    print(f"Outcomes {args.start} to {args.end} written to {written}")
    return EXIT_OK


_gui = None


def _cmd_export_subject_access(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".zip":
        args.parser.error("--out must name a .zip file")
    from refugedesk import subject_access
    from refugedesk.reports.subject_access_pdf import export

    _refuse_vault_files(args, out)
    global _gui
    from PySide6.QtGui import QGuiApplication  # her copy is a PDF, drawn by Qt

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _gui = QGuiApplication([sys.argv[0] if sys.argv else "refugedesk"])
    with _sign_in(args) as vault:
        subject_access.check_can_release(vault.person)
        resident_id = vault.read(
            lambda s: subject_access.resident_by_reference(s, args.resident))
        released = export(vault, resident_id, out)
    print(f"Her data written to {released.path} ({len(released.files)} files).")
    if released.withheld:
        print(f"Withheld ({len(released.withheld)}), as the default review list suggests:")
        for key, why in sorted(released.withheld.items()):
            print(f"  {key}: {why}")
    else:
        print("Nothing was withheld.")
    print("This file holds her data and is NOT encrypted: give it to her safely and delete "
          "your copy.", file=sys.stderr)
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
            raise NotAllowed("Only a manager or an administrator can see or carry out "
                             "retention decisions.")
        today = date.today()
        if args.apply:
            done = retention.apply(vault, today)
            print(f"Anonymised: {len(done.anonymised)}  Erased: {len(done.erased)}  "
                  f"Drafts removed: {done.drafts_removed}")
            for ref in done.anonymised:
                print(f"  anonymised {ref}")
            for ref in done.erased:
                print(f"  erased {ref}")
            for ref, why in done.skipped:
                print(f"  not done {ref}: {why}")
            if done.done:
                print("Backups still hold what was removed until they expire.")
            return EXIT_OK
        with vault.session() as session:
            items = retention.due(session, today, viewer=person)
    if not items:
        print("Nothing is due for review.")
        return EXIT_OK
    print(f"{len(items)} due for review on {today:%d/%m/%Y}:")
    for item in items:
        print(f"  {item.reference:<16} {item.kind_text:<24} last {item.last_contact:%d/%m/%Y}"
              f"  due {item.due_on:%d/%m/%Y}  {item.state_text}")
    return EXIT_OK


def _iso_date(text: str) -> date:
    from refugedesk.dates import RANGE_TEXT, date_problem

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-31") from None
    if date_problem(day) is not None:  # year 1 or 9999: a slip, and days added to it overflow
        raise argparse.ArgumentTypeError(f"'{text}' cannot be right: check the year "
                                         f"({RANGE_TEXT})")
    return day


def _vault_options(parser: argparse.ArgumentParser, *, user: bool = True,
                   db_help: str = "the vault file (default: the app's own vault)") -> None:
    parser.add_argument("--db", metavar="PATH", help=db_help)
    if user:
        parser.add_argument("--user", metavar="NAME", required=True,
                            help="your RefugeDesk username")
    _password_options(parser)


def _password_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input instead "
                             "of asking (for scripts)")
    parser.add_argument("--password", nargs="?", action=_RefusePasswordArgument,
                        help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="refugedesk",
        description="RefugeDesk: bed capacity, resident records and shift handover for refuge "
                    "services, in an encrypted vault.\nWith no command, opens the app.",
        epilog="Passwords are asked for, or read with --password-stdin; never given as "
               "arguments.\nExit status: 0 done, 1 refused (the reason is printed), 2 usage.",
    )
    parser.add_argument("--version", action="version", version=f"RefugeDesk {__version__}")
    parser.add_argument("--db", dest="app_db", metavar="PATH",
                        help="open this vault instead of the app's own")
    parser.add_argument("--self-test", action="store_true",
                        help="check that this copy of RefugeDesk works here, then exit")
    parser.set_defaults(func=_cmd_app, parser=parser)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], help: str,
                description: str,
                parent: (argparse._SubParsersAction[_Parser]
                         | argparse._SubParsersAction[argparse.ArgumentParser]) = commands,
                ) -> argparse.ArgumentParser:
        sub = parent.add_parser(name, help=help, description=description,
                                allow_abbrev=False,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
        sub.set_defaults(func=func, parser=sub)
        return sub

    init = command("init", _cmd_init, "set up a new vault and its first administrator",
                   "Set up a new vault: your service's name and the first administrator's\n"
                   "account. Prints the recovery code once: keep it offline.")
    _vault_options(init, user=False, db_help="where to make the vault (default: the app's)")
    init.add_argument("--organisation", metavar="NAME", help="name of your service")
    init.add_argument("--name", metavar="NAME", help="your name, as colleagues know you")
    init.add_argument("--username", metavar="NAME", help="the username you will sign in with")

    demo = command("demo", _cmd_demo, "make a demo vault with fictional data",
                   "Make a vault of a fictional refuge network for trying RefugeDesk.\n"
                   "Accounts admin, manager and worker, each with the password 'demo'.\n"
                   "Refuses if a vault is already there.")
    demo.add_argument("--db", metavar="PATH", required=True, help="where to make the demo vault")

    backup = command("backup", _cmd_backup, "write an encrypted backup of the vault",
                     "Write an encrypted copy of the vault and its key file (managers and\n"
                     "administrators). Keep the two files together.")
    _vault_options(backup)
    backup.add_argument("--out", metavar="FILE", required=True,
                        help="the backup file to write (.rdb is added if missing; its key "
                             "file goes beside it)")

    restore = command("restore", _cmd_restore, "replace the vault with a checked backup",
                      "Replace the vault with a backup (administrators). The backup is opened\n"
                      "with your password as it was in the backup and checked first; if it\n"
                      "does not pass, nothing is replaced. The replaced files are kept.\n"
                      "You must also be an administrator of the vault as it is now. If it\n"
                      "cannot be opened (key file lost or damaged, file damaged or gone), use\n"
                      "--recovery-code instead of --user: the organisation's recovery code\n"
                      "must open the backup (and the vault here, if its key file is readable).\n"
                      "With --password-stdin, standard input holds the password, or the code.\n"
                      "Refused while the vault is open anywhere.")
    restore.add_argument("--db", metavar="PATH",
                         help="the vault to replace (default: the app's own vault)")
    restore.add_argument("--user", metavar="NAME",
                         help="your RefugeDesk username (not with --recovery-code)")
    restore.add_argument("--recovery-code", action="store_true",
                         help="restore with the organisation's recovery code (asked for, or "
                              "the first line of standard input with --password-stdin)")
    _password_options(restore)
    restore.add_argument("--from", dest="source", metavar="FILE", required=True,
                         help="the backup's .rdb file (its .rdkeys file must be beside it)")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    check = command("check", _cmd_check, "check the vault's integrity and audit trail",
                    "Check every page of the vault file and the audit trail's hash chain.\n"
                    "Exit 0 when all is well; 1 with each problem listed.")
    _vault_options(check)

    recover = command("recover", _cmd_recover,
                      "give an account a new password, using the recovery code",
                      "For when every administrator has forgotten her password: the recovery\n"
                      "code shown at set-up gives an account (--user) a new password, and\n"
                      "switches it back on if it was off. With --password-stdin, standard\n"
                      "input holds the recovery code, then the new password, one a line.\n"
                      "To restore a backup with the recovery code (a vault whose key file is\n"
                      "lost or damaged): refugedesk restore --recovery-code --from FILE.")
    _vault_options(recover)

    protect = command("protect", _cmd_protect,
                      "sign the staff accounts of a vault made before they were signed",
                      "Once, for a vault made by an older RefugeDesk: an administrator (--user)\n"
                      "gives the recovery code, and from then on a change made outside\n"
                      "RefugeDesk to who may do what is refused and noticed. With\n"
                      "--password-stdin, standard input holds your password, then the code.")
    _vault_options(protect)

    kept = command("retention", _cmd_retention, "what is due under the retention schedule",
                   "List what is due for review under the retention schedule (managers and\n"
                   "administrators): references and dates only, never names. With --apply,\n"
                   "carry out the anonymise and erase decisions a manager has approved, and\n"
                   "remove drafts past their time. Cannot be undone; backups keep what was\n"
                   "removed until they expire.")
    _vault_options(kept)
    kept.add_argument("--apply", action="store_true",
                      help="carry out the approved decisions (cannot be undone)")

    export = command("export", lambda args: args.parser.error("say what to export") or 2,
                     "export a report to a spreadsheet",
                     "Export a report to a spreadsheet.")
    kinds = export.add_subparsers(title="reports", metavar="REPORT")
    occupancy = command("occupancy", _cmd_export_occupancy, "room-nights used and free",
                        "Export occupancy (room-nights used and free, per house) for a period\n"
                        "to an .xlsx file. Without --include-names it holds no resident names.",
                        parent=kinds)
    _vault_options(occupancy)
    occupancy.add_argument("--from", dest="start", metavar="DATE", type=_iso_date,
                           required=True, help="first night, e.g. 2026-01-01")
    occupancy.add_argument("--to", dest="end", metavar="DATE", type=_iso_date, required=True,
                           help="last night, e.g. 2026-03-31")
    occupancy.add_argument("--out", metavar="FILE.xlsx", required=True,
                           help="the spreadsheet to write")
    occupancy.add_argument("--include-names", action="store_true",
                           help="include residents' names (the file is not encrypted)")
    occupancy.add_argument("--for-outside", action="store_true",
                           help="for funders and commissioners: small counts hidden")
    outcomes = command("outcomes", _cmd_export_outcomes, "what changed for the women supported",
                       "Export outcomes (goals achieved, needs scores, exits, MARAC and\n"
                       "referrals out, per house) for a period to an .xlsx file. It holds\n"
                       "counts only, no resident names.", parent=kinds)
    _vault_options(outcomes)
    outcomes.add_argument("--from", dest="start", metavar="DATE", type=_iso_date,
                          required=True, help="first day, e.g. 2026-01-01")
    outcomes.add_argument("--to", dest="end", metavar="DATE", type=_iso_date, required=True,
                          help="last day, e.g. 2026-03-31")
    outcomes.add_argument("--out", metavar="FILE.xlsx", required=True,
                          help="the spreadsheet to write")
    outcomes.add_argument("--for-outside", action="store_true",
                          help="for funders and commissioners: small counts hidden")
    sar = command("subject-access", _cmd_export_subject_access,
                  "everything held about one resident, for her (a subject access request)",
                  "Export everything held about one resident (--resident, her reference) to a\n"
                  ".zip: a readable PDF, JSON per area and a README. Managers and\n"
                  "administrators only. The default review list is withheld (other residents,\n"
                  "the person she left, staff-only risk notes, notes that seem to name someone\n"
                  "else) and printed; review it in the app to release more.", parent=kinds)
    _vault_options(sar)
    sar.add_argument("--resident", metavar="REF", required=True,
                     help="her reference, as lists show it")
    sar.add_argument("--out", metavar="FILE.zip", required=True, help="the .zip to write")
    return parser


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
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        status: int = args.func(args)
        return status
    except SystemExit as exc:  # --help, --version and usage errors from argparse
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except RefugeDeskError as exc:
        _say_refused(exc)
        return EXIT_REFUSED
    except (KeyboardInterrupt, EOFError):
        print("\nrefugedesk: stopped.", file=sys.stderr)
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
        print(f"refugedesk: something went wrong inside RefugeDesk ({type(exc).__name__}). "
              "Nothing more is shown, to keep the vault's contents private. "
              "Run again with REFUGEDESK_DEBUG=1 to see the details.", file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
