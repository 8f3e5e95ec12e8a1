"""The XSLT 1.0 views, shipped in the wheel as tei.xslt."""
