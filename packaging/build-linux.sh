#!/usr/bin/env bash
# Build the standalone Linux bundle (one folder, no Python needed to run it) with PyInstaller.
#
#   bash packaging/build-linux.sh            # after the README's install (uses .venv)
#   PYTHON=/path/to/python bash packaging/build-linux.sh
#
# Prints where the bundle is and its size. Run it from anywhere; it works in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
if [ ! -x "$PYTHON" ]; then
    echo "build-linux.sh: no Python at $PYTHON; run the README's install first, or set PYTHON" >&2
    exit 2
fi
# The README's install brought the app's dependencies; PyInstaller comes from the package index.
# The app itself is read from this source tree (the spec puts it first on the search path).
"$PYTHON" -m pip install --quiet --disable-pip-version-check 'pyinstaller>=6.10'
out=${BUNDLE_DIST:-dist}
work=${BUNDLE_WORK:-build/pyinstaller}
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$out" --workpath "$work" packaging/bclm-viewer.spec
bundle="$out/bclm-viewer"
size=$(du -sh "$bundle" | cut -f1)
echo "bundle: $(cd "$bundle" && pwd)/bclm-viewer ($size)"
echo "try it: $bundle/bclm-viewer --smoke-test"
echo "add it to the desktop menu: $bundle/bclm-viewer --install-desktop-entry"
