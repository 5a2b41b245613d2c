"""Turning fixes into new file contents (apply), and putting them on disk safely (write)."""
