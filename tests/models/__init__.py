"""Model classes written for the graph-tier tests (no torchvision or timm).

Each module imports torch; they are imported only by tests marked to need it (or run in bnlint's child
process). hang_on_import.py and crash_on_import.py misbehave on purpose.
"""
