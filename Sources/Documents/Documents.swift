// Placeholder: the Documents stage of the pipeline. Replaced by its implementation.
