import torch.nn as nn


class SegNet(nn.Module):
    def __init__(self, classes=3):
        super().__init__()
        self.encoder = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU())
        self.decoder = nn.Conv2d(16, classes, 1)

    def forward(self, x):
        return self.decoder(self.encoder(x))
