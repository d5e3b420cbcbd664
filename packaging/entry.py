"""Entry point of the frozen app (PyInstaller runs this instead of the ``bitgeul`` script).

``freeze_support`` must come first: ``bitgeul suggest`` runs a spawn-based process pool, and a
frozen child process re-runs this executable, which must then act as the pool worker instead of
starting the app again.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from desktop.launcher import main

    sys.exit(main())
