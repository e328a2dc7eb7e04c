package source

import (
	"strings"

	"github.com/briefpack/briefpack/briefing"
)

// Reasons the e-mail loader gives for the furniture it marks.
const (
	ReasonQuotedReply   = "quoted reply"
	ReasonSignature     = "e-mail signature"
	ReasonForwardHeader = "forwarded-message header"
)

// markMailFurniture marks the lines of a message that are not its own text: quoted lines ("> …"), a
// reply's attribution ("On 3 June 2024, Ann wrote:") and the earlier message it introduces, an Outlook
// "-----Original Message-----" block, the signature after a "-- " line, and the header lines of a
// forwarded message (whose text is kept: a forwarded statement is often the point of the message).
func markMailFurniture(src *briefing.Source) {
	marks := map[int]string{}
	n := src.NumLines()
	tail := "" // once set, every further line has this reason
	for ln := 1; ln <= n; ln++ {
		line := src.Line(ln)
		t := strings.TrimSpace(line)
		switch {
		case tail != "" && !(tail == ReasonSignature && isForwardMarker(t)):
			if t != "" {
				marks[ln] = tail
			}
			continue
		case isForwardMarker(t):
			tail = ""
			marks[ln] = ReasonForwardHeader
			ln = markForwardHeader(src, ln+1, marks)
		case line == "-- " || t == "--" || t == "-- ":
			tail = ReasonSignature
			marks[ln] = ReasonSignature
		case strings.HasPrefix(strings.TrimLeft(line, " \t"), ">"):
			marks[ln] = ReasonQuotedReply
		case isOriginalMarker(t):
			tail = ReasonQuotedReply
			marks[ln] = ReasonQuotedReply
		case isReplyAttribution(t, src.Line(ln+1)):
			marks[ln] = ReasonQuotedReply
			if !nextIsQuoted(src, ln+1) { // quoted without "> " marks: the rest is the earlier message
				tail = ReasonQuotedReply
			}
		}
	}
	if len(marks) > 0 {
		src.MarkedFurniture = marks
	}
}

func isForwardMarker(t string) bool {
	l := strings.ToLower(strings.Trim(t, "-— "))
	return l == "forwarded message" || l == "begin forwarded message:" || l == "forwarded message follows"
}

func isOriginalMarker(t string) bool {
	return strings.EqualFold(strings.Trim(t, "-— _"), "original message")
}

// isReplyAttribution: "On <date>, <someone> wrote:", possibly broken over two lines by the mail
// program's wrapping.
func isReplyAttribution(t, next string) bool {
	if !strings.HasPrefix(t, "On ") || len(t) > 200 {
		return false
	}
	return strings.HasSuffix(t, " wrote:") || strings.HasSuffix(t+" "+strings.TrimSpace(next), " wrote:")
}

// markForwardHeader marks the "From: / Date: / Subject: / To:" lines after a forward marker and returns
// the last line it looked at.
func markForwardHeader(src *briefing.Source, from int, marks map[int]string) int {
	ln := from
	for ; ln <= src.NumLines(); ln++ {
		t := strings.TrimSpace(src.Line(ln))
		key, _, ok := strings.Cut(t, ":")
		if !ok || !forwardHeaderKeys[strings.ToLower(key)] {
			break
		}
		marks[ln] = ReasonForwardHeader
	}
	return ln - 1
}

var forwardHeaderKeys = map[string]bool{"from": true, "date": true, "sent": true, "subject": true, "to": true, "cc": true, "reply-to": true}

// nextIsQuoted reports whether the first non-blank line from line from (or the one after, when the
// attribution wrapped) starts with ">".
func nextIsQuoted(src *briefing.Source, from int) bool {
	for ln, seen := from, 0; ln <= src.NumLines() && seen < 2; ln++ {
		t := strings.TrimSpace(src.Line(ln))
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, ">") {
			return true
		}
		seen++
	}
	return false
}
