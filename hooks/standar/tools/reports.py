"""Problems as the forges read them, so that they appear on the changed lines of a pull request.

* GitHub Actions: workflow commands ``::error file=...,line=...,title=...::message``, with
  ``%``, CR and LF escaped in the message and, in properties, also ``:`` and ``,``.
* GitLab: a Code Quality report, a JSON array of
  ``{description, check_name, fingerprint, severity, location: {path, lines: {begin}}}``.
"""

from __future__ import annotations

import hashlib
import json

from ..model.diagnostics import Diagnostic, sort_key

GITLAB_SEVERITY = {"galat": "major", "peringatan": "minor"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_command(command: str, message: str, **properties) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value is not None)
    return f"::{command}{' ' + props if props else ''}::{escape_data(message)}"


def format_github(diagnostics: list[Diagnostic]) -> str:
    lines = []
    for d in sorted(diagnostics, key=sort_key):
        title = ("Galat standar" if d.is_error else "Peringatan standar") + (f" ({d.field})" if d.field else "")
        lines.append(github_command("error" if d.is_error else "warning", d.message,
                                    file=d.path, line=d.line, title=title))
    return "\n".join(lines)


def format_gitlab(diagnostics: list[Diagnostic]) -> str:
    issues, seen = [], {}
    for d in sorted(diagnostics, key=sort_key):
        key = f"{d.path}\0{d.field or ''}\0{d.message}"
        seen[key] = seen.get(key, 0) + 1  # the same problem twice in a file: still two issues
        fingerprint = hashlib.sha256(f"{key}\0{seen[key]}".encode("utf-8")).hexdigest()
        issues.append({
            "description": d.message,
            "check_name": "standar/" + (d.field.split(".")[0] if d.field else "berkas"),
            "fingerprint": fingerprint,
            "severity": GITLAB_SEVERITY.get(d.severity, "info"),
            "location": {"path": d.path, "lines": {"begin": d.line or 1}},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2)
