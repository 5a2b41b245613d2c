"""BN001: dropout feeding BatchNorm, in an nn.Sequential and in a forward.

`bnlint check examples/models/dropout_before_batchnorm.py` finds both; `--rewrite --unsafe-fixes`
moves the Sequential ones after the last BatchNorm (`--strategy move`, the default) or swaps every one
for Uout (`--strategy uout`).
"""

import torch.nn as nn
import torch.nn.functional as F


class SmallCNN(nn.Module):
    """The digits reproduction of BACKGROUND.md: Dropout(0.5) before the BatchNorm of each block."""

    def __init__(self, num_classes: int = 10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1),
            nn.Dropout(0.5),
            nn.BatchNorm2d(32),
            nn.ReLU(),
            nn.Conv2d(32, 64, 3, padding=1),
            nn.Dropout(0.5),
            nn.BatchNorm2d(64),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )
        self.classifier = nn.Linear(64, num_classes)

    def forward(self, x):
        return self.classifier(self.features(x))


class PointNetHead(nn.Module):
    """The classification head of PointNet implementations: dropout between fc2 and bn2."""

    def __init__(self, k: int = 40):
        super().__init__()
        self.fc1 = nn.Linear(1024, 512)
        self.fc2 = nn.Linear(512, 256)
        self.fc3 = nn.Linear(256, k)
        self.dropout = nn.Dropout(p=0.4)
        self.bn1 = nn.BatchNorm1d(512)
        self.bn2 = nn.BatchNorm1d(256)

    def forward(self, x):
        x = F.relu(self.bn1(self.fc1(x)))
        x = F.relu(self.bn2(self.dropout(self.fc2(x))))
        return F.log_softmax(self.fc3(x), dim=1)
