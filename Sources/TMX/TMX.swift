// Placeholder: the TMX stage of the pipeline. Replaced by its implementation.
