package source

import (
	"strings"
	"testing"
	"time"

	"github.com/briefpack/briefpack/internal/testdocs"
)

var sent = time.Date(2024, 6, 4, 8, 15, 0, 0, time.FixedZone("", 3600))

const replyBody = `The councils agreed the ferry timetable on 3 June 2024.
"We listened to every island," said Marta Ilves.

On Mon, 3 Jun 2024 at 09:00, Press Desk <desk@example.org> wrote:
> Can you confirm the timetable?
> "This is not a quote to keep," said Nobody.

-- 
Marta Ilves
Harbour Office, +44 20 7946 0000
`

// TestEmailPlain: Subject, Date and From become title, published date, author and publisher; the quoted
// reply and the signature are marked as furniture with their reasons; the message's own text is not.
func TestEmailPlain(t *testing.T) {
	b := testdocs.EML(testdocs.Mail{From: `"Marta Ilves" <marta@example.org>`, Subject: "Ferry timetable – agreed", Date: sent, Text: replyBody})
	src, err := LoadBytes("reply.eml", b)
	if err != nil {
		t.Fatal(err)
	}
	if src.Title != "Ferry timetable – agreed" || src.Published.String() != "2024-06-04" || src.Author != "Marta Ilves" || src.Publisher != "Marta Ilves" {
		t.Errorf("metadata: title %q published %s author %q publisher %q", src.Title, src.Published, src.Author, src.Publisher)
	}
	for ln := 1; ln <= src.NumLines(); ln++ {
		line, mark := src.Line(ln), src.MarkedFurniture[ln]
		own := strings.Contains(line, "ferry timetable") || strings.Contains(line, "every island")
		switch {
		case own && mark != "":
			t.Errorf("line %d %q of the message itself marked %q", ln, line, mark)
		case strings.Contains(line, "Nobody") || strings.Contains(line, "wrote:"):
			if mark != ReasonQuotedReply {
				t.Errorf("line %d %q marked %q, want a quoted reply", ln, line, mark)
			}
		case strings.Contains(line, "+44") || line == "-- ":
			if mark != ReasonSignature {
				t.Errorf("line %d %q marked %q, want the signature", ln, line, mark)
			}
		}
	}
}

// TestEmailHTMLOnly: a message with only an HTML part is read as a saved page would be.
func TestEmailHTMLOnly(t *testing.T) {
	page := `<html><body><div><p>The three island councils signed the ferry deal on Monday after two years of talks between them.</p>
<p>“We listened to every island,” said council leader Marta Ilves, who chaired the talks from the start.</p></div></body></html>`
	src, err := LoadBytes("page.eml", testdocs.EML(testdocs.Mail{From: "news@example.org", Subject: "Ferry deal", Date: sent, HTML: page}))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(src.Text, "“We listened to every island,” said council leader Marta Ilves") || strings.Contains(src.Text, "<p>") {
		t.Errorf("text:\n%s", src.Text)
	}
	if src.Author != "news@example.org" {
		t.Errorf("author %q, want the address when no name is given", src.Author)
	}
}

// TestEmailAttachments: an attached .docx becomes its own source citing the message; an attachment in
// a format briefpack does not read is named in a warning.
func TestEmailAttachments(t *testing.T) {
	doc := testdocs.DOCX(testdocs.FromLines([]string{"The board approved the budget on 2 May 2024."}))
	b := testdocs.EML(testdocs.Mail{From: "Ann <ann@example.org>", Subject: "Budget note", Date: sent, Text: "Please find the note attached.\n",
		Attachments: []testdocs.Attachment{
			{Name: "note.docx", Type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Data: doc},
			{Name: "photo.png", Type: "image/png", Data: []byte("\x89PNG\r\n\x1a\n")},
		}})
	srcs, errs := LoadBytesAll("msg.eml", b)
	if len(errs) != 0 || len(srcs) != 2 {
		t.Fatalf("%d sources, errors %v", len(srcs), errs)
	}
	att := srcs[1]
	if att.File != "msg.eml › note.docx" || att.AttachedTo != "msg.eml" || att.Format != "docx" || !strings.Contains(att.Text, "approved the budget") {
		t.Errorf("attachment: file %q attached to %q format %s text %q", att.File, att.AttachedTo, att.Format, att.Text)
	}
	if w := strings.Join(srcs[0].Warnings, " "); !strings.Contains(w, "photo.png") {
		t.Errorf("warnings %q do not name the unread attachment", w)
	}
}

// TestEmailCharsets: a declared charset is decoded through x/text; an unknown one is a warning naming
// it, and the text is still read.
func TestEmailCharsets(t *testing.T) {
	latin1 := string([]byte("Z\xf6e M\xfcller signed the deal on 3 June 2024.\n"))
	src, err := LoadBytes("l1.eml", testdocs.EML(testdocs.Mail{From: "a@example.org", Subject: "S", Date: sent, Text: latin1, Charset: "iso-8859-1"}))
	if err != nil || !strings.Contains(src.Text, "Zöe Müller") || len(src.Warnings) != 0 {
		t.Fatalf("latin-1: %v %q %q", err, src.Text, src.Warnings)
	}
	src, err = LoadBytes("odd.eml", testdocs.EML(testdocs.Mail{From: "a@example.org", Subject: "S", Date: sent, Text: "Plain words on 3 June 2024.\n", Charset: "x-unheard-of"}))
	if err != nil || !strings.Contains(src.Text, "Plain words") || !strings.Contains(strings.Join(src.Warnings, " "), `"x-unheard-of"`) {
		t.Fatalf("unknown charset: %v %q %q", err, src.Text, src.Warnings)
	}
}

// TestBadEmail: not a message, an empty one, and a .msg file each get a clear message.
func TestBadEmail(t *testing.T) {
	for name, want := range map[string]string{
		"notmail.eml": "not an e-mail message",
		"empty.eml":   "empty file",
		"outlook.msg": "save it as .eml",
	} {
		data := map[string][]byte{"notmail.eml": []byte("just some words\nwithout headers\n"), "empty.eml": nil, "outlook.msg": []byte("\xd0\xcf\x11\xe0")}[name]
		if _, err := LoadBytes(name, data); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", name, err, want)
		}
	}
}
