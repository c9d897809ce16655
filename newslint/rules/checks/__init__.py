"""Rules written in Python: the checks a YAML kind cannot express.

Adding one is one module here defining RULE: every module of this package is a rule, found
when the registry is built.
"""

import importlib
import pkgutil

BUILTINS = tuple(
    importlib.import_module(f"{__name__}.{module.name}").RULE
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)
)
