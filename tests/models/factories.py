"""Factories returning nn.Sequential literals: each layer must be located at its own line, not in torch."""

import torch.nn as nn


def sequential():
    return nn.Sequential(
        nn.Dropout(0.5),
        nn.Linear(64, 64),
        nn.Dropout(0.2),  # noqa: BN001
        nn.BatchNorm1d(64),
        nn.ReLU(),
        nn.Dropout(0.3),
        nn.BatchNorm1d(64),
    )


def built_on_the_cpu():
    """Fails on the meta device after making its layers, so bnlint builds it again on the CPU."""
    model = nn.Sequential(
        nn.Dropout(0.5),
        nn.Linear(64, 64),
        nn.Dropout(0.2),
        nn.BatchNorm1d(64),
    )
    float(model[1].weight.sum())  # a meta tensor has no value
    return model
