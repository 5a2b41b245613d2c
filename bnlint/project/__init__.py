"""The project the checked files belong to: where their imports live (layout) and what the modules they import
from within the project define (index), so that rules can follow a model, a call or a layer across files."""
