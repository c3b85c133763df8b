"""The read-only query API over a built KB: the only way the UI, the CLI and the evidence
package read it (no Qt, no writes)."""
