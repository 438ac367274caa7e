"""Load and validate the declarative definitions under forms/."""
