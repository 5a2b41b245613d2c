"""Imports a module that does not exist."""

import torch.nn as nn

import bnlint_no_such_module  # noqa: F401


class Unreachable(nn.Module):
    def forward(self, x):
        return x
