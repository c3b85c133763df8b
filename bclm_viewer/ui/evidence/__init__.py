"""The evidence pages: comparison side by side, the evidence matrix, the chart."""
