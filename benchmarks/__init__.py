"""Benchmarks (``make bench``) and the screenshot generator (``make screenshots``)."""
