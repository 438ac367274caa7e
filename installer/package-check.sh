#!/bin/sh
# Test the Linux installers `make package` built (called by `make package-check`, which builds
# them first). Everything runs from the artefacts, never from the source tree:
#   1. the .tar.gz, unpacked: --version, --smoke-test (offscreen), then a command-line round trip
#      on a store in a temporary home folder (the platform's user data folder, as installed);
#   2. the program folder is byte-for-byte unchanged afterwards (user data goes elsewhere);
#   3. an upgrade keeps the store: the tarball unpacked again over itself, then the .deb's copy,
#      each verifying the store the first copy made;
#   4. the .deb, unpacked into a scratch root: its layout, ownership and `barnahus --version`
#      through the /usr/bin link, and that its Depends list every system library the bundle uses.
set -eu
cd "$(dirname "$0")/.."

NAME=barnahus-desk
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/barnahus/__init__.py)
ARCH=$(dpkg --print-architecture)
TARBALL=dist/$NAME-$VERSION-linux-$(uname -m).tar.gz
DEB=dist/${NAME}_${VERSION}_$ARCH.deb
START=$(date +%s)

step() { printf '== %s\n' "$*"; }
fail() {
    printf 'package-check: FAILED: %s\n' "$*" >&2
    exit 1
}
for artefact in "$TARBALL" "$DEB"; do
    [ -f "$artefact" ] || fail "$artefact is missing; run 'make package' first."
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/barnahus-package-check.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

# A fresh home and no overrides: the program must find its own data and choose the user's
# folders by itself, as it does when a centre installs it.
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_STATE_HOME XDG_CACHE_HOME BARNAHUS_STORE \
    BARNAHUS_DATA_DIR BARNAHUS_LOG_DIR BARNAHUS_CONFIG_DIR BARNAHUS_DATA_ROOT BARNAHUS_PASSPHRASE
export HOME="$WORK/home"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$WORK/cwd"
cd "$WORK/cwd"
REPO=$OLDPWD
TARBALL=$REPO/$TARBALL
DEB=$REPO/$DEB
STORE=$HOME/.local/share/$NAME/barnahus.sqlite3
PASS=$WORK/passphrase
(umask 077 && echo "a demo passphrase for the package check" > "$PASS")

snapshot() { find "$1" -printf '%P %y %s %m %T@\n' | sort; }
elf_files() {
    find "$1" -type f -exec sh -c \
        'for f; do [ "$(head -c 4 "$f" | tr -d "\177")" = ELF ] && echo "$f"; done; true' sh {} +
}

step "unpack ${TARBALL#"$REPO"/}"
mkdir "$WORK/tar"
tar -xzf "$TARBALL" -C "$WORK/tar"
APPDIR=$WORK/tar/$NAME
APP=$APPDIR/barnahus
[ -z "$(find "$APPDIR" -xtype l)" ] || fail "the bundle has dangling links: $(find "$APPDIR" -xtype l)"
for kind in platforms/libqxcb.so platforms/libqoffscreen.so imageformats/libqsvg.so \
    iconengines/libqsvgicon.so; do
    [ -f "$APPDIR/_internal/PySide6/Qt/plugins/$kind" ] || fail "the Qt plugin $kind is missing"
done
for file in ui/workspace_shell.ui resources/icons/barnahus.svg resources/style.qss \
    forms/demo_centre.yaml; do
    [ -f "$APPDIR/_internal/barnahus/_data/$file" ] || fail "the data file $file is missing"
done
[ -f "$APPDIR/_internal/barnahus/store/migrations/env.py" ] || fail "the migrations are missing"
snapshot "$APPDIR" > "$WORK/before"

step "barnahus --version"
out=$("$APP" --version)
[ "$out" = "barnahus $VERSION" ] || fail "--version printed '$out', expected 'barnahus $VERSION'"
echo "$out"

step "barnahus --smoke-test (offscreen, no --store, empty home)"
"$APP" --smoke-test || fail "the smoke test exited with $?"
[ -z "$(ls -A "$WORK/cwd")" ] || fail "the smoke test wrote into the working folder"
echo "files the app wrote, all under the temporary home:"
find "$HOME" -type f | sed "s|^$HOME|  ~|"

step "command line round trip on the default store ($(echo "$STORE" | sed "s|^$HOME|~|"))"
"$APP" demo --passphrase-file "$PASS" --kdf-memory-kib 65536 --kdf-lanes 1
[ -f "$STORE" ] || fail "demo did not create the store in the user data folder"
"$APP" verify --user psychologist --passphrase-file "$PASS"
cases=$("$APP" case list --user coordinator --passphrase-file "$PASS")
printf '%s\n' "$cases"
printf '%s\n' "$cases" | grep -q '^DEMO-0001' || fail "case list does not show DEMO-0001"
# Subcommands are listed 4 spaces in (their wrapped descriptions much further).
if "$APP" --help | grep -Eq '^    plan( |$)'; then
    "$APP" plan pdf DEMO-0001 --audience professional --out "$WORK/plan.pdf" \
        --user coordinator --passphrase-file "$PASS"
    [ "$(head -c 4 "$WORK/plan.pdf")" = "%PDF" ] || fail "plan pdf did not write a PDF"
    echo "plan pdf: $(wc -c < "$WORK/plan.pdf") bytes, starts with %PDF"
else
    echo "plan pdf: skipped: plan command not available"
fi

step "the program folder is unchanged"
snapshot "$APPDIR" > "$WORK/after"
if ! cmp -s "$WORK/before" "$WORK/after"; then
    diff "$WORK/before" "$WORK/after" | head -20 >&2
    fail "running the program changed its own folder"
fi
echo "unchanged ($(wc -l < "$WORK/after") entries)"

step "upgrade in place: unpack the tarball over itself, verify the same store"
tar -xzf "$TARBALL" -C "$WORK/tar"
"$APP" verify --user psychologist --passphrase-file "$PASS"

step "unpack ${DEB#"$REPO"/} into a scratch root"
ROOT=$WORK/root
dpkg-deb -x "$DEB" "$ROOT"
owners=$(dpkg-deb -c "$DEB" | awk '{print $2}' | sort -u)
[ "$owners" = "root/root" ] || fail "the .deb has files not owned by root: $owners"
for file in usr/share/applications/$NAME.desktop usr/share/icons/hicolor/scalable/apps/$NAME.svg \
    opt/$NAME/barnahus; do
    [ -f "$ROOT/$file" ] || fail "the .deb lacks /$file"
done
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$ROOT/usr/share/applications/$NAME.desktop"
fi
link=$(readlink "$ROOT/usr/bin/barnahus")
[ "$link" = "/opt/$NAME/barnahus" ] || fail "/usr/bin/barnahus points to '$link'"
# Run it the way /usr/bin/barnahus does: through a link, with the scratch root standing for /.
mkdir "$WORK/bin"
ln -s "$ROOT$link" "$WORK/bin/barnahus"
out=$("$WORK/bin/barnahus" --version)
[ "$out" = "barnahus $VERSION" ] || fail "the .deb's barnahus --version printed '$out'"
echo "$out"

step "upgrade to the .deb's copy: verify the same store"
"$WORK/bin/barnahus" verify --user psychologist --passphrase-file "$PASS"

step "the .deb depends on every system library the bundle links to"
depends=$(dpkg-deb -f "$DEB" Depends)
# Package names only; a t64 name (Ubuntu 24.04) counts as the one it replaced.
printf '%s\n' "$depends" | tr ',|' '\n\n' | sed 's/(.*)//; s/[[:space:]]//g; s/t64$//' \
    | sort -u > "$WORK/declared"
elf_files "$ROOT/opt/$NAME" > "$WORK/elves"
tr '\n' '\0' < "$WORK/elves" | xargs -0 objdump -p | awk '$1 == "NEEDED" {print $2}' \
    | sort -u > "$WORK/needed"
while read -r elf; do
    LD_LIBRARY_PATH=$ROOT/opt/$NAME/_internal ldd "$elf" 2>/dev/null || true
done < "$WORK/elves" | awk '$2 == "=>" {print $1, $3}' | sort -u > "$WORK/resolved"
undeclared=""
while read -r soname; do
    case $soname in ld-linux*) continue ;; esac # the dynamic loader: libc6, always declared
    [ -n "$(find "$ROOT/opt/$NAME" -name "$soname" -print -quit)" ] && continue
    path=$(awk -v s="$soname" '$1 == s && $2 ~ /^\// {print $2; exit}' "$WORK/resolved")
    [ -n "$path" ] || fail "the bundle links to $soname, which is neither bundled nor installed"
    package=$(dpkg -S "$path" 2>/dev/null || dpkg -S "/usr$path" 2>/dev/null \
        || dpkg -S "$(readlink -f "$path")" 2>/dev/null || true)
    package=$(printf '%s\n' "$package" | head -n 1 | cut -d: -f1)
    [ -n "$package" ] || fail "$path ($soname) belongs to no Debian package"
    grep -qx "$(printf '%s\n' "$package" | sed 's/t64$//')" "$WORK/declared" \
        || undeclared="$undeclared $package($soname)"
done < "$WORK/needed"
[ -z "$undeclared" ] || fail "add to DEPENDS in installer/package.sh:$undeclared"
echo "all $(wc -l < "$WORK/needed") linked libraries are bundled or declared"

step "sizes"
du -h "$TARBALL" "$DEB" | sed "s|$REPO/||"
echo "$(du -sh "$APPDIR" | cut -f1)	unpacked"
echo "package-check passed in $(($(date +%s) - START)) s"
