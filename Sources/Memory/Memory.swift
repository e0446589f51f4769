// Placeholder: the Memory stage of the pipeline. Replaced by its implementation.
