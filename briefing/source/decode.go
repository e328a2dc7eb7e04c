package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrEmpty is returned for a file with no text.
var ErrEmpty = errors.New("empty file: no text to read")

// magic lists the leading bytes of common binary formats a user might drop into a library by mistake.
var magic = []struct {
	prefix string
	name   string
}{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"%PDF-", "a PDF document (give it a .pdf name and briefpack reads it as one)"},
	{"PK\x03\x04", "a ZIP archive or an Office document (a Word document needs a .docx name, an OpenDocument text .odt)"},
	{"\xd0\xcf\x11\xe0", "an old Office document (.doc or .msg; save it as .docx or .eml)"},
	{"\x1f\x8b", "a gzip archive"},
	{"\x7fELF", "a program (ELF executable)"},
	{"RIFF", "a media file"},
}

// Decoded is text read from bytes, with a note on how it was read when that needed a guess.
type Decoded struct {
	Text     string
	Encoding string // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
	Warnings []string
}

// Decode turns file bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252 for
// bytes that are not valid UTF-8. Line endings become "\n". Binary data and empty files are errors.
func Decode(b []byte) (Decoded, error) {
	var d Decoded
	if len(bytes.TrimSpace(b)) == 0 {
		return d, ErrEmpty
	}
	for _, m := range magic {
		if bytes.HasPrefix(b, []byte(m.prefix)) {
			return d, fmt.Errorf("binary file: this is %s, not text", m.name)
		}
	}
	var text string
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		d.Encoding = "UTF-8 with BOM"
		b = b[3:]
		if !utf8.Valid(b) {
			text = decode1252(b)
			d.Encoding = "Windows-1252"
			d.Warnings = append(d.Warnings, "starts with a UTF-8 byte-order mark but is not valid UTF-8; read as Windows-1252")
		} else {
			text = string(b)
		}
	case bytes.HasPrefix(b, []byte("\xff\xfe")), bytes.HasPrefix(b, []byte("\xfe\xff")):
		enc := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
		d.Encoding = "UTF-16LE"
		if b[0] == 0xfe {
			enc = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
			d.Encoding = "UTF-16BE"
		}
		out, err := enc.NewDecoder().Bytes(b)
		if err != nil {
			return d, fmt.Errorf("%s text could not be decoded: %v", d.Encoding, err)
		}
		text = string(out)
	case bytes.IndexByte(b, 0) >= 0:
		if le, ok := looksUTF16(b); ok {
			enc := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
			d.Encoding = "UTF-16BE"
			if le {
				enc = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
				d.Encoding = "UTF-16LE"
			}
			out, err := enc.NewDecoder().Bytes(b)
			if err != nil {
				return d, fmt.Errorf("%s text could not be decoded: %v", d.Encoding, err)
			}
			text = string(out)
			d.Warnings = append(d.Warnings, "no byte-order mark; read as "+d.Encoding)
		} else {
			return d, errors.New("binary file: it contains NUL bytes, so it is not text")
		}
	case utf8.Valid(b):
		d.Encoding = "UTF-8"
		text = string(b)
	default:
		d.Encoding = "Windows-1252"
		text = decode1252(b)
		d.Warnings = append(d.Warnings, "not valid UTF-8; read as Windows-1252")
	}
	text = normaliseNewlines(text)
	if n, total := controlCount(text); n > 8 && n*100 > total {
		return d, fmt.Errorf("binary file: %d control characters in %d, so it is not text", n, total)
	}
	if strings.TrimSpace(text) == "" {
		return d, ErrEmpty
	}
	d.Text = text
	return d, nil
}

func decode1252(b []byte) string {
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil { // Windows-1252 maps every byte; this cannot happen, but never lose the text.
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// looksUTF16 guesses UTF-16 without a byte-order mark: mostly-ASCII text has a NUL in every other byte.
func looksUTF16(b []byte) (littleEndian, ok bool) {
	n := len(b)
	if n > 4096 {
		n = 4096
	}
	if n < 4 || n%2 != 0 && n == len(b) {
		return false, false
	}
	var evenNul, oddNul int
	for i := 0; i+1 < n; i += 2 {
		if b[i] == 0 {
			evenNul++
		}
		if b[i+1] == 0 {
			oddNul++
		}
	}
	pairs := n / 2
	switch {
	case oddNul*10 >= pairs*7 && evenNul*10 < pairs:
		return true, true
	case evenNul*10 >= pairs*7 && oddNul*10 < pairs:
		return false, true
	}
	return false, false
}

func normaliseNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// controlCount counts C0 control characters other than tab, newline and form feed, sampling at most the
// first 64 KiB.
func controlCount(s string) (n, total int) {
	if len(s) > 64<<10 {
		s = s[:64<<10]
	}
	for _, r := range s {
		total++
		if r < 0x20 && r != '\t' && r != '\n' && r != '\f' || r == 0x7f {
			n++
		}
	}
	return n, total
}
