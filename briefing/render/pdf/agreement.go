package pdf

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

// agreement draws what the sources state about each signing, latest first — agreement, parties,
// signatories, witnesses, date, place — each cited; a part no source states says so, for the
// preparer to complete.
func (r *renderer) agreement(n ast.Node) {
	an := n.(*pack.AgreementNode)
	r.tracef("agreement signings=%d", len(an.Signings))
	if len(an.Signings) == 0 {
		r.note("The sources record no signing.")
		return
	}
	r.smallNote("What the sources state about each signing they record, latest first, in their own words; check it, and complete what they do not state.")
	for _, sg := range an.Signings {
		rows := [][]string{
			{"Signing", sg.Date.Human() + ": " + sg.What},
			{"Agreement", r.statedList(sg.Agreement)},
			{"Parties", r.statedList(sg.Parties)},
			{"Signatories", orNotStated(r.parties(sg.Signatories))},
			{"Witnesses", orNotStated(r.parties(sg.Witnesses))},
		}
		if len(sg.Present) > 0 { // a guest list the sources give; none is no gap to fill
			rows = append(rows, []string{"Also present", r.parties(sg.Present)})
		}
		rows = append(rows, []string{"Place", r.statedList(sg.Place)})
		r.drawTable(nil, rows, []float64{0.2, 0.8})
	}
}

// statedList joins statements with their citations; "Not stated in the sources" when none.
func (r *renderer) statedList(st []pack.Stated) string {
	var parts []string
	for _, s := range st {
		parts = append(parts, strings.Join(strings.Fields(s.Text), " ")+" "+strings.Join(r.citeRefs([]string{s.Citation.Source}), " "))
	}
	return orNotStated(strings.Join(parts, "; "))
}

func orNotStated(s string) string {
	if s == "" {
		return "Not stated in the sources — to be completed"
	}
	return s
}

// contacts draws the press contacts the sources list, as a table.
func (r *renderer) contacts(n ast.Node) {
	cn := n.(*pack.ContactsNode)
	r.tracef("contacts count=%d", len(cn.Contacts))
	if len(cn.Contacts) == 0 {
		r.note("The sources list no press contacts.")
		return
	}
	var rows [][]string
	for _, c := range cn.Contacts {
		who := c.Name
		if c.Role != "" {
			who += "\n" + c.Role
		}
		reach := strings.TrimSpace(strings.Join(nonEmpty(c.Phone, c.Email), "\n"))
		rows = append(rows, []string{who, c.Organisation, reach, strings.Join(r.citeRefs([]string{c.Source}), " ")})
	}
	header, frac := []string{"Contact", "Organisation", "Telephone, e-mail", "Source"}, []float64{0.28, 0.3, 0.3, 0.12}
	intro := "The press contacts the sources give, as they give them:"
	r.need(r.noteHeight(intro) + r.tableStart(header, rows, r.tableWidths(header, rows, frac), r.sz.small+0.5))
	r.smallNote(intro)
	r.drawTable(header, rows, frac)
}

func nonEmpty(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if strings.TrimSpace(x) != "" {
			out = append(out, strings.TrimSpace(x))
		}
	}
	return out
}

// organisations draws the organisations' own "About" notes, each whole and cited.
func (r *renderer) organisations(n ast.Node) {
	on := n.(*pack.OrganisationsNode)
	r.tracef("organisations count=%d", len(on.Notes))
	sub := r.subheadingLevel()
	for _, note := range on.Notes {
		cited := briefing.CitedSources([]briefing.Citation{note.Citation})
		r.need(r.keepWithFirst(r.sz.body, r.bulletHeight(note.Text, "", cited))) // the name with its note
		r.font("B", r.sz.body)
		r.color(ink)
		r.pdf.SetX(r.x())
		r.tagged(r.headingRole(sub), func() { r.pdf.MultiCell(r.width(), lh(r.sz.body), r.clean(note.Organisation), "", "L", false) })
		end := r.tag("L")
		r.bullet(note.Text, "", cited, false)
		end()
	}
}
