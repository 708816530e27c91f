package main

import (
	"bytes"
	"io"
	"os"
	"text/tabwriter"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
)

// renderer styles human output for w: colour only on a terminal, and never
// when NO_COLOR is set (termenv, under lipgloss, checks both). Its colours
// are the terminal's own ANSI ones, which suit its background, so the
// terminal is never asked what that background is.
func renderer(w io.Writer) *lipgloss.Renderer {
	r := lipgloss.NewRenderer(w)
	r.SetHasDarkBackground(true) // set, so lipgloss never asks
	return r
}

// outWidth is the width to wrap human output to: the terminal's, else 80.
func outWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width > 20 {
			return min(width, 120)
		}
	}
	return 80
}

// table returns a tabwriter for aligned columns on w whose lines carry no
// trailing spaces (an empty last cell would otherwise leave its padding).
// Every row must end in a newline.
func table(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(&trimRight{w: w}, 0, 0, 2, ' ', 0)
}

// trimRight passes on whole lines without the spaces before their newline.
type trimRight struct {
	w       io.Writer
	pending []byte
}

func (t *trimRight) Write(p []byte) (int, error) {
	t.pending = append(t.pending, p...)
	for {
		i := bytes.IndexByte(t.pending, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := bytes.TrimRight(t.pending[:i], " ")
		if _, err := t.w.Write(append(line[:len(line):len(line)], '\n')); err != nil { // a copy: pending stays intact
			return 0, err
		}
		t.pending = t.pending[i+1:]
	}
}
