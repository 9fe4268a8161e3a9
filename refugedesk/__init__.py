"""RefugeDesk: bed capacity, resident records and shift handover for refuge services."""

__version__ = "0.1.0"
