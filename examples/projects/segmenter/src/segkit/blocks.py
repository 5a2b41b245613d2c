import torch.nn as nn


class RefineBlock(nn.Module):
    """Dropout, a convolution, then whatever normalisation the caller asks for (none by default)."""

    def __init__(self, channels, norm_layer=None, rate=0.2):
        super().__init__()
        if norm_layer is None:
            norm_layer = nn.Identity
        self.drop = nn.Dropout2d(rate)
        self.conv = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.norm = norm_layer(channels)
        self.act = nn.ReLU()

    def forward(self, x):
        return self.act(self.norm(self.conv(self.drop(x))))
