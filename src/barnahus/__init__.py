"""Barnahus Desk: an encrypted workstation app for children's houses.

The version lives here so the CLI, the About box, the wheel and the installer all read one value.
"""

__version__ = "0.1.0"
