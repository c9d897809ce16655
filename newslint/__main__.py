"""`python -m newslint`: the same command as `newslint`."""

import sys

from newslint.cli.app import main

sys.exit(main())
