"""kie stage."""
