import torch.nn as nn

from .blocks import RefineBlock


class Refiner(nn.Module):
    """A refinement stage built from blocks.py's RefineBlock with BatchNorm: the block's dropout now feeds it."""

    def __init__(self, channels=32):
        super().__init__()
        self.stem = nn.Conv2d(3, channels, 3, padding=1)
        self.block = RefineBlock(channels, norm_layer=nn.BatchNorm2d)  # <- BN001

    def forward(self, x):
        return self.block(self.stem(x))
