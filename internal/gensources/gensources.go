// Package gensources builds large libraries of sources for benchmarks from the embedded sample library:
// each copy shifts the years (so the timeline grows) and carries a reference line (so no two copies
// are identical and none is dropped as a duplicate).
package gensources

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"unicode/utf8"

	"github.com/briefpack/briefpack/assets"
)

// File is a generated source file.
type File struct {
	Name string
	Data []byte
}

var reYear = regexp.MustCompile(`\b20[12]\d\b`)

// Generate returns n source files derived from the sample library.
func Generate(n int) ([]File, error) {
	entries, err := fs.ReadDir(assets.Samples, assets.SampleDir)
	if err != nil {
		return nil, err
	}
	var base []File
	for _, e := range entries {
		b, err := fs.ReadFile(assets.Samples, path.Join(assets.SampleDir, e.Name()))
		if err != nil {
			return nil, err
		}
		base = append(base, File{e.Name(), b})
	}
	var texts []File // UTF-8 text samples, without front matter, to pad text sources to ~5 KB
	for _, b := range base {
		if ext := path.Ext(b.Name); (ext == ".txt" || ext == ".md") && utf8.Valid(b.Data) {
			texts = append(texts, File{b.Name, stripFrontMatter(b.Data)})
		}
	}
	out := make([]File, 0, n)
	for i := 0; i < n; i++ {
		b := base[i%len(base)]
		shift := (i / len(base)) % 40
		data := append([]byte(nil), b.Data...)
		if ext := path.Ext(b.Name); (ext == ".txt" || ext == ".md") && utf8.Valid(b.Data) {
			for k := 1; k <= 3; k++ { // a longer piece: this sample followed by three others
				data = append(data, "\n\n"...)
				data = append(data, texts[(i+k)%len(texts)].Data...)
			}
		}
		data = reYear.ReplaceAllFunc(data, func(y []byte) []byte {
			v, _ := strconv.Atoi(string(y))
			return []byte(strconv.Itoa(v + shift))
		})
		ext := path.Ext(b.Name)
		note := fmt.Sprintf("\n\nReference note %d of the generated library.\n", i)
		if ext == ".html" {
			note = fmt.Sprintf("<!-- reference %d -->\n", i)
		}
		if path.Base(b.Name) == "07-embassy-note-1252.txt" {
			note = fmt.Sprintf("\r\nReference note %d.\r\n", i)
		}
		data = append(data, note...)
		out = append(out, File{fmt.Sprintf("%05d-%s", i, b.Name), data})
	}
	return out, nil
}

func stripFrontMatter(b []byte) []byte {
	if !bytes.HasPrefix(b, []byte("---\n")) {
		return b
	}
	if end := bytes.Index(b[4:], []byte("\n---\n")); end >= 0 {
		return b[4+end+5:]
	}
	return b
}
