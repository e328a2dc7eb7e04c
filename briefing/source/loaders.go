package source

import (
	"errors"

	"github.com/briefpack/briefpack/briefing"
)

// part is a file carried inside another (an e-mail's attachment), read as a source of its own.
type part struct {
	name string
	data []byte
}

// loader reads one format from a file's bytes into src, and gives back the files it carries.
type loader struct {
	format briefing.Format
	load   func(src *briefing.Source, b []byte) ([]part, error)
}

// single adapts a loader of a format that carries no other files.
func single(f func(src *briefing.Source, b []byte) error) func(*briefing.Source, []byte) ([]part, error) {
	return func(src *briefing.Source, b []byte) ([]part, error) { return nil, f(src, b) }
}

// refuse is the loader of a format briefpack recognises but does not read: a clear message instead.
func refuse(msg string) func(*briefing.Source, []byte) ([]part, error) {
	return func(*briefing.Source, []byte) ([]part, error) { return nil, errors.New(msg) }
}

var loaders = map[string]loader{}

func init() { // in init: the e-mail loader reads attachments through this map
	for ext, l := range map[string]loader{
		".txt":      {briefing.FormatText, single(loadText)},
		".text":     {briefing.FormatText, single(loadText)},
		".md":       {briefing.FormatMarkdown, single(loadText)},
		".markdown": {briefing.FormatMarkdown, single(loadText)},
		".html":     {briefing.FormatHTML, single(loadHTML)},
		".htm":      {briefing.FormatHTML, single(loadHTML)},
		".docx":     {briefing.FormatWord, single(loadDOCX)},
		".odt":      {briefing.FormatODT, single(loadODT)},
		".eml":      {briefing.FormatEmail, loadEML},
		".pdf":      {briefing.FormatPDF, single(loadPDF)},
	} {
		loaders[ext] = l
	}
}

// refused are formats that get a clear message saying what to do instead of "unsupported format".
var refused = map[string]string{
	".doc": "an old Word document (.doc), which briefpack does not read: open it in Word or LibreOffice and save it as .docx",
	".rtf": "a Rich Text document (.rtf), which briefpack does not read: open it in Word or LibreOffice and save it as .docx",
	".msg": "an Outlook message (.msg), which briefpack does not read: open it in Outlook and save it as .eml (File › Save As, or drag it to a folder from a mail program that writes .eml)",
}
