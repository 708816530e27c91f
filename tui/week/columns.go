package week

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// column is lines meant for a column of a given width.
type column struct {
	lines []string
	width int
}

// columns lays cols side by side with sep between them, each line cut or
// padded to its column's width (the last column is only cut), as many lines
// as the tallest column. It measures each line once: layout.Columns, which
// measures them again to join them, would take a good part of a frame's
// 2 ms here.
func columns(sep string, cols ...column) []string {
	h := 0
	for _, c := range cols {
		h = max(h, len(c.lines))
	}
	out := make([]string, h)
	var b strings.Builder
	for y := range h {
		b.Reset()
		for i, c := range cols {
			if i > 0 {
				b.WriteString(sep)
			}
			l := ""
			if y < len(c.lines) {
				l = c.lines[y]
			}
			w := ansi.StringWidth(l)
			if w > c.width {
				l, w = ansi.Truncate(l, c.width, "…"), c.width
			}
			b.WriteString(l)
			if i < len(cols)-1 {
				b.WriteString(strings.Repeat(" ", c.width-w))
			}
		}
		out[y] = strings.TrimRight(b.String(), " ")
	}
	return out
}
