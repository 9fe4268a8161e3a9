"""Where the review and move-on models lived before refugedesk/db/models/ became a package.

Kept only so existing imports in refugedesk/ui/ keep working while that layer is restructured;
new code imports from refugedesk.db.models.
"""

from refugedesk.db.models.enums import Destination, ReviewKind, SupportAfter
from refugedesk.db.models.reviews import MoveOn, Review, ReviewVersion

__all__ = ["Destination", "MoveOn", "Review", "ReviewKind", "ReviewVersion", "SupportAfter"]
