import Testing

// Placeholder: tests of the Alignment module go here.
