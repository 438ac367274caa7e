"""The ``barnahus`` command line: a stable contract that scripts and tests rely on.

Each subcommand lives in its own module with a ``register`` function; handlers call services
and translate :class:`~barnahus.errors.BarnahusError` into one sentence and an exit code.
"""
