"""Reading (and writing back) YAML: the only package that touches ruamel.yaml.

``reader`` turns one file into a Document; ``knowledge`` walks a project into a
KnowledgeBase. Import them by module, so that ``carekb.project`` can use the
reader without pulling the whole package in.

``writer`` writes back (atomic, locked); ``audit`` is the per-entry audit log
file: where it lives, its lines, and appending one more.
"""
