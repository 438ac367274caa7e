"""Qt widgets, windows and dialogs. The only package (with app.py) that imports PySide6."""
