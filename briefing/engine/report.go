package engine

import (
	"bytes"
	"encoding/json"

	"github.com/briefpack/briefpack/briefing"
)

// The JSON report of `briefpack extract`. Field order is fixed by these structs, so the output is
// byte-identical for identical inputs.
type (
	jsonReport struct {
		Sources    []jsonSource    `json:"sources"`
		Errors     []jsonError     `json:"errors"`
		Timeline   []jsonTimeline  `json:"timeline"`
		Quotations []jsonQuotation `json:"quotations"`
		People     []jsonPerson    `json:"people"`
	}
	jsonSource struct {
		File          string        `json:"file"`
		ID            string        `json:"id"`
		SHA256        string        `json:"sha256"`
		Title         string        `json:"title"`
		Published     *string       `json:"published"`
		PublishedFrom *string       `json:"published_from"`
		Publisher     *string       `json:"publisher"`
		Author        *string       `json:"author"`
		AuthorFrom    *string       `json:"author_from"`
		URL           *string       `json:"url"`
		Format        string        `json:"format"`
		Boilerplate   []int         `json:"boilerplate_lines"`
		Dates         []jsonDate    `json:"dates"`
		Events        []jsonEvent   `json:"events"`
		Quotes        []jsonQuote   `json:"quotes"`
		People        []jsonPersonS `json:"people"`
		Themes        []jsonTheme   `json:"themes"`
		Contacts      []jsonContact `json:"contacts"`
		About         []jsonNote    `json:"about"`
		Text          *string       `json:"text,omitempty"`
		Warnings      []string      `json:"warnings"`
	}
	jsonDate struct {
		Text      string  `json:"text"`
		Value     *string `json:"value"`
		Precision string  `json:"precision"`
		Line      int     `json:"line"`
		Anchor    string  `json:"anchor"`
	}
	jsonContact struct {
		Name         *string `json:"name"`
		Role         *string `json:"role"`
		Organisation *string `json:"organisation"`
		Phone        *string `json:"phone"`
		Email        *string `json:"email"`
		Line         int     `json:"line"`
	}
	jsonNote struct {
		Organisation string `json:"organisation"`
		Text         string `json:"text"`
		Line         int    `json:"line"`
	}
	jsonEvent struct {
		Date        string         `json:"date"`
		What        string         `json:"what"`
		Evidence    string         `json:"evidence"`
		Line        int            `json:"line"`
		Page        *int           `json:"page,omitempty"`
		Derived     bool           `json:"derived"`
		DerivedFrom *string        `json:"derived_from,omitempty"`
		Expr        string         `json:"expression"`
		Also        []jsonEvidence `json:"also,omitempty"`
	}
	jsonEvidence struct {
		Text string `json:"text"`
		Line int    `json:"line"`
		Page *int   `json:"page,omitempty"`
	}
	jsonQuote struct {
		Text    string         `json:"text"`
		Speaker string         `json:"speaker"`
		Role    *string        `json:"role"`
		Line    int            `json:"line"`
		Page    *int           `json:"page,omitempty"`
		Form    string         `json:"form"`
		Partial bool           `json:"partial,omitempty"`
		Parts   []jsonEvidence `json:"parts"`
	}
	jsonPersonS struct {
		Name      string      `json:"name"`
		Honorific string      `json:"honorific,omitempty"`
		Role      *string     `json:"role"`
		Line      int         `json:"line"`
		Page      *int        `json:"page,omitempty"`
		Stated    []jsonRoles `json:"stated,omitempty"`
	}
	// jsonRoles is a role as one source states it, and as of when.
	jsonRoles struct {
		Role   string  `json:"role"`
		Former bool    `json:"former,omitempty"`
		Source string  `json:"source"`
		Line   int     `json:"line"`
		AsOf   *string `json:"as_of"`
	}
	jsonTheme struct {
		ID       string   `json:"id"`
		Phrases  []string `json:"phrases"`
		Evidence []string `json:"evidence"`
		Lines    []int    `json:"lines"`
		Pages    []int    `json:"pages,omitempty"`
	}
	jsonError struct {
		File  string `json:"file"`
		Error string `json:"error"`
	}
	jsonCitation struct {
		Source string `json:"source"`
		Line   int    `json:"line"`
		Page   *int   `json:"page,omitempty"`
		Text   string `json:"text"`
	}
	jsonTimeline struct {
		Date      string         `json:"date"`
		What      string         `json:"what"`
		Sources   []string       `json:"sources"`
		Conflict  *string        `json:"conflict"`
		Derived   bool           `json:"derived"`
		Citations []jsonCitation `json:"citations"`
	}
	jsonQuotation struct {
		Text      string         `json:"text"`
		Speaker   string         `json:"speaker"`
		Role      *string        `json:"role"`
		Sources   []string       `json:"sources"`
		Variants  []string       `json:"variants"`
		Citations []jsonCitation `json:"citations"`
	}
	jsonPerson struct {
		Name      string      `json:"name"`
		Honorific string      `json:"honorific,omitempty"`
		Role      string      `json:"role"`
		Roles     []string    `json:"roles"`
		Sources   []string    `json:"sources"`
		Stated    []jsonRoles `json:"stated,omitempty"`
	}
)

func statedRoles(rs []briefing.RoleMention) []jsonRoles {
	var out []jsonRoles
	for _, r := range rs {
		out = append(out, jsonRoles{r.Role, r.Former, r.Source, r.Line, opt(r.AsOf.String())})
	}
	return out
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func citations(cs []briefing.Citation, byID map[string]*briefing.Source) []jsonCitation {
	out := make([]jsonCitation, 0, len(cs))
	for _, c := range cs {
		out = append(out, jsonCitation{c.Source, c.Line, page(byID[c.Source], c.Line), c.Text})
	}
	return out
}

// ReportOptions choose what the JSON report adds to its fixed fields.
type ReportOptions struct {
	// Text adds each source's kept article text ("text"): what the extractors read.
	Text bool
}

// page is the page of line n in a paginated source (a PDF), nil otherwise: the JSON's "line" stays the
// line of the extracted text and "page" says which page it is on.
func page(s *briefing.Source, n int) *int {
	if s == nil || len(s.PageStarts) == 0 {
		return nil
	}
	p := s.Page(n)
	return &p
}

// JSON renders the result in the `briefpack extract` format, indented, ending with a newline.
func (r *Result) JSON() ([]byte, error) { return r.Report(ReportOptions{}) }

// Report renders the result in the `briefpack extract` format with the options' extra fields.
func (r *Result) Report(o ReportOptions) ([]byte, error) {
	rep := jsonReport{Sources: []jsonSource{}, Errors: []jsonError{}, Timeline: []jsonTimeline{}, Quotations: []jsonQuotation{}, People: []jsonPerson{}}
	byID := map[string]*briefing.Source{}
	for _, x := range r.Extractions {
		byID[x.Source.ID] = x.Source
	}
	for _, x := range r.Extractions {
		rep.Sources = append(rep.Sources, sourceJSON(x, o))
	}
	for _, e := range r.Errors {
		rep.Errors = append(rep.Errors, jsonError{e.File, e.Err.Error()})
	}
	for _, t := range r.Timeline {
		rep.Timeline = append(rep.Timeline, jsonTimeline{t.Date.String(), t.What, t.Sources, opt(t.Conflict), t.Derived, citations(t.Citations, byID)})
	}
	for _, q := range r.Quotations {
		rep.Quotations = append(rep.Quotations, jsonQuotation{q.Text, q.Speaker, opt(q.Role), q.Sources, nonNil(q.Variants), citations(q.Citations, byID)})
	}
	for _, p := range r.People {
		rep.People = append(rep.People, jsonPerson{p.Name, p.Honorific, p.Role, nonNil(p.Roles), p.Sources, statedRoles(p.Stated)})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rep); err != nil {
		return nil, err
	}
	return indentJSON(make([]byte, 0, 2*buf.Len()), buf.Bytes()), nil
}

// indentJSON appends to dst the compact JSON src (as an Encoder writes it: no space outside strings)
// indented by two spaces a level, byte for byte as an Encoder with SetIndent("", "  ") writes it
// ("{}" and "[]" stay on one line). The Encoder indents by running its full JSON scanner over the
// output a second time, which cost more than encoding the report; input known to be valid needs only
// its strings stepped over.
func indentJSON(dst, src []byte) []byte {
	depth := 0
	newline := func() {
		dst = append(dst, '\n')
		for range depth {
			dst = append(dst, "  "...)
		}
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			dst = append(dst, src[i:min(j+1, len(src))]...)
			i = j
		case '{', '[':
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, c, src[i+1])
				i++
				continue
			}
			dst = append(dst, c)
			depth++
			newline()
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// sourceJSON is one source of the report.
func sourceJSON(x *briefing.Extraction, o ReportOptions) jsonSource {
	s := x.Source
	js := jsonSource{
		File: s.File, ID: s.ID, SHA256: s.SHA256, Title: s.Title, Published: opt(s.Published.String()),
		PublishedFrom: opt(s.PublishedFrom), Publisher: opt(s.Publisher), Author: opt(s.Author), AuthorFrom: opt(s.AuthorFrom), URL: opt(s.URL),
		Format: string(s.Format), Boilerplate: nonNil(x.Furniture), Dates: []jsonDate{}, Events: []jsonEvent{}, Quotes: []jsonQuote{},
		People: []jsonPersonS{}, Themes: []jsonTheme{}, Contacts: []jsonContact{}, About: []jsonNote{}, Warnings: append(append([]string{}, s.Warnings...), x.Warnings...),
	}
	for _, m := range x.Dates {
		js.Dates = append(js.Dates, jsonDate{m.Text, opt(m.Value), m.Precision, m.Line, m.Anchor})
	}
	for _, e := range x.Events {
		je := jsonEvent{Date: e.Date.String(), What: e.What, Evidence: e.Evidence, Line: e.Line, Page: page(s, e.Line), Derived: e.Derived, DerivedFrom: opt(e.DerivedFrom), Expr: e.Expr}
		for _, a := range e.Also {
			je.Also = append(je.Also, jsonEvidence{a.Text, a.Line, page(s, a.Line)})
		}
		js.Events = append(js.Events, je)
	}
	for _, q := range x.Quotes {
		jq := jsonQuote{Text: q.Text, Speaker: q.Speaker, Role: opt(q.Role), Line: q.Line, Page: page(s, q.Line), Form: q.Form,
			Partial: q.Partial, Parts: []jsonEvidence{}}
		for _, p := range q.Parts {
			jq.Parts = append(jq.Parts, jsonEvidence{p.Text, p.Line, page(s, p.Line)})
		}
		js.Quotes = append(js.Quotes, jq)
	}
	for _, p := range x.People {
		js.People = append(js.People, jsonPersonS{p.Name, p.Honorific, opt(p.Role), p.Line, page(s, p.Line), statedRoles(p.Stated)})
	}
	for _, t := range x.Themes {
		jt := jsonTheme{ID: t.Theme, Phrases: t.Phrases}
		for _, e := range t.Evidence {
			jt.Evidence = append(jt.Evidence, e.Text)
			jt.Lines = append(jt.Lines, e.Line)
			if pg := page(s, e.Line); pg != nil {
				jt.Pages = append(jt.Pages, *pg)
			}
		}
		js.Themes = append(js.Themes, jt)
	}
	for _, k := range x.Contacts {
		js.Contacts = append(js.Contacts, jsonContact{opt(k.Name), opt(k.Role), opt(k.Organisation), opt(k.Phone), opt(k.Email), k.Line})
	}
	for _, n := range x.About {
		js.About = append(js.About, jsonNote{n.Organisation, n.Text, n.Line})
	}
	if o.Text {
		js.Text = &x.Kept
	}
	return js
}
