"""Where an export may be written, and writing it there safely. One rule for every export
(spreadsheets and PDFs; from the app and from `refugedesk export`):

    check_export_target(out, vault_path=vault.path)   # raises ExportWouldReplaceVault
    with export_file(out, vault_path=vault.path) as partial:
        write(partial)                                  # renamed over `out` when complete

An export never replaces:
- the vault itself, its key file (`.rdkeys`), a key file waiting to be put in place after a
  key change (`.rdkeys.next`), the key file's lock (`.rdkeys.lock`), or SQLite's working files
  beside the vault (`-wal`, `-shm`, `-journal`), whether or not they exist yet;
- any other vault or key file, such as a backup pair: a file that does not start with SQLite's
  plain header and has a `.rdkeys` file beside it is a vault; a JSON file that says it is in the
  "refugedesk-keys" format is a key file; the working files of such a vault;
- any file named like one of RefugeDesk's own (`.rdb`, `.rdkeys`, `.rdkeys.next/.lock`).

Paths are compared as the files they are, not as the names typed: symbolic links, `..` and
letter case are resolved first (case is ignored everywhere, which on a case-sensitive disk only
ever refuses more), and a hard link to the vault is caught by `os.path.samefile`.

The file is written to a new temporary name beside `out` (created exclusively, so it can never
be an existing file) and renamed over `out` only when complete; on any failure the temporary
file is removed, and a disk error becomes `ExportNotSaved` with a plain message.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from refugedesk.db.keyslots import FORMAT, KEYFILE_SUFFIX, VAULT_SUFFIX, keyfile_path
from refugedesk.errors import ExportNotSaved, ExportWouldReplaceVault
from refugedesk.i18n import translate

#: SQLite's working files beside a database.
SIDECARS = ("-wal", "-shm", "-journal")
#: Files that sit beside a key file: the next key file during a key change, and its lock.
KEYFILE_COMPANIONS = (".next", ".lock")
SQLITE_HEADER = b"SQLite format 3\x00"
#: How much of an existing file is read to tell whether it is a key file (key files are a few
#: kilobytes; "format" is near the start, as the keys are written sorted).
KEYFILE_PEEK = 1 << 20


def check_export_target(out: Path, *, vault_path: Path | None = None) -> None:
    """Raise `ExportWouldReplaceVault` if writing `out` could replace the vault at
    `vault_path` (when given), one of its files, or any other vault or key file."""
    out = Path(out)
    if vault_path is not None:
        vault_path = Path(vault_path)
        keys = keyfile_path(vault_path)
        protected = [vault_path, *(_plus(vault_path, s) for s in SIDECARS), keys,
                     *(_plus(keys, s) for s in KEYFILE_COMPANIONS)]
        if any(_same_file(out, p) for p in protected):
            raise ExportWouldReplaceVault()
    name = out.name.casefold()
    own_kinds = (VAULT_SUFFIX, KEYFILE_SUFFIX,
                 *(KEYFILE_SUFFIX + s for s in KEYFILE_COMPANIONS))
    if name.endswith(own_kinds):
        raise ExportWouldReplaceVault()
    if _is_vault_file(out) or _is_key_file(out):
        raise ExportWouldReplaceVault()
    for suffix in SIDECARS:
        base = out.with_name(out.name[:-len(suffix)]) if len(name) > len(suffix) else None
        if name.endswith(suffix) and base is not None and _is_vault_file(base):
            raise ExportWouldReplaceVault()


@contextmanager
def export_file(out: Path, *, vault_path: Path | None = None) -> Iterator[Path]:
    """A new, empty temporary file beside `out`, readable by its owner only, for the caller to
    write the export into. When the block ends without an error it is checked again and renamed
    over `out`; otherwise it is removed. An OSError (disk full, a folder that cannot be written
    to) becomes `ExportNotSaved`."""
    out = Path(out)
    check_export_target(out, vault_path=vault_path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".refugedesk-export-", suffix=".part",
                                    dir=out.parent)
        os.close(fd)
    except OSError as exc:
        raise not_saved(exc) from None
    partial = Path(name)
    try:
        yield partial
        if os.name == "posix":
            os.chmod(partial, 0o600)  # it holds what the vault holds
        # Checked again just before the rename: the folder may have changed meanwhile.
        check_export_target(out, vault_path=vault_path)
        os.replace(partial, out)
    except OSError as exc:
        raise not_saved(exc) from None
    finally:
        with suppress(OSError):  # the folder went away: there is nothing left to remove
            partial.unlink(missing_ok=True)


def not_saved(exc: OSError) -> ExportNotSaved:
    """The plain message for a disk error while saving an export."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        text = translate("ReportsOutput",
                         "The disk is full, so the file could not be saved and nothing was "
                         "written. Free some space or choose another place.")
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = translate("ReportsOutput",
                         "RefugeDesk is not allowed to save in that folder, so nothing was "
                         "written. Choose another folder.")
    elif code in (errno.ENOENT, errno.ENOTDIR, errno.EEXIST):  # EEXIST: a file is in the way
        text = translate("ReportsOutput",
                         "That folder does not exist or cannot be used, so nothing was written. "
                         "Choose another folder.")
    elif code == errno.EISDIR:
        text = translate("ReportsOutput",
                         "That name is a folder. Choose a file name: nothing was written.")
    else:
        text = None
    return ExportNotSaved(text)


def _plus(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _identity(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path)).casefold()


def _same_file(a: Path, b: Path) -> bool:
    try:
        if os.path.samefile(a, b):  # hard links, and case on a case-insensitive disk
            return True
    except OSError:
        pass  # one of them does not exist (yet): compare where they would be
    return _identity(a) == _identity(b)


def _head(path: Path, size: int) -> bytes | None:
    """The first `size` bytes of an existing file; None when there is no such file. A file
    that is there but cannot be read is refused: it cannot be shown not to be a vault."""
    try:
        if not path.is_file():
            return None
        with open(path, "rb") as fh:
            return fh.read(size)
    except FileNotFoundError:
        return None
    except OSError:
        raise ExportNotSaved(translate(
            "ReportsOutput", "A file with that name is already there and RefugeDesk cannot "
            "read it, so it was not replaced. Choose another name: nothing was written.")
        ) from None


def _is_vault_file(path: Path) -> bool:
    """An encrypted SQLite file (no plain header) with a key file beside it (beside the file
    itself, when `path` is a link to it)."""
    path = Path(os.path.realpath(path))
    keys = keyfile_path(path)
    if _same_file(keys, path):
        return False
    head = _head(path, len(SQLITE_HEADER))
    return head is not None and head != SQLITE_HEADER and keys.exists()


def _is_key_file(path: Path) -> bool:
    """JSON that says it is a RefugeDesk key file (damaged or not: it is still refused)."""
    head = _head(path, KEYFILE_PEEK)
    return (head is not None and head.lstrip().startswith(b"{")
            and f'"{FORMAT}"'.encode() in head)
