"""A graph recorded from one real forward pass, for models whose own forward torch.fx cannot trace.

Module hooks give the module structure (torch.nn layers become call_module nodes, as fx makes them) and a
TorchFunctionMode sees every torch function and Tensor method called in between; tensors are linked to the
node that produced them by identity. Only the branches this input takes are seen.
"""

from __future__ import annotations

import collections
from typing import Any, Dict, List

import torch
from torch import fx, nn
from torch.overrides import TorchFunctionMode

from bnlint.graph.frames import user_frame
from bnlint.graph.fx_tracer import GraphTracer
from bnlint.graph.running import tensors_of

_IN_PLACE_DUNDER = {"__iadd__": "add_", "__isub__": "sub_", "__imul__": "mul_", "__itruediv__": "div_",
                    "__setitem__": "setitem_"}


def record_graph(model: nn.Module, inputs: Any) -> fx.Graph:
    graph = fx.Graph()
    env: Dict[int, fx.Node] = {}
    alive: List[torch.Tensor] = []  # keeps ids unique while recording
    names = {m: n for n, m in model.named_modules()}
    is_leaf = GraphTracer().is_leaf_module
    stack: List[str] = []
    leaf = {"depth": 0}

    def bind(value: Any, node: fx.Node) -> None:
        for t in tensors_of(value):
            env[id(t)] = node
            alive.append(t)

    def ref(value: Any) -> Any:
        if isinstance(value, torch.Tensor):
            return env.get(id(value), "<tensor>")
        if isinstance(value, (tuple, list)):
            return type(value)(ref(v) for v in value)
        if isinstance(value, dict):
            return {k: ref(v) for k, v in value.items()}
        if isinstance(value, (int, float, bool, str, type(None), torch.dtype, torch.device)):
            return value
        return repr(value)

    def meta(node: fx.Node, depth: int) -> fx.Node:
        node.meta["nn_module_stack"] = collections.OrderedDict(
            (p, (p, type(model.get_submodule(p)))) for p in stack)
        node.meta["bnlint_loc"] = user_frame(depth)
        return node

    class Recorder(TorchFunctionMode):
        def __torch_function__(self, func, types, args=(), kwargs=None):
            kwargs = kwargs or {}
            out = func(*args, **kwargs)
            if leaf["depth"]:
                return out
            name = getattr(func, "__name__", "")
            if name == "__get__" and hasattr(func, "__self__"):  # a Tensor property: x.shape
                node = graph.call_function(getattr, (ref(args[0]), func.__self__.__name__))
            elif getattr(func, "__module__", None) in (None, "torch._C", "torch._tensor") and args \
                    and isinstance(args[0], torch.Tensor):
                method = _IN_PLACE_DUNDER.get(name) or (name[2:-2] if name.startswith("__") else name)
                node = graph.call_method(method, ref(tuple(args)), ref(kwargs))
            else:
                node = graph.call_function(func, ref(tuple(args)), ref(kwargs))
            meta(node, 3)
            bind(out, node)
            return out

    def pre(module, args):
        if leaf["depth"]:
            leaf["depth"] += 1
            return
        path = names.get(module)
        if path is None:
            return
        stack.append(path)
        if path and is_leaf(module, path):
            leaf["depth"] = 1

    def post(module, args, output):
        if leaf["depth"] > 1:
            leaf["depth"] -= 1
            return
        path = names.get(module)
        if leaf["depth"] == 1:
            leaf["depth"] = 0
            node = meta(graph.call_module(path, ref(tuple(args))), 3)
            bind(output, node)
        if path is not None and stack and stack[-1] == path:
            stack.pop()

    args = inputs if isinstance(inputs, (tuple, list)) else (inputs,)
    for i, t in enumerate(args):
        bind(t, graph.placeholder(f"input_{i}"))
    handles = [nn.modules.module.register_module_forward_pre_hook(pre),
               nn.modules.module.register_module_forward_hook(post)]
    try:
        with torch.no_grad(), Recorder():
            out = model(*args)
    finally:
        for h in handles:
            h.remove()
    graph.output(ref(out))
    return graph
