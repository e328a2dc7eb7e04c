// Command briefpack-app is briefpack's desktop app: `go run .` (or `make run`) opens it, on the
// embedded sample library the first time. Pass a project folder to open it.
package main

import (
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/briefpack/briefpack/app"
	"github.com/briefpack/briefpack/assets"
)

func main() {
	a := fyneapp.NewWithID("org.briefpack.app")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	opts := app.Options{}
	if len(os.Args) > 1 {
		opts.Project = os.Args[1]
	}
	app.New(a, opts).Window().ShowAndRun()
}
