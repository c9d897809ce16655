"""`python -m newslint`: the same command as `newslint`."""

import sys

from newslint.cli import main

sys.exit(main())
