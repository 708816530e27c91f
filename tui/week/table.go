package week

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
)

// The table's column widths: a figure's name, a value, a change.
const (
	labelW  = 18
	valueW  = 7
	changeW = 8
)

// tableWidth is the width of the figures table: narrow shows this week and
// the changes; wide adds last week's value and the 4-week average.
func tableWidth(wide bool) int {
	if wide {
		return labelW + 3*valueW + 2*changeW + 4
	}
	return labelW + valueW + 2*changeW + 2
}

// table draws the week's figures and habits, each with its change against
// last week and against the average of the 4 weeks before, then the muscles.
func (p page) table(wide bool) []string {
	var out []string
	out = append(out, p.tableHeader(wide))
	for _, r := range crampRows(&p.f.rep) {
		out = append(out, p.tableRow(r, wide))
	}
	out = append(out, p.in.header.paint("habits, in nights"))
	for _, r := range habitRows(&p.f.rep, p.f.cutoff) {
		out = append(out, p.tableRow(r, wide))
	}
	return out
}

// tableHeader names the columns.
func (p page) tableHeader(wide bool) string {
	cols := []string{pad("", labelW, false), pad("week", valueW, true)}
	if wide {
		cols = append(cols, " "+pad("last", valueW, true))
	}
	cols = append(cols, " "+pad("vs last", changeW, false))
	if wide {
		cols = append(cols, " "+pad("4-wk avg", valueW, true))
	}
	cols = append(cols, " "+pad("vs 4-wk", changeW, false))
	return p.in.header.paint(strings.TrimRight(strings.Join(cols, ""), " "))
}

// tableRow is one figure: its name, this week's value, and the changes.
func (p page) tableRow(r row, wide bool) string {
	var b strings.Builder
	b.WriteString(p.in.text.paint(pad(r.Label, labelW, false)))
	b.WriteString(p.value(r.This, r.Fig.Write, valueW))
	if wide {
		b.WriteString(" " + p.value(r.Prev, r.Fig.Write, valueW))
	}
	b.WriteString(" " + p.changeCell(r, r.Prev, r.Fig, p.f.comparable(float64(p.f.rep.Previous.NightsLogged))))
	if wide {
		b.WriteString(" " + p.value(r.Avg, r.AvgFig.Write, valueW))
	}
	b.WriteString(" " + p.changeCell(r, r.Avg, r.AvgFig, p.f.comparable(p.f.rep.FourWeekAverage.LoggedPerRecordedWeek())))
	return b.String()
}

// value writes a figure right-aligned in w cells, a faint dash when unknown.
func (p page) value(o diary.Opt[float64], show func(float64) string, w int) string {
	if v, ok := o.Get(); ok {
		return p.in.text.paint(pad(show(v), w, true))
	}
	return p.in.faint.paint(pad("–", w, true))
}

// changeCell writes how the figure moved against than: an arrow and the
// difference, green when it is good news, red when not, "=" when the same.
// When the weeks had too different a number of nights logged (judge
// false), a figure that adds up over nights shows no change at all (2
// nights stretched of 2 so far is not "↓4" against 6 of 7), and one that
// does not (pain, sleep a night) shows it muted.
func (p page) changeCell(r row, than diary.Opt[float64], f words.Figure, judge bool) string {
	how, _, text := r.Against(than, f)
	switch {
	case how == unknown, !judge && r.Sum:
		return pad("", changeW, false)
	}
	switch how {
	case same:
		return p.in.muted.paint(pad(text, changeW, false))
	}
	st := p.in.good
	switch {
	case !judge:
		st = p.in.muted
	case how == bad:
		st = p.in.bad
	}
	return st.paint(pad(text, changeW, false))
}

// pad fills s with spaces to w cells, on the left when right is set.
func pad(s string, w int, right bool) string {
	gap := strings.Repeat(" ", max(0, w-lipgloss.Width(s)))
	if right {
		return gap + s
	}
	return s + gap
}
