#!/bin/sh
# Uninstall ClaimDesk installed by install.sh: run the copy install.sh left beside the bundle,
#
#   ~/.local/lib/claimdesk/uninstall.sh
#
# Removes exactly what install.sh created (listed in installed-files beside this script): the
# bundle, the launcher, the desktop launcher, the icons, and the folders install.sh made if they
# are empty now. Your catalogue, its backups and the logs stay where they are.
set -eu

QUIET=0
[ "${1:-}" = "--quiet" ] && QUIET=1
LIB=$(cd "$(dirname "$0")" && pwd)
MANIFEST="$LIB/installed-files"

if [ ! -f "$MANIFEST" ] || [ ! -x "$LIB/claimdesk" ]; then
    echo "uninstall.sh: $LIB does not look like a ClaimDesk install (no installed-files)" >&2
    exit 1
fi

APPLICATIONS=""
HICOLOR=""
DIRS=""
CACHES=""
while IFS= read -r line; do
    case "$line" in
        "dir "*) DIRS="$DIRS
${line#dir }" ;;
        "cache "*) CACHES="$CACHES
${line#cache }" ;;
        "") ;;
        *)
            if [ -f "$line" ] || [ -L "$line" ]; then
                rm -f "$line"
            fi
            case "$line" in
                *.desktop) APPLICATIONS=$(dirname "$line") ;;
                */icons/hicolor/*) HICOLOR="${line%%/icons/hicolor/*}/icons/hicolor" ;;
            esac
            ;;
    esac
done < "$MANIFEST"

# The bundle itself (this script included: the shell has already read what it needs).
rm -rf "$LIB"

if [ -n "$APPLICATIONS" ] && [ -d "$APPLICATIONS" ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPLICATIONS" || true
    fi
    # install.sh's update-desktop-database made this cache: remove it when it lists nothing now
    cache="$APPLICATIONS/mimeinfo.cache"
    if printf '%s\n' "$CACHES" | grep -qxF "$cache" && [ -f "$cache" ] && ! grep -q '=' "$cache"; then
        rm -f "$cache"
    fi
fi

if [ -n "$HICOLOR" ] && [ -f "$HICOLOR/icon-theme.cache" ] &&
    command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$HICOLOR" || true
fi

printf '%s\n' "$DIRS" | while IFS= read -r dir; do
    if [ -n "$dir" ]; then rmdir "$dir" 2>/dev/null || true; fi
done

[ "$QUIET" = 1 ] || echo "ClaimDesk uninstalled from $LIB (catalogue, backups and logs kept)"
