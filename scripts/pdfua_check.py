#!/usr/bin/python3
"""Checks a tagged PDF for the PDF/UA-1 requirements a script can decide, by Matterhorn Protocol
checkpoint (the failure conditions marked as machine-checkable), and prints one line per check.

    scripts/pdfua_check.py PACK.pdf...

Exit status: 0 when every check holds for every file, 1 when one fails, 3 when the check cannot run
(python3-pikepdf from Debian missing: `make test` installs it). It reads the PDF with pikepdf (qpdf),
independently of the Go code that wrote it.

What it checks, per file:
  01-003/01-004/01-005  every painting operator of every page is inside tagged content (a BDC with an
                        MCID) or an artifact; no tagged content inside an artifact or the reverse;
                        MCIDs unique on a page, each claimed by exactly one structure element, which
                        the parent tree gives back (ISO 32000-1 14.7.4.4)
  01-007, 7.1           /MarkInfo /Marked true, no /Suspects true; a StructTreeRoot (ISO 14289-1 7.1)
  02-001                every structure type is standard or role-mapped to a standard one
  06-001/06-002/06-003  an XMP metadata stream, with pdfuaid:part 1 and a dc:title
  07-001/07-002         /ViewerPreferences /DisplayDocTitle true, and a title to display (Info /Title
                        equal to dc:title)
  09-004/09-005/09-006  tables (Table > TR > TH/TD), lists (L > LI > Lbl/LBody) and contents
                        (TOC > TOCI) built as ISO 32000-1 14.8.4 says
  11-001                the document language (/Lang) set, and a well-formed BCP 47 tag
  13-004                every Figure has alternative text
  14-002/14-003/14-007  headings numbered H1–H6 only, the first H1, no level skipped going down
  15-003                every TH has a Scope (no Headers/IDs are used)
  19-003                every Note has an ID (none is used today)
  28-008/28-009         every page with annotations has /Tabs /S
  28-011/28-012         every link annotation belongs to a Link element (StructParent and OBJR
                        agree) and has /Contents
  31 (fonts)            every font used is embedded
Beyond the checkpoints, for the pack: every table has a header row (TH), every page is /Tabs /S,
and the reading order of the structure is the visual order (09-001 is a human check; this is its
mechanical part): walking the tree, text comes page by page, top down, and left to right on a line.
"""
import re
import sys

try:
    import pikepdf
except ImportError:
    print("pdfua_check: python3-pikepdf is not installed (apt-get install python3-pikepdf; make test does)")
    sys.exit(3)

# PDF 1.7 standard structure types (ISO 32000-1, 14.8.4)
STANDARD = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private
P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference
BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form""".split())

TEXT_SHOW = {"Tj", "TJ", "'", '"'}
PAINT = TEXT_SHOW | {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "INLINE IMAGE", "BI"}
LINE_SLACK = 3.0  # points: text this close vertically is on one line
BCP47 = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8})*$")


class Report:
    def __init__(self, name):
        self.name, self.failures, self.lines = name, 0, []

    def check(self, checkpoint, ok, what, detail=""):
        self.lines.append(("PASS" if ok else "FAIL") + f" {checkpoint:<19} {what}" + ("" if ok else f": {detail}"))
        if not ok:
            self.failures += 1


def text(obj):
    """The text of a PDF string or name, or a short description of another object."""
    if obj is None:
        return ""
    if isinstance(obj, (pikepdf.String, pikepdf.Name, str)):
        return str(obj)
    return repr(obj)[:120]


def check_catalog(pdf, rep):
    root = pdf.Root
    mark = root.get("/MarkInfo")
    rep.check("01-007, 7.1", mark is not None and bool(mark.get("/Marked")) and not bool(mark.get("/Suspects", False)),
              "MarkInfo /Marked true, no /Suspects", text(mark))
    rep.check("7.1", "/StructTreeRoot" in root, "a structure tree", "no StructTreeRoot")
    meta = root.get("/Metadata")
    rep.check("06-001", meta is not None, "an XMP metadata stream", "no /Metadata in the catalog")
    xmp = meta.read_bytes().decode("utf-8", "replace") if meta is not None else ""
    rep.check("06-002", re.search(r"<pdfuaid:part>1</pdfuaid:part>", xmp) is not None, "PDF/UA identifier pdfuaid:part 1",
              "missing")
    m = re.search(r"<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>", xmp, re.S)
    title = m.group(1).strip() if m else ""
    rep.check("06-003", title != "", "dc:title in the metadata", "missing or empty")
    vp = root.get("/ViewerPreferences")
    rep.check("07-001/07-002", vp is not None and vp.get("/DisplayDocTitle") is not None and bool(vp.DisplayDocTitle),
              "ViewerPreferences /DisplayDocTitle true", text(vp))
    info = text(pdf.docinfo.get("/Title"))
    rep.check("7.1 (title)", info != "" and info == unescape_xml(title), "the title shown (Info /Title) is the metadata's",
              f"Info {info!r}, XMP {title!r}")
    lang = text(root.get("/Lang"))
    rep.check("11-001", BCP47.match(lang) is not None, f"document language {lang!r}", "missing or not BCP 47")
    rep.check("(version)", pdf.pdf_version >= "1.7", f"PDF version {pdf.pdf_version}", "want 1.7")
    roles = root.StructTreeRoot.get("/RoleMap") if "/StructTreeRoot" in root else None
    return {str(k)[1:]: str(v)[1:] for k, v in roles.items()} if roles is not None else {}


def unescape_xml(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&#39;", "'").replace("&amp;", "&")


def check_content(pdf, rep):
    """Walks every page's content: what is marked, and where. Returns {(page objgen, mcid): tag} and
    {(page objgen, mcid): (page number, x, y)}, where a sequence's text starts."""
    marked, where, bad = {}, {}, []
    for pno, page in enumerate(pdf.pages, 1):
        stack, seen, pos = [], set(), (0.0, 0.0)
        for ins in pikepdf.parse_content_stream(page):
            op = str(ins.operator)
            if op == "BT":
                pos = (0.0, 0.0)
            elif op in ("Td", "TD"):
                pos = (pos[0] + float(ins.operands[0]), pos[1] + float(ins.operands[1]))
            elif op == "Tm":
                pos = (float(ins.operands[4]), float(ins.operands[5]))
            if op in TEXT_SHOW:
                mcid = next((s[1] for s in reversed(stack) if s[1] is not None), None)
                if mcid is not None and (page.obj.objgen, mcid) not in where:
                    where[(page.obj.objgen, mcid)] = (pno, pos[0], pos[1])
            if op in ("BDC", "BMC"):
                tag = str(ins.operands[0])[1:]
                props = ins.operands[1] if op == "BDC" and len(ins.operands) > 1 else None
                mcid = None
                if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    mcid = int(props.MCID)
                in_artifact = any(s[0] == "Artifact" for s in stack)
                in_tagged = any(s[1] is not None for s in stack)
                if tag == "Artifact" and in_tagged:
                    bad.append(("01-003", f"page {pno}: an artifact inside tagged content"))
                if mcid is not None and in_artifact:
                    bad.append(("01-004", f"page {pno}: tagged content (MCID {mcid}) inside an artifact"))
                if mcid is not None:
                    if mcid in seen:
                        bad.append(("01-005", f"page {pno}: MCID {mcid} used twice"))
                    seen.add(mcid)
                    marked[(page.obj.objgen, mcid)] = tag
                stack.append((tag, mcid))
            elif op == "EMC":
                if not stack:
                    bad.append(("01-005", f"page {pno}: EMC without BDC/BMC"))
                else:
                    stack.pop()
            elif op in PAINT:
                if not any(s[0] == "Artifact" or s[1] is not None for s in stack):
                    bad.append(("01-005", f"page {pno}: {op} outside tagged content and artifacts"))
        if stack:
            bad.append(("01-005", f"page {pno}: marked content left open at the end of the page"))
    rep.check("01-005", not [b for b in bad if b[0] == "01-005"], "every painting operator tagged or an artifact",
              "; ".join(b[1] for b in bad if b[0] == "01-005")[:400])
    rep.check("01-003/01-004", not [b for b in bad if b[0] != "01-005"], "tagged content and artifacts kept apart",
              "; ".join(b[1] for b in bad if b[0] != "01-005")[:400])
    return marked, where


def check_order(tree, where, rep):
    """The structure's reading order is the visual order: walking the tree, the text of the marked
    sequences comes page by page, and on a page from the top down, and left to right on one line."""
    seq = [where[k] + (tree.claimed[k][1],) for k in tree.order if k in where]
    out = []
    for (p1, x1, y1, r1), (p2, x2, y2, r2) in zip(seq, seq[1:]):
        same_line = abs(y2 - y1) <= LINE_SLACK
        if p2 < p1 or p2 == p1 and (y2 > y1 + LINE_SLACK or same_line and x2 < x1 - 0.5):
            out.append(f"page {p2}: {r2} at ({x2:.0f}, {y2:.0f}) read after {r1} on page {p1} at ({x1:.0f}, {y1:.0f})")
    rep.check("(reading order)", not out, f"{len(seq)} pieces of text read page by page, top down, left to right",
              "; ".join(out[:5]))


class Tree:
    """The structure tree, walked in order."""

    def __init__(self, pdf, roles):
        self.pdf, self.roles = pdf, roles
        self.claimed, self.elems, self.objr, self.problems, self.order = {}, [], {}, [], []
        root = pdf.Root.StructTreeRoot
        self.parent_tree = {}
        nums = root.ParentTree.get("/Nums", [])
        for i in range(0, len(nums) - 1, 2):
            self.parent_tree[int(nums[i])] = nums[i + 1]
        self.walk(root.get("/K"), None, 0)

    def kids(self, k):
        if k is None:
            return []
        return list(k) if isinstance(k, pikepdf.Array) else [k]

    def walk(self, k, parent, depth):
        for kid in self.kids(k):
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                self.elem(kid, depth)

    def elem(self, e, depth):
        role = str(e.S)[1:]
        self.elems.append((depth, role, e))
        pg = e.get("/Pg")
        for kid in self.kids(e.get("/K")):
            if isinstance(kid, int):
                self.claim(e, role, pg, int(kid))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                self.claim(e, role, kid.get("/Pg", pg), int(kid.MCID))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                self.objr[kid.Obj.objgen] = e
            elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                if kid.get("/P") is None or kid.P.objgen != e.objgen:
                    self.problems.append(f"{role} child {str(kid.S)} does not name it as its parent")
                self.elem(kid, depth + 1)

    def claim(self, e, role, pg, mcid):
        if pg is None:
            self.problems.append(f"{role}: MCID {mcid} with no page")
            return
        key = (pg.objgen, mcid)
        self.order.append(key)
        if key in self.claimed:
            self.problems.append(f"MCID {mcid} on page object {pg.objgen[0]} claimed twice")
        self.claimed[key] = (e, role)
        sp = pg.get("/StructParents")
        arr = self.parent_tree.get(int(sp)) if sp is not None else None
        if arr is None or mcid >= len(arr) or arr[mcid].objgen != e.objgen:
            self.problems.append(f"the parent tree does not give {role} for MCID {mcid} of page object {pg.objgen[0]}")

    def standard(self, role):
        seen = set()
        while role not in STANDARD and role in self.roles and role not in seen:
            seen.add(role)
            role = self.roles[role]
        return role


def check_tree(pdf, rep, roles, marked):
    tree = Tree(pdf, roles)
    unclaimed = [f"MCID {m} of page object {p[0]} ({t})" for (p, m), t in marked.items() if (p, m) not in tree.claimed]
    mismatch = [f"MCID {k[1]}: marked {marked[k]}, element {v[1]}" for k, v in tree.claimed.items()
                if k in marked and marked[k] != v[1]]
    missing = [f"MCID {k[1]} of page object {k[0][0]}" for k in tree.claimed if k not in marked]
    rep.check("01-005", not unclaimed and not mismatch and not missing and not tree.problems,
              "every MCID belongs to one element, the parent tree agrees",
              "; ".join(unclaimed + mismatch + missing + tree.problems)[:400])
    odd = sorted({r for _, r, _ in tree.elems if tree.standard(r) not in STANDARD})
    rep.check("02-001", not odd, "every structure type standard or role-mapped", ", ".join(odd))
    return tree


def check_semantics(tree, rep):
    std = lambda e: tree.standard(str(e.S)[1:])
    kids = lambda e: [k for k in tree.kids(e.get("/K")) if isinstance(k, pikepdf.Dictionary) and "/S" in k]
    heads = [r for _, r, _ in tree.elems if re.fullmatch(r"H[1-6]?", tree.standard(r))]
    levels = [int(h[1:]) for h in heads if h != "H"]
    rep.check("14-007", "H" not in heads or not levels, "headings either H or H1–H6, not both", "both used")
    rep.check("14-002", bool(levels) and levels[0] == 1, "the first heading is H1",
              f"first is H{levels[0]}" if levels else "no numbered headings")
    skips = [f"H{a} then H{b}" for a, b in zip(levels, levels[1:]) if b > a + 1]
    rep.check("14-003", not skips, f"{len(levels)} headings, no level skipped", "; ".join(skips[:5]))
    bad = []
    tables = [e for _, r, e in tree.elems if tree.standard(r) == "Table"]
    for t in tables:
        rows = []
        for k in kids(t):
            if std(k) == "TR":
                rows.append(k)
            elif std(k) in ("THead", "TBody", "TFoot"):
                rows += [r for r in kids(k) if std(r) == "TR"]
            elif std(k) != "Caption":
                bad.append(f"Table holds {std(k)}")
        for r in rows:
            bad += [f"TR holds {std(c)}" for c in kids(r) if std(c) not in ("TH", "TD")]
        if not any(std(c) == "TH" for r in rows for c in kids(r)):
            bad.append("a table with no header cell")
    for _, r, e in tree.elems:
        s = tree.standard(r)
        if s == "L":
            bad += [f"L holds {std(c)}" for c in kids(e) if std(c) not in ("LI", "L", "Caption")]
        elif s == "LI":
            bad += [f"LI holds {std(c)}" for c in kids(e) if std(c) not in ("Lbl", "LBody")]
        elif s == "TOC":
            bad += [f"TOC holds {std(c)}" for c in kids(e) if std(c) not in ("TOCI", "TOC", "Caption")]
        if s in ("TR", "TH", "TD") and std(tree_parent(e)) not in (("Table", "THead", "TBody", "TFoot") if s == "TR" else ("TR",)):
            bad.append(f"{s} outside its table")
        elif s in ("LI", "Lbl", "LBody") and std(tree_parent(e)) != ("L" if s == "LI" else "LI"):
            bad.append(f"{s} outside its list")
        elif s == "TOCI" and std(tree_parent(e)) != "TOC":
            bad.append("TOCI outside a TOC")
    rep.check("09-004/09-005/09-006", not bad, f"{len(tables)} tables, lists and contents well formed", "; ".join(sorted(set(bad)))[:400])
    no_scope = []
    for _, r, e in tree.elems:
        if tree.standard(r) == "TH":
            attrs = e.get("/A")
            attrs = list(attrs) if isinstance(attrs, pikepdf.Array) else [attrs] if attrs is not None else []
            if not any(a is not None and str(a.get("/Scope", "")) in ("/Row", "/Column", "/Both") for a in attrs) and "/ID" not in e:
                no_scope.append("TH")
    rep.check("15-003", not no_scope, "every table header cell has a Scope", f"{len(no_scope)} without")
    figs = [e for _, r, e in tree.elems if tree.standard(r) == "Figure"]
    no_alt = [i for i, e in enumerate(figs) if not text(e.get("/Alt")).strip() and not text(e.get("/ActualText")).strip()]
    rep.check("13-004", not no_alt, f"{len(figs)} figures, each with alternative text", f"{len(no_alt)} without")
    notes = [e for _, r, e in tree.elems if tree.standard(r) == "Note"]
    rep.check("19-003", all("/ID" in n for n in notes), f"{len(notes)} notes, each with an ID", "a Note without /ID")


def tree_parent(e):
    p = e.get("/P")
    return p if p is not None and "/S" in p else pikepdf.Dictionary(S=pikepdf.Name("/StructTreeRoot"))


def check_annotations(pdf, rep, tree):
    no_tabs, untagged, no_contents, links = [], [], [], 0
    for pno, page in enumerate(pdf.pages, 1):
        annots = page.obj.get("/Annots")
        if str(page.obj.get("/Tabs", "")) != "/S":
            no_tabs.append(pno)
        for a in annots if annots is not None else []:
            if a.get("/Subtype") != "/Link":
                continue
            links += 1
            e = tree.objr.get(a.objgen)
            sp = a.get("/StructParent")
            back = tree.parent_tree.get(int(sp)) if sp is not None else None
            if e is None or tree.standard(str(e.S)[1:]) != "Link" or back is None or back.objgen != e.objgen:
                untagged.append(f"page {pno}")
            if not text(a.get("/Contents")).strip():
                no_contents.append(f"page {pno}")
    rep.check("28-008/28-009", not no_tabs, "every page has /Tabs /S", f"pages {no_tabs}")
    rep.check("28-011", not untagged, f"{links} link annotations, each in a Link element", ", ".join(untagged[:10]))
    rep.check("28-012", not no_contents, "every link annotation has /Contents", ", ".join(no_contents[:10]))


def check_fonts(pdf, rep):
    bare = set()
    for page in pdf.pages:
        fonts = page.obj.Resources.get("/Font", {})
        for name, font in fonts.items():
            fonts_to_check = [font] + list(font.get("/DescendantFonts", []))
            embedded = any(
                f.get("/FontDescriptor") is not None and any(k in f.FontDescriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for f in fonts_to_check)
            if not embedded:
                bare.add(text(font.get("/BaseFont")))
    rep.check("31 (fonts)", not bare, "every font embedded", ", ".join(sorted(bare)))


def check(path):
    rep = Report(path)
    with pikepdf.open(path) as pdf:
        roles = check_catalog(pdf, rep)
        marked, where = check_content(pdf, rep)
        if "/StructTreeRoot" in pdf.Root:
            tree = check_tree(pdf, rep, roles, marked)
            check_order(tree, where, rep)
            check_semantics(tree, rep)
            check_annotations(pdf, rep, tree)
        check_fonts(pdf, rep)
    return rep


def main(paths):
    if not paths:
        print(__doc__.strip().splitlines()[2].strip())
        return 2
    failures = 0
    for path in paths:
        try:
            rep = check(path)
        except Exception as e:  # a file pikepdf cannot read is a failure, named
            print(f"{path}: FAIL cannot be read: {e}")
            failures += 1
            continue
        print(f"{path}:")
        for line in rep.lines:
            print("  " + line)
        failures += rep.failures
    print("pdfua_check: " + ("all checks hold" if failures == 0 else f"{failures} check(s) failed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
