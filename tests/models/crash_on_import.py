"""Importing this module ends the process at once, without cleanup."""

import os

import torch.nn as nn


class Lost(nn.Module):
    def forward(self, x):
        return x


os._exit(3)
