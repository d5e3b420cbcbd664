import sys

from models.cli.main import main

# A spawned worker process (models.pool) imports this module again as ``__mp_main__``.
if __name__ == "__main__":
    sys.exit(main())
