import sys

from desktop.launcher import main

# The guard matters: a worker process (models.pool, spawned) imports this module again as
# ``__mp_main__`` and must not open a second window.
if __name__ == "__main__":
    sys.exit(main())
