package week

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/tui/layout"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// The room from which the screen spreads out: words in the strip, last
// week's values and the 4-week average in the table, taller charts, and
// the red flag's message in the banner.
const (
	wideWidth  = 120
	wideHeight = 36
)

// sideBySide is the width from which the chart stands beside the table.
const sideBySide = 76

// legendW is the width of the heat map's legend beside it, legendGap the
// room between them.
const (
	legendW   = 18
	legendGap = 2
)

// page draws the figures of one week in the screen's colours.
type page struct {
	in *inks
	f  *figures
}

// frame is the drawn lines of the screen, kept until the figures, the size
// or the page change, so that a frame costs a slice.
type frame struct {
	fig           *figures
	width, height int
	flags         bool
	lines         []string
}

// lines returns every line of the screen at its size, drawing them when
// something they show changed.
func (m *Model) lines() []string {
	if m.fig == nil || m.width <= 0 || m.height <= 0 {
		return nil
	}
	f := &m.frame
	if f.fig == m.fig && f.width == m.width && f.height == m.height && f.flags == m.flagsOpen {
		return f.lines
	}
	if m.inks == nil {
		m.inks = newInks(m.st)
	}
	p := page{in: m.inks, f: m.fig}
	var lines []string
	if m.flagsOpen {
		lines = p.flagPage(m.width)
	} else {
		lines = p.week(m.width, m.height)
	}
	for i, l := range lines {
		if lipgloss.Width(l) > m.width {
			lines[i] = layout.Fit(l, m.width, 1)
		}
	}
	m.frame = frame{fig: m.fig, width: m.width, height: m.height, flags: m.flagsOpen, lines: lines}
	return lines
}

// lineCount is how many lines the screen has at its size.
func (m *Model) lineCount() int { return len(m.lines()) }

// clampOffset keeps the scroll within the lines.
func (m *Model) clampOffset() {
	m.offset = max(0, min(m.offset, m.lineCount()-m.height))
}

// View implements screen.Screen.
func (m *Model) View() string {
	switch {
	case m.width <= 0 || m.height <= 0:
		return ""
	case m.fig == nil:
		return m.st.Muted.Render("Counting the week…")
	}
	lines := m.lines()
	end := min(len(lines), m.offset+m.height)
	return strings.Join(lines[min(m.offset, end):end], "\n")
}

// week lays the week out in width cells: everything that matters first, so
// that a short terminal shows it, the rest below (the screen scrolls).
func (p page) week(width, height int) []string {
	wide := width >= wideWidth && height >= wideHeight
	var out []string
	out = append(out, p.banner(width, wide)...)
	titleAt := len(out)
	out = append(out, p.titleLine(width, false))
	out = append(out, p.headlineLines(width)...)
	out = append(out, p.habitLines(width)...)
	if wide {
		out = append(out, "")
	}
	out = append(out, p.strip(width)...)
	if wide {
		out = append(out, "")
	}
	out = append(out, p.panes(width, wide)...)
	out = append(out, "")
	out = append(out, p.heatSection(width, wide)...)
	if len(out) > height {
		out[titleAt] = p.titleLine(width, true)
	}
	return out
}

// titleLine names the week, with a note on the right when there is more
// below than the room shows.
func (p page) titleLine(width int, more bool) string {
	when, what := p.f.title()
	left := p.in.title.paint(when) + p.in.muted.paint(" · "+what)
	if !more {
		return left
	}
	note := p.in.faint.paint("↓ more below")
	room := width - lipgloss.Width(left) - lipgloss.Width(note)
	if room < 2 {
		return left
	}
	return left + strings.Repeat(" ", room) + note
}

// headlineLines is the sentence that says whether the week went better.
func (p page) headlineLines(width int) []string {
	h := p.f.headline()
	st := p.in.label
	switch h.how {
	case good:
		st = p.in.goodBold
	case bad:
		st = p.in.bad
	}
	lines := nightcard.Flow(strings.Fields(h.text), " ", width)
	for i, l := range lines {
		lines[i] = st.paint(l)
	}
	return lines
}

// habitLines says which habits changed alongside, coloured by whether the
// change is the kind the sources advise.
func (p page) habitLines(width int) []string {
	hs := p.f.habits()
	if len(hs) == 0 {
		return nil
	}
	lead := "Alongside: "
	if !p.f.compareHabits() {
		lead = "Habits: "
	}
	parts := make([]string, len(hs))
	for i, h := range hs {
		parts[i] = h.text
		if i == 0 {
			parts[i] = lead + h.text
		}
		if i < len(hs)-1 {
			parts[i] += ","
		}
	}
	// Flow by phrase, so a phrase is never split from its colour.
	lines := nightcard.Flow(parts, " ", width)
	for i, l := range lines {
		for _, h := range hs {
			if idx := strings.Index(l, h.text); idx >= 0 {
				l = l[:idx] + p.phraseInk(h.how).paint(h.text) + l[idx+len(h.text):]
			}
		}
		lines[i] = p.in.text.paint(l)
	}
	return lines
}

// phraseInk colours a phrase by how its figure moved.
func (p page) phraseInk(how change) ink {
	switch how {
	case good:
		return p.in.good
	case bad:
		return p.in.bad
	}
	return p.in.text
}

// panes are the figures table with the muscles under it, and the 12-week
// chart beside it when the width allows, else under it.
func (p page) panes(width int, wide bool) []string {
	tw := tableWidth(wide)
	left := p.table(wide)
	left = append(left, p.muscleLines(min(width, tw))...)
	if width < sideBySide {
		return append(append(left, ""), p.trendChart(width, 2*minBarRows+chartTitleLines)...)
	}
	cw := width - tw - 2
	chart := p.trendChart(cw, len(left))
	h := max(len(left), len(chart))
	for len(chart) < h {
		chart = append(chart, "")
	}
	return columns("  ", column{left, tw}, column{chart, cw})
}

// muscleLines names the muscles of the week's cramps and those of the 4
// weeks before.
func (p page) muscleLines(width int) []string {
	this, before := p.f.muscles()
	if this == "" && before == "" {
		return nil
	}
	if this == "" {
		this = "none"
	}
	text := "Muscles: " + this
	if before != "" {
		text += "; 4-wk avg " + before
	}
	lines := nightcard.Flow(strings.Fields(text), " ", width)
	for i, l := range lines {
		lines[i] = p.in.text.paint(l)
	}
	return lines
}

// heatSection is the calendar heat map with its title and legend: as many
// weeks as fit, up to 6 months, but none before the week the diary began
// (at least 4), the legend beside it or under it.
func (p page) heatSection(width int, wide bool) []string {
	cellW := 2
	if wide {
		cellW = 3
	}
	weeks := heatWeeksFor(width-legendW-legendGap, cellW)
	beside := weeks >= 8
	if !beside {
		weeks = heatWeeksFor(width, cellW)
	}
	if weeks < 4 {
		return nil
	}
	if !p.f.empty && p.f.first <= p.f.rep.End {
		weeks = min(weeks, max(4, p.f.rep.End.DaysSince(p.f.first)/7+1))
	}
	out := []string{p.heatTitle(weeks)}
	grid := p.heatMap(weeks, cellW)
	legend := p.heatLegend(weeks)
	if !beside {
		return append(append(out, grid...), nightcard.Flow(legend, "  ", width)...)
	}
	gw := heatLabelW + weeks*cellW
	lg := append([]string{""}, legend...)
	return append(out, columns(strings.Repeat(" ", legendGap), column{grid, gw}, column{lg, legendW})...)
}
