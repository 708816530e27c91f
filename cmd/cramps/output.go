package main

import (
	"io"
	"os"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
)

// renderer styles human output for w: colour only on a terminal, and never
// when NO_COLOR is set (termenv, under lipgloss, checks both).
func renderer(w io.Writer) *lipgloss.Renderer { return lipgloss.NewRenderer(w) }

// outWidth is the width to wrap human output to: the terminal's, else 80.
func outWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width > 20 {
			return min(width, 120)
		}
	}
	return 80
}
