"""Compile Jinja templates once per process, not once per build.

MkDocs makes a new Jinja environment for every build, and mkdocs-jupyter a new
nbconvert exporter (with its own environment) for every notebook, so each
rebuild of `mkdocs serve` would parse and compile Material's and nbconvert's
templates again: about a second of a one-page edit. A bytecode cache kept in
memory lets every new environment reuse what an earlier one compiled. Jinja
keys it by the template's name, path and source checksum, so an edited
template is compiled afresh.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from nbconvert.exporters.templateexporter import TemplateExporter

_compiled: dict[str, bytes] = {}


class _InMemory(BytecodeCache):
    def load_bytecode(self, bucket):
        if bucket.key in _compiled:
            bucket.bytecode_from_string(_compiled[bucket.key])

    def dump_bytecode(self, bucket):
        _compiled[bucket.key] = bucket.bytecode_to_string()


def _with_cache(create_environment):
    def create(exporter):
        environment = create_environment(exporter)
        environment.bytecode_cache = _InMemory()
        return environment

    return create


def on_startup(command, dirty=False):
    if not hasattr(TemplateExporter._create_environment, "__wrapped_by_templates__"):
        create = _with_cache(TemplateExporter._create_environment)
        create.__wrapped_by_templates__ = True
        TemplateExporter._create_environment = create


def on_env(env, config, files):
    env.bytecode_cache = _InMemory()
    return env
