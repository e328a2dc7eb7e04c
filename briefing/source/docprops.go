package source

import (
	"encoding/xml"
	"strings"
	"time"

	"github.com/briefpack/briefpack/briefing"
)

// readOfficeProps sets title, author, date and publisher from an Office document's properties
// (docProps/core.xml: title, creator, created or else modified; docProps/app.xml: company). Missing or
// unreadable properties are left unset: the extractors still look in the text.
func readOfficeProps(src *briefing.Source, z *zipDoc) {
	if b, ok, err := z.read("docProps/core.xml"); ok && err == nil {
		var core struct {
			Title    string `xml:"title"`
			Creator  string `xml:"creator"`
			Created  string `xml:"created"`
			Modified string `xml:"modified"`
		}
		if xml.Unmarshal(b, &core) == nil {
			setDocMeta(src, core.Title, core.Creator, "", firstNonEmpty(core.Created, core.Modified))
		}
	}
	if b, ok, err := z.read("docProps/app.xml"); ok && err == nil {
		var app struct {
			Company string `xml:"Company"`
		}
		if xml.Unmarshal(b, &app) == nil {
			setDocMeta(src, "", "", app.Company, "")
		}
	}
}

// readODFMeta sets title, author and date from an OpenDocument's meta.xml (dc:title, dc:creator or else
// meta:initial-creator, dc:date or else meta:creation-date).
func readODFMeta(src *briefing.Source, z *zipDoc) {
	b, ok, err := z.read("meta.xml")
	if !ok || err != nil {
		return
	}
	var doc struct {
		Meta struct {
			Title   string `xml:"title"`
			Creator string `xml:"creator"`
			Initial string `xml:"initial-creator"`
			Date    string `xml:"date"`
			Created string `xml:"creation-date"`
		} `xml:"meta"`
	}
	if xml.Unmarshal(b, &doc) == nil {
		m := doc.Meta
		setDocMeta(src, m.Title, firstNonEmpty(m.Creator, m.Initial), "", firstNonEmpty(m.Created, m.Date))
	}
}

// setDocMeta fills the metadata a document's properties give, leaving what is already set.
func setDocMeta(src *briefing.Source, title, author, publisher, date string) {
	if t := cleanBlock(title); t != "" && src.Title == "" {
		src.Title = t
	}
	if a := cleanBlock(author); a != "" && src.Author == "" {
		src.Author = a
	}
	if p := cleanBlock(publisher); p != "" && src.Publisher == "" {
		src.Publisher = p
	}
	if d, ok := parsePropDate(date); ok && src.Published.IsZero() {
		src.Published = d
		src.PublishedFrom = "document properties"
	}
}

// parsePropDate reads a property date: W3C date-time ("2024-06-03T10:00:00Z", with or without zone or
// fraction) or the front-matter forms.
func parsePropDate(v string) (briefing.Date, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return briefing.Date{}, false
	}
	for _, l := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04:05.999999999"} {
		if t, err := time.Parse(l, v); err == nil {
			return briefing.FromTime(t), true
		}
	}
	return parseMetaDate(v)
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
