"""The Studies page: search, filter by factor, the studies table and the study page."""
