import Testing

// Placeholder: tests of the Memory module go here.
