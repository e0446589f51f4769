import Testing

// Placeholder: tests of the Documents module go here.
