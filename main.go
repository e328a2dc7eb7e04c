// Command briefpack-app is briefpack's desktop app: `go run .` (or `make run`) opens it, on the
// embedded sample library the first time. Pass a project folder to open it.
package main

import (
	_ "embed"
	"os"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"github.com/go-gl/glfw/v3.3/glfw"

	"github.com/briefpack/briefpack/app"
	"github.com/briefpack/briefpack/assets"
)

// fyneAppTOML is the packaging metadata; a plain `go build` does not bundle it, so its name, version
// and build are read here for the About dialog.
//
//go:embed FyneApp.toml
var fyneAppTOML string

// metadata reads the [Details] keys of FyneApp.toml (one `Key = value` a line).
func metadata() fyne.AppMetadata {
	m := fyne.AppMetadata{ID: "org.briefpack.app", Name: "briefpack"}
	for _, line := range strings.Split(fyneAppTOML, "\n") {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"`)
		switch strings.TrimSpace(k) {
		case "Name":
			m.Name = v
		case "ID":
			m.ID = v
		case "Version":
			m.Version = v
		case "Build":
			m.Build, _ = strconv.Atoi(v)
		}
	}
	return m
}

func main() {
	fyneapp.SetMetadata(metadata())
	a := fyneapp.NewWithID("org.briefpack.app")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	opts := app.Options{}
	if len(os.Args) > 1 {
		opts.Project = os.Args[1]
	}
	u := app.New(a, opts)
	// Fyne has no screen size to ask for, so the window could open larger than a small screen (or
	// larger than a screen at a higher scale than when its size was remembered). When the driver has
	// started — on the main thread, with GLFW initialised — fit the window to the primary monitor.
	a.Lifecycle().SetOnStarted(func() {
		if m := glfw.GetPrimaryMonitor(); m != nil {
			if vm := m.GetVideoMode(); vm != nil {
				scale := u.Window().Canvas().Scale()
				if scale <= 0 {
					scale = 1
				}
				u.FitScreen(fyne.NewSize(float32(vm.Width)/scale, float32(vm.Height)/scale))
			}
		}
	})
	u.Window().ShowAndRun()
}
