"""Her record: the window (record/window.py: the header above the tabs) and one module per tab,
each tab's forms beside it (`<tab>.py`, or `<tab>_dialogs.py` where they are many). What the
tabs share (tables, the tab base that builds a tab on first showing, the record form base) is
in record/common.py.
"""
