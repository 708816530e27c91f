package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// wordwrap wraps s at spaces and hyphens to lines of at most width
// columns. ansi.Wordwrap lets a word that ends in a hyphen run one column
// past width ("… atorvastatin. A before-" was 81 columns at 80), so where it
// does, the text is wrapped one column narrower.
func wordwrap(s string, width int) string {
	out := ansi.Wordwrap(s, width, "")
	for line := range strings.SplitSeq(out, "\n") {
		if ansi.StringWidth(line) > width {
			return ansi.Wordwrap(s, width-1, "")
		}
	}
	return out
}

// longDate writes a date for people: "Sat 21 Nov 2026".
func longDate(d diary.Date) string { return d.Time().Format("Mon 2 Jan 2006") }

// crampSummary says in a few words what the night's cramps were.
func crampSummary(n diary.Night) string {
	switch {
	case !n.CrampsKnown():
		return "cramps not recorded"
	case !n.CrampNight():
		return "no cramps"
	}
	parts := make([]string, 0, len(n.Episodes))
	for _, e := range n.Episodes {
		parts = append(parts, episodeWords(e))
	}
	return words.Nouns(len(n.Episodes), "cramp") + " (" + strings.Join(parts, "; ") + ")"
}

// episodeWords describes one cramp in short: "calf left, 4m, pain 7".
func episodeWords(e diary.Episode) string {
	var w []string
	where := strings.TrimSpace(nightcard.Label(e.Muscle) + " " + string(e.Side))
	if where == "" {
		where = "a cramp"
	}
	w = append(w, where)
	if s, ok := e.DurationS.Get(); ok {
		w = append(w, words.Duration(s))
	}
	if p, ok := e.Intensity.Get(); ok {
		w = append(w, "pain "+strconv.Itoa(p))
	}
	return strings.Join(w, ", ")
}

// writeNight prints one night for people, wrapped to width.
func writeNight(w io.Writer, r *lipgloss.Renderer, n diary.Night, width int) {
	const labelWidth = 10
	head := r.NewStyle().Bold(true)
	fmt.Fprintln(w, head.Render("Night of "+n.Date.Time().Format("Monday 2 January 2006")))
	row := func(name, text string) {
		if text == "" {
			text = "—"
		}
		wrapped := strings.Split(wordwrap(text, max(30, width-labelWidth)), "\n")
		for i, line := range wrapped {
			label := strings.Repeat(" ", labelWidth)
			if i == 0 && name != "" {
				label = head.Render(name) + strings.Repeat(" ", labelWidth-len(name))
			}
			fmt.Fprintln(w, label+line)
		}
	}
	// The night in the Log card's words (tui/nightcard), so that show and
	// the screens spell one night alike.
	row("Cramps", nightcard.Cramps(n))
	for i, e := range n.Episodes {
		row("", fmt.Sprintf("%d. %s", i+1, strings.Join(append(nightcard.Episode(e), nightcard.Warnings(e)...), ", ")))
	}
	row("Sleep", strings.Join(append(nightcard.Sleep(n.Sleep), nightcard.SleepTotals(n.Sleep)...), ", "))
	row("Day", strings.Join(nightcard.Day(n.Day, true), ", "))
	row("Position", strings.Join(nightcard.Position(n.Position, true), ", "))
	if n.Notes != "" {
		row("Notes", n.Notes)
	}
}
