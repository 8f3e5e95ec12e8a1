"""Bundled data: the seed article, its companion files, the register."""
