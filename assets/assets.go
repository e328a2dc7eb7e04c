// Package assets embeds what briefpack ships with: the sample library (a fictional bilateral
// digital-government partnership, written for briefpack), fonts for the PDF and the app icon.
package assets

import "embed"

// Version is briefpack's version, shown by `briefpack version` and written into every pack.
const Version = "0.1.0"

// SampleDir is the folder of the sample library inside Samples.
const SampleDir = "samples"

// Samples is the embedded sample library.
//
//go:embed samples
var Samples embed.FS
