package testdocs

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
	"time"
)

// Attachment is a file attached to a message.
type Attachment struct {
	Name, Type string
	Data       []byte
}

// Mail is an e-mail message: a plain-text body, an HTML body, or both (as multipart/alternative), and
// attachments.
type Mail struct {
	From, Subject string
	Date          time.Time
	Text, HTML    string
	Charset       string // of the text parts; "" is utf-8 (the text is written as given, bytes unchanged)
	Attachments   []Attachment
}

// EML writes m as a MIME message: the text parts quoted-printable, attachments base64, the subject
// as an encoded word when it is not ASCII.
func EML(m Mail) []byte {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "From: %s\r\nTo: desk@example.org\r\nSubject: %s\r\n", m.From, mime.QEncoding.Encode("utf-8", m.Subject))
	if !m.Date.IsZero() {
		fmt.Fprintf(&buf, "Date: %s\r\n", m.Date.Format(time.RFC1123Z))
	}
	buf.WriteString("MIME-Version: 1.0\r\n")
	charset := m.Charset
	if charset == "" {
		charset = "utf-8"
	}
	var bodies []textproto.MIMEHeader
	var texts []string
	if m.Text != "" {
		bodies = append(bodies, textproto.MIMEHeader{"Content-Type": {"text/plain; charset=" + charset}, "Content-Transfer-Encoding": {"quoted-printable"}})
		texts = append(texts, m.Text)
	}
	if m.HTML != "" {
		bodies = append(bodies, textproto.MIMEHeader{"Content-Type": {"text/html; charset=" + charset}, "Content-Transfer-Encoding": {"quoted-printable"}})
		texts = append(texts, m.HTML)
	}
	if len(bodies) == 1 && len(m.Attachments) == 0 {
		for k, v := range bodies[0] {
			fmt.Fprintf(&buf, "%s: %s\r\n", k, v[0])
		}
		buf.WriteString("\r\n")
		writeQP(&buf, texts[0])
		return buf.Bytes()
	}
	mw := multipart.NewWriter(&buf)
	kind := "alternative"
	if len(m.Attachments) > 0 {
		kind = "mixed"
	}
	fmt.Fprintf(&buf, "Content-Type: multipart/%s; boundary=%s\r\n\r\n", kind, mw.Boundary())
	for i, h := range bodies {
		w, _ := mw.CreatePart(h)
		writeQP(w, texts[i])
	}
	for _, a := range m.Attachments {
		w, _ := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {a.Type + `; name="` + a.Name + `"`},
			"Content-Disposition":       {`attachment; filename="` + a.Name + `"`},
			"Content-Transfer-Encoding": {"base64"},
		})
		enc := base64.StdEncoding.EncodeToString(a.Data)
		for len(enc) > 76 {
			fmt.Fprintf(w, "%s\r\n", enc[:76])
			enc = enc[76:]
		}
		fmt.Fprintf(w, "%s\r\n", enc)
	}
	mw.Close()
	return buf.Bytes()
}

func writeQP(w interface{ Write([]byte) (int, error) }, s string) {
	qw := quotedprintable.NewWriter(w)
	qw.Write([]byte(strings.ReplaceAll(s, "\n", "\r\n")))
	qw.Close()
}
