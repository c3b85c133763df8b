#!/bin/sh
# Extract every translatable string of bclm_viewer/ into resources/i18n/*.ts (pyside6-lupdate),
# then compile the .qm files (pyside6-lrelease). Run from anywhere; uses the worktree's .venv if
# there is one. Translate the new entries (type="unfinished") in bclm_viewer_en.ts with
# pyside6-linguist or any editor, then run this script again. See docs/translations.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bin=.venv/bin
[ -x "$bin/pyside6-lupdate" ] || bin=$(dirname "$(command -v pyside6-lupdate)")
python=$bin/python
[ -x "$python" ] || python=python3
copy=build/i18n-src
"$python" tools/i18n_sources.py bclm_viewer "$copy/bclm_viewer"
# English: every message. French (the source language): only the plurals, whose forms
# ("1 étude", "2 études") come from the .ts like any translation.
"$bin/pyside6-lupdate" -silent -no-obsolete -extensions py -source-language fr \
    -target-language en "$copy/bclm_viewer" -ts resources/i18n/bclm_viewer_en.ts
"$bin/pyside6-lupdate" -silent -no-obsolete -pluralonly -extensions py -source-language fr \
    -target-language fr "$copy/bclm_viewer" -ts resources/i18n/bclm_viewer_fr.ts
# The locations point at the copy: point them at the real sources (same lines).
"$python" - <<'PY'
from pathlib import Path
for ts in Path("resources/i18n").glob("*.ts"):
    text = ts.read_text(encoding="utf-8")
    ts.write_text(text.replace("../../build/i18n-src/bclm_viewer/", "../../bclm_viewer/"),
                  encoding="utf-8")
PY
rm -rf "$copy"
rmdir build 2>/dev/null || true  # an empty build/ would make ruff read benchmarks' "build" as a package
for ts in resources/i18n/*.ts; do
    "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$python" - <<'PY'
import xml.etree.ElementTree as ET
from pathlib import Path
for ts in sorted(Path("resources/i18n").glob("*.ts")):
    todo = [m.findtext("source") for m in ET.parse(ts).iter("message")
            if (m.find("translation").get("type") == "unfinished")]
    print(f"{ts}: {len(todo)} to translate" + "".join(f"\n  {s!r}" for s in todo[:40]))
PY
