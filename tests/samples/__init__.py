"""Writers of small real-world-shaped files (our own texts, the tools' formats) for the tests."""
