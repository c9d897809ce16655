"""Running rules: one document (run.py), files and folders (lint.py, parallel.py), the
config that selects rules (config.py), suppressions, fixes, baselines and time limits."""
