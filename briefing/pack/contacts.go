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
			out = append(out, OrgNote{Organisation: a.Organisation, Text: Curly(oneLine(withoutSignposts(a.Text))),
				Citation: briefing.Citation{Source: x.Source.ID, Line: a.Line, Text: a.Text}})
		}
	}
	return out
}

// withoutSignposts drops the sentences at the end of an "About" note that only point elsewhere
// ("For more information, please visit …", "Follow us on …"): a brief needs what the organisation
// is, not where to read more. What is kept is the note's opening words, exactly.
func withoutSignposts(note string) string {
	spans := prose.Sentences(note)
	end := len(note)
	for i := len(spans) - 1; i > 0; i-- { // the first sentence always stays
		if !isSignpost(note[spans[i].Start:spans[i].End]) {
			break
		}
		end = spans[i].Start
	}
	return strings.TrimSpace(note[:end])
}

func isSignpost(sentence string) bool {
	f := prose.Fold(sentence)
	for _, lead := range signpostOpeners {
		if strings.HasPrefix(f, lead) {
			return true
		}
	}
	return false
}
