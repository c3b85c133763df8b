"""The Slides page and presentation mode."""
