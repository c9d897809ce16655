"""Rules written in Python: the checks a YAML kind cannot express.

Adding one is one module here defining RULE: every module of this package is a rule, found
when the registry is built. The folder is listed directly: pkgutil.iter_modules imports
inspect, a tenth of the instructions of a pre-commit call's imports.
"""

import importlib
import os

BUILTINS = tuple(
    importlib.import_module(f"{__name__}.{name[:-3]}").RULE
    for name in sorted({name for folder in __path__ for name in os.listdir(folder)})
    if name.endswith(".py") and name[:-3].isidentifier() and not name.startswith("_")  # not ".#x.py"
)
