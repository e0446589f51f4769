// Placeholder: the Segmentation stage of the pipeline. Replaced by its implementation.
