"""``python -m heedful``: the command line."""

import sys

from heedful.cli import main

sys.exit(main())
