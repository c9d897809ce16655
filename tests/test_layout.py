"""The package is laid out in layers, and imports only point down: a rule never reaches
into the engine, the model never into a rule. The README's map of the code follows the
same tree."""

from __future__ import annotations

import ast
import re

from conftest import ROOT

PACKAGE = ROOT / "newslint"
# Lowest first. A module may import its own layer and the layers below it.
LAYERS = ["base", "model", "readers", "analysis", "rules", "engine", "report", "audit", "cli"]
BASE = {"newslint", "newslint.files", "newslint.notices", "newslint.lazy_re", "newslint.errors"}
# Package facades that re-export on first use (PEP 562): `newslint.lint_text`, `newslint.audit.x`.
FACADES = {"newslint", "newslint.audit"}


def _name(path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p) for p in PACKAGE.rglob("*.py")}


def _layer(module: str) -> int:
    if module == "newslint.__main__":
        return len(LAYERS) - 1
    if module in BASE:
        return 0
    return LAYERS.index(module.split(".")[1])


def _imports(path) -> set[str]:
    """newslint modules a file imports, anywhere in it (function-level imports count)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newslint"):
            # "from newslint.x import y" depends on the module y if y is one, else on x
            submodules = {f"{node.module}.{a.name}" for a in node.names} & MODULES
            found.update(submodules or {node.module})
    return found & MODULES


def _graph() -> dict[str, set[str]]:
    return {_name(p): (set() if _name(p) in FACADES else _imports(p) - {_name(p)}) for p in PACKAGE.rglob("*.py")}


def test_imports_point_down_the_layers():
    upward = [
        f"{module} ({LAYERS[_layer(module)]}) imports {target} ({LAYERS[_layer(target)]})"
        for module, targets in sorted(_graph().items())
        for target in sorted(targets)
        if _layer(target) > _layer(module)
    ]
    assert not upward, "\n".join(upward)


def test_no_import_cycles():
    graph, cycles, done = _graph(), [], set()

    def visit(node, path):
        for target in sorted(graph.get(node, ())):
            if target in path:
                cycles.append(" -> ".join(path[path.index(target):] + [target]))
            elif target not in done:
                visit(target, path + [target])
        done.add(node)

    for module in sorted(graph):
        if module not in done:
            visit(module, [module])
    assert not cycles, "\n".join(cycles)


def _map_entries(readme: str) -> dict[str, str]:
    """The README's map of newslint/: each entry (a top-level module or folder) with its text."""
    block = readme.split("<!-- code-map -->", 1)[1].split("```", 2)[1]
    lines = block.splitlines()
    start = lines.index("newslint/")
    entries, current = {}, None
    for line in lines[start + 1:]:
        if not line.startswith("  "):
            break  # the next top-level folder of the repository
        if line[2] != " ":
            current = line.split()[0]
            entries[current] = line
        elif current:
            entries[current] += " " + line
    return entries


def test_the_readme_map_names_every_module():
    entries = _map_entries((ROOT / "README.md").read_text(encoding="utf-8"))
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if parts[-1] == "__init__.py":
            continue
        if len(parts) == 1:
            named = any(parts[0] in re.findall(r"[\w]+\.py", text) for key, text in entries.items() if not key.endswith("/"))
        else:
            text = entries.get(parts[0] + "/", "")
            named = parts[1] in re.findall(r"[\w]+(?:\.py|/)", text) or (len(parts) > 2 and parts[1] + "/" in text)
        if not named:
            missing.append("/".join(parts))
    assert not missing, f"modules the README's map of the code does not name: {missing}"
    folders = {key for key in entries if key.endswith("/")}
    assert folders == {f"{p.name}/" for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
