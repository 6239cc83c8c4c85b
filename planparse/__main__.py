"""``python -m planparse``: the same as the ``planparse`` command."""

import sys

from .cli import main

sys.exit(main())
