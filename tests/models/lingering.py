"""A model whose building leaves a thread and an atexit handler behind that would never let a process end."""

import atexit
import threading
import time

import torch.nn as nn


def _forever():
    while True:
        time.sleep(0.5)


class Lingering(nn.Module):
    def __init__(self):
        super().__init__()
        threading.Thread(target=_forever).start()  # not a daemon: the interpreter waits for it at exit
        atexit.register(_forever)
        self.layers = nn.ModuleList([nn.Linear(4, 4), nn.Dropout(0.2), nn.BatchNorm1d(4)])

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x
