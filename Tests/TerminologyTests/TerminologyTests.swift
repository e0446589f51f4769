import Testing

// Placeholder: tests of the Terminology module go here.
