package pack

import (
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/prose"
)

// contacts returns the press contacts the sources list, each once (by name, phone and e-mail), in
// source order.
func (p *Pack) contacts() []Contact {
	var out []Contact
	seen := map[string]bool{}
	for _, x := range p.Extractions {
		for _, c := range x.Contacts {
			key := prose.Fold(c.Name) + "|" + strings.Join(strings.Fields(c.Phone), "") + "|" + strings.ToLower(c.Email)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, Contact{Contact: c, Source: x.Source.ID})
		}
	}
	return out
}

// orgNotes returns the sources' "About …" notes, one per organisation (the first source's).
func (p *Pack) orgNotes() []OrgNote {
	var out []OrgNote
	seen := map[string]bool{}
	for _, x := range p.Extractions {
		for _, a := range x.About {
			key := prose.Fold(a.Organisation)
			if seen[key] || strings.TrimSpace(a.Text) == "" {
				continue
			}
			seen[key] = true
			out = append(out, OrgNote{Organisation: a.Organisation, Text: oneLine(a.Text),
				Citation: briefing.Citation{Source: x.Source.ID, Line: a.Line, Text: a.Text}})
		}
	}
	return out
}
