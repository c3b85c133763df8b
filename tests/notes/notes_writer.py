"""A second program writing the user store, for the durability tests (run with sys.executable).

    notes_writer.py DB one STUDY TEXT      save one note, print "saved", wait to be killed
    notes_writer.py DB burst TAG N         save notes TAG-0.., print each index once saved
    notes_writer.py DB mix TAG N LIST GO   wait for file GO, then a mixed workload, print "done"

Every line is printed only after the change it names has been committed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bclm_viewer.notes import UserStore

SHARED_NOTES = 10  # shared-0 .. shared-9, seeded by the test with "seed-<k>"


def _say(line: str) -> None:
    print(line, flush=True)


def _wait_forever() -> None:
    while True:
        time.sleep(60)


def mix(store: UserStore, tag: str, n: int, list_id: int, go: Path) -> None:
    """Own notes, edits of shared notes (as an editor would: with the text it last saw),
    star toggles, and items appended to (and moved within) one shared list."""
    _say("ready")
    while not go.exists():
        time.sleep(0.005)
    seen = {f"shared-{k}": f"seed-{k}" for k in range(SHARED_NOTES)}
    for i in range(n):
        store.set_note(f"{tag}-{i}", f"note {i} écrite par {tag}")
        sid = f"shared-{i % SHARED_NOTES}"
        text = f"{tag} édition {i}"
        store.set_note(sid, text, base_md=seen[sid])
        seen[sid] = text
        store.set_star(f"{tag}-star-{i}", True)
        if i % 2:
            store.set_star(f"{tag}-star-{i}", False)
        store.set_star("shared-star", True)
        item_id = store.add_item(list_id, "study", f"{tag}-{i}", caption=f"{tag} {i}")
        if i % 25 == 0:
            store.move_item(item_id, 0)
        time.sleep(0.001)  # a pause, as between edits: lets the other program's writes in
    _say("done")


def main(argv: list[str]) -> int:
    db, mode = Path(argv[1]), argv[2]
    store = UserStore(db)
    if mode == "one":
        store.set_note(argv[3], argv[4])
        _say("saved")
        _wait_forever()
    elif mode == "burst":
        tag, n = argv[3], int(argv[4])
        for i in range(n):
            store.set_note(f"{tag}-{i}", f"note {i} de {tag}")
            _say(str(i))
        _wait_forever()
    elif mode == "mix":
        mix(store, argv[3], int(argv[4]), int(argv[5]), Path(argv[6]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
