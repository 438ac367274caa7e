#!/bin/sh
# Create the project's virtual environment with a Python of at least 3.11.
# Debian and Ubuntu ship `venv` in a separate package; install it when we may, else say which.
set -eu
PYTHON="$1"
VENV="$2"

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "Python 3.11 or newer is needed, but '$PYTHON' was not found." >&2
    exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
    echo "Python 3.11 or newer is needed; '$PYTHON' is $("$PYTHON" -V 2>&1)." >&2
    exit 1
fi

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
    rm -rf "$VENV"
    version=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    echo "Installing the Debian package python$version-venv (needed to create .venv)..." >&2
    if command -v apt-get >/dev/null 2>&1 && \
       as_root apt-get install -y -qq "python$version-venv" >/dev/null 2>&1 || \
       as_root sh -c 'apt-get update -qq && apt-get install -y -qq python3-venv' >/dev/null 2>&1; then
        "$PYTHON" -m venv "$VENV"
    else
        echo "Could not create .venv: please install the 'python3-venv' package and run make again." >&2
        exit 1
    fi
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade "pip>=23.2"
