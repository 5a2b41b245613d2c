"""The PyTorch vocabulary: one table per fact, by fully qualified name, for both tiers.

Pure data and name lookups (no ast, no torch import). The source tier matches import-resolved calls
against these names; the graph tier builds its objects from the same names (bnlint.graph.patterns
looks each one up with getattr), so adding an op here is one line that both tiers pick up.
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
    "torch.feature_dropout": ("train", 2, True),
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

# Weight layers: a variance shift passes through them (wider layers dilute it).
WEIGHT_LAYERS = _nn(
    "Linear", "LazyLinear", "Bilinear",
    "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d",
    "LazyConv1d", "LazyConv2d", "LazyConv3d", "LazyConvTranspose1d", "LazyConvTranspose2d", "LazyConvTranspose3d",
)
# Layers a variance shift passes through: weight layers, activations, pooling, reshapes.
PASS_THROUGH_LAYERS = ACTIVATION_LAYERS | WEIGHT_LAYERS | _nn(
    "Identity", "Flatten", "Unflatten",
    "MaxPool1d", "MaxPool2d", "MaxPool3d", "AvgPool1d", "AvgPool2d", "AvgPool3d", "LPPool1d", "LPPool2d",
    "AdaptiveMaxPool1d", "AdaptiveMaxPool2d", "AdaptiveMaxPool3d",
    "AdaptiveAvgPool1d", "AdaptiveAvgPool2d", "AdaptiveAvgPool3d",
    "Upsample", "UpsamplingNearest2d", "UpsamplingBilinear2d", "PixelShuffle", "PixelUnshuffle", "ChannelShuffle",
    "ZeroPad1d", "ZeroPad2d", "ZeroPad3d", "ConstantPad1d", "ConstantPad2d", "ConstantPad3d",
    "ReflectionPad1d", "ReflectionPad2d", "ReflectionPad3d", "ReplicationPad1d", "ReplicationPad2d",
    "ReplicationPad3d", "CircularPad1d", "CircularPad2d", "CircularPad3d",
)

# Layers with no parameters or buffers: where they sit in a positional nn.Sequential changes no state_dict key.
STATELESS_LAYERS = (PASS_THROUGH_LAYERS - WEIGHT_LAYERS - _nn("PReLU")) | DROPOUT_LAYERS

_F = "torch.nn.functional."
WEIGHT_FUNCTIONS = frozenset(_F + n for n in (
    "linear", "bilinear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d",
))
PASS_THROUGH_FUNCTIONS = WEIGHT_FUNCTIONS | frozenset(
    {_F + n for n in (
        "relu", "relu6", "leaky_relu", "elu", "selu", "celu", "gelu", "silu", "mish", "sigmoid", "tanh",
        "hardtanh", "hardswish", "hardsigmoid", "softplus", "softsign", "logsigmoid", "glu", "prelu", "rrelu",
        "softmax", "log_softmax", "threshold",
        "max_pool1d", "max_pool2d", "max_pool3d", "avg_pool1d", "avg_pool2d", "avg_pool3d",
        "adaptive_max_pool1d", "adaptive_max_pool2d", "adaptive_max_pool3d",
        "adaptive_avg_pool1d", "adaptive_avg_pool2d", "adaptive_avg_pool3d",
        "interpolate", "upsample", "upsample_nearest", "upsample_bilinear", "pad", "pixel_shuffle", "pixel_unshuffle",
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
# Draws of indices (shuffles, sampled positions). The source tier does not count them as a layer's
# randomness (a loss or a sampler shuffling a batch is not a regulariser); the graph tier, which sees
# whether a draw reaches the output, does.
INDEX_DRAW_FUNCTIONS = frozenset({"torch.randperm"})
INDEX_DRAW_METHODS = frozenset({"multinomial"})
# Draws that make a 0/1 mask directly (the graph tier's dropout-like units).
MASK_FUNCTIONS = frozenset({"torch.bernoulli"})
MASK_METHODS = frozenset({"bernoulli", "bernoulli_"})
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


def dropout_training_parameter(qualname: str) -> Optional[Tuple[str, int]]:
    """For a functional dropout that drops unless told otherwise (F.dropout, torch.dropout: training=True by
    default), the name and position of its training parameter; None for any other name."""
    found = DROPOUT_FUNCTIONS.get(qualname)
    if found is None or not found[2] or qualname.startswith("torchvision."):
        return None
    return found[0], found[1]


# Where a bound `self.train` method stands for a boolean flag: (qualified callee, position of its flag).
FLAG_POSITIONS = {
    **{qn: index for qn, (_, index, _) in DROPOUT_FUNCTIONS.items() if not qn.startswith("torchvision.")},
    "torch.nn.functional.batch_norm": 5,
    "torch.nn.functional.rrelu": 3,
}
FLAG_KEYWORDS = ("training", "train", "is_training")

SDPA = frozenset({"torch.nn.functional.scaled_dot_product_attention", "torch._C._nn.scaled_dot_product_attention"})
SDPA_DROPOUT_P_INDEX = 4  # query, key, value, attn_mask, dropout_p
PARAMETER_CLASSES = frozenset({"torch.nn.Parameter", "torch.nn.parameter.Parameter"})

# ------------------------------------------------------------------------------ what is a Module
# Bases that make a class an nn.Module without naming torch.nn.Module itself.
MODULE_BASES = frozenset({
    "torch.nn.Module",
    "torch.nn.modules.module.Module",
    "torch.nn.Sequential",
    "torch.nn.ModuleList",
    "torch.nn.ModuleDict",
    "pytorch_lightning.LightningModule",
    "lightning.LightningModule",
    "lightning.pytorch.LightningModule",
    "pytorch_lightning.core.LightningModule",
})
# Packages whose import makes a file PyTorch code.
TORCH_PACKAGES = frozenset({"torch", "torchvision", "timm", "lightning", "pytorch_lightning", "transformers"})
# Names under torch.nn that are not layers.
NOT_NN_CLASSES = ("torch.nn.utils.", "torch.nn.init.", "torch.nn.functional.", "torch.nn.attention.")
NN_NON_MODULES = frozenset({"Parameter", "UninitializedParameter", "UninitializedBuffer", "Buffer"})
NN_NOT_MODULES = NN_NON_MODULES | {"ParameterList", "ParameterDict"}  # containers of parameters, not layers
# torch.nn classes that hold submodules (the other torch.nn layers are leaves).
NN_CONTAINERS = frozenset({
    "Sequential", "ModuleList", "ModuleDict", "DataParallel", "DistributedDataParallel", "Transformer",
    "TransformerEncoder", "TransformerDecoder", "TransformerEncoderLayer", "TransformerDecoderLayer",
})
# Calls that return a Module from somewhere else (a hub, a file, a compiler).
MODEL_FACTORIES = frozenset({"timm.create_model", "torch.hub.load", "torch.jit.load", "torch.jit.script", "torch.compile"})

MODE_METHODS = ("train", "eval")
# What a text that makes a dropout or a BatchNorm layer must contain (prefilters, before anything is parsed).
DROPOUT_TEXT = ("Dropout", "dropout", "DropBlock", "drop_block")
BATCHNORM_TEXT = ("BatchNorm", "batch_norm")
# A freeze as text: `p.requires_grad = False`, `part.requires_grad_(False)` (BN202's prefilter, the outlines' trait);
# an attribute, not the keyword of `torch.zeros(3, requires_grad=False)`.
FREEZE_PATTERN = r"\.[\s\\]*requires_grad(?:[\s\\]*=[^\n]*False|_[\s\\]*\([\s\\]*(?:\w+[\s\\]*=[\s\\]*)?False)"
# Methods only a Module has: calling one on a name says it is a Module. Optimizers share a few
# (zero_grad, state_dict); they are ruled out by how they are built or named.
MODULE_ONLY_METHODS = frozenset({
    "parameters", "named_parameters", "state_dict", "load_state_dict", "to", "cuda", "zero_grad",
    "named_modules", "modules", "children", "named_children", "buffers", "named_buffers",
    "register_forward_hook", "register_forward_pre_hook", "register_buffer", "add_module", "requires_grad_",
})
# Module methods that change no mode (with the ones above, also calls a tensor or other object may share).
MODULE_API = MODULE_ONLY_METHODS | {
    "cpu", "half", "float", "double", "bfloat16", "type", "register_full_backward_hook", "get_submodule",
    "share_memory", "extra_repr", "forward", "apply",
}
MODULE_EVIDENCE = MODULE_API | set(MODE_METHODS)
# Calls on a module that return that module: `model.to(device).eval()` is still `model`.
CHAINABLE = frozenset({"to", "cuda", "cpu", "half", "float", "double", "bfloat16", "type", "requires_grad_", "share_memory"})
RETURNS_MODULE = CHAINABLE | set(MODE_METHODS)
# Methods (Module's and common Hugging Face ones) that leave a model's mode as it was.
HARMLESS_MODEL_METHODS = MODULE_API | {
    "generate", "save_pretrained", "push_to_hub", "resize_token_embeddings", "get_input_embeddings",
    "get_output_embeddings", "gradient_checkpointing_enable", "gradient_checkpointing_disable",
    "tie_weights", "num_parameters", "print_trainable_parameters", "register_parameter", "compile",
}
# Calls that take a model and leave its mode as it was.
HARMLESS_CALLS = frozenset({
    "print", "repr", "str", "len", "isinstance", "issubclass", "type", "id", "hasattr", "getattr", "vars", "dir",
    "hash", "format", "sum", "list", "tuple", "iter", "next", "enumerate", "zip", "copy.copy", "copy.deepcopy",
    "torch.save", "torch.onnx.export", "torch.jit.trace", "torch.jit.script", "torch.jit.trace_module",
    "torch.export.export", "torch.compile", "torch.nn.DataParallel", "torch.nn.parallel.DataParallel",
    "torch.nn.parallel.DistributedDataParallel", "wandb.watch", "pprint.pprint",
})
HARMLESS_PREFIXES = ("torch.nn.utils.", "torch.optim.", "logging.", "torch.nn.init.")
HARMLESS_METHODS = frozenset({"info", "debug", "warning", "warn", "error", "log", "write", "add_graph", "watch",
                              "append", "add", "update", "extend", "format"})
# Calls that hand on the module they are given (a wrapper, a copy, a compiled or scripted version).
WRAPPERS = frozenset({
    "torch.nn.DataParallel", "torch.nn.parallel.DataParallel", "torch.nn.parallel.DistributedDataParallel",
    "torch.compile", "torch.jit.script", "torch.jit.trace", "copy.deepcopy",
})
# Wrappers whose mode is their module's (it is their child): switching one switches the other.
ALIASING_WRAPPERS = frozenset({"torch.nn.DataParallel", "torch.nn.parallel.DataParallel",
                               "torch.nn.parallel.DistributedDataParallel", "torch.compile"})
# Names that hold settings, data, optimizers and tools, never a model whose mode matters.
NOT_MODEL_NAMES = frozenset({
    "args", "arguments", "opt", "opts", "options", "cfg", "config", "conf", "configs", "hparams", "hp", "hps",
    "params", "flags", "FLAGS", "settings", "hyperparams", "hyper_params", "optimizer", "optim", "scheduler",
    "lr_scheduler", "sched", "scaler", "criterion", "loss_fn", "writer", "logger", "loader", "dataloader",
    "dataset", "tokenizer", "processor", "trainer", "accelerator",
})
# What configuration objects, data and optimizers are built from.
NON_MODEL_PREFIXES = (
    "argparse.", "types.", "omegaconf.", "easydict.", "ml_collections.", "hydra.", "json.", "yaml.",
    "collections.", "dataclasses.", "pandas.", "numpy.", "torch.optim.", "torch.utils.data.", "sklearn.",
)
NON_MODEL_CALLS = frozenset({"dict", "vars", "SimpleNamespace", "EasyDict", "edict", "parse_args", "parse_known_args"})
# Bases of classes that are certainly not Modules.
PLAIN_BASES = ("object", "typing.", "enum.", "abc.", "collections.", "dataclasses.", "torch.utils.data.")
OPTIMIZER_NAMES = frozenset({"SGD", "Adam", "AdamW", "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam", "RMSprop",
                             "Rprop", "LBFGS", "SparseAdam", "ASGD", "Lion", "LAMB", "Lamb", "Adafactor", "AdamW8bit",
                             "Adam8bit"})
PRETRAINED_NOT_MODELS = ("Tokenizer", "Processor", "Config", "FeatureExtractor", "ImageProcessor", "Scheduler")
# Architectures built with BatchNorm (torchvision names, timm model-name prefixes).
BN_ARCHITECTURES = re.compile(
    r"^(resnet|resnext|wide_resnet|seresnet|densenet|mobilenet|efficientnet|regnet|inception|googlenet|"
    r"shufflenet|mnasnet|vgg\d+_bn|dla|dpn|hrnet|ghostnet|mixnet|tf_efficientnet|rexnet|cspresnet|darknet|xception)",
    re.I)
# torch names of layers (and functions) whose forward reads the mode: BatchNorm and InstanceNorm (running
# stats), dropout, RReLU (random slope), RNNs and Transformers (dropout argument), spectral norm (power
# iteration only in training).
_MODE_LAYER = re.compile(r"batch_?norm|instance_?norm|dropout|rrelu|spectral_norm|drop_?path|drop_?block", re.I)
_MODE_CLASS = re.compile(r"RNN|LSTM|GRU|Transformer|MultiheadAttention")
_BN_LAYER = re.compile(r"batch_?norm", re.I)
# Where layers whose only mode dependence is their dropout take it positionally.
DROPOUT_ARGUMENT_INDEX = {"RNN": 6, "LSTM": 5, "GRU": 5, "MultiheadAttention": 2, "Transformer": 5,
                          "TransformerEncoderLayer": 3, "TransformerDecoderLayer": 3}


def mode_dependent_name(last: str, dropout: Optional[bool] = None) -> bool:
    """The torch layer or function named `last` reads the train/eval mode (`BatchNorm2d`, `dropout`, `LSTM`).
    RNNs and attention read it only for their dropout, which defaults to 0 (to 0.1 in Transformer layers):
    `dropout` says what the call passes (None: nothing, False: a literal 0, True: anything else); cells
    (`LSTMCell`) have none."""
    if _MODE_LAYER.search(last):
        return True
    if not _MODE_CLASS.search(last) or last.endswith("Cell"):
        return False
    if last.startswith("Transformer"):
        return dropout is not False
    return bool(dropout)


def batchnorm_name(last: str) -> bool:
    return bool(_BN_LAYER.search(last))


def library_module_class(qualname: str, not_modules=NN_NON_MODULES) -> Optional[bool]:
    """For a torch.nn or torchvision.models name, whether calling it builds an nn.Module; None for any
    other name (the caller decides)."""
    last = qualname.rsplit(".", 1)[-1]
    if qualname.startswith("torch.nn.") and not qualname.startswith(NOT_NN_CLASSES):
        return last[:1].isupper() and last not in not_modules
    if qualname.startswith("torchvision.models.") and last[:1] != "_" and not last.endswith("_Weights"):
        return last not in ("get_weight", "get_model_weights", "list_models")
    return None


# ------------------------------------------------------------------------------ autograd and training
NO_GRAD = frozenset({"torch.no_grad", "torch.autograd.no_grad", "torch.autograd.grad_mode.no_grad"})
INFERENCE_MODE = frozenset({"torch.inference_mode", "torch.autograd.inference_mode",
                            "torch.autograd.grad_mode.inference_mode"})
ENABLE_GRAD = frozenset({"torch.enable_grad", "torch.autograd.enable_grad", "torch.autograd.grad_mode.enable_grad"})
SET_GRAD = frozenset({"torch.set_grad_enabled", "torch.autograd.set_grad_enabled",
                      "torch.autograd.grad_mode.set_grad_enabled"})
# Exports that record the mode they find (a scripted module keeps both modes' code).
EXPORTS = frozenset({"torch.jit.trace", "torch.jit.script", "torch.jit.trace_module", "torch.export.export"})
GRAD_FUNCTIONS = frozenset({
    "torch.autograd.grad", "torch.autograd.backward", "torch.func.grad", "torch.func.grad_and_value",
    "torch.func.vjp", "torch.func.jvp", "torch.func.jacrev", "torch.func.jacfwd", "torch.func.hessian",
    "functorch.grad", "functorch.vjp",
})
GRAD_PREFIXES = ("torch.autograd.functional.",)
BACKWARD_METHODS = frozenset({"backward", "manual_backward"})
# Calls whose result carries no autograd graph: what a forward pass computed stops there.
DETACHING = frozenset({"item", "tolist", "numpy", "detach", "argmax", "argmin", "float_", "__len__"})
DETACHING_CALLS = frozenset({"float", "int", "bool", "len", "str", "round"})
# Lightning switches modes itself around these hooks: eval + no_grad for validation/test/predict.
LIGHTNING_EVAL_HOOKS = re.compile(r"^(validation|test|predict)_(step|step_end|epoch_end)$|^on_(validation|test|predict)_")
# Checkpoint writers.
SAVES = frozenset({"torch.save", "safetensors.torch.save_file"})
