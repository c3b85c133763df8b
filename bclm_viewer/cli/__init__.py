"""The command line: argparse, standard output and exit codes over the kb, query and evidence
packages. No Qt: the app is imported only when the command opens it."""
