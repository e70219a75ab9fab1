"""The Dashboard page: progress to the goal, milestones, charts with their numbers as tables."""

from drivekit.ui.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
