"""Entry point of the standalone bundle: the same ``main`` as the ``bclm-viewer`` command."""

import sys

from bclm_viewer.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
