"""CLI subcommands, one module each; see `rasad.cli`."""
