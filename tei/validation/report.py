"""Reports of a validation run: text, JSON, JUnit XML, GitHub Actions annotations.

A reporter receives each file's findings as the run goes (``add``) and writes the end
(``finish``). Text and GitHub output stream; JSON and JUnit are written at the end.

Streams, as jing and compilers do: the report (errors, one line each, and the summary
line) goes to stdout; warnings go to stderr in the text format, so that
``tei validate ... > report.txt`` keeps the errors and a terminal still shows warnings.
Machine formats (json, junit, github) put everything on stdout.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TextIO

from ..errors import visible
from .findings import UNREADABLE_CODES, Finding



@dataclass
class FileResult:
    file: str
    findings: list[Finding]
    strict: bool = False

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.is_error or self.strict]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if not f.is_error]

    @property
    def unreadable(self) -> bool:
        return any(f.code in UNREADABLE_CODES for f in self.findings)

    @property
    def valid(self) -> bool:
        return not self.errors


@dataclass
class Summary:
    results: list[FileResult] = field(default_factory=list)

    @property
    def files(self) -> int:
        return len(self.results)

    @property
    def invalid(self) -> int:
        return sum(1 for r in self.results if not r.valid and not r.unreadable)

    @property
    def unreadable(self) -> int:
        return sum(1 for r in self.results if r.unreadable)

    @property
    def errors(self) -> int:
        return sum(1 for r in self.results for f in r.findings if f.is_error)

    @property
    def warnings(self) -> int:
        return sum(1 for r in self.results for f in r.findings if not f.is_error)

    def line(self) -> str:
        valid = self.files - self.invalid - self.unreadable
        noun = "file" if self.files == 1 else "files"
        parts = [f"{self.files} {noun} checked: {valid} valid, {self.invalid} invalid"]
        if self.unreadable:
            parts.append(f"{self.unreadable} unreadable")
        text = ", ".join(parts)
        return f"{text}; {self.errors} error{'s' if self.errors != 1 else ''}, {self.warnings} warning{'s' if self.warnings != 1 else ''}"


class Reporter:
    def __init__(self, out: TextIO, err: TextIO, quiet: bool = False):
        self.out, self.err, self.quiet = out, err, quiet
        self.summary = Summary()
        #: the schemas and the engines that ran them (engines.describe), when known
        self.engines: list[dict] = []

    def add(self, result: FileResult) -> None:
        self.summary.results.append(result)

    def finish(self) -> None:
        pass


class TextReporter(Reporter):
    def add(self, result: FileResult) -> None:
        super().add(result)
        for finding in result.findings:
            stream = self.out if finding.is_error or result.strict else self.err
            print(finding, file=stream)

    def finish(self) -> None:
        if not self.quiet:
            print(self.summary.line(), file=self.out)


class JsonReporter(Reporter):
    def finish(self) -> None:
        s = self.summary
        document = {
            "files": [
                {"file": visible(r.file), "valid": r.valid, "findings": [f.as_dict() for f in r.findings]}
                for r in s.results
            ],
            "summary": {
                "files": s.files, "valid": s.files - s.invalid - s.unreadable, "invalid": s.invalid,
                "unreadable": s.unreadable, "errors": s.errors, "warnings": s.warnings,
            },
        }
        if self.engines:
            document["engines"] = self.engines
        json.dump(document, self.out, indent=2, ensure_ascii=False)
        self.out.write("\n")


class JunitReporter(Reporter):
    """One testsuite, one testcase per file: a <failure> when invalid, an <error> when unreadable."""

    def finish(self) -> None:
        from lxml import etree

        s = self.summary
        suites = etree.Element("testsuites", name="tei validate")
        suite = etree.SubElement(
            suites, "testsuite", name="tei validate", tests=str(s.files),
            failures=str(s.invalid), errors=str(s.unreadable), skipped="0",
        )
        for result in s.results:
            case = etree.SubElement(suite, "testcase", classname="tei.validate", name=visible(result.file))
            if result.valid:
                continue
            tag = "error" if result.unreadable else "failure"
            first = result.errors[0]
            problem = etree.SubElement(case, tag, message=f"{first.code} {visible(first.message)}", type=first.code)
            problem.text = "\n".join(str(f) for f in result.findings)
        self.out.write(etree.tostring(suites, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8"))


def _gh_escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_escape_property(text: str) -> str:
    return _gh_escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    """GitHub Actions workflow commands: ``::error file=...,line=...,col=...,title=CODE::msg``."""

    def add(self, result: FileResult) -> None:
        super().add(result)
        for f in result.findings:
            level = "error" if f.is_error or result.strict else "warning"
            props = [f"file={_gh_escape_property(visible(f.file))}"]
            if f.line:
                props.append(f"line={f.line}")
            if f.col:
                props.append(f"col={f.col}")
            props.append(f"title={_gh_escape_property(f.code)}")
            print(f"::{level} {','.join(props)}::{_gh_escape_data(visible(f.message))}", file=self.out)

    def finish(self) -> None:
        if not self.quiet:
            print(_gh_escape_data(self.summary.line()), file=self.out)


def reporter_for(fmt: str, out: TextIO, err: TextIO, quiet: bool = False) -> Reporter:
    classes = {"text": TextReporter, "json": JsonReporter, "junit": JunitReporter, "github": GithubReporter}
    return classes[fmt](out, err, quiet)
