"""The rule contract (rule.py), the declarative kinds YAML packs use (kinds/), the Python
checks (checks/), pack loading (packs.py) and the one table of rules (registry.py)."""
