"""Sequential MLPs: dropout before BatchNorm1d, and the same with dropout only in the head."""

import torch.nn as nn


class SequentialMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(16, 32),
            nn.Dropout(0.5),
            nn.BatchNorm1d(32),
            nn.ReLU(),
            nn.Linear(32, 32),
            nn.BatchNorm1d(32),
            nn.ReLU(),
            nn.Linear(32, 4),
        )

    def forward(self, x):
        return self.net(x)


class HeadDropoutMLP(nn.Module):
    """Dropout after the last BatchNorm only: nothing to report."""

    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(16, 32), nn.BatchNorm1d(32), nn.ReLU())
        self.head = nn.Sequential(nn.Dropout(0.5), nn.Linear(32, 4))

    def forward(self, x):
        return self.head(self.body(x))


class LayerNormMLP(nn.Module):
    """Dropout feeding LayerNorm, then BatchNorm: the LayerNorm stops the shift."""

    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(16, 32), nn.Dropout(0.5), nn.LayerNorm(32), nn.Linear(32, 32),
                                 nn.BatchNorm1d(32), nn.Linear(32, 4))

    def forward(self, x):
        return self.net(x)
