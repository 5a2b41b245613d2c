"""Models torch.fx cannot trace as they are."""

import torch.nn as nn


class Gate(nn.Module):
    """Data-dependent control flow inside a block."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 16)
        self.drop = nn.Dropout(0.5)
        self.bn = nn.BatchNorm1d(16)

    def forward(self, x):
        if x.sum() > 0:
            x = self.drop(self.fc(x))
        return self.bn(x)


class GatedNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gate = Gate()
        self.head = nn.Linear(16, 4)

    def forward(self, x):
        return self.head(self.gate(x))


class Looper(nn.Module):
    """Iterates over a tensor (fx cannot), in its own forward; its children are fine."""

    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(16, 16), nn.Dropout(0.2), nn.BatchNorm1d(16))
        self.head = nn.Linear(16, 4)

    def forward(self, x):
        rows = [self.body(r[None].expand(2, -1)) for r in x]
        return self.head(rows[0])
