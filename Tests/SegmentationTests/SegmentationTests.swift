import Testing

// Placeholder: tests of the Segmentation module go here.
