"""segkit: a tiny segmentation kit in a src/ layout."""

from .engine import evaluate, train_one_epoch
from .models import SegNet

__all__ = ["SegNet", "evaluate", "train_one_epoch"]
