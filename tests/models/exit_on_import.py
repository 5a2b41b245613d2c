"""A script that calls sys.exit when imported."""

import sys

import torch.nn as nn


class Script(nn.Module):
    def forward(self, x):
        return x


sys.exit("usage: exit_on_import.py DATA")
