import sys

from models.cli.main import main

sys.exit(main())
