"""The date a build is "as of": reproducible, never the wall clock when it can be avoided.

Two builds of one commit must be byte-identical, so lists such as "updated this year" use
SOURCE_DATE_EPOCH when set, else the time of the last git commit, else the newest content date.
Whatever must follow the real current date (a review that fell due after the build) is
decided in the reader's browser instead.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path


def source_epoch(root: Path) -> int | None:
    """SOURCE_DATE_EPOCH, or the commit time of HEAD; None outside git."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return int(epoch)
    try:
        out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"], capture_output=True,
                             text=True, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return int(out) if out.isdigit() else None


def build_date(root: Path, corpus=None) -> dt.date:
    epoch = source_epoch(root)
    if epoch is not None:
        return dt.datetime.fromtimestamp(epoch, dt.timezone.utc).date()
    # Outside git: the newest change of what is published (a draft's planned date is not the
    # site's), never later than today.
    published = corpus.published() if corpus is not None else []
    if published:
        return min(max(s.last_changed or dt.date.min for s in published), dt.date.today())
    return dt.date(1970, 1, 1)
