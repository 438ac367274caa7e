#!/bin/sh
# Qt's wheels rely on a few system libraries (EGL, fontconfig, xkbcommon, the xcb plugins,
# CUPS for printing, PulseAudio and speech-dispatcher's client for read-aloud).
# Minimal Debian/Ubuntu images lack some of them; install what is missing when we may.
set -eu
PY="$1"

missing_libs() {
    "$PY" - <<'PYEOF'
import pathlib, subprocess, PySide6
root = pathlib.Path(PySide6.__file__).parent / "Qt"
targets = [root / "lib" / "libQt6Widgets.so.6", root / "plugins" / "platforms" / "libqxcb.so",
           root / "plugins" / "platforms" / "libqoffscreen.so",
           root / "plugins" / "printsupport" / "libcupsprintersupport.so",
           root / "plugins" / "xcbglintegrations" / "libqxcb-glx-integration.so",
           root / "lib" / "libQt6TextToSpeech.so.6",
           root / "plugins" / "texttospeech" / "libqtexttospeech_speechd.so"]
missing = set()
for target in targets:
    if target.exists():
        out = subprocess.run(["ldd", str(target)], capture_output=True, text=True).stdout
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
print(" ".join(sorted(missing)))
PYEOF
}

[ "$(uname -s)" = "Linux" ] || exit 0
command -v ldd >/dev/null 2>&1 || exit 0
MISSING=$(missing_libs)
[ -z "$MISSING" ] && exit 0

PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 \
libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 fonts-dejavu-core \
libxcb-glx0 libcups2 libpulse0 libspeechd2 libgssapi-krb5-2 libbrotli1"
echo "Qt needs system libraries that are missing ($MISSING); installing them..." >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="none"; fi
if [ "$SUDO" != "none" ] && command -v apt-get >/dev/null 2>&1; then
    $SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq $PACKAGES >/dev/null
else
    echo "Please install these packages with your package manager: $PACKAGES" >&2
    exit 1
fi
