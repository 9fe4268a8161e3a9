#!/bin/sh
# Install RefugeDesk on this Linux PC for everyone who uses it. Run it from the unpacked folder:
#
#     sudo ./install.sh
#
# It copies the program to /opt/refugedesk, adds RefugeDesk to the applications menu and the
# `refugedesk` command, then runs the program's self-test. Running it again updates an older
# copy. Staff vaults are never touched: they live in each person's home folder
# (~/.local/share/RefugeDesk/RefugeDesk/) or wherever they were set up.
#
# PREFIX (default /opt/refugedesk) chooses the program folder; DESTDIR stages the whole install
# under another folder (for packaging and for the build's own check), without needing root.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-/opt/refugedesk}
DESTDIR=${DESTDIR:-}
APPS="$DESTDIR/usr/share/applications"
BIN="$DESTDIR/usr/local/bin"
TARGET="$DESTDIR$PREFIX"

if [ ! -x "$HERE/RefugeDesk" ] || [ ! -d "$HERE/_internal" ]; then
    echo "install.sh: run me from the unpacked RefugeDesk folder (RefugeDesk and _internal/ beside me)." >&2
    exit 1
fi
if [ -z "$DESTDIR" ] && [ "$(id -u)" != 0 ]; then
    echo "install.sh: installing for everyone needs an administrator: run  sudo ./install.sh" >&2
    exit 1
fi

case "$PREFIX" in
    /?*) ;;
    *) echo "install.sh: PREFIX must be a full path such as /opt/refugedesk." >&2; exit 1 ;;
esac
# An existing folder is replaced only if it is an earlier RefugeDesk, never anything else.
if [ -e "$TARGET" ] && [ ! -e "$TARGET/refugedesk-cli" ]; then
    echo "install.sh: $PREFIX exists and is not a RefugeDesk folder; choose another PREFIX." >&2
    exit 1
fi

echo "Installing RefugeDesk into $PREFIX ..."
mkdir -p "$TARGET.new"
cp -a "$HERE/RefugeDesk" "$HERE/refugedesk-cli" "$HERE/_internal" "$HERE/refugedesk.png" \
      "$HERE/uninstall.sh" "$TARGET.new/"
# Swap in the new copy only once it is complete, so a failed copy leaves the old one working.
rm -rf "$TARGET.old"
if [ -e "$TARGET" ]; then mv "$TARGET" "$TARGET.old"; fi
mv "$TARGET.new" "$TARGET"
rm -rf "$TARGET.old"

mkdir -p "$APPS" "$BIN"
sed -e "s|/opt/refugedesk|$PREFIX|g" "$HERE/refugedesk.desktop" > "$APPS/refugedesk.desktop"
chmod 644 "$APPS/refugedesk.desktop"
ln -sf "$PREFIX/refugedesk-cli" "$BIN/refugedesk"
if [ -z "$DESTDIR" ] && command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$APPS" || true
fi

echo "Checking that it works here ..."
if ! "$TARGET/refugedesk-cli" --self-test; then
    echo "install.sh: RefugeDesk is installed but its self-test failed (see above)." >&2
    echo "            Please send the lines above to whoever supports RefugeDesk for you." >&2
    exit 1
fi
# The self-test needs no screen; the window on an X11 desktop needs a few system libraries
# that are not part of the bundle. Name any that are missing, with the usual package names.
missing=$(LD_LIBRARY_PATH="$TARGET/_internal" ldd "$TARGET/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" 2>/dev/null \
          | awk '/not found/ { print $1 }' | tr '\n' ' ')
if [ -n "$missing" ]; then
    echo
    echo "Note: RefugeDesk's window needs these system libraries, which this PC lacks: $missing"
    echo "      On Ubuntu or Debian:  sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
    echo "      (On Fedora: sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms)"
fi
echo
echo "RefugeDesk is installed. Open it from the applications menu (Office), or type: refugedesk"
