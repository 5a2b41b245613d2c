"""Models whose user code misbehaves in every way the graph tier must survive, one per class.

Classes are built in the order they are defined, then analysed; the healthy ones at the start and end must
still be reported however the others fail.
"""

import ctypes
import os
import sys

import torch
import torch.nn as nn


class HealthyFirst(nn.Module):
    """Dropout before BatchNorm behind a loop over a ModuleList: only the graph tier sees it."""

    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 8), nn.Dropout(0.5), nn.BatchNorm1d(8)])

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


class Chatty(nn.Module):
    """Prints megabytes while being built: analysed as usual, the output goes nowhere."""

    def __init__(self):
        super().__init__()
        for _ in range(8):
            print("chatter " * 2**17)
            print("noise " * 2**17, file=sys.stderr)
        self.layers = nn.ModuleList([nn.Linear(4, 8), nn.Dropout(0.25), nn.BatchNorm1d(8)])

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


class AsksForInput(nn.Module):
    def __init__(self):
        super().__init__()
        self.width = int(input("width? "))

    def forward(self, x):
        return x


class Hog(nn.Module):
    """Allocates without bound while being built: torch.empty on a named device (the meta build cannot take it
    over) maps without touching the pages, so the limit is met at once however slowly the machine hands out
    memory."""

    def __init__(self):
        super().__init__()
        hog = []
        while True:
            hog.append(torch.empty(256 * 2**20, dtype=torch.uint8, device="cpu"))

    def forward(self, x):
        return x


class ExitsHard(nn.Module):
    def __init__(self):
        super().__init__()
        os._exit(7)

    def forward(self, x):
        return x


class Segfaults(nn.Module):
    """Builds fine; tracing runs forward, which reads address 0."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def forward(self, x):
        ctypes.string_at(0)
        return self.fc(x)


class Spins(nn.Module):
    """Builds fine; forward never returns."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def forward(self, x):
        while True:
            pass


class HealthyLast(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 8), nn.Dropout(0.1), nn.BatchNorm1d(8)])

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x
