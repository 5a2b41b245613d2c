"""Small models for the verify and fix_model tests (8 input features unless said otherwise)."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class ShiftedNet(nn.Module):
    """Dropout(0.5) right before a BatchNorm: the variance shift is about 2."""

    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(8, 16), nn.Dropout(0.5), nn.BatchNorm1d(16), nn.ReLU())
        self.head = nn.Linear(16, 3)

    def forward(self, x):
        return self.head(self.body(x))


class PlainNet(nn.Module):
    """No dropout at all: nothing to fix."""

    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 3))

    def forward(self, x):
        return self.net(x)


class AlwaysNoisy(nn.Module):
    """Noise that never looks at self.training: random at inference too."""

    def forward(self, x):
        return x + torch.randn_like(x) * 0.1


class NoisyHead(nn.Module):
    """A stochastic layer left on in eval mode, after the last BatchNorm (so no fix touches it)."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 16)
        self.bn = nn.BatchNorm1d(16)
        self.noise = AlwaysNoisy()
        self.head = nn.Linear(16, 3)

    def forward(self, x):
        return self.head(self.noise(F.relu(self.bn(self.fc(x)))))


class FunctionalHead(nn.Module):
    """Functional dropout after the last BatchNorm: not BN001, but fx bakes its training flag in."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 16)
        self.bn = nn.BatchNorm1d(16)
        self.head = nn.Linear(16, 3)

    def forward(self, x):
        x = F.relu(self.bn(self.fc(x)))
        return self.head(F.dropout(x, 0.5, training=self.training))


class FunctionalShift(nn.Module):
    """F.dropout feeding a BatchNorm through a linear layer."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(8, 16)
        self.fc2 = nn.Linear(16, 16)
        self.bn = nn.BatchNorm1d(16)
        self.head = nn.Linear(16, 3)

    def forward(self, x):
        x = F.dropout(F.relu(self.fc1(x)), p=0.3, training=self.training)
        return self.head(F.relu(self.bn(self.fc2(x))))


class TwoInputs(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Linear(8, 16)
        self.b = nn.Linear(4, 16)
        self.drop = nn.Dropout(0.5)
        self.bn = nn.BatchNorm1d(16)
        self.head = nn.Linear(16, 2)

    def forward(self, x, y):
        return self.head(self.bn(self.drop(self.a(x) + self.b(y))))


class Broken(nn.Module):
    def __init__(self):
        super().__init__()
        raise ValueError("no config file found")

    def forward(self, x):
        return x


class Hog(nn.Module):
    """Stands for a model too big for the device: its forward fails as CUDA does when memory runs out."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 8)

    def forward(self, x):
        raise RuntimeError("CUDA out of memory. Tried to allocate 20.00 GiB")


def shifted(width=16, p=0.5):
    return nn.Sequential(nn.Linear(8, width), nn.Dropout(p), nn.BatchNorm1d(width), nn.ReLU(), nn.Linear(width, 3))
