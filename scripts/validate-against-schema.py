#!/usr/bin/env python3
"""Validates tillit documents against the JSON Schema that `tillit schema` prints.

Usage: validate-against-schema.py SCHEMA.json PATH...

Reads YAML with the YAML 1.2 core schema, as tillit does (PyYAML alone reads
YAML 1.1: `country: NO` would become false and dates would become date objects).
Prints one line per invalid document and exits 1 if any is invalid, 0 otherwise.
"""
import json
import pathlib
import re
import sys

import jsonschema
import yaml


class Core12Loader(yaml.SafeLoader):
    """SafeLoader with only the YAML 1.2 core schema's implicit types."""


Core12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
]:
    Core12Loader.add_implicit_resolver(tag, re.compile(pattern), first)


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


Core12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)


def main() -> int:
    schema = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    files = []
    for argument in sys.argv[2:]:
        path = pathlib.Path(argument)
        files += sorted(path.rglob("*.y*ml")) if path.is_dir() else [path]
    invalid = 0
    count = 0
    for file in files:
        if file.name == "tillit.yaml" or any(part.startswith(".") for part in file.parts):
            continue
        for document in yaml.load_all(file.read_text(encoding="utf-8"), Loader=Core12Loader):
            if document is None:
                continue
            count += 1
            errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
            for error in errors[:1]:
                invalid += 1
                where = "/".join(str(p) for p in error.path)
                print(f"{file}: {document.get('id')}: {where}: {error.message[:200]}")
    print(f"{count} documents checked, {invalid} invalid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
