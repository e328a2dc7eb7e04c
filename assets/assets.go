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

// Fonts for the PDF: Noto Sans, subset (see fonts/README.md), under the SIL Open Font License.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	FontRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	FontBold []byte
	//go:embed fonts/NotoSans-Italic.ttf
	FontItalic []byte
	//go:embed fonts/NotoSans-BoldItalic.ttf
	FontBoldItalic []byte
	//go:embed fonts/OFL.txt
	FontLicence string
)

// Sections holds example user sections for each built-in template (sections/visit.md, …), written
// for the sample library; the app starts a new sample project with them.
//
//go:embed sections
var Sections embed.FS

// Icon is the app icon (drawn by internal/tools/mkicon).
//
//go:embed icon.png
var Icon []byte
