"""Why `kg.extract`, `kg.link`, `kg.export` and `kg.validate` are modules you can call.

The public functions `kg.extract(text)`, `kg.link(...)`, `kg.export(...)` and
`kg.validate(...)` share their names with kg's subpackages `kg/extract/`, `kg/link/`,
`kg/export/` and the module `kg/validate.py`. Python binds a submodule to its parent's
attribute whenever it is imported, so a plain function `kg.extract` would be replaced by
the module as soon as anything imports `kg.extract`. Instead each of these modules gets a
module class with `__call__`, forwarding to the function of the same name in `kg.api`:
`kg.extract` stays the module for every import (and for `mock.patch` paths), and calling
it runs the API function.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any


def make_callable(module_name: str) -> None:
    """Make the module `kg.NAME` callable as `kg.api.NAME`."""
    name = module_name.rsplit(".", 1)[-1]

    class CallableModule(types.ModuleType):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return getattr(importlib.import_module("kg.api"), name)(*args, **kwargs)

        __call__.__doc__ = f"Call `kg.api.{name}` (see there)."

    sys.modules[module_name].__class__ = CallableModule
