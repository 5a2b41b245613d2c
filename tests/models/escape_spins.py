"""User code that tries to outlive bnlint (tests/test_robustness_processes.py, benchmarks/fault_injection.py):
on import it starts a process in a session of its own, out of bnlint's process group; building Spins never
ends. Both carry $BNLINT_ESCAPE_MARKER on their command line, so that a test can find them."""

import os
import subprocess
import sys

import torch.nn as nn

MARKER = os.environ.get("BNLINT_ESCAPE_MARKER", "bnlint-escape")
subprocess.Popen([sys.executable, "-c", "import time\nwhile True: time.sleep(0.1)", f"{MARKER}-detached"],
                 start_new_session=True)


class Spins(nn.Module):
    def __init__(self):
        super().__init__()
        while True:
            pass

    def forward(self, x):
        return x
