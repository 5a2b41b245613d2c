"""bnlint.project.outline: what a module defines and imports at top level, read without parsing it."""

from __future__ import annotations

import textwrap

from bnlint.project.outline import outline


def test_classes_functions_and_imports():
    found = outline(textwrap.dedent("""
        import torch.nn as nn
        import os, torch
        from torch import nn as tnn
        from .base import (
            Base,
            helper as h,
        )
        from ..pkg.layers import *


        class Net(nn.Module, metaclass=Meta):
            pass


        class Head(
            Base,
        ):
            def inner(self):
                pass


        async def run(model):
            pass


        def evaluate(model, loader):
            class Hidden:
                pass
        if True:
            def hidden():
                pass
    """))
    assert found.classes == {"Net": ["nn.Module"], "Head": ["Base"]}
    assert found.functions == {"run", "evaluate"}
    assert found.imports == {"nn": "torch.nn", "os": "os", "torch": "torch", "tnn": "torch.nn"}
    assert found.relative == {"Base": (1, "base", "Base"), "h": (1, "base", "helper")}
    assert found.qualname("nn.Module") == "torch.nn.Module" and found.qualname("Base") == "Base"
