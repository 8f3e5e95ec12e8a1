"""Readers: one subpackage per input format, each turning a page into the document model."""
