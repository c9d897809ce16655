"""JUnit XML, the test report GitLab merge requests and Jenkins already know how to show.

Each file is a test case and each finding a failure, whatever its severity (the pipeline's
--fail-on decides what fails the job); a file that could not be read, or a rule that
crashed on it, is an error.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # XML 1.0 forbids these


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _details(path: str, f) -> str:
    lines = [f"{path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.name}", f.message]
    if f.suggestion is not None:
        lines.append(f"suggestion: {f.suggestion!r}" if f.suggestion else "suggestion: delete")
    return _clean("\n".join(lines))


def render(results, stream, registry=None) -> None:
    root = ET.Element("testsuites")
    suite = ET.SubElement(root, "testsuite", name="newslint")
    failures = errors = 0
    for result in results:
        case = ET.SubElement(suite, "testcase", classname="newslint", name=_clean(result.path), file=_clean(result.path))
        for problem in ([result.error] if result.error else []) + result.crashes:
            ET.SubElement(case, "error", message=_clean(problem)).text = _clean(problem)
            errors += 1
        for f in result.findings:
            message = _clean(f"{f.line}:{f.column} {f.rule} {f.message}")
            ET.SubElement(case, "failure", type=f.rule, message=message).text = _details(result.path, f)
            failures += 1
    counts = {"tests": str(len(results)), "failures": str(failures), "errors": str(errors)}
    for element in (root, suite):
        element.attrib.update(counts)
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
