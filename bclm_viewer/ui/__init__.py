"""The Qt layer: thin views and models over the kb and notes layers (no SQL here)."""
