"""Evidence synthesis over the query API: the comparison, the evidence matrix, where series
disagree, and their exports (text, handouts). No Qt, no SQL of its own."""
