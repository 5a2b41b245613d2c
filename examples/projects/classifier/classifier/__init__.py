"""A small image classifier: the model, evaluation helpers and a freezing helper, used by the scripts beside it."""
