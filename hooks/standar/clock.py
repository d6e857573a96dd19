"""The date a build is "as of": reproducible, never the wall clock when it can be avoided.

Two builds of one commit must be byte-identical, so lists such as "updated this year" use
SOURCE_DATE_EPOCH when set, else the date of the last git commit, else the newest content date.
Whatever is decided against the real current date (a review that became overdue after the
build) is decided in the reader's browser instead.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path


def build_date(root: Path, corpus=None) -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"], capture_output=True,
                             text=True, timeout=10, check=False).stdout.strip()
        if out.isdigit():
            return dt.datetime.fromtimestamp(int(out), dt.timezone.utc).date()
    except (OSError, subprocess.SubprocessError):
        pass
    if corpus is not None and corpus.standards:
        return max(s.last_changed for s in corpus.standards)
    return dt.date(1970, 1, 1)
