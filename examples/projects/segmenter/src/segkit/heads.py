import torch.nn as nn


class ASPP(nn.Module):
    """A pyramid-pooling head that ends in dropout, as DeepLab v3's does."""

    def __init__(self, cin, cout, rate=0.5):
        super().__init__()
        self.project = nn.Sequential(nn.Conv2d(cin, cout, 1, bias=False), nn.BatchNorm2d(cout), nn.ReLU())
        self.drop = nn.Dropout(rate)

    def forward(self, x):
        return self.drop(self.project(x))
