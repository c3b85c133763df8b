"""bclm-viewer: the evidence on liver surgery for breast cancer liver metastases, offline."""

__version__ = "0.1.0"
