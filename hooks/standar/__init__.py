"""Portal Standar's domain core: loading, validating and rendering SOP and SPM standards.

A plain Python package that never imports MkDocs: the MkDocs hook (``hooks/portal.py``) and
the command line (``standar``) are thin adapters over it.
"""
