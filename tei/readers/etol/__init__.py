"""The ETOL text reader: an article page of the Encyclopedia of Trotskyism On-Line, saved as text."""
