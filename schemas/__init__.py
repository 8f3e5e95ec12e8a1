"""The project schema (XSD + Schematron), shipped in the wheel as tei.schemas."""
