"""Build each model on the device, give it its input, and verify it (bnlint.verify.measure)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, List, Optional, Sequence

import torch
from torch import nn

from bnlint.graph.running import random_input
from bnlint.verify.budget import DEFAULT_BUDGET
from bnlint.verify.inputs import guess_shape, to_device
from bnlint.verify.measure import Result, VerifyError, stage, shift_limit, verify
from bnlint.verify.progress import Progress
from bnlint.verify.sources import Candidate


@dataclass(frozen=True)
class Options:
    device: torch.device
    strategy: str = "move"
    beta: float = 0.1
    input_shape: Optional[Sequence[int]] = None
    data: Any = None  # loaded --data (on the CPU)
    data_name: str = ""
    passes: Optional[int] = None  # None: enough passes, within time_budget (bnlint.verify.budget)
    time_budget: float = DEFAULT_BUDGET


def run(candidates: List[Candidate], options: Options, progress: Optional[Progress] = None) -> List[Result]:
    progress = progress or Progress(enabled=False)
    results = []
    for index, candidate in enumerate(candidates, start=1):
        progress.model(index, len(candidates), candidate.origin or candidate.name)
        results.append(run_one(candidate, options, progress))
    progress.close()
    return results


def run_one(candidate: Candidate, options: Options, progress: Optional[Progress] = None) -> Result:
    device = options.device
    progress = progress or Progress(enabled=False)

    def failed(message: str, seconds: float = 0.0) -> Result:
        result = Result(candidate.name, candidate.origin, options.strategy, options.beta, str(device),
                        shift_limit(options.strategy, options.beta), error=message)
        result.seconds["total"] = seconds
        return result

    if candidate.error:
        return failed(candidate.error)
    start = time.perf_counter()
    try:
        progress.step(f"building the model on {device}")
        with stage("building the model", device):
            model = candidate.factory()
        if not isinstance(model, nn.Module):
            raise VerifyError(f"the factory returned {type(model).__name__}, not a torch.nn.Module")
        if any(t.device.type == "meta" for t in list(model.parameters()) + list(model.buffers())):
            raise VerifyError("the model was built on the meta device (no values); verify needs real weights")
        with stage(f"moving the model to {device}", device):
            model = model.to(device)
        inputs, text = _inputs(model, options)
        built = time.perf_counter() - start
        result = verify(model, inputs, name=candidate.name, origin=candidate.origin, strategy=options.strategy,
                        beta=options.beta, passes=options.passes, input_text=text, budget=options.time_budget,
                        progress=progress)
    except VerifyError as exc:
        return failed(str(exc), time.perf_counter() - start)
    result.seconds["build"] = built
    result.seconds["total"] += built
    return result


def _inputs(model: nn.Module, options: Options):
    if options.data is not None:
        return to_device(options.data, options.device), options.data_name
    if options.input_shape:
        shape, why = tuple(options.input_shape), "--input-shape"
    else:
        guess = guess_shape(model)
        if guess is None:
            raise VerifyError("no convolution or linear layer to guess an input shape from; give --input-shape "
                              "N,C,H,W or --data FILE.pt")
        shape, why = guess
    return random_input(shape).to(options.device), f"random normal {'x'.join(map(str, shape))} ({why})"
