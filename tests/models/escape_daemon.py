"""User code that tries to outlive bnlint (tests/test_robustness_processes.py, benchmarks/fault_injection.py):
on import it double-forks a daemon that calls setsid() (a fork of the worker: the worker's command line);
building Net takes $BNLINT_ESCAPE_SLEEP seconds (default none)."""

import os
import time

import torch.nn as nn

if os.fork() == 0:  # the classic daemon: fork, setsid, fork again, the middle one exits
    os.setsid()
    if os.fork() == 0:
        while True:
            time.sleep(0.1)
    os._exit(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        time.sleep(float(os.environ.get("BNLINT_ESCAPE_SLEEP", "0")))
        self.a = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5), nn.BatchNorm1d(4))

    def forward(self, x):
        return self.a(x)
