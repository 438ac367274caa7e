#!/bin/sh
# Build the Linux installers in dist/ (called by `make package` with the venv's python):
#   dist/barnahus-desk/                              the PyInstaller one-folder bundle
#   dist/barnahus-desk-VERSION-linux-MACHINE.tar.gz  that folder, to unpack anywhere
#   dist/barnahus-desk_VERSION_ARCH.deb               installs it to /opt/barnahus-desk
# installer/package-check.sh tests all three.
set -eu
PY="$1"
cd "$(dirname "$0")/.."

NAME=barnahus-desk
if ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "The Linux package is built on Debian or Ubuntu (dpkg-deb was not found)." >&2
    exit 1
fi
if ! command -v objdump >/dev/null 2>&1; then
    # PyInstaller reads shared libraries' dependencies with objdump.
    echo "PyInstaller needs objdump; installing the Debian package binutils..." >&2
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    if ! $SUDO sh -c 'apt-get update -qq && apt-get install -y -qq binutils' >/dev/null; then
        echo "Could not install binutils; please install it and run make again." >&2
        exit 1
    fi
fi
VERSION=$("$PY" -c 'import barnahus; print(barnahus.__version__)')
ARCH=$(dpkg --print-architecture)
BUNDLE=dist/$NAME
TARBALL=dist/$NAME-$VERSION-linux-$(uname -m).tar.gz
DEB=dist/${NAME}_${VERSION}_$ARCH.deb

echo "Building the $NAME $VERSION bundle with PyInstaller..."
echo "(Warnings about libgtk-3 concern a Qt plugin that barnahus.spec leaves out.)"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/barnahus.spec

echo "Writing $TARBALL..."
tar -C dist --owner=0 --group=0 --numeric-owner --sort=name -czf "$TARBALL" "$NAME"

# The bundle does not carry glibc, so the .deb asks for the oldest one it runs on: the newest
# glibc symbol version any bundled program or library needs.
elf_files() {
    find "$1" -type f -exec sh -c \
        'for f; do [ "$(head -c 4 "$f" | tr -d "\177")" = ELF ] && echo "$f"; done; true' sh {} +
}
GLIBC_MIN=$(elf_files "$BUNDLE" | tr '\n' '\0' | xargs -0 objdump -p \
    | sed -n 's/.*GLIBC_\(2\.[0-9.]*\).*/\1/p' | sort -u -V | tail -n 1)

# What the bundle loads from the distribution (see _PYTHON_RUNTIME_LIBS in barnahus.spec);
# package-check.sh fails if a library it links to is missing from this list. Ubuntu 24.04
# renamed some of these for 64-bit time_t (the t64 alternatives).
DEPENDS="libc6 (>= $GLIBC_MIN), libgcc-s1, libstdc++6, libexpat1, libegl1, libgl1, \
libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0t64 | libglib2.0-0, \
libcups2t64 | libcups2, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-glx0, \
libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render0, \
libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0, \
libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0, \
libpulse0, libgssapi-krb5-2, libbrotli1, libspeechd2"
# Read-aloud on the child screen speaks through speech-dispatcher; without a voice the app
# hides the speaker button and tells the interviewer, so the voices are recommended, not needed.
RECOMMENDS="speech-dispatcher, speech-dispatcher-espeak-ng"

echo "Writing $DEB..."
STAGE=build/deb/$NAME
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/$NAME"
ln -s "/opt/$NAME/barnahus" "$STAGE/usr/bin/barnahus"
cp installer/linux/$NAME.desktop "$STAGE/usr/share/applications/$NAME.desktop"
cp resources/icons/barnahus.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$NAME.svg"
chmod -R u=rwX,go=rX "$STAGE"
INSTALLED_KIB=$(du -sk "$STAGE/opt" "$STAGE/usr" | awk '{total += $1} END {print total}')
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: $NAME
Version: $VERSION
Section: misc
Priority: optional
Architecture: $ARCH
Maintainer: Barnahus Desk developers <barnahus-desk@example.org>
Installed-Size: $INSTALLED_KIB
Depends: $DEPENDS
Recommends: $RECOMMENDS
Description: encrypted workspace for Barnahus children's houses
 Barnahus Desk supports the one coordinated forensic interview of a child
 (with child-friendly preparation), keeps every note encrypted on the
 workstation, and builds the child's life-project care plan.
CONTROL
dpkg-deb --build --root-owner-group "$STAGE" "$DEB" >/dev/null

echo "Built:"
du -h "$TARBALL" "$DEB"
echo "$(du -sh "$BUNDLE" | cut -f1)	$BUNDLE (unpacked)"
