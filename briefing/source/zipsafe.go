package source

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/briefpack/briefpack/briefing/fileio"
)

// Limits on what an Office or OpenDocument file may unpack to. A real document's XML is a few
// megabytes; a zip bomb is refused rather than unpacked.
const (
	maxZipEntries   = 20000    // parts in the archive's directory
	maxUnpacked     = 64 << 20 // bytes unpacked from all the parts read, together
	maxZipRatio     = 200      // unpacked bytes per packed byte, for a part over zipRatioFloor
	zipRatioFloor   = 1 << 20  // small parts compress well; the ratio is not checked below this
	errZipBombShort = "unpacks to far more than it holds (a zip bomb?)"
)

// zipDoc is an Office/OpenDocument archive opened for reading a few of its parts within the limits.
type zipDoc struct {
	r        *zip.Reader
	unpacked int64 // bytes unpacked so far, over every part
}

// openZip opens b as a zip archive, checking the entry count from the end record before the directory is
// read (a directory of millions of entries would cost gigabytes).
func openZip(b []byte, kind string) (*zipDoc, error) {
	if !bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		if len(bytes.TrimSpace(b)) == 0 {
			return nil, ErrEmpty
		}
		return nil, fmt.Errorf("not a %s: it is not a zip archive, as every such file is (is it another format renamed?)", kind)
	}
	if n, ok := zipEntryCount(b); ok && n > maxZipEntries {
		return nil, fmt.Errorf("not a %s briefpack can read: its archive lists %d parts (a real document has a few dozen)", kind, n)
	}
	r, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, fmt.Errorf("not a %s briefpack can read: the zip archive is damaged (%v)", kind, strings.TrimPrefix(err.Error(), "zip: "))
	}
	if len(r.File) > maxZipEntries {
		return nil, fmt.Errorf("not a %s briefpack can read: its archive lists %d parts", kind, len(r.File))
	}
	return &zipDoc{r: r}, nil
}

// zipEntryCount reads the entry count of the end-of-central-directory record; ok is false when there is
// none (the zip reader then says what is wrong). A zip64 count (0xffff) counts as too many to trust.
func zipEntryCount(b []byte) (int, bool) {
	const eocdLen = 22
	start := max(0, len(b)-eocdLen-0xffff)
	i := bytes.LastIndex(b[start:], []byte("PK\x05\x06"))
	if i < 0 || start+i+eocdLen > len(b) {
		return 0, false
	}
	n := int(binary.LittleEndian.Uint16(b[start+i+10:]))
	if n == 0xffff {
		return maxZipEntries + 1, true
	}
	return n, true
}

// find returns the part named name ("" when the archive has none), matching case-insensitively as Office
// does.
func (z *zipDoc) find(name string) *zip.File {
	for _, f := range z.r.File {
		if f.Name == name {
			return f
		}
	}
	for _, f := range z.r.File {
		if strings.EqualFold(f.Name, name) {
			return f
		}
	}
	return nil
}

// read unpacks the part named name within the limits; ok is false when the archive has no such part.
func (z *zipDoc) read(name string) (b []byte, ok bool, err error) {
	f := z.find(name)
	if f == nil {
		return nil, false, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, true, fmt.Errorf("its part %s cannot be unpacked (%v)", name, strings.TrimPrefix(err.Error(), "zip: "))
	}
	defer rc.Close()
	limit := max(int64(zipRatioFloor), int64(f.CompressedSize64)*maxZipRatio)
	limit = min(limit, int64(maxUnpacked)-z.unpacked)
	b, err = io.ReadAll(io.LimitReader(rc, limit+1))
	z.unpacked += int64(len(b))
	switch {
	case int64(len(b)) > limit:
		return nil, true, fmt.Errorf("its part %s %s; refused after %s", name, errZipBombShort, fileio.HumanBytes(limit))
	case err != nil && !errors.Is(err, io.EOF):
		return nil, true, fmt.Errorf("its part %s cannot be unpacked (%v)", name, strings.TrimPrefix(err.Error(), "zip: "))
	}
	return b, true, nil
}
