"""Cryptography for Barnahus Desk: everything that touches keys lives here.

Notes about children are only ever written to disk encrypted, and a leak
can endanger a child, so all key handling is kept in this one small,
dependency-light package that can be reviewed on its own.  Import the
submodules directly (``barnahus.crypto.envelope`` and so on); nothing is
re-exported so that importing the package has no side effects.
"""
