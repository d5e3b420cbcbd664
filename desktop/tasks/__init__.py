"""Running long core functions off the GUI thread (one generic worker)."""
