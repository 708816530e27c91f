package trialscreen

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/styles"
)

// mark is what the calendar says of a night's habit.
type mark int

const (
	markFuture    mark = iota // not yet slept
	markFollowed              // the logged habit matches the condition
	markNot                   // it does not
	markUnknown               // logged, but the habit is not recorded
	markNotLogged             // the night is not in the diary
)

// nightCell is one night of the calendar.
type nightCell struct {
	in      bool // the night is part of the trial
	a       bool // condition A (the change), else B
	scored  bool // false in a washout
	mark    mark
	tonight bool
	stopped bool // on or after the night the trial was stopped
}

// The calendar's measures: a cell per night, a label per week row.
const (
	cellW     = 4 // "[A] " or " A✓ "
	weekLabel = 7 // "30 Nov "
	weekW     = weekLabel + 7*cellW
	calGap    = 3
)

// calendarColumns is how many columns of weeks fit in width.
func calendarColumns(width int) int { return max(1, (width+calGap)/(weekW+calGap)) }

// calendar draws the nights from first to last as rows of weeks starting
// on ws, in as many columns of weeks as width holds, each column headed by
// the days of the week.
func calendar(st styles.Styles, first, last diary.Date, ws diary.WeekStart, cellOf func(diary.Date) nightCell, width int) []string {
	start := diary.WeekStartOf(first, ws)
	weeks := (last.DaysSince(start))/7 + 1
	cols := min(calendarColumns(width), weeks)
	perCol := (weeks + cols - 1) / cols
	head := strings.Repeat(" ", weekLabel)
	for i := range 7 {
		head += " " + start.AddDays(i).Time().Weekday().String()[:2] + " "
	}
	head = st.Muted.Render(head)
	columns := make([][]string, cols)
	for w := range weeks {
		c := w / perCol
		if len(columns[c]) == 0 {
			columns[c] = append(columns[c], head)
		}
		columns[c] = append(columns[c], weekRow(st, start.AddDays(7*w), first, last, cellOf))
	}
	var lines []string
	for r := range perCol + 1 {
		line := ""
		for c := range cols {
			cell := ""
			if r < len(columns[c]) {
				cell = columns[c][r]
			}
			if c > 0 {
				line += strings.Repeat(" ", calGap)
			}
			line += cell + strings.Repeat(" ", max(0, weekW-lipgloss.Width(cell)))
		}
		lines = append(lines, strings.TrimRight(line, " "))
	}
	return lines
}

// weekRow is one week: the date of its first day, then a cell per night.
func weekRow(st styles.Styles, from, first, last diary.Date, cellOf func(diary.Date) nightCell) string {
	label := from.Time().Format("2 Jan")
	row := st.Muted.Render(strings.Repeat(" ", max(0, weekLabel-1-len(label))) + label + " ")
	for i := range 7 {
		d := from.AddDays(i)
		if d < first || d > last {
			row += strings.Repeat(" ", cellW)
			continue
		}
		row += cellText(st, cellOf(d))
	}
	return row
}

// cellText draws a night: its condition, upper case when scored and lower
// case in a washout, and its mark; tonight in brackets.
func cellText(st styles.Styles, c nightCell) string {
	if !c.in {
		return strings.Repeat(" ", cellW)
	}
	if c.stopped {
		return " " + st.Faint.Render("–") + "  "
	}
	letter := "B"
	if c.a {
		letter = "A"
	}
	if !c.scored {
		letter = strings.ToLower(letter)
	}
	if c.tonight {
		return st.Cursor.Render("["+letter+"]") + " "
	}
	ls := st.Text
	if c.a {
		ls = st.Accent
	}
	var m string
	switch c.mark {
	case markFuture:
		return " " + st.Faint.Render(letter) + "  "
	case markFollowed:
		m = st.Good.Render("✓")
	case markNot:
		m = st.Bad.Render("✗")
	case markUnknown:
		m = st.Warn.Render("?")
	case markNotLogged:
		m = st.Faint.Render("○") // not "·", the legend's separator
	}
	return " " + ls.Render(letter) + m + " "
}
