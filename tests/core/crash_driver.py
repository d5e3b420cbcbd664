"""A decision writer for the crash tests: ``python crash_driver.py DB ANNOTATOR SEED [COUNT]``.

It does what the workbench does for each key press — ``ProjectStore.execute`` of a small group
of commands, one transaction each — in a loop, and prints ``ACK <group id> <commands>`` after
each commit returns, i.e. when the user would see the decision as saved. The group's size is
also in its description ("crash <n>"), so that a test can check that no group is partial.
``COUNT`` decisions, then it exits; without it, it runs until killed.
"""

from __future__ import annotations

import random
import sys

from models.store.commands import Create, SetStatus, Update
from models.store.project import CommandError, ProjectStore

LABELS = ("PERSON", "ORG", "LOCATION", "MONEY", "DATE", "PROJECT")


def main(argv: list[str]) -> int:
    db, annotator, seed = argv[0], argv[1], int(argv[2])
    count = int(argv[3]) if len(argv) > 3 else None
    rng = random.Random(seed)
    store = ProjectStore.open(db, annotator)
    docs = [(doc_id, len(text)) for doc_id, text, _date in store.texts(store.document_ids())]
    mine: list[int] = []  # annotations this driver created, to update some of them
    print("READY", flush=True)
    done = 0
    while count is None or done < count:
        n = rng.choice((1, 1, 1, 2, 3))
        cmds: list[Create | Update | SetStatus] = []
        for _ in range(n):
            doc_id, length = rng.choice(docs)
            roll = rng.random()
            if roll < 0.15 and mine:
                cmds.append(Update(rng.choice(mine), label=rng.choice(LABELS)))
            elif roll < 0.25:
                cmds.append(SetStatus(doc_id, rng.choice(("in_progress", "done"))))
            else:
                start = rng.randrange(0, length - 1)
                end = min(length, start + rng.randint(1, 12))
                cmds.append(Create(doc_id, start, end, rng.choice(LABELS)))
        try:
            change = store.execute(cmds, f"crash {n}")
        except CommandError:  # busy with the other writer, or an update of a changed span
            continue
        mine.extend(change.annotation_ids)
        print(f"ACK {change.group_id} {n}", flush=True)
        done += 1
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
