import torch.nn as nn


class Backbone(nn.Module):
    def __init__(self, width=32):
        super().__init__()
        self.conv1 = nn.Conv2d(3, width, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, width, 3, padding=1)
        self.bn2 = nn.BatchNorm2d(width)

    def forward(self, x):
        x = self.bn1(self.conv1(x)).relu()
        return self.bn2(self.conv2(x)).relu().mean((2, 3))


class Classifier(nn.Module):
    def __init__(self, classes=10, width=32):
        super().__init__()
        self.backbone = Backbone(width)
        self.drop = nn.Dropout(0.3)
        self.head = nn.Linear(width, classes)

    def forward(self, x):
        return self.head(self.drop(self.backbone(x)))
