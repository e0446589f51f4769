// Placeholder: the Alignment stage of the pipeline. Replaced by its implementation.
