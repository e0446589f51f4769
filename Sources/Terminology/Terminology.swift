// Placeholder: the Terminology stage of the pipeline. Replaced by its implementation.
