// Package templates embeds briefpack's pack templates. A template is Markdown with front matter and
// directives (lines starting ":::") for the parts briefpack generates; see README.md.
package templates

import "embed"

// FS holds the built-in templates, one .md file each.
//
//go:embed *.md
var FS embed.FS
