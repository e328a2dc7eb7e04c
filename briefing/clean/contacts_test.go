package clean

import (
	"reflect"
	"testing"

	"github.com/briefpack/briefpack/briefing"
)

// TestContacts: cards under a heading, separated by markup-only lines; a one-line card; a card found by
// its Tel row alone, without a heading.
func TestContacts(t *testing.T) {
	src, r := classify(t, islandRelease, briefing.FormatMarkdown)
	got := r.Contacts(src)
	want := []briefing.Contact{
		{Name: "Tomas Reid", Role: "Communications Unit", Organisation: "Harbour Board", Phone: "+44 1234 567 890", Email: "tomas.reid@harbour.example", Line: 26},
		{Name: "Ana Silva", Organisation: "Island Ferry Authority", Phone: "+44 1234 567 999", Email: "press@ferries.example", Line: 32},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("contacts:\n got %+v\nwant %+v", got, want)
	}

	text := "Ferry link opens\n\nThe councils opened the ferry link on Tuesday after two years of talks between them.\n\n" +
		"Media contacts\nInes Costa, Press Officer, Ministry of Coastal Affairs, +351 210 000 111, press@coastal.example\n\n" +
		"Rui Matos\nHead of Communications\nCoastal Data Office\nMobile: +351 910 000 222\n\n" +
		"Dr Lena Voss\nHarbour Board\nT: 0161 496 0000\nFax: 0161 496 0001\n"
	src, r = classify(t, text, briefing.FormatText)
	got = r.Contacts(src)
	want = []briefing.Contact{
		{Name: "Ines Costa", Role: "Press Officer", Organisation: "Ministry of Coastal Affairs", Phone: "+351 210 000 111", Email: "press@coastal.example", Line: 6},
		{Name: "Rui Matos", Role: "Head of Communications", Organisation: "Coastal Data Office", Phone: "+351 910 000 222", Line: 8},
		{Name: "Lena Voss", Organisation: "Harbour Board", Phone: "0161 496 0000", Line: 13},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("contacts:\n got %+v\nwant %+v", got, want)
	}
}

// TestContactOnOneLine: a contact given under its label on one line, as US releases put it above the
// headline.
func TestContactOnOneLine(t *testing.T) {
	text := "FOR IMMEDIATE RELEASE\nContact: Jane Roe, (202) 555-0100, jroe@ports.example\n\nPorts sign pact\n\nThe port authority signed an emissions agreement with the shipping line on Tuesday.\n"
	src, r := classify(t, text, briefing.FormatText)
	got := r.Contacts(src)
	want := []briefing.Contact{{Name: "Jane Roe", Phone: "(202) 555-0100", Email: "jroe@ports.example", Line: 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("contacts:\n got %+v\nwant %+v", got, want)
	}
}

// TestNotes: each "About" note with its organisation (a leading "the" dropped), its text with markup
// removed, and its heading's line; an author box is no organisation's note.
func TestNotes(t *testing.T) {
	src, r := classify(t, islandRelease+"\n### About the author\nMira Holt writes about the islands.\n", briefing.FormatMarkdown)
	got := r.Notes(src)
	want := []briefing.OrgNote{
		{Organisation: "Harbour Board", Line: 15, Text: "The Harbour Board runs the four public harbours of the islands and their breakwaters.\n" +
			"It was set up in 1952 and reports to the island assembly. Its members are:\nthree elected councillors\ntwo harbour masters"},
		{Organisation: "Island Ferry Authority", Line: 22, Text: "The Island Ferry Authority licenses the ferry operators and sets fares."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("notes:\n got %+v\nwant %+v", got, want)
	}
}

// TestWrappedNote: a note's paragraph wrapped over lines in a plain-text release reads as one
// paragraph.
func TestWrappedNote(t *testing.T) {
	text := "Ferry link opens\n\nThe councils opened the ferry link on Tuesday after two years of talks between them.\n\n" +
		"About the Harbour Board\nThe Harbour Board runs the four public harbours of\nthe islands and their breakwaters.\n\nIt reports to the island assembly.\n"
	src, r := classify(t, text, briefing.FormatText)
	got := r.Notes(src)
	want := []briefing.OrgNote{{Organisation: "Harbour Board", Line: 5,
		Text: "The Harbour Board runs the four public harbours of the islands and their breakwaters.\nIt reports to the island assembly."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("notes:\n got %+v\nwant %+v", got, want)
	}
}
