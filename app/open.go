package app

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// opener is the program that opens a file or folder in the user's usual application. Fyne's OpenURL
// starts it without waiting, so a missing viewer went unnoticed; we wait for its answer.
var opener = func() []string {
	switch runtime.GOOS {
	case "darwin":
		return []string{"open"}
	case "windows":
		return []string{"rundll32", "url.dll,FileProtocolHandler"}
	}
	return []string{"xdg-open"}
}()

// openWith runs the opener on path; an error says why nothing opened.
func openWith(path string) error {
	bin, err := exec.LookPath(opener[0])
	if err != nil {
		return fmt.Errorf("no program to open files was found on this computer (%s is not installed)", opener[0])
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(opener[1:], path)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		if ctx.Err() != nil {
			return nil // still opening after 20 s: the viewer is up and has not returned
		}
		return fmt.Errorf("no application opened it (%s: %v %s)", opener[0], err, trimOut(out))
	}
	return nil
}

func trimOut(b []byte) string {
	s := string(b)
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// openFile opens a built pack in the user's viewer, off the UI goroutine; when none answers it says
// so and offers to show the file in its folder.
func (u *UI) openFile(path string) {
	if path == "" {
		return
	}
	if _, err := os.Stat(path); err != nil {
		u.showError(err)
		return
	}
	var err error
	u.run("Opening "+filepath.Base(path)+"…", func() { err = openWith(path) }, func() {
		if err != nil {
			u.noViewer(path, err)
		}
	})
}

// showInFolder opens the folder holding path; when that fails too it shows the path to copy.
func (u *UI) showInFolder(path string) {
	if path == "" {
		return
	}
	var err error
	u.run("Opening the folder…", func() { err = openWith(filepath.Dir(path)) }, func() {
		if err != nil {
			u.showPath(path, "The folder could not be opened: "+err.Error()+".")
		}
	})
}

// noViewer says that no viewer opened the file, and offers Show in folder and Copy path.
func (u *UI) noViewer(path string, err error) {
	msg := wrapLabel(fmt.Sprintf("%s could not be opened: %v.\n\nIt is saved at:\n%s", filepath.Base(path), err, path))
	var d *dialog.CustomDialog
	folder := widget.NewButton("Show in folder", func() { d.Hide(); u.showInFolder(path) })
	folder.Importance = widget.HighImportance
	copyPath := widget.NewButton("Copy path", func() { u.app.Clipboard().SetContent(path); u.setStatus("Copied " + path) })
	closeBtn := widget.NewButton("Close", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("No viewer for this file", container.NewVBox(msg, container.NewHBox(copyPath, layout.NewSpacer(), closeBtn, folder)), u.win)
	d.Resize(dialogSize(u.win, 560, 240))
	u.showModal(d, d.Hide, folder.OnTapped)
}

func (u *UI) showPath(path, why string) {
	var d *dialog.CustomDialog
	copyPath := widget.NewButton("Copy path", func() { u.app.Clipboard().SetContent(path); u.setStatus("Copied " + path) })
	closeBtn := widget.NewButton("Close", func() { d.Hide() })
	body := container.NewVBox(wrapLabel(why+"\n\nThe file is at:\n"+path), container.NewHBox(layout.NewSpacer(), copyPath, closeBtn))
	d = dialog.NewCustomWithoutButtons("Where the file is", body, u.win)
	d.Resize(dialogSize(u.win, 560, 220))
	u.showModal(d, d.Hide, d.Hide)
}
