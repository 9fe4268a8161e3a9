#!/bin/sh
# Remove the RefugeDesk program from this PC:   sudo /opt/refugedesk/uninstall.sh
#
# Only the program is removed. Vaults, their key files and backups are NOT deleted.
set -eu

PREFIX=${PREFIX:-/opt/refugedesk}
DESTDIR=${DESTDIR:-}

if [ -z "$DESTDIR" ] && [ "$(id -u)" != 0 ]; then
    echo "uninstall.sh: removing RefugeDesk needs an administrator: run  sudo $0" >&2
    exit 1
fi
if [ ! -e "$DESTDIR$PREFIX/refugedesk-cli" ]; then
    echo "uninstall.sh: there is no RefugeDesk program in $PREFIX (set PREFIX if it was installed elsewhere)." >&2
    exit 1
fi
rm -f "$DESTDIR/usr/share/applications/refugedesk.desktop"
if [ "$(readlink "$DESTDIR/usr/local/bin/refugedesk" 2>/dev/null || true)" = "$PREFIX/refugedesk-cli" ]; then
    rm -f "$DESTDIR/usr/local/bin/refugedesk"
fi
rm -rf "$DESTDIR$PREFIX"
cat <<'MSG'
RefugeDesk has been removed from this PC.

Your vaults and backups have NOT been deleted. Each person's vault stays in their home folder
(~/.local/share/RefugeDesk/RefugeDesk/, the .rdb and .rdkeys files), and backups stay wherever
they were saved. Installing RefugeDesk again opens them as before. If you mean to get rid of
them, delete them yourself, and remember backups held elsewhere.
MSG
