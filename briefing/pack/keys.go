package pack

// Keys and edits: how a user's change to one timeline entry or quotation finds that item again, and only
// that item, the next time the sources are extracted and merged.
//
// An item's key is a hash of its evidence: for each citation the source id (the file's SHA-256, so a
// changed file is a different source), the line, and a hash of the exact evidence words; a timeline
// entry adds its extracted date, because one sentence can state two events. Each edit also records an
// anchor (those citations, the extracted date, and the item as it read), so that an edit still finds
// its item when a further source corroborates it, and so that an edit that no longer applies to any
// item can be shown to the user in words rather than silently dropped or applied to another item.
//
// Keys written by earlier versions ("t-…", "q-…") hashed only source and line, which two events of one
// line share. Such an edit is applied when exactly one item has its old key, and reported as needing to
// be re-applied when several do.

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Key prefixes. Keys of items added by the user start with "a-".
const (
	timelinePrefix       = "t2-"
	quotationPrefix      = "q2-"
	legacyTimelinePrefix = "t-"
	legacyQuotePrefix    = "q-"
)

// TimelineEdit is a user's change to one merged timeline entry.
type TimelineEdit struct {
	Exclude bool          `json:"exclude,omitempty"`
	Date    briefing.Date `json:"date,omitzero"`
	What    string        `json:"what,omitempty"`
	// Anchor is the item the edit was made on (empty in files written before anchors existed).
	Anchor *Anchor `json:"anchor,omitempty"`
}

// QuotationEdit is a user's change to one merged quotation.
type QuotationEdit struct {
	Exclude bool    `json:"exclude,omitempty"`
	Speaker string  `json:"speaker,omitempty"`
	Role    string  `json:"role,omitempty"`
	Anchor  *Anchor `json:"anchor,omitempty"`
}

// AddedEvent is an event the user added to the timeline themselves.
type AddedEvent struct {
	Date briefing.Date `json:"date"`
	What string        `json:"what"`
	Note string        `json:"note,omitempty"` // where it comes from, in the user's words
}

// Edits are the user's changes to what was extracted, keyed by the keys of the items.
type Edits struct {
	Timeline   map[string]TimelineEdit  `json:"timeline,omitempty"`
	Quotations map[string]QuotationEdit `json:"quotations,omitempty"`
	Added      []AddedEvent             `json:"added,omitempty"`
}

// Anchor records the item an edit was made on: its evidence, and how it read.
type Anchor struct {
	// Cites are the item's citations as "source:line:hash of the evidence words", sorted.
	Cites []string `json:"cites"`
	// Date is a timeline entry's extracted date.
	Date briefing.Date `json:"date,omitzero"`
	// Text is the entry's description or the quotation's words, as extracted.
	Text string `json:"text"`
	// Where names the first source and line, for the user ("PM statement.txt, l. 3").
	Where string `json:"where,omitempty"`
}

// UnmatchedEdit is an edit that applies to no item of the pack: it is kept in the project, and shown
// to the user with why, so they can re-apply or discard it.
type UnmatchedEdit struct {
	Kind   string // "timeline" or "quotation"
	Key    string // its key in Edits
	Item   string // the item it was made on, in words
	Change string // what it does, in words
	Reason string
}

// citeID identifies one piece of evidence: source, line and the exact words.
func citeID(c briefing.Citation) string {
	return fmt.Sprintf("%s:%d:%s", c.Source, c.Line, shortHash(c.Text))
}

func citeIDs(cs []briefing.Citation) []string {
	ids := make([]string, 0, len(cs))
	seen := map[string]bool{}
	for _, c := range cs {
		if id := citeID(c); !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// TimelineKey is the key of a merged entry: its evidence (source, line and words of every citation)
// and its extracted date. Entries that still share a key (one sentence stating one date twice) are
// told apart by their wording when the pack is built (see assignKeys).
func TimelineKey(e briefing.TimelineEntry) string {
	return timelinePrefix + shortHash(strings.Join(citeIDs(e.Citations), ",")+"|"+e.Date.String())
}

// QuotationKey is the key of a merged quotation: the source, line and words of every citation.
func QuotationKey(q briefing.Quotation) string {
	return quotationPrefix + shortHash(strings.Join(citeIDs(q.Citations), ","))
}

// addedKey is the key of an event the user added.
func addedKey(a AddedEvent) string { return "a-" + shortHash(a.Date.String()+"|"+a.What) }

// legacyTimelineKey is the key earlier versions gave an entry (source and line only).
func legacyTimelineKey(e briefing.TimelineEntry) string {
	var cites []string
	for _, c := range e.Citations {
		cites = append(cites, fmt.Sprintf("%s:%d", c.Source, c.Line))
	}
	sort.Strings(cites)
	return legacyTimelinePrefix + shortHash(strings.Join(cites, ","))
}

// legacyQuotationKey is the key earlier versions gave a quotation.
func legacyQuotationKey(q briefing.Quotation) string {
	first := ""
	if len(q.Citations) > 0 {
		first = fmt.Sprintf("%s:%d", q.Citations[0].Source, q.Citations[0].Line)
	}
	f := prose.Fold(q.Text)
	if len(f) > 60 {
		f = f[:60]
	}
	return legacyQuotePrefix + shortHash(first+"|"+f)
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:6])
}

// keyed is what edit matching needs of an item, timeline entry or quotation alike.
type keyed struct {
	key    string
	legacy string
	cites  []string
	date   briefing.Date
	text   string
}

// uniqueKeys gives every item its key; items whose keys collide get their wording hashed in too, so
// that no two items ever share a key.
func uniqueKeys(items []keyed) {
	count := map[string]int{}
	for _, it := range items {
		count[it.key]++
	}
	for i := range items {
		if count[items[i].key] > 1 {
			items[i].key += "-" + shortHash(items[i].text)
		}
	}
}

// match finds the item an edit applies to: the item with its key; else, for an edit with an anchor,
// the one item whose evidence contains all the anchor's evidence (telling same-sentence items apart
// by the extracted date); else, for a key of an earlier version, the one item with that old key.
// It returns the item's index, or -1 and why not.
func match(key string, anchor *Anchor, items []keyed, byKey map[string]int, sources map[string]bool) (int, string) {
	if i, ok := byKey[key]; ok {
		return i, ""
	}
	if anchor != nil && len(anchor.Cites) > 0 {
		var cands []int
		for i, it := range items {
			if containsAll(it.cites, anchor.Cites) {
				cands = append(cands, i)
			}
		}
		if len(cands) > 1 {
			var same []int
			for _, i := range cands {
				if items[i].date == anchor.Date {
					same = append(same, i)
				}
			}
			cands = same
		}
		if len(cands) == 1 {
			return cands[0], ""
		}
		for _, c := range anchor.Cites {
			if !sources[strings.SplitN(c, ":", 2)[0]] {
				return -1, "its source is not in the pack (unticked, removed, or its file changed)"
			}
		}
		return -1, "its source changed: the item it was made on is no longer found"
	}
	if strings.HasPrefix(key, legacyTimelinePrefix) || strings.HasPrefix(key, legacyQuotePrefix) {
		var cands []int
		for i, it := range items {
			if it.legacy == key {
				cands = append(cands, i)
			}
		}
		switch len(cands) {
		case 1:
			return cands[0], ""
		case 0:
			return -1, "made with an earlier version of briefpack; it matches nothing in the sources now"
		default:
			return -1, fmt.Sprintf("made with an earlier version of briefpack, which could not tell apart the %d items of one source line; "+
				"it has not been applied, so it cannot change the wrong one: re-apply it to the item you meant", len(cands))
		}
	}
	return -1, "the item it was made on is no longer found"
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		i := sort.SearchStrings(have, w)
		if i >= len(have) || have[i] != w {
			return false
		}
	}
	return true
}

func (p *Pack) sourceIDs() map[string]bool {
	m := map[string]bool{}
	for _, s := range p.Sources {
		m[s.ID] = true
	}
	return m
}

// where names a citation's source and line for the user.
func (p *Pack) where(cs []briefing.Citation) string {
	if len(cs) == 0 {
		return ""
	}
	if src := p.Source(cs[0].Source); src != nil {
		return src.File + ", " + src.Where(cs[0].Line)
	}
	return fmt.Sprintf("source %s, l. %d", cs[0].Source, cs[0].Line)
}

// applyTimelineEdits gives the timeline's extracted entries their keys and applies the user's edits,
// each to the one entry it was made on; the others are listed in p.Unmatched.
func (p *Pack) applyTimelineEdits(edits map[string]TimelineEdit) {
	var items []keyed
	var idx []int // into p.Timeline
	for i, it := range p.Timeline {
		if it.Added {
			continue
		}
		t := it.Entry
		items = append(items, keyed{key: TimelineKey(t), legacy: legacyTimelineKey(t), cites: citeIDs(t.Citations), date: t.Date, text: t.What})
		idx = append(idx, i)
	}
	uniqueKeys(items)
	byKey := map[string]int{}
	for k, it := range items {
		byKey[it.key] = k
		t := &p.Timeline[idx[k]]
		t.Key = it.key
		p.setAnchor(it, t.Entry.Citations)
	}
	matchEdits(p, "timeline", edits, func(e TimelineEdit) *Anchor { return e.Anchor }, items, byKey, func(k int, ed TimelineEdit) {
		it := &p.Timeline[idx[k]]
		it.Included = !ed.Exclude
		t := it.Entry
		if !ed.Date.IsZero() && ed.Date != t.Date {
			it.Original, it.Entry.Date, it.Edited = t.Date, ed.Date, true
		}
		if ed.What != "" && ed.What != t.What {
			it.Entry.What, it.Edited = ed.What, true
		}
	})
}

// applyQuotationEdits does for quotations what applyTimelineEdits does for the timeline.
func (p *Pack) applyQuotationEdits(edits map[string]QuotationEdit) {
	items := make([]keyed, len(p.Quotations))
	for i, it := range p.Quotations {
		q := it.Q
		items[i] = keyed{key: QuotationKey(q), legacy: legacyQuotationKey(q), cites: citeIDs(q.Citations), text: q.Text}
	}
	uniqueKeys(items)
	byKey := map[string]int{}
	for k, it := range items {
		byKey[it.key] = k
		p.Quotations[k].Key = it.key
		p.setAnchor(it, p.Quotations[k].Q.Citations)
	}
	matchEdits(p, "quotation", edits, func(e QuotationEdit) *Anchor { return e.Anchor }, items, byKey, func(k int, ed QuotationEdit) {
		it := &p.Quotations[k]
		it.Included = !ed.Exclude
		q := it.Q
		if ed.Speaker != "" && ed.Speaker != q.Speaker {
			it.Q.Speaker, it.Edited = ed.Speaker, true
		}
		if ed.Role != "" && ed.Role != q.Role {
			it.Q.Role, it.Edited = ed.Role, true
		}
	})
}

// matchEdits finds, for each edit in key order, the item it applies to (match: by key, then by its
// anchor) and applies it; an edit that finds none, or one another edit has taken, is listed in
// p.Unmatched under kind. An edit found under a key that has changed is re-keyed.
func matchEdits[E interface{ describe() string }](p *Pack, kind string, edits map[string]E, anchor func(E) *Anchor,
	items []keyed, byKey map[string]int, apply func(k int, ed E)) {
	sources, used := p.sourceIDs(), map[int]string{}
	for _, key := range sortedKeys(edits) {
		ed := edits[key]
		k, why := match(key, anchor(ed), items, byKey, sources)
		if k >= 0 && used[k] != "" {
			k, why = -1, "another edit applies to the same item"
		}
		if k < 0 {
			p.Unmatched = append(p.Unmatched, UnmatchedEdit{Kind: kind, Key: key, Item: anchorText(anchor(ed)), Change: ed.describe(), Reason: why})
			continue
		}
		used[k] = key
		if key != items[k].key {
			p.rekey(key, items[k].key)
		}
		apply(k, ed)
	}
}

// setAnchor records how an item was extracted, before any edit.
func (p *Pack) setAnchor(it keyed, cs []briefing.Citation) {
	if p.anchors == nil {
		p.anchors = map[string]*Anchor{}
	}
	p.anchors[it.key] = &Anchor{Cites: it.cites, Date: it.date, Text: it.text, Where: p.where(cs)}
}

func (p *Pack) rekey(from, to string) {
	if p.Rekeyed == nil {
		p.Rekeyed = map[string]string{}
	}
	p.Rekeyed[from] = to
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func anchorText(a *Anchor) string {
	if a == nil {
		return "(an item edited with an earlier version of briefpack)"
	}
	s := "“" + a.Text + "”"
	if !a.Date.IsZero() {
		s = a.Date.Human() + ": " + s
	}
	if a.Where != "" {
		s += " (" + a.Where + ")"
	}
	return s
}

func (e TimelineEdit) describe() string {
	var parts []string
	if e.Exclude {
		parts = append(parts, "left out of the pack")
	}
	if !e.Date.IsZero() {
		parts = append(parts, "date set to "+e.Date.Human())
	}
	if e.What != "" {
		parts = append(parts, "reworded as “"+e.What+"”")
	}
	return strings.Join(parts, "; ")
}

func (e QuotationEdit) describe() string {
	var parts []string
	if e.Exclude {
		parts = append(parts, "left out of the pack")
	}
	if e.Speaker != "" {
		parts = append(parts, "speaker set to "+e.Speaker)
	}
	if e.Role != "" {
		parts = append(parts, "role set to "+e.Role)
	}
	return strings.Join(parts, "; ")
}

// TimelineAnchor records a timeline item as it was extracted, for an edit made on it.
func (p *Pack) TimelineAnchor(it TimelineItem) *Anchor {
	if a, ok := p.anchors[it.Key]; ok {
		c := *a
		return &c
	}
	t := it.Entry
	return &Anchor{Cites: citeIDs(t.Citations), Date: t.Date, Text: t.What, Where: p.where(t.Citations)}
}

// QuotationAnchor records a quotation as it was extracted, for an edit made on it.
func (p *Pack) QuotationAnchor(it QuotationItem) *Anchor {
	if a, ok := p.anchors[it.Key]; ok {
		c := *a
		return &c
	}
	return &Anchor{Cites: citeIDs(it.Q.Citations), Text: it.Q.Text, Where: p.where(it.Q.Citations)}
}

// EditTimeline changes the user's edit of timeline item it (creating it, with its anchor).
func (p *Pack) EditTimeline(e *Edits, it TimelineItem, change func(*TimelineEdit)) {
	if e.Timeline == nil {
		e.Timeline = map[string]TimelineEdit{}
	}
	ed := e.Timeline[it.Key]
	if ed.Anchor == nil {
		ed.Anchor = p.TimelineAnchor(it)
	}
	change(&ed)
	e.Timeline[it.Key] = ed
}

// EditQuotation changes the user's edit of quotation it (creating it, with its anchor).
func (p *Pack) EditQuotation(e *Edits, it QuotationItem, change func(*QuotationEdit)) {
	if e.Quotations == nil {
		e.Quotations = map[string]QuotationEdit{}
	}
	ed := e.Quotations[it.Key]
	if ed.Anchor == nil {
		ed.Anchor = p.QuotationAnchor(it)
	}
	change(&ed)
	e.Quotations[it.Key] = ed
}

// Rekey rewrites the stored keys of edits that the pack applied under another key (an edit of an
// earlier version, or an item whose evidence grew), and gives them anchors; it reports whether it
// changed anything. Saving the project afterwards keeps the edits attached to their items.
func (p *Pack) Rekey(e *Edits) bool {
	changed := false
	for from, to := range p.Rekeyed {
		if ed, ok := e.Timeline[from]; ok {
			if _, taken := e.Timeline[to]; !taken {
				if ed.Anchor == nil {
					ed.Anchor = p.anchorOf(to)
				}
				delete(e.Timeline, from)
				e.Timeline[to] = ed
				changed = true
			}
		}
		if ed, ok := e.Quotations[from]; ok {
			if _, taken := e.Quotations[to]; !taken {
				if ed.Anchor == nil {
					ed.Anchor = p.anchorOf(to)
				}
				delete(e.Quotations, from)
				e.Quotations[to] = ed
				changed = true
			}
		}
	}
	return changed
}

func (p *Pack) anchorOf(key string) *Anchor {
	if a, ok := p.anchors[key]; ok {
		c := *a
		return &c
	}
	return nil
}

// Discard removes the edit with the given key (of an UnmatchedEdit) from e.
func (e *Edits) Discard(kind, key string) {
	switch kind {
	case "timeline":
		delete(e.Timeline, key)
	case "quotation":
		delete(e.Quotations, key)
	}
}
