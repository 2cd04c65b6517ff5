"""Generators of documents the project makes itself (training data, tests, bench): never imported at run time."""
