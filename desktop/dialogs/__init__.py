"""Dialogs that move files in and out of a project: import, export."""
