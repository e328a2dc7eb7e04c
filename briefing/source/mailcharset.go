package source

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
)

// lookupCharset finds an encoding by the name a message gives (WHATWG names and labels first, then IANA's
// registry); nil when unknown.
func lookupCharset(name string) encoding.Encoding {
	name = strings.ToLower(strings.Trim(strings.TrimSpace(name), `"'`))
	if name == "" {
		return nil
	}
	if e, err := htmlindex.Get(name); err == nil {
		return e
	}
	if e, err := ianaindex.MIME.Encoding(name); err == nil && e != nil {
		return e
	}
	return nil
}

// charsetReader decodes a header's encoded words for mime.WordDecoder.
func charsetReader(charset string, input io.Reader) (io.Reader, error) {
	e := lookupCharset(charset)
	if e == nil {
		return nil, fmt.Errorf("unknown charset %q", charset)
	}
	return e.NewDecoder().Reader(input), nil
}

// decodeCharset decodes a text part's bytes from its declared charset. With no charset, or one briefpack
// does not know (a warning naming it), the bytes are read as UTF-8 when they are valid UTF-8 and as
// Windows-1252 otherwise, so no text is lost.
func decodeCharset(charset string, b []byte) (text, warning string) {
	if e := lookupCharset(charset); e != nil {
		out, err := e.NewDecoder().Bytes(b)
		if err == nil {
			return strings.ToValidUTF8(string(out), "\uFFFD"), ""
		}
		warning = fmt.Sprintf("a part declared as %s could not be decoded as it (%v)", charset, err)
	} else if strings.TrimSpace(charset) != "" {
		warning = fmt.Sprintf("a part declares the charset %q, which briefpack does not know", charset)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		if warning != "" {
			warning += "; read as UTF-8"
		}
		return string(b), warning
	}
	if warning != "" {
		warning += "; read as Windows-1252"
	}
	return decode1252(b), warning
}
