"""Test helpers: look at a vault from outside the app's own code, and subprocess scripts."""
