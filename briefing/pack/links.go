package pack

import (
	"net/url"
	"strings"
)

// SafeLink reports whether a link target from a template or a user's section may be a live link in
// the pack: http, https and mailto only (no javascript:, vbscript:, data:, file: or relative paths,
// which in a pack handed round on paper or by e-mail lead nowhere or somewhere worse).
func SafeLink(target string) bool {
	u, err := url.Parse(strings.TrimSpace(target))
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.Host != ""
	case "mailto":
		return u.Opaque != "" || u.Path != ""
	}
	return false
}
