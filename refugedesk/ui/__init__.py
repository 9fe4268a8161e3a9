"""The desktop app: Qt windows, dialogs and item models over the domain functions.

Nothing here builds SQL or commits by itself; see operations.run for how a user action calls
the domain.
"""
