package prose

import (
	"reflect"
	"testing"

	"github.com/briefpack/briefpack/briefing"
)

func TestTokenize(t *testing.T) {
	toks := Tokenize("The U.K.’s team (GDS) met @GovAgency at gov.example.com/news on 14th June, e-mail x.y@mail.example.org #Digital.")
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Text)
	}
	want := []string{"The", "U.K.’s", "team", "(", "GDS", ")", "met", "@GovAgency", "at", "gov.example.com/news", "on", "14th", "June", ",",
		"e-mail", "x.y@mail.example.org", "#Digital", "."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
	kinds := map[string]Kind{"@GovAgency": Handle, "gov.example.com/news": URL, "14th": Number, "x.y@mail.example.org": Handle, "#Digital": Hashtag}
	for _, tk := range toks {
		if k, ok := kinds[tk.Text]; ok && tk.Kind != k {
			t.Errorf("%q: kind %d, want %d", tk.Text, tk.Kind, k)
		}
	}
}

func TestSentences(t *testing.T) {
	s := "Mr. Hale met Dr Voss at No. 11 Harbour Street. They signed the U.K. pact, i.e. the ferry deal. “It works,” he said. J. Smith agreed! Did she? Yes."
	var got []string
	for _, sp := range Sentences(s) {
		got = append(got, s[sp.Start:sp.End])
	}
	want := []string{"Mr. Hale met Dr Voss at No. 11 Harbour Street.", "They signed the U.K. pact, i.e. the ferry deal.",
		"“It works,” he said.", "J. Smith agreed!", "Did she?", "Yes."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences\n got %q\nwant %q", got, want)
	}
}

func TestFold(t *testing.T) {
	for _, pair := range [][2]string{
		{"We signed this MoU with the U.K.", "we signed this MOU with the UK"},
		{"“It works,” he said.", "\"it works\" he said"},
		{"Singapore’s plan", "Singapore's plan"},
	} {
		if Fold(pair[0]) != Fold(pair[1]) {
			t.Errorf("%q folds to %q, %q to %q", pair[0], Fold(pair[0]), pair[1], Fold(pair[1]))
		}
	}
}

func TestAcronyms(t *testing.T) {
	got := Acronyms("The Government Technology Agency (GovTech) and the Foreign and Commonwealth Office (FCO) signed a Memorandum of Understanding (MoU) with The United Kingdom (U.K.); the text (in brief) follows.")
	want := []Acronym{{"GovTech", "Government Technology Agency"}, {"FCO", "Foreign and Commonwealth Office"},
		{"MoU", "Memorandum of Understanding"}, {"U.K.", "United Kingdom"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestBlocks(t *testing.T) {
	keepAll := func(int) bool { return true }
	// a web clipping: one paragraph per line, but a line broken mid-sentence joins the next
	clip := &briefing.Source{Format: briefing.FormatText}
	clip.SetText("First paragraph ends here.\nSecond paragraph is broken\nin the middle of a sentence.\nThird one.\n")
	if got := len(Blocks(clip, keepAll)); got != 3 {
		t.Errorf("clipping: %d blocks, want 3", got)
	}
	// Markdown: lines join until a blank line or a block of its own
	md := &briefing.Source{Format: briefing.FormatMarkdown}
	md.SetText("# Heading\nA paragraph that\nwraps over lines.\n\n- item one\n- item two\n")
	b := Blocks(md, keepAll)
	if len(b) != 4 || b[1].Text != "A paragraph that\nwraps over lines." || b[1].FirstLine != 2 || b[1].LastLine != 3 {
		t.Errorf("markdown blocks %+v", b)
	}
}

// TestTokenizeAlwaysAdvances: digits of other scripts (found by fuzzing: "٢" hung the tokenizer).
func TestTokenizeAlwaysAdvances(t *testing.T) {
	for _, s := range []string{"٢٠١٩", "\xdc٢x", "१२३ and ௧", "a\u0662b"} {
		toks := Tokenize(s)
		if len(toks) == 0 {
			t.Errorf("%q: no tokens", s)
		}
	}
}
