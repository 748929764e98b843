"""Benchmarks and the synthetic-data generator shared with the tests."""
