"""Use cases (open store, interview, plan, print): Qt-free and driven by both CLI and GUI."""
