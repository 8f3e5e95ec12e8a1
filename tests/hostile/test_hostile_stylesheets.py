"""A user's Schematron (.sch, or compiled .xsl) runs sandboxed: no writes, no network, no
file read outside a --schema-read folder; a denied access is one line, exit 2."""
from __future__ import annotations

import pytest

from hostile_run import assert_one_line_error, run_tei

XSL = """<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" xmlns:svrl="http://purl.oclc.org/dsdl/svrl"
    extension-element-prefixes="exsl">
  <xsl:template match="/"><svrl:schematron-output>{body}</svrl:schematron-output></xsl:template>
</xsl:stylesheet>"""

SCH = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt">
  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern><rule context="/*">
    <report test="true()" id="TEI-S900">read: <value-of select="{select}"/></report>
  </rule></pattern>
</schema>"""


@pytest.fixture()
def tei_file(tmp_path, seed_tei):
    path = tmp_path / "doc.xml"
    path.write_bytes(seed_tei)
    return path


@pytest.fixture()
def secret(tmp_path):
    folder = tmp_path / "private"
    folder.mkdir()
    path = folder / "secret.xml"
    path.write_text("<s>TOP-SECRET-VALUE</s>")
    return path


def test_a_stylesheet_cannot_write_a_file(tmp_path, tei_file):
    written = tmp_path / "written.txt"
    schema = tmp_path / "rules.xsl"
    schema.write_text(XSL.format(body=f'<exsl:document href="{written}" method="text">pwned</exsl:document>'))
    ran = run_tei("validate", "--schema", schema, tei_file)
    assert_one_line_error(ran, 2, str(schema))
    assert not written.exists()


def test_a_stylesheet_cannot_write_with_xsl_document(tmp_path, tei_file):
    written = tmp_path / "written2.txt"
    schema = tmp_path / "rules.xsl"
    schema.write_text(XSL.format(body="").replace('version="1.0"', 'version="1.1"').replace(
        "<svrl:schematron-output>", f'<svrl:schematron-output><xsl:document href="{written}">x</xsl:document>'))
    ran = run_tei("validate", "--schema", schema, tei_file)
    assert ran.returncode in (1, 2) and "Traceback" not in ran.stderr
    assert not written.exists()


@pytest.mark.parametrize("kind", ["sch", "xsl"])
def test_a_schema_cannot_read_another_file(tmp_path, tei_file, secret, kind):
    schema = tmp_path / f"rules.{kind}"
    if kind == "sch":
        schema.write_text(SCH.format(select=f"document('{secret}')"))
    else:
        schema.write_text(XSL.format(body=f"<xsl:value-of select=\"document('{secret}')\"/>"))
    ran = run_tei("validate", "--schema", schema, tei_file)
    assert_one_line_error(ran, 2, str(schema))
    assert b"TOP-SECRET" not in ran.stdout and "TOP-SECRET" not in ran.stderr


@pytest.mark.parametrize("url", ["file:///etc/passwd", "http://127.0.0.1:9/x.xml", "/etc/hostname"])
def test_a_schema_reading_system_files_or_the_network_is_one_line(tmp_path, tei_file, url):
    schema = tmp_path / "rules.sch"
    schema.write_text(SCH.format(select=f"document('{url}')"))
    ran = run_tei("validate", "--schema", schema, tei_file)
    assert_one_line_error(ran, 2, str(schema))


def test_schema_read_opens_one_folder_and_no_other(tmp_path, tei_file, secret):
    schema = tmp_path / "rules.sch"
    schema.write_text(SCH.format(select=f"document('{secret}')"))
    ran = run_tei("validate", "--schema", schema, "--schema-read", secret.parent, tei_file)
    assert ran.returncode == 1, ran.stderr  # the report fires: the register was read
    assert b"TOP-SECRET-VALUE" in ran.stdout
    other = tmp_path / "other"
    other.mkdir()
    ran = run_tei("validate", "--schema", schema, "--schema-read", other, tei_file)
    assert_one_line_error(ran, 2, str(schema))
    assert b"TOP-SECRET" not in ran.stdout


def test_a_schematron_include_outside_the_read_folders_is_refused(tmp_path, tei_file, secret):
    schema = tmp_path / "rules.sch"
    schema.write_text(SCH.format(select="1").replace("<pattern>", f'<include href="{secret}"/><pattern>'))
    ran = run_tei("validate", "--schema", schema, tei_file)
    assert_one_line_error(ran, 2, str(schema), "refused")
