"""The review page of an imported deck: each candidate beside its slide, accepted or rejected."""
