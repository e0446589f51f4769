import Testing

// Placeholder: tests of the TMX module go here.
