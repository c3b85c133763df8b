"""The Study page: self-test sessions with spaced repetition (see ``bclm_viewer.study``)."""
