package nightcard

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// Flow lays parts out in lines of at most width cells, joined by sep and
// broken only between parts; a part wider than a line is wrapped on its own.
func Flow(parts []string, sep string, width int) []string {
	width = max(width, 1)
	var lines []string
	line := ""
	for _, p := range parts {
		switch {
		case line == "":
			line = p
		case lipgloss.Width(line)+lipgloss.Width(sep)+lipgloss.Width(p) <= width:
			line += sep + p
		default:
			lines = append(lines, line)
			line = p
		}
		if lipgloss.Width(line) > width {
			wrapped := strings.Split(ansi.Wrap(line, width, " "), "\n")
			lines = append(lines, wrapped[:len(wrapped)-1]...)
			line = wrapped[len(wrapped)-1]
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
