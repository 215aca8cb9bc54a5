"""The demo database and the synthetic donors it (and the benchmarks) use. Not part of
the core: it drives the core's services like a user would."""
