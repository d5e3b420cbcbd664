"""Putting the workbench together: start-up, the main window, its menus and status bar."""
