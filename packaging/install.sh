#!/bin/sh
# Install ClaimDesk for the current user from an unpacked claimdesk-VERSION-linux-x86_64 tarball.
#
#   ./install.sh                 # into ~/.local (no root needed)
#   ./install.sh --prefix DIR    # into DIR/lib/claimdesk, DIR/bin, DIR/share
#
# Puts the bundle in PREFIX/lib/claimdesk, a launcher PREFIX/bin/claimdesk, the desktop launcher in
# DATA/applications and the icons in DATA/icons/hicolor (DATA is $XDG_DATA_HOME if set, else
# PREFIX/share). Every file and folder it creates is listed in PREFIX/lib/claimdesk/installed-files,
# which PREFIX/lib/claimdesk/uninstall.sh removes again. Installing over an earlier install first
# uninstalls that one. The catalogue, backups and logs are never touched.
set -eu

APP_ID=com.claimdesk.ClaimDesk
HERE=$(cd "$(dirname "$0")" && pwd)

PREFIX="$HOME/.local"
DATA="${XDG_DATA_HOME:-}"
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix)
            [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
            PREFIX=$2
            DATA=""
            shift 2
            ;;
        -h | --help)
            sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "install.sh: unknown option $1 (try --help)" >&2
            exit 2
            ;;
    esac
done
[ -n "$DATA" ] || DATA="$PREFIX/share"
case "$PREFIX$DATA" in
    /*) ;;
    *) echo "install.sh: use absolute paths (got $PREFIX, $DATA)" >&2; exit 2 ;;
esac

LIB="$PREFIX/lib/claimdesk"
BIN="$PREFIX/bin"
MANIFEST="$LIB/installed-files"
LAUNCHER="$BIN/claimdesk"
DESKTOP="$DATA/applications/$APP_ID.desktop"

[ -x "$HERE/claimdesk/claimdesk" ] || {
    echo "install.sh: $HERE/claimdesk/claimdesk is missing: run me from the unpacked tarball" >&2
    exit 1
}

# The launcher's Exec line quotes the path; the desktop-entry format cannot quote these characters.
case "$LIB" in
    *'"'* | *'`'* | *'$'* | *\\* | *'%'*)
        echo "install.sh: cannot install under a path containing \" \` \$ \\ or %: $LIB" >&2
        exit 1
        ;;
esac

if [ -e "$LAUNCHER" ] && ! grep -q 'ClaimDesk launcher' "$LAUNCHER" 2>/dev/null; then
    echo "install.sh: $LAUNCHER exists and is not ClaimDesk's; move it away first" >&2
    exit 1
fi
MIME_CACHE="$DATA/applications/mimeinfo.cache"
MIME_CACHE_OURS=0
if [ -x "$LIB/uninstall.sh" ]; then
    # an earlier install made the MIME cache: this one takes over removing it
    if grep -qxF "cache $MIME_CACHE" "$MANIFEST" 2>/dev/null; then
        MIME_CACHE_OURS=1
    fi
    echo "Removing the ClaimDesk installed before in $LIB"
    "$LIB/uninstall.sh" --quiet
elif [ -e "$LIB" ]; then
    echo "install.sh: $LIB exists but is not a ClaimDesk install; move it away first" >&2
    exit 1
fi

# Folders are made one level at a time so that the manifest names each one this script created
# (uninstall.sh removes those again once they are empty).
CREATED_DIRS=""
make_dir() {
    [ -d "$1" ] && return 0
    make_dir "$(dirname "$1")"
    mkdir "$1"
    CREATED_DIRS="$CREATED_DIRS
$1"
}

make_dir "$PREFIX/lib"
cp -R "$HERE/claimdesk" "$LIB"
cp "$HERE/uninstall.sh" "$LIB/uninstall.sh"
chmod 755 "$LIB/uninstall.sh"
: > "$MANIFEST"
record() { printf '%s\n' "$1" >> "$MANIFEST"; }

make_dir "$BIN"
cat > "$LAUNCHER" <<EOF
#!/bin/sh
# ClaimDesk launcher, written by install.sh; removed by $LIB/uninstall.sh
exec "$LIB/claimdesk" "\$@"
EOF
chmod 755 "$LAUNCHER"
record "$LAUNCHER"

make_dir "$DATA/applications"
if [ "$MIME_CACHE_OURS" = 1 ] || [ ! -e "$MIME_CACHE" ]; then
    # update-desktop-database below creates it; uninstall.sh removes it if nothing else needs it
    record "cache $MIME_CACHE"
fi
sed -e "s|^Exec=.*|Exec=\"$LIB/claimdesk\" %F|" -e "s|^TryExec=.*|TryExec=$LIB/claimdesk|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DESKTOP"
record "$DESKTOP"

for icon in "$HERE"/share/icons/hicolor/*/apps/*; do
    relative=${icon#"$HERE/share/icons/"}
    target="$DATA/icons/$relative"
    make_dir "$(dirname "$target")"
    cp "$icon" "$target"
    record "$target"
done

# Folders last, deepest first, so uninstall.sh can remove them in the order listed.
printf '%s\n' "$CREATED_DIRS" | sed '/^$/d' | awk '{ print length($0) "\t" $0 }' | sort -rn |
    cut -f2- | sed 's|^|dir |' >> "$MANIFEST"

# Tell the desktop about the new launcher and icons; not having these tools is fine.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA/applications" || true
fi
# A user-level icon cache is refreshed only if one exists: creating one would hide icons that
# other programs add later without refreshing it. Without a cache, themes read the folders.
if [ -f "$DATA/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
fi
touch "$DATA/icons/hicolor" 2>/dev/null || true

echo "ClaimDesk $("$LIB/claimdesk" --version | cut -d' ' -f2) installed in $LIB"
echo "  start it from the applications menu, or run: $LAUNCHER"
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "  ($BIN is not on your PATH; the menu entry works without it)" ;;
esac
echo "  uninstall with: $LIB/uninstall.sh"
