package source

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"path"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/fileio"
)

// E-mail (.eml, RFC 5322 with MIME) through net/mail and mime/multipart: the Subject is the title, the
// Date the published date, the sender (From) author and publisher. The text is the plain-text part, or
// else the HTML part read as a saved web page; a quoted reply and the signature are marked as furniture.
// Attachments in formats briefpack reads come back as parts, each read as a source of its own; the
// others are named in a warning. Charsets go through golang.org/x/text; an unknown one is a warning and
// the text is read as UTF-8 or Windows-1252.

// Limits on a message's structure: real mail nests a few levels and has a few parts.
const (
	maxMIMEDepth = 8
	maxMIMEParts = 500
)

// mailBody is what the walk over a message's parts found.
type mailBody struct {
	plain, html []textPart
	attachments []part
	skipped     []string // attachments in formats briefpack does not read
	warnings    []string
	parts       int
}

// textPart is a decoded text/plain or text/html part.
type textPart struct {
	text   string
	flowed bool // format=flowed: a line ending in a space continues on the next
}

func loadEML(src *briefing.Source, b []byte) ([]part, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrEmpty
	}
	msg, err := mail.ReadMessage(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("not an e-mail message briefpack can read (%v)", err)
	}
	if msg.Header.Get("From") == "" && msg.Header.Get("Subject") == "" && msg.Header.Get("Date") == "" {
		return nil, errors.New("not an e-mail message: it has no From, Subject or Date header")
	}
	var mb mailBody
	mb.walk(textproto.MIMEHeader(msg.Header), msg.Body, 0)
	for _, w := range mb.warnings {
		src.Warn(w)
	}
	if err := mailText(src, &mb); err != nil {
		return nil, err
	}
	mailHeaderMeta(src, msg.Header)
	markMailFurniture(src)
	if len(mb.skipped) > 0 {
		src.Warn("attachments not read (formats briefpack does not read): " + strings.Join(mb.skipped, ", "))
	}
	return mb.attachments, nil
}

// mailText sets the source text from the message's plain-text parts, or else its HTML parts.
func mailText(src *briefing.Source, mb *mailBody) error {
	var texts []string
	for _, p := range mb.plain {
		t := p.text
		if p.flowed {
			t = unflow(t)
		}
		texts = append(texts, strings.TrimSpace(t))
	}
	if len(texts) > 0 && strings.TrimSpace(strings.Join(texts, "")) != "" {
		src.SetText(strings.Join(texts, "\n\n") + "\n")
		return nil
	}
	for _, p := range mb.html {
		page := &briefing.Source{File: src.File}
		if err := loadHTML(page, []byte(p.text)); err != nil {
			continue
		}
		texts = append(texts, strings.TrimSpace(page.Text))
		for _, w := range page.Warnings {
			src.Warn(w)
		}
	}
	if strings.TrimSpace(strings.Join(texts, "")) == "" {
		if len(mb.attachments) > 0 {
			src.SetText("(the message has no text; its attachments are read as sources of their own)\n")
			return nil
		}
		return errors.New("the message has no text")
	}
	src.SetText(strings.Join(texts, "\n\n") + "\n")
	return nil
}

// unflow joins the soft line breaks of format=flowed text (RFC 3676): a line ending in a space goes on.
func unflow(s string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		body := strings.TrimSuffix(l, "\n")
		if strings.HasSuffix(body, " ") && body != "-- " && strings.HasSuffix(l, "\n") {
			b.WriteString(body)
			continue
		}
		b.WriteString(l)
	}
	return b.String()
}

// mailHeaderMeta sets title, date, author and publisher from the message's header.
func mailHeaderMeta(src *briefing.Source, h mail.Header) {
	dec := mime.WordDecoder{CharsetReader: charsetReader}
	if s, err := dec.DecodeHeader(h.Get("Subject")); err == nil {
		src.Title = cleanBlock(s)
	} else {
		src.Title = cleanBlock(h.Get("Subject"))
	}
	if t, err := mail.ParseDate(h.Get("Date")); err == nil {
		src.Published = briefing.FromTime(t)
		src.PublishedFrom = "e-mail Date header"
	} else if h.Get("Date") != "" {
		src.Warn(fmt.Sprintf("the e-mail's Date header %q is not a date briefpack can read", cleanBlock(h.Get("Date"))))
	}
	parser := mail.AddressParser{WordDecoder: &dec}
	if a, err := parser.Parse(h.Get("From")); err == nil {
		who := cleanBlock(a.Name)
		if who == "" {
			who = a.Address
		}
		src.Author, src.Publisher = who, who
	} else if from := cleanBlock(h.Get("From")); from != "" {
		src.Author, src.Publisher = from, from
	}
}

// walk visits one MIME entity: a multipart's parts in turn, a text part's decoded text, an attachment's
// bytes.
func (mb *mailBody) walk(h textproto.MIMEHeader, body io.Reader, depth int) {
	mb.parts++
	if mb.parts > maxMIMEParts || depth > maxMIMEDepth {
		if mb.parts == maxMIMEParts+1 || depth == maxMIMEDepth+1 {
			mb.warnings = append(mb.warnings, fmt.Sprintf("the message has more than %d parts or %d levels; the rest is not read", maxMIMEParts, maxMIMEDepth))
		}
		return
	}
	mediaType, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		mediaType, params = "text/plain", map[string]string{}
	}
	if strings.HasPrefix(mediaType, "multipart/") && params["boundary"] != "" {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart() // raw: the transfer encoding is ours to undo, like every part's
			if err != nil {
				if !errors.Is(err, io.EOF) {
					mb.warnings = append(mb.warnings, "part of the message is damaged and was not read ("+err.Error()+")")
				}
				return
			}
			mb.walk(p.Header, p, depth+1)
		}
	}
	name := attachmentName(h, params)
	decoded := transferDecoder(h.Get("Content-Transfer-Encoding"), body)
	switch {
	case mediaType == "message/rfc822":
		mb.attach(firstNonEmpty(name, "forwarded message.eml"), decoded)
	case name != "" && (isAttachment(h) || !strings.HasPrefix(mediaType, "text/")):
		mb.attach(name, decoded)
	case mediaType == "text/plain" || mediaType == "text/html":
		mb.text(mediaType, params, decoded)
	case name != "":
		mb.attach(name, decoded)
	}
}

// text decodes a text part's charset and keeps it.
func (mb *mailBody) text(mediaType string, params map[string]string, r io.Reader) {
	raw, err := fileio.ReadFrom("part", r)
	if err != nil {
		mb.warnings = append(mb.warnings, "a text part could not be read ("+reason(err).Error()+")")
		return
	}
	text, warn := decodeCharset(params["charset"], raw)
	if warn != "" {
		mb.warnings = append(mb.warnings, warn)
	}
	text = normaliseNewlines(text)
	if mediaType == "text/html" {
		mb.html = append(mb.html, textPart{text: text})
		return
	}
	mb.plain = append(mb.plain, textPart{text: text, flowed: strings.EqualFold(params["format"], "flowed")})
}

// attach keeps an attachment in a format briefpack reads, and names the others.
func (mb *mailBody) attach(name string, r io.Reader) {
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	if !Supported(name) {
		mb.skipped = append(mb.skipped, fileio.Name(name))
		return
	}
	data, err := fileio.ReadFrom(name, r)
	if err != nil {
		mb.warnings = append(mb.warnings, fmt.Sprintf("attachment %s could not be read (%v)", fileio.Name(name), reason(err)))
		return
	}
	mb.attachments = append(mb.attachments, part{name, data})
}

// attachmentName is the file name of a part (Content-Disposition filename, else Content-Type name),
// its encoded words decoded; "" for none.
func attachmentName(h textproto.MIMEHeader, ctParams map[string]string) string {
	name := ctParams["name"]
	if _, dp, err := mime.ParseMediaType(h.Get("Content-Disposition")); err == nil && dp["filename"] != "" {
		name = dp["filename"]
	}
	dec := mime.WordDecoder{CharsetReader: charsetReader}
	if d, err := dec.DecodeHeader(name); err == nil {
		name = d
	}
	return strings.TrimSpace(name)
}

func isAttachment(h textproto.MIMEHeader) bool {
	d, _, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	return d == "attachment"
}

// transferDecoder undoes a part's Content-Transfer-Encoding.
func transferDecoder(cte string, r io.Reader) io.Reader {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, &base64Clean{r: r})
	case "quoted-printable":
		return quotedprintable.NewReader(r)
	}
	return r
}

// base64Clean drops what base64 bodies carry besides the alphabet (spaces, stray characters), which
// Go's decoder would otherwise stop at.
type base64Clean struct{ r io.Reader }

func (c *base64Clean) Read(p []byte) (int, error) {
	for {
		n, err := c.r.Read(p)
		j := 0
		for _, ch := range p[:n] {
			if ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '+' || ch == '/' || ch == '=' {
				p[j] = ch
				j++
			}
		}
		if j > 0 || n == 0 || err != nil { // a read of only line ends reads on rather than return nothing
			return j, err
		}
	}
}
