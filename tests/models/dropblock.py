"""Custom DropBlock layers: one that follows train()/eval(), one that never checks self.training."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class DropBlock2d(nn.Module):
    def __init__(self, drop_prob=0.1, block_size=3):
        super().__init__()
        self.drop_prob = drop_prob
        self.block_size = block_size

    def forward(self, x):
        if not self.training or self.drop_prob == 0:
            return x
        gamma = self.drop_prob / (self.block_size ** 2)
        mask = (torch.rand(x.shape[0], *x.shape[2:], device=x.device) < gamma).float()
        block_mask = 1 - F.max_pool2d(mask[:, None], self.block_size, 1, self.block_size // 2)
        return x * block_mask * block_mask.numel() / block_mask.sum()


class LeakyDropBlock2d(nn.Module):
    """The widely copied version: drops at inference too."""

    def __init__(self, drop_prob=0.1, block_size=3):
        super().__init__()
        self.drop_prob = drop_prob
        self.block_size = block_size

    def forward(self, x):
        gamma = self.drop_prob / (self.block_size ** 2)
        mask = (torch.rand(x.shape[0], *x.shape[2:], device=x.device) < gamma).float()
        block_mask = 1 - F.max_pool2d(mask[:, None], self.block_size, 1, self.block_size // 2)
        return x * block_mask * block_mask.numel() / block_mask.sum()


class GaussianNoise(nn.Module):
    """Additive noise that is the identity in eval: not a mask, nothing to report."""

    def __init__(self, sigma=0.1):
        super().__init__()
        self.sigma = sigma

    def forward(self, x):
        if not self.training:
            return x
        return x + torch.randn_like(x) * self.sigma


class DropBlockNet(nn.Module):
    def __init__(self, leaky=False):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.drop = LeakyDropBlock2d() if leaky else DropBlock2d()
        self.noise = GaussianNoise()
        self.bn1 = nn.BatchNorm2d(8)
        self.conv2 = nn.Conv2d(8, 8, 3, padding=1)
        self.bn2 = nn.BatchNorm2d(8)
        self.fc = nn.Linear(8, 10)

    def forward(self, x):
        x = self.noise(x)
        x = F.relu(self.bn1(self.drop(self.conv1(x))))
        x = F.relu(self.bn2(self.conv2(x)))
        return self.fc(x.mean((2, 3)))


class LeakyDropBlockNet(DropBlockNet):
    def __init__(self):
        super().__init__(leaky=True)
