"""Annotating one document: the editor, the article and side panel, the document list, undo."""
