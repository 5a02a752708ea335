"""A check of jirga's own for schemathesis (scripts/api-conformance.sh loads it).

schemathesis.toml lets three operations answer a schema-valid request with 422,
because the process's rules refuse well-formed requests there (dates in the
wrong order, a document that is not a pass). This check keeps that from hiding
a schema that is looser than the server's parser: a schema-valid request may be
refused by a rule, never with the parser's codes.
"""

import schemathesis

# The codes of the parsers (query string, JSON body, a field's form), not of a rule.
PARSER_CODES = {"invalid_query", "malformed_json", "invalid_field"}
# Fields whose content is another format, which JSON Schema does not validate
# (`contentMediaType`): incidents' ACLED CSV rows. Their reader names the line
# and column of what it refuses.
EMBEDDED_FORMATS = {"row", "rows"}


@schemathesis.check
def parser_agrees_with_schema(ctx, response, case):
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return None
    if response.status_code not in (400, 422):
        return None
    try:
        body = response.json()
        code, field = body.get("code"), body.get("field")
    except Exception:
        return None
    if code in PARSER_CODES and field not in EMBEDDED_FORMATS:
        raise AssertionError(
            f"A request the schema allows was refused by the parser ({response.status_code} {code}): "
            "the schema must say what the server accepts"
        )
    return None
