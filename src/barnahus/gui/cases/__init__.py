"""The cases area: the case list, and one case's profile and contacts."""
