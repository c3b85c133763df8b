"""Allow ``python -m bclm_viewer``."""

import sys

from bclm_viewer.cli.main import main

sys.exit(main())
