"""`python -m desktop` does the same as the `hmtn` console script."""

import sys

from desktop.cli import main

sys.exit(main())
