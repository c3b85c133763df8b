"""What several pages share: cell painting, display words, highlighting, export helpers."""
