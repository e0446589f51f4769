import Testing

// Placeholder: tests of the BitextCommand module go here.
