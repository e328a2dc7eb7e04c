package gofpdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
)

// upstreamSample is the SHA-256 of sampleDoc(t, false) as the copy without the tagging patch
// draws it (the tagging methods replaced by empty stand-ins): with tagging off, the patch must
// not change a byte. It was bc840ee6…1b3c89 until patch 12 changed the fonts' ids (the names of
// their resources), which that copy's sample then gave again with patch 12's id function put
// back to item 2's SHA-1; patch 12's own bytes differ from those in the font names alone.
const upstreamSample = "d04b0876f66c0edd40e69cab55b158f9fdddc4f7875d66a6197010b1242ee9e3"

// TestTaggingOffIsUpstream checks briefpack's tagging patch: without EnableTagging every tagging
// call does nothing and the document is byte for byte the unpatched copy's.
func TestTaggingOffIsUpstream(t *testing.T) {
	sum := sha256.Sum256(sampleDoc(t, false))
	if got := hex.EncodeToString(sum[:]); got != upstreamSample {
		t.Fatalf("the untagged sample differs from the unpatched copy's: SHA-256 %s, want %s", got, upstreamSample)
	}
}

// TestTaggedSample checks what a tagged document holds: PDF 1.7, the catalog entries, XMP with
// the title and the PDF/UA identifier, /Tabs /S on every page, all content marked, the structure
// tree in drawing order and consistent with the parent tree, and link annotations that belong to
// their Link elements; and that two builds are identical.
func TestTaggedSample(t *testing.T) {
	data := sampleDoc(t, true)
	if again := sampleDoc(t, true); !bytes.Equal(data, again) {
		t.Fatal("two tagged builds of the sample differ")
	}
	rep := checkTagged(t, data)
	want := []string{"Document", " TOC", "  TOCI", "   Link", " H1"}
	for i := 0; i < 40; i++ {
		want = append(want, " P", "  Link", "  Link")
	}
	want = append(want, " Figure", " Table", "  TR", "   TH", "   TH", "  TR", "   TD", "   TD")
	if got := strings.Join(rep.roles, "|"); got != strings.Join(want, "|") {
		t.Errorf("structure tree:\n got %s\nwant %s", got, strings.Join(want, "|"))
	}
	if rep.links != 81 {
		t.Errorf("%d link annotations in Link elements, want 81", rep.links)
	}
	pages := 3
	for _, a := range []string{"/Type /Pagination /Subtype /Header", "/Type /Pagination /Subtype /Footer"} {
		if rep.artifacts[a] != pages {
			t.Errorf("%d artifacts %q, want one a page (%d): %v", rep.artifacts[a], a, pages, rep.artifacts)
		}
	}
	if rep.artifacts["BMC"] < 2 || rep.artifacts["/Type /Layout"] != 1 {
		t.Errorf("the rules and the table's fill are not artifacts: %v", rep.artifacts)
	}
	if !strings.Contains(rep.text, "journey to the mainland") {
		t.Errorf("the space where a line was broken is lost in the tagged text: %.200q", rep.text)
	}
	if rep.alt["Figure"] != "Two events in 2024: the signing and the opening" {
		t.Errorf("the figure's /Alt is %q", rep.alt["Figure"])
	}
	if rep.scope["TH"] != "Column" {
		t.Errorf("the table header's scope is %q", rep.scope["TH"])
	}
}

// TestTagMisuse checks that unbalanced tagging is an error of the document, not a broken file.
func TestTagMisuse(t *testing.T) {
	for name, draw := range map[string]func(pdf *Fpdf){
		"EndTag without BeginTag": func(pdf *Fpdf) { pdf.EndTag() },
		"EndArtifact in an artifact's element": func(pdf *Fpdf) {
			pdf.BeginArtifact(ArtifactPlain)
			pdf.BeginTag(Tag{Role: "P"})
			pdf.EndArtifact()
		},
		"EndArtifact in an element": func(pdf *Fpdf) { pdf.BeginTag(Tag{Role: "P"}); pdf.EndArtifact() },
		"BeginTag without a role":   func(pdf *Fpdf) { pdf.BeginTag(Tag{}) },
		"ReopenTag of no element":   func(pdf *Fpdf) { pdf.ReopenTag(7) },
		"EnableTagging too late":    func(pdf *Fpdf) { pdf.EnableTagging("en") },
		"SetProtection":             func(pdf *Fpdf) { pdf.SetProtection(0, "", "owner") },
	} {
		pdf := New("P", "mm", "A4", "")
		pdf.EnableTagging("en")
		pdf.AddPage()
		draw(pdf)
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// taggedReport is what checkTagged found in a tagged document.
type taggedReport struct {
	roles     []string          // the structure tree in order, indented by depth
	artifacts map[string]int    // artifacts by their property list ("BMC" for none)
	links     int               // link annotations that belong to Link elements
	text      string            // the text of the marked content, in tree order
	alt       map[string]string // the last /Alt seen per role
	scope     map[string]string // the last /Scope seen per role
}

// checkTagged checks the tagging of a document this package wrote and reports its structure.
func checkTagged(t *testing.T, data []byte) taggedReport {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("%PDF-1.7\n")) {
		t.Errorf("header %q, want PDF 1.7", data[:9])
	}
	f, err := readPDF(data)
	if err != nil {
		t.Fatal(err)
	}
	cat := f.dict(f.trailer["Root"])
	info := f.dict(f.trailer["Info"])
	checkCatalog(t, f, cat, info)
	c := &tagChecker{t: t, f: f, marked: map[[2]int]string{}, claimed: map[[2]int]pdfRef{},
		rep: taggedReport{artifacts: map[string]int{}, alt: map[string]string{}, scope: map[string]string{}}}
	c.pages(f.dict(cat["Pages"]))
	root := f.dict(cat["StructTreeRoot"])
	c.parentTree = map[int]interface{}{}
	nums, _ := f.dict(root["ParentTree"])["Nums"].(pdfArray)
	for i := 0; i+1 < len(nums); i += 2 {
		c.parentTree[int(nums[i].(float64))] = nums[i+1]
	}
	for k := range c.parentTree {
		if float64(k) >= root["ParentTreeNextKey"].(float64) {
			t.Errorf("parent tree key %d is not below ParentTreeNextKey %v", k, root["ParentTreeNextKey"])
		}
	}
	kids, _ := root["K"].(pdfArray)
	for _, k := range kids {
		c.elem(k.(pdfRef), 0)
	}
	c.finish()
	return c.rep
}

func checkCatalog(t *testing.T, f *pdfFile, cat, info pdfDict) {
	t.Helper()
	if mi := f.dict(cat["MarkInfo"]); mi["Marked"] != true {
		t.Errorf("MarkInfo %v, want Marked true", cat["MarkInfo"])
	}
	if cat["Lang"] != "en-GB" {
		t.Errorf("Lang %v", cat["Lang"])
	}
	if vp := f.dict(cat["ViewerPreferences"]); vp["DisplayDocTitle"] != true {
		t.Errorf("ViewerPreferences %v, want DisplayDocTitle true", cat["ViewerPreferences"])
	}
	ref, ok := cat["Metadata"].(pdfRef)
	if !ok {
		t.Fatalf("no Metadata in the catalog")
	}
	xmp := string(f.objs[int(ref)].stream)
	title := infoText(info["Title"].(string))
	for _, want := range []string{"<pdfuaid:part>1</pdfuaid:part>", "<rdf:li xml:lang=\"x-default\">" + title + "</rdf:li>",
		"<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li>", "<xmp:CreateDate>2026-11-23T00:00:00Z</xmp:CreateDate>"} {
		if !strings.Contains(xmp, want) {
			t.Errorf("the XMP metadata lacks %s:\n%s", want, xmp)
		}
	}
	if strings.Contains(xmp, "<dc:description>") || strings.Contains(xmp, "<rdf:li></rdf:li>") {
		t.Errorf("the XMP metadata has an empty entry:\n%s", xmp)
	}
}

// tagChecker walks a tagged document.
type tagChecker struct {
	t          *testing.T
	f          *pdfFile
	pageRefs   []pdfRef            // in page order
	pageKey    map[pdfRef]int      // StructParents of each page
	marked     map[[2]int]string   // (page, MCID) → the tag of its sequence
	texts      map[[2]int]string   // (page, MCID) → the text shown in it
	claimed    map[[2]int]pdfRef   // (page, MCID) → the element that has it
	annots     map[pdfRef]pdfRef   // annotation → the page it is on
	parentTree map[int]interface{} // key → element or array of elements
	objrs      map[pdfRef]pdfRef   // annotation → the element that has it
	rep        taggedReport
}

var paints = map[string]bool{"Tj": true, "TJ": true, "'": true, "\"": true, "S": true, "s": true, "f": true, "F": true,
	"f*": true, "B": true, "B*": true, "b": true, "b*": true, "Do": true, "sh": true}

// pages checks each page: the tab order, and that every painting operator is inside a marked
// sequence, sequences do not nest and MCIDs count up from 0.
func (c *tagChecker) pages(pages pdfDict) {
	c.pageKey, c.annots, c.texts = map[pdfRef]int{}, map[pdfRef]pdfRef{}, map[[2]int]string{}
	for pi, kid := range pages["Kids"].(pdfArray) {
		ref := kid.(pdfRef)
		c.pageRefs = append(c.pageRefs, ref)
		page := c.f.dict(ref)
		if page["Tabs"] != pdfName("S") {
			c.t.Errorf("page %d: Tabs %v, want /S", pi+1, page["Tabs"])
		}
		if k, ok := page["StructParents"].(float64); ok {
			c.pageKey[ref] = int(k)
		}
		annots, _ := page["Annots"].(pdfArray)
		for _, a := range annots {
			ar, ok := a.(pdfRef)
			if !ok {
				c.t.Errorf("page %d: an inline annotation", pi+1)
				continue
			}
			c.annots[ar] = ref
		}
		ops, err := parseContent(c.f.objs[int(page["Contents"].(pdfRef))].stream)
		if err != nil {
			c.t.Fatalf("page %d: %v", pi+1, err)
		}
		c.content(pi+1, int(ref), ops)
	}
}

func (c *tagChecker) content(page, ref int, ops []contentOp) {
	open, next := "", 0
	var cur [2]int
	for _, o := range ops {
		switch o.op {
		case "BMC", "BDC":
			if open != "" {
				c.t.Errorf("page %d: %s inside %s", page, o.op, open)
			}
			tag := string(o.args[0].(pdfName))
			open = tag
			if tag == "Artifact" {
				key := "BMC"
				if o.op == "BDC" {
					props := o.args[1].(pdfDict)
					key = "/Type /" + string(props["Type"].(pdfName))
					if st, ok := props["Subtype"]; ok {
						key += " /Subtype /" + string(st.(pdfName))
					}
				}
				c.rep.artifacts[key]++
				cur = [2]int{}
				continue
			}
			mcid := int(o.args[1].(pdfDict)["MCID"].(float64))
			if mcid != next {
				c.t.Errorf("page %d: MCID %d, want %d", page, mcid, next)
			}
			next++
			cur = [2]int{ref, mcid}
			c.marked[cur] = tag
		case "EMC":
			if open == "" {
				c.t.Errorf("page %d: EMC without BMC or BDC", page)
			}
			open, cur = "", [2]int{}
		default:
			if paints[o.op] && open == "" {
				c.t.Errorf("page %d: %s outside any marked content or artifact", page, o.op)
			}
			if (o.op == "Tj" || o.op == "TJ") && cur[0] != 0 {
				c.texts[cur] += shownText(o.args[0])
			}
		}
	}
	if open != "" {
		c.t.Errorf("page %d: %s not closed at the end of the page", page, open)
	}
}

// shownText decodes the UTF-16 glyph codes gofpdf shows with its UTF-8 fonts.
func shownText(v interface{}) string {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case pdfArray:
		for _, e := range x {
			if str, ok := e.(string); ok {
				s += str
			}
		}
	}
	return infoText("\xfe\xff" + s)
}

// elem checks one structure element and its descendants.
func (c *tagChecker) elem(ref pdfRef, depth int) {
	e := c.f.dict(ref)
	role := string(e["S"].(pdfName))
	c.rep.roles = append(c.rep.roles, strings.Repeat(" ", depth)+role)
	if alt, ok := e["Alt"].(string); ok {
		c.rep.alt[role] = infoText(alt)
	}
	if a, ok := e["A"].(pdfDict); ok && a["O"] == pdfName("Table") {
		c.rep.scope[role] = string(a["Scope"].(pdfName))
	}
	pg, _ := e["Pg"].(pdfRef)
	kids, _ := e["K"].(pdfArray)
	for _, k := range kids {
		switch k := k.(type) {
		case float64:
			c.claim(ref, role, int(pg), int(k))
		case pdfRef:
			if c.f.dict(k)["P"] != ref {
				c.t.Errorf("element %d (%s): its child %d names %v as its parent", ref, role, k, c.f.dict(k)["P"])
			}
			c.elem(k, depth+1)
		case pdfDict:
			switch k["Type"] {
			case pdfName("MCR"):
				c.claim(ref, role, int(k["Pg"].(pdfRef)), int(k["MCID"].(float64)))
			case pdfName("OBJR"):
				c.objr(ref, role, k["Obj"].(pdfRef))
			default:
				c.t.Errorf("element %d: kid %v", ref, k)
			}
		}
	}
}

func (c *tagChecker) claim(ref pdfRef, role string, page, mcid int) {
	key := [2]int{page, mcid}
	if tag, ok := c.marked[key]; !ok || tag != role {
		c.t.Errorf("element %d (%s) claims MCID %d of page object %d, marked %q", ref, role, mcid, page, tag)
	}
	if other, ok := c.claimed[key]; ok {
		c.t.Errorf("MCID %d of page object %d claimed by elements %d and %d", mcid, page, other, ref)
	}
	c.claimed[key] = ref
	c.rep.text += c.texts[key]
	arr, _ := c.f.get(c.parentTree[c.pageKey[pdfRef(page)]]).(pdfArray)
	if mcid >= len(arr) || arr[mcid] != ref {
		c.t.Errorf("the parent tree does not give element %d for MCID %d of page object %d", ref, mcid, page)
	}
}

func (c *tagChecker) objr(ref pdfRef, role string, annot pdfRef) {
	a := c.f.dict(annot)
	if role != "Link" || a["Subtype"] != pdfName("Link") {
		c.t.Errorf("element %d (%s) holds annotation %d (%v)", ref, role, annot, a["Subtype"])
	}
	if _, ok := c.annots[annot]; !ok {
		c.t.Errorf("annotation %d is on no page", annot)
	}
	k, ok := a["StructParent"].(float64)
	if !ok || c.parentTree[int(k)] != ref {
		c.t.Errorf("annotation %d: StructParent %v does not lead back to element %d", annot, a["StructParent"], ref)
	}
	if s, _ := a["Contents"].(string); s == "" {
		c.t.Errorf("annotation %d has no /Contents", annot)
	}
	if c.objrs == nil {
		c.objrs = map[pdfRef]pdfRef{}
	}
	c.objrs[annot] = ref
	c.rep.links++
}

// finish checks that every marked sequence and every annotation belongs to an element.
func (c *tagChecker) finish() {
	for key, tag := range c.marked {
		if _, ok := c.claimed[key]; !ok {
			c.t.Errorf("MCID %d of page object %d (%s) belongs to no element", key[1], key[0], tag)
		}
	}
	for a := range c.annots {
		if _, ok := c.objrs[a]; !ok {
			c.t.Errorf("annotation %d belongs to no Link element", a)
		}
	}
	if testing.Verbose() {
		fmt.Println(strings.Join(c.rep.roles, "\n"))
	}
}

// TestObjStmAsync checks that the structure tree's object stream built on its own goroutine gives
// the bytes it gives built in turn (run also under -race).
func TestObjStmAsync(t *testing.T) {
	async := sampleDoc(t, true)
	asyncObjStm = false
	defer func() { asyncObjStm = true }()
	if inTurn := sampleDoc(t, true); !bytes.Equal(async, inTurn) {
		t.Fatalf("the object stream built on a goroutine gives a different PDF (%d bytes) than built in turn (%d bytes)", len(async), len(inTurn))
	}
}
