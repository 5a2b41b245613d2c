"""Serves predictions with the model classifier/registry.py makes at import (see serve_fixed.py)."""

import torch

from classifier.registry import model


def predict(batch):
    with torch.no_grad():
        return model(batch).argmax(1)  # <- BN101 (registry.py made it in train mode)


print(predict(torch.rand(8, 3, 32, 32)))
