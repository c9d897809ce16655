"""newslint: an editorial quality linter for news copy.

    import newslint
    findings = newslint.lint_text(open("story.txt").read(), path="story.txt")
    results = newslint.lint_paths(["news/"])
"""

__version__ = "0.1.0"
__all__ = ["lint_text", "lint_paths", "__version__"]


def __getattr__(name):  # the API loads the engine only when used: `import newslint` stays cheap
    if name in ("lint_text", "lint_paths"):
        from newslint.engine import lint

        return getattr(lint, name)
    raise AttributeError(f"module 'newslint' has no attribute {name!r}")
