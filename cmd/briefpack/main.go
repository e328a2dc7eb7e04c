// Command briefpack is the headless command line of briefpack: it extracts timelines, quotations,
// people and themes from source files, and builds briefing packs from them. It never uses the network
// and builds without cgo.
//
//	briefpack extract [--themes FILE] [--text] FILE|DIR...  print the extraction as JSON
//	briefpack extract --sample                        … of the embedded sample library
//	briefpack build [options] -o OUT FILE|DIR...      build a pack (PDF or HTML)
//	briefpack templates                               list the pack templates
//
// Exit status: 0 when every file loaded, 1 when some did not (the output still covers the rest),
// 2 for a usage error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/briefpack/briefpack/assets"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/briefpack/briefpack/briefing/source"
	_ "github.com/briefpack/briefpack/cmd/briefpack/internal/batchgc" // before the libraries' init
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage:
  briefpack extract [--themes FILE] [--text] FILE|DIR...
                                                  extract from files and folders, print JSON
                                                  (--text: with each source's kept article text;
                                                  - reads one source from standard input, named
                                                  by --stdin-name, default stdin.md)
  briefpack extract --sample                      the same for the embedded sample library
  briefpack build [options] -o OUT FILE|DIR...    build a briefing pack (see briefpack build -h)
  briefpack templates [--templates DIR]           list the pack templates
  briefpack version
`

const buildUsage = `usage: briefpack build [options] -o OUT FILE|DIR...   (or --sample instead of files; - is standard input)

  -o FILE               the pack to write (.pdf or .html); written atomically
  --format pdf|html     output format (default: from the -o extension, else pdf)
  --template NAME|FILE  visit (default), signing, onepage, or a template file
  --templates DIR       a folder of your own templates
  --theme ID            a theme to include (repeatable; default: every theme found)
  --themes FILE         a YAML theme file that adds themes or edits their phrases
  --title T             the pack title
  --subtitle S          the occasion
  --date YYYY-MM-DD     the pack date (default: SOURCE_DATE_EPOCH's day, else today)
  --marking M           protective marking: OFFICIAL, OFFICIAL-SENSITIVE, any text, or none
  --prepared-by P       who prepared the pack
  --sections FILE.md    your own sections (objectives, lines to take, …) as Markdown
  --page-size A4|Letter page size (default A4)
  --large-print         16 pt body text (UK large-print guidance)
  --final               a final pack: no draft mark; refused while a required section is empty
  --copy N              the copy number on the cover ("3 of 12"; default: a blank to fill in)
  --handling TEXT       the cover's handling line (default: "Do not remove from the building …"; none for none)
  --stdin-name NAME     the name of the source - reads from standard input (default stdin.md;
                        its extension chooses the format)
`

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "extract":
		return runExtract(args[1:], stdout, stderr)
	case "build":
		return runBuild(args[1:], stdout, stderr)
	case "templates":
		return runTemplates(args[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "briefpack", assets.Version)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "briefpack: unknown command %q\n%s", args[0], usage)
	return 2
}

// parseInterspersed parses flags that may come before, between or after the positional arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	themesFile := fs.String("themes", "", "a YAML theme file that adds themes or edits their phrases")
	sample := fs.Bool("sample", false, "use the embedded sample library")
	withText := fs.Bool("text", false, "add each source's kept article text")
	fs.StringVar(&source.StdinName, "stdin-name", source.StdinName, "the name (and so the format) of the source - reads")
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		fmt.Fprintf(stderr, "briefpack extract: %v\n%s", err, usage)
		return 2
	}
	if len(paths) == 0 && !*sample {
		fmt.Fprintf(stderr, "briefpack extract: name at least one file or folder (or --sample)\n%s", usage)
		return 2
	}
	opts := engine.Options{}
	if *themesFile != "" {
		th, err := extract.LoadThemes(*themesFile, extract.DefaultThemes())
		if err != nil {
			fmt.Fprintf(stderr, "briefpack extract: theme file: %v\n", err)
			return 2
		}
		opts.Themes = th
	}
	res := runEngine(*sample, paths, opts)
	out, err := res.Report(engine.ReportOptions{Text: *withText})
	if err != nil {
		fmt.Fprintf(stderr, "briefpack extract: %v\n", err)
		return 1
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "briefpack extract: writing output: %v\n", err)
		return 1
	}
	for _, e := range res.Errors {
		fmt.Fprintf(stderr, "briefpack: %s: %s\n", fileio.Name(e.File), strings.TrimSpace(e.Err.Error()))
	}
	if res.Failed() {
		return 1
	}
	return 0
}

// runEngine extracts from the files and folders named, after the embedded sample library when sample
// is set.
func runEngine(sample bool, paths []string, opts engine.Options) *engine.Result {
	if !sample {
		return engine.Run(paths, opts)
	}
	res := engine.RunFS(assets.Samples, assets.SampleDir, opts)
	if len(paths) > 0 {
		more := engine.Run(paths, opts)
		res.Extractions = append(res.Extractions, more.Extractions...)
		res.Errors = append(res.Errors, more.Errors...)
		engine.Merge(res)
	}
	return res
}
