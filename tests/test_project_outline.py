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
    assert set(found.functions) == {"run", "evaluate"}
    assert found.imports == {"nn": "torch.nn", "os": "os", "torch": "torch", "tnn": "torch.nn"}
    assert found.relative == {"Base": (1, "base", "Base"), "h": (1, "base", "helper")}
    assert found.qualname("nn.Module") == "torch.nn.Module" and found.qualname("Base") == "Base"


def test_what_each_functions_text_shows():
    found = outline(textwrap.dedent("""
        import torch


        def evaluate(model, loader):
            with torch.no_grad():
                return [model(x) for x in loader]


        @torch.no_grad()
        def run(model, x):
            return model(x)


        def freeze(model):
            for p in model.backbone.parameters():
                p.requires_grad = False


        def fit(model, loader, opt):
            model.train()
            for x in loader:
                opt.zero_grad()
                model(x).sum().backward()
                opt.step()
    """))
    assert found.traits == {"evaluate": {"inference"}, "run": {"inference"}, "freeze": {"freezes"},
                            "fit": {"modes", "trains"}}


def test_a_definition_on_the_first_line_and_the_span_of_a_decorated_function():
    text = "class Net(nn.Module):\n    pass\n@torch.no_grad()\n@other\ndef run(model):\n    return model(1)\nx = 1\r\ndef last():\r\n    pass\r\n"
    found = outline(text)
    assert found.classes == {"Net": ["nn.Module"]}
    start, end = found.functions["run"]
    assert text[start:end] == "@torch.no_grad()\n@other\ndef run(model):\n    return model(1)\n"
    start, end = found.functions["last"]
    assert text[start:end] == "def last():\r\n    pass\r\n"
    assert found.traits == {"run": {"inference"}}
    assert outline("import torch").imports == {"torch": "torch"}
