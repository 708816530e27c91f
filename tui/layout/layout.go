// Package layout fits drawn text into boxes of cells, so that a frame never
// wraps or overflows whatever the terminal's size.
package layout

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// Fit cuts or pads s to exactly w×h cells: longer lines end in "…", missing
// lines are blank.
func Fit(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lw := lipgloss.Width(l)
		if lw > w {
			l = ansi.Truncate(l, w, "…")
			lw = lipgloss.Width(l)
		}
		lines[i] = l + strings.Repeat(" ", max(0, w-lw))
	}
	return strings.Join(lines, "\n")
}

// Columns lays boxes side by side, each fitted to its width and to height,
// with sep drawn between them on every line.
func Columns(height int, sep string, boxes ...Box) string {
	parts := make([]string, 0, 2*len(boxes))
	sepCol := strings.TrimSuffix(strings.Repeat(sep+"\n", height), "\n")
	for i, b := range boxes {
		if i > 0 {
			parts = append(parts, sepCol)
		}
		parts = append(parts, Fit(b.Text, b.Width, height))
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, parts...)
}

// Box is text meant for a column of a given width.
type Box struct {
	Text  string
	Width int
}

// Pad cuts s to width cells, ending in "…", or pads it with spaces to width:
// on the left when right is set, so that a column of numbers lines up.
func Pad(s string, width int, right bool) string {
	if lipgloss.Width(s) > width {
		s = ansi.Truncate(s, width, "…")
	}
	gap := strings.Repeat(" ", max(0, width-lipgloss.Width(s)))
	if right {
		return gap + s
	}
	return s + gap
}

// Words cuts the plain text s to at most w cells at a word boundary, ending
// in "…", so a line that does not fit never ends mid-word (issue 11.10):
// "If a doctor has not…", not "If a doctor has not see…". A single word
// wider than w is cut like any other text.
func Words(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	cut := ansi.Truncate(s, w-1, "")
	if i := strings.LastIndexByte(cut, ' '); i > 0 && len(cut) < len(s) && s[len(cut)] != ' ' {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:·—") + "…"
}

// Items cuts a list of items joined by ", " to at most w cells after a whole
// item, ending in "…": "little water, 1 drink…", not "little water, 1 drink,
// sat…". A first item too wide on its own is cut as Words cuts it.
func Items(s string, w int) string {
	if ansi.StringWidth(s) <= w {
		return s
	}
	items := strings.Split(s, ", ")
	fit := ""
	for i := range items {
		head := strings.Join(items[:i+1], ", ")
		if ansi.StringWidth(head)+1 > w {
			break
		}
		fit = head
	}
	if fit == "" {
		return Words(s, w)
	}
	return fit + "…"
}
