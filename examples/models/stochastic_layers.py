"""BN003: stochastic layers that never look at self.training, so they stay random after model.eval()."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class DropBlock2D(nn.Module):
    """The widely copied reference DropBlock: drops blocks at inference too."""

    def __init__(self, drop_prob: float = 0.1, block_size: int = 7):
        super().__init__()
        self.drop_prob = drop_prob
        self.block_size = block_size

    def forward(self, x):
        gamma = self.drop_prob / (self.block_size ** 2)
        mask = (torch.rand(x.shape[0], *x.shape[2:], device=x.device) < gamma).float()
        block_mask = 1 - F.max_pool2d(mask[:, None], self.block_size, 1, self.block_size // 2)
        out = x * block_mask
        return out * block_mask.numel() / block_mask.sum()  # renormalise


class GaussianNoise(nn.Module):
    """Zero-mean noise regulariser: should be the identity in eval mode."""

    def __init__(self, sigma: float = 0.1):
        super().__init__()
        self.sigma = sigma

    def forward(self, x):
        return x + torch.randn_like(x) * self.sigma


class StochasticDepthBlock(nn.Module):
    """Stochastic depth without train-time rescaling: its eval form is x + p * f(x), not x."""

    def __init__(self, channels: int, survival: float = 0.8):
        super().__init__()
        self.f = nn.Sequential(nn.Conv2d(channels, channels, 3, padding=1), nn.BatchNorm2d(channels), nn.ReLU())
        self.survival = survival

    def forward(self, x):
        if torch.rand(1).item() < self.survival:
            return x + self.f(x)
        return x
