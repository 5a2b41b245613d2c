"""A model that cannot be built without arguments."""

import torch.nn as nn


class Configurable(nn.Module):
    def __init__(self, width, drop=0.5):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(8, width), nn.Dropout(drop), nn.BatchNorm1d(width), nn.Linear(width, 2))

    def forward(self, x):
        return self.net(x)


def make(width=16, drop=0.5):
    return Configurable(width, drop)
