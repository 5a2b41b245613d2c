"""Layer and op families, by fully qualified name: the one table BN001, BN003 and the graph tier share.

Pure data and name lookups (no ast, no torch), so the graph tier can match traced module
types against the same names the source tier matches import-resolved calls against.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Optional, Tuple

NN = "torch.nn."


def _nn(*names: str) -> FrozenSet[str]:
    return frozenset(NN + n for n in names)


# Dropout-family layers: random masks that rescale at train time and are the identity in eval.
DROPOUT_LAYERS = _nn(
    "Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout", "FeatureAlphaDropout"
) | {
    "torchvision.ops.DropBlock2d",
    "torchvision.ops.DropBlock3d",
    "torchvision.ops.drop_block.DropBlock2d",
    "torchvision.ops.drop_block.DropBlock3d",
    "timm.layers.DropBlock2d",
    "timm.layers.drop.DropBlock2d",
    "timm.models.layers.DropBlock2d",
    "timm.models.layers.drop.DropBlock2d",
}

# Functional dropout: qualified name -> (training parameter, its positional index, default value).
DROPOUT_FUNCTIONS: Dict[str, Tuple[str, int, bool]] = {
    "torch.nn.functional.dropout": ("training", 2, True),
    "torch.nn.functional.dropout1d": ("training", 2, True),
    "torch.nn.functional.dropout2d": ("training", 2, True),
    "torch.nn.functional.dropout3d": ("training", 2, True),
    "torch.nn.functional.alpha_dropout": ("training", 2, False),
    "torch.nn.functional.feature_alpha_dropout": ("training", 2, False),
    "torch.dropout": ("train", 2, True),
    "torchvision.ops.drop_block2d": ("training", 5, True),
    "torchvision.ops.drop_block3d": ("training", 5, True),
    "torchvision.ops.drop_block.drop_block2d": ("training", 5, True),
    "torchvision.ops.drop_block.drop_block3d": ("training", 5, True),
}
# Drop path: stochastic like dropout (BN003) but not a dropout layer for BN001.
STOCHASTIC_DEPTH_FUNCTIONS: Dict[str, Tuple[str, int, bool]] = {
    "torchvision.ops.stochastic_depth": ("training", 3, True),
    "torchvision.ops.stochastic_depth.stochastic_depth": ("training", 3, True),
}

BATCHNORM_LAYERS = _nn(
    "BatchNorm1d", "BatchNorm2d", "BatchNorm3d", "SyncBatchNorm",
    "LazyBatchNorm1d", "LazyBatchNorm2d", "LazyBatchNorm3d",
)
BATCHNORM_FUNCTIONS = frozenset({"torch.nn.functional.batch_norm", "torch.batch_norm"})

# Normalisations other than BN: they re-standardise with the statistics of the current input
# in both modes, so a variance shift does not get past them.
OTHER_NORM_LAYERS = _nn(
    "LayerNorm", "GroupNorm", "RMSNorm", "LocalResponseNorm",
    "InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d",
    "LazyInstanceNorm1d", "LazyInstanceNorm2d", "LazyInstanceNorm3d",
)
OTHER_NORM_FUNCTIONS = frozenset({
    "torch.nn.functional.layer_norm", "torch.nn.functional.group_norm", "torch.nn.functional.instance_norm",
    "torch.nn.functional.rms_norm", "torch.nn.functional.local_response_norm", "torch.nn.functional.normalize",
    "torch.layer_norm", "torch.group_norm", "torch.instance_norm",
})

ACTIVATION_LAYERS = _nn(
    "ReLU", "ReLU6", "LeakyReLU", "PReLU", "RReLU", "ELU", "SELU", "CELU", "GELU", "SiLU", "Mish",
    "Sigmoid", "Tanh", "Hardtanh", "Hardswish", "Hardsigmoid", "Hardshrink", "Softshrink", "Softplus",
    "Softsign", "Tanhshrink", "Threshold", "LogSigmoid", "GLU", "Softmax", "Softmax2d", "LogSoftmax",
)

# Layers a variance shift passes through: weight layers, activations, pooling, reshapes.
PASS_THROUGH_LAYERS = ACTIVATION_LAYERS | _nn(
    "Linear", "LazyLinear", "Identity", "Flatten", "Unflatten",
    "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d",
    "LazyConv1d", "LazyConv2d", "LazyConv3d", "LazyConvTranspose1d", "LazyConvTranspose2d", "LazyConvTranspose3d",
    "MaxPool1d", "MaxPool2d", "MaxPool3d", "AvgPool1d", "AvgPool2d", "AvgPool3d", "LPPool1d", "LPPool2d",
    "AdaptiveMaxPool1d", "AdaptiveMaxPool2d", "AdaptiveMaxPool3d",
    "AdaptiveAvgPool1d", "AdaptiveAvgPool2d", "AdaptiveAvgPool3d",
    "Upsample", "UpsamplingNearest2d", "UpsamplingBilinear2d", "PixelShuffle", "PixelUnshuffle", "ChannelShuffle",
    "ZeroPad1d", "ZeroPad2d", "ZeroPad3d", "ConstantPad1d", "ConstantPad2d", "ConstantPad3d",
    "ReflectionPad1d", "ReflectionPad2d", "ReflectionPad3d", "ReplicationPad1d", "ReplicationPad2d",
    "ReplicationPad3d", "CircularPad1d", "CircularPad2d", "CircularPad3d",
)

_F = "torch.nn.functional."
PASS_THROUGH_FUNCTIONS = frozenset(
    {_F + n for n in (
        "relu", "relu6", "leaky_relu", "elu", "selu", "celu", "gelu", "silu", "mish", "sigmoid", "tanh",
        "hardtanh", "hardswish", "hardsigmoid", "softplus", "softsign", "logsigmoid", "glu", "prelu", "rrelu",
        "softmax", "log_softmax", "threshold", "linear", "conv1d", "conv2d", "conv3d",
        "conv_transpose1d", "conv_transpose2d", "conv_transpose3d",
        "max_pool1d", "max_pool2d", "max_pool3d", "avg_pool1d", "avg_pool2d", "avg_pool3d",
        "adaptive_max_pool1d", "adaptive_max_pool2d", "adaptive_max_pool3d",
        "adaptive_avg_pool1d", "adaptive_avg_pool2d", "adaptive_avg_pool3d",
        "interpolate", "pad", "pixel_shuffle", "pixel_unshuffle",
    )}
    | {"torch." + n for n in (
        "relu", "sigmoid", "tanh", "flatten", "reshape", "squeeze", "unsqueeze", "transpose", "permute",
        "max_pool1d", "max_pool2d", "avg_pool1d", "adaptive_avg_pool1d",
    )}
)
# Tensor methods that keep the values (reshapes, layout) or are activations.
PASS_THROUGH_METHODS = frozenset({
    "view", "view_as", "reshape", "reshape_as", "flatten", "unflatten", "squeeze", "unsqueeze", "permute",
    "transpose", "contiguous", "clone", "float", "double", "half", "bfloat16", "to", "relu", "relu_",
    "sigmoid", "tanh",
})

# Random draws (BN003). `_like` forms included; Tensor methods are matched by name.
RANDOM_FUNCTIONS = frozenset(
    {f"torch.{n}" for n in ("rand", "randn", "randint", "bernoulli", "normal", "multinomial", "poisson")}
    | {f"torch.{n}_like" for n in ("rand", "randn", "randint")}
)
RANDOM_METHODS = frozenset({"bernoulli_", "bernoulli", "uniform_", "normal_", "random_", "exponential_",
                            "geometric_", "cauchy_", "log_normal_"})
# numpy.random.* and random.* draw, except these, which seed, save state or build generators.
NOT_DRAWS = frozenset({
    "seed", "getstate", "setstate", "get_state", "set_state", "default_rng", "RandomState", "Generator",
    "SeedSequence", "BitGenerator", "PCG64", "MT19937", "Philox", "SFC64", "Random", "SystemRandom",
})
RANDOM_MODULES = ("numpy.random.", "random.")
# Zero-mean draws: adding their output is noise whose expectation is the input.
ZERO_MEAN_FUNCTIONS = frozenset({"torch.randn", "torch.randn_like", "numpy.random.randn",
                                 "numpy.random.standard_normal"})
ZERO_MEAN_METHODS = frozenset({"normal_"})
ZERO_MEAN_WITH_MEAN_ARG = frozenset({"torch.normal", "numpy.random.normal", "random.gauss", "random.normalvariate"})

# Names under which code passes the train/eval flag around (besides self.training).
FLAG_NAMES = frozenset({"training", "is_training", "train_mode", "is_train", "deterministic", "train"})

_MODULES_PATH = re.compile(r"^torch\.nn\.modules\.[a-z_]+\.")


def canonical(qualname: Optional[str]) -> Optional[str]:
    """`torch.nn.modules.dropout.Dropout` -> `torch.nn.Dropout`; other names unchanged."""
    if qualname and qualname.startswith("torch.nn.modules."):
        return _MODULES_PATH.sub(NN, qualname)
    return qualname


# Kinds of layer for the variance-shift data flow.
DROPOUT, BATCHNORM, NORM, PASS = "dropout", "batchnorm", "norm", "pass"


def layer_kind(qualname: Optional[str]) -> Optional[str]:
    """Kind of a layer class, or None when it is unknown (unknown layers end a data flow)."""
    qn = canonical(qualname)
    if qn in DROPOUT_LAYERS:
        return DROPOUT
    if qn in BATCHNORM_LAYERS:
        return BATCHNORM
    if qn in OTHER_NORM_LAYERS:
        return NORM
    if qn in PASS_THROUGH_LAYERS:
        return PASS
    return None


def function_kind(qualname: Optional[str]) -> Optional[str]:
    """Kind of a functional call (dropout is only a kind once its training argument is known)."""
    if qualname in BATCHNORM_FUNCTIONS:
        return BATCHNORM
    if qualname in OTHER_NORM_FUNCTIONS:
        return NORM
    if qualname in PASS_THROUGH_FUNCTIONS:
        return PASS
    if qualname in DROPOUT_FUNCTIONS:
        return DROPOUT
    return None


def short(qualname: str) -> str:
    """How a layer is named in messages: `nn.Dropout`, `torchvision.ops.DropBlock2d`."""
    qn = canonical(qualname) or qualname
    return "nn." + qn[len(NN):] if qn.startswith(NN) else qn


def is_random_function(qualname: Optional[str]) -> bool:
    if not qualname:
        return False
    if qualname in RANDOM_FUNCTIONS:
        return True
    for prefix in RANDOM_MODULES:
        if qualname.startswith(prefix):
            rest = qualname[len(prefix):]
            return "." not in rest and rest not in NOT_DRAWS and not rest.startswith("_")
    return False
