"""ResNets with stochastic depth: a timm-style DropPath module, a torchvision-style one, an inline mask."""

import torch
import torch.nn as nn
import torch.nn.functional as F


def drop_path(x, drop_prob: float = 0.0, training: bool = False):
    if drop_prob == 0.0 or not training:
        return x
    keep_prob = 1 - drop_prob
    shape = (x.shape[0],) + (1,) * (x.ndim - 1)
    random_tensor = x.new_empty(shape).bernoulli_(keep_prob)
    random_tensor.div_(keep_prob)
    return x * random_tensor


class DropPath(nn.Module):
    def __init__(self, drop_prob=0.0):
        super().__init__()
        self.drop_prob = drop_prob

    def forward(self, x):
        return drop_path(x, self.drop_prob, self.training)


class StochasticDepth(nn.Module):
    """torchvision's form: noise = empty([N, 1, 1, 1]).bernoulli_(survival) / survival."""

    def __init__(self, p):
        super().__init__()
        self.p = p

    def forward(self, x):
        if not self.training or self.p == 0.0:
            return x
        survival = 1.0 - self.p
        noise = torch.empty([x.shape[0]] + [1] * (x.ndim - 1), dtype=x.dtype, device=x.device)
        noise = noise.bernoulli_(survival)
        return x * noise.div_(survival)


class Bottleneck(nn.Module):
    def __init__(self, channels, drop):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels)
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)
        self.drop_path = drop

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(x + self.drop_path(out))


class DropPathResNet(nn.Module):
    def __init__(self, depth=3, rate=0.2, kind="timm"):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU())
        make = DropPath if kind == "timm" else StochasticDepth
        self.blocks = nn.Sequential(*[Bottleneck(8, make(rate * i / depth)) for i in range(depth)])
        self.fc = nn.Linear(8, 10)

    def forward(self, x):
        x = self.blocks(self.stem(x))
        return self.fc(F.adaptive_avg_pool2d(x, 1).flatten(1))


class TorchvisionStyleResNet(DropPathResNet):
    def __init__(self):
        super().__init__(kind="torchvision")


class InlineDropPathBlock(nn.Module):
    """Stochastic depth written inline in the block's forward: a per-sample Bernoulli mask."""

    def __init__(self, p=0.2):
        super().__init__()
        self.conv = nn.Conv2d(8, 8, 3, padding=1)
        self.bn = nn.BatchNorm2d(8)
        self.next_bn = nn.BatchNorm2d(8)
        self.p = p

    def forward(self, x):
        out = self.bn(self.conv(x))
        if self.training:
            keep = 1 - self.p
            mask = torch.rand(x.shape[0], 1, 1, 1, device=x.device) < keep
            out = out * mask / keep
        return self.next_bn(x + out)


class DropPathAfterResidualAdd(nn.Module):
    """Drop path on the output of a residual add, its mask's shape spelt three ways: timm's, torchvision's,
    and x.size(0) inline. A per-sample mask is drop path wherever it sits."""

    def __init__(self, p=0.1):
        super().__init__()
        self.conv1 = nn.Conv2d(8, 8, 3, padding=1)
        self.timm = DropPath(p)
        self.bn1 = nn.BatchNorm2d(8)
        self.conv2 = nn.Conv2d(8, 8, 3, padding=1)
        self.torchvision = StochasticDepth(p)
        self.bn2 = nn.BatchNorm2d(8)
        self.conv3 = nn.Conv2d(8, 8, 3, padding=1)
        self.bn3 = nn.BatchNorm2d(8)
        self.p = p

    def forward(self, x):
        x = self.bn1(self.timm(x + self.conv1(x)))
        x = self.bn2(self.torchvision(x + self.conv2(x)))
        x = x + self.conv3(x)
        if self.training:
            keep = 1 - self.p
            x = x * (torch.rand(x.size(0), 1, 1, 1, device=x.device) < keep) / keep
        return self.bn3(x)
