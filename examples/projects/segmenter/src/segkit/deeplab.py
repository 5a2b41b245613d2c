import torch.nn as nn

from .heads import ASPP


class DeepLabLite(nn.Module):
    """ASPP's dropout (heads.py) reaches the decoder's BatchNorm here: the variance shift crosses two files."""

    def __init__(self, classes=3):
        super().__init__()
        self.aspp = ASPP(16, 32)  # <- BN001
        self.decoder = nn.Sequential(nn.Conv2d(32, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
                                     nn.Conv2d(32, classes, 1))

    def forward(self, x):
        return self.decoder(self.aspp(x))
