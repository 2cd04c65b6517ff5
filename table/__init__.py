"""table stage."""
