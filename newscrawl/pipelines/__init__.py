"""Item pipelines, in ``ITEM_PIPELINES`` order: validate -> dedupe -> write.

Each is one small class; items are frozen dataclasses, so a pipeline that changes an item
returns a new one (``dataclasses.replace``) and never mutates what it was given.
"""
