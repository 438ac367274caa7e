#!/bin/sh
# Build the macOS app and its disk image:
#   dist/Barnahus Desk.app                          (bundle id org.barnahus.desk)
#   dist/barnahus-desk-VERSION-macos-ARCH.dmg       the app and a link to /Applications
# Needs the Xcode command line tools (xcode-select --install: iconutil, sips, hdiutil) and
# Python 3.11 or newer (PYTHON=..., default python3.11). The app is signed ad hoc only, not
# notarized. Not tested on the Linux development machines; .github/workflows/installers.yml
# runs it on macos-latest.
set -eu
cd "$(dirname "$0")/../.."

if [ "$(uname -s)" != Darwin ]; then
    echo "This script builds the macOS app; run it on a Mac." >&2
    exit 1
fi
PYTHON=${PYTHON:-python3.11}
VENV=build/venv-macos
PY=$VENV/bin/python
APP="dist/Barnahus Desk.app"

[ -x "$PY" ] || "$PYTHON" -m venv "$VENV"
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed.")'
"$PY" -m pip install --quiet --disable-pip-version-check --upgrade "pip>=23.2"
"$PY" -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[package]'
VERSION=$("$PY" -c 'import barnahus; print(barnahus.__version__)')
DMG=dist/barnahus-desk-$VERSION-macos-$(uname -m).dmg

echo "Making the icon..."
# One large PNG of the SVG (rsvg-convert if installed, else drawn by Qt as the app draws it),
# scaled by sips into an iconset that iconutil packs.
ICONS=build/icons
rm -rf "$ICONS/barnahus.iconset"
mkdir -p "$ICONS/barnahus.iconset"
if command -v rsvg-convert >/dev/null 2>&1; then
    rsvg-convert -w 1024 -h 1024 resources/icons/barnahus.svg -o "$ICONS/barnahus-1024.png"
else
    "$PY" installer/render_icon.py --png "$ICONS/barnahus-1024.png" --size 1024
fi
for size in 16 32 128 256 512; do
    sips -z "$size" "$size" "$ICONS/barnahus-1024.png" \
        --out "$ICONS/barnahus.iconset/icon_${size}x${size}.png" >/dev/null
    double=$((size * 2))
    sips -z "$double" "$double" "$ICONS/barnahus-1024.png" \
        --out "$ICONS/barnahus.iconset/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$ICONS/barnahus.iconset" -o "$ICONS/barnahus.icns"

echo "Building Barnahus Desk $VERSION with PyInstaller..."
BARNAHUS_ICON="$PWD/$ICONS/barnahus.icns" "$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/barnahus.spec

echo "Checking that the app starts..."
printed=$("$APP/Contents/MacOS/barnahus" --version)
if [ "$printed" != "barnahus $VERSION" ]; then
    echo "The app's --version printed '$printed'." >&2
    exit 1
fi
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/barnahus" --smoke-test

echo "Writing $DMG..."
STAGE=build/dmg
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/Barnahus Desk.app"
ln -s /Applications "$STAGE/Applications"
hdiutil create -quiet -volname "Barnahus Desk" -srcfolder "$STAGE" -fs HFS+ -format UDZO "$DMG"
du -h "$DMG"
