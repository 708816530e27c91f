package week

import (
	"strings"

	"github.com/NimbleMarkets/ntcharts/barchart"
	"github.com/NimbleMarkets/ntcharts/canvas"
	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights"
)

// chartTitleLines are the lines of the chart that are not bars: a title
// over each of the two charts and the month labels under them.
const chartTitleLines = 3

// minBarRows is the least height of each of the two bar charts.
const minBarRows = 2

// trendChart draws the 12 weeks ending with the week shown as two bar
// charts over the same weeks: cramp nights (of 7) and cramp time, each with
// the months under it, in height lines of width cells; side by side when
// the width gives each a bar of three cells, else one over the other.
func (p page) trendChart(width, height int) []string {
	trend := p.f.rep.Trend
	n := len(trend)
	if n == 0 || width < n {
		return nil
	}
	nights := make([]float64, n)
	minutes := make([]float64, n)
	top := 1.0
	for i, t := range trend {
		nights[i] = float64(t.CrampNights)
		minutes[i] = t.CrampMinutes
		top = max(top, t.CrampMinutes)
	}
	one := func(title, scale string, values []float64, top float64, w, rows int, months bool) []string {
		gap := 1
		if w < 2*n-1 {
			gap = 0
		}
		bw := min(maxBarW, (w-(n-1)*gap)/n)
		span := n*bw + (n-1)*gap
		out := []string{p.chartTitle(title, scale, span)}
		out = append(out, p.bars(values, top, span, rows, bw, gap, func(i int) bool { return trend[i].NightsLogged == 0 })...)
		if months {
			out = append(out, p.monthLabels(trend, bw, gap, span))
		}
		return out
	}
	nightsTitle, minutesTitle := "Cramp nights a week", "Cramp time a week"
	nightsScale, minutesScale := "of 7", "top "+words.Minutes(top) // as the table writes a week's cramp time
	if half := (width - chartGap) / 2; half >= 3*n+n-1 {
		rows := max(minBarRows, height-2)
		left := one(nightsTitle, nightsScale, nights, 7, half, rows, true)
		right := one(minutesTitle, minutesScale, minutes, top, half, rows, true)
		return columns(strings.Repeat(" ", chartGap), column{left, half}, column{right, half})
	}
	rows := max(minBarRows, (height-chartTitleLines)/2)
	out := one(nightsTitle, nightsScale, nights, 7, width, rows, false)
	return append(out, one(minutesTitle, minutesScale, minutes, top, width, rows, true)...)
}

// maxBarW is the widest a bar is drawn; wider reads as a block, not a week.
const maxBarW = 4

// chartGap is the room between two charts side by side.
const chartGap = 3

// chartTitle is a chart's name on the left and its scale on the right.
func (p page) chartTitle(name, scale string, width int) string {
	room := width - lipgloss.Width(name) - lipgloss.Width(scale)
	if room < 1 {
		return p.in.label.paint(name)
	}
	return p.in.label.paint(name) + strings.Repeat(" ", room) + p.in.muted.paint(scale)
}

// bars draws one bar chart with ntcharts: a bar per week, the week shown
// (the last) in its own colour, a faint dot on the floor of a week with
// nothing logged. ntcharts works out the bars; the colours are laid on its
// canvas here a run of cells at a time, since its own View renders every
// cell on its own, which costs more than a frame's 2 ms.
func (p page) bars(values []float64, top float64, width, rows, bw, gap int, empty func(int) bool) []string {
	bc := barchart.New(width, rows,
		barchart.WithNoAxis(),
		barchart.WithNoAutoMaxValue(),
		barchart.WithMaxValue(top),
		barchart.WithNoAutoBarWidth(),
		barchart.WithBarWidth(bw),
		barchart.WithBarGap(gap))
	floor := top / float64(rows*8) // an eighth of a row: the least that shows
	for _, v := range values {
		if v > 0 {
			v = max(v, floor)
		}
		bc.Push(barchart.BarData{Values: []barchart.BarValue{{Value: v}}})
	}
	bc.Draw()
	bar := func(x int) (int, bool) {
		i := x / (bw + gap)
		return i, x%(bw+gap) < bw && i < len(values)
	}
	lines := make([]string, rows)
	var run []rune
	for y := range rows {
		var b strings.Builder
		style, runStyle := -1, -1
		flush := func() {
			if len(run) > 0 {
				b.WriteString(p.chartInk(runStyle).paint(string(run)))
				run = run[:0]
			}
		}
		for x := range width {
			r := bc.Canvas.Cell(canvas.Point{X: x, Y: y}).Rune
			i, on := bar(x)
			switch {
			case on && empty(i) && y == rows-1 && x == i*(bw+gap)+(bw-1)/2:
				r, style = '·', chartEmpty
			case r == 0 || !on:
				// A space takes the colour of the run it falls in, so that
				// a row of bars is one run, not one per bar.
				r, style = ' ', max(runStyle, chartBlank)
			case i == len(values)-1:
				style = chartShown
			default:
				style = chartBar
			}
			if style != runStyle {
				flush()
				runStyle = style
			}
			run = append(run, r)
		}
		flush()
		lines[y] = strings.TrimRight(b.String(), " ")
	}
	return lines
}

// The colours of a chart's cells.
const (
	chartBlank = iota
	chartBar   // a week before the one shown
	chartShown // the week shown
	chartEmpty // the dot of a week with nothing logged
)

// chartInk is the colour of a kind of chart cell.
func (p page) chartInk(kind int) ink {
	switch kind {
	case chartBar:
		return p.in.accent
	case chartShown:
		return p.in.warn
	case chartEmpty:
		return p.in.faint
	}
	return ink{}
}

// monthLabels names each month under the week that holds its first day.
func (p page) monthLabels(trend []insights.TrendWeek, bw, gap, width int) string {
	starts := make([]diary.Date, len(trend))
	for i, t := range trend {
		starts[i] = t.Start
	}
	return p.in.muted.paint(monthLine(starts, 0, bw+gap, width))
}

// monthLine writes, in width cells, each month's short name at the column
// of the week (of those starting at starts) that holds its first day, the
// first week's month too when it leaves room; column i starts at x0+i*step.
func monthLine(starts []diary.Date, x0, step, width int) string {
	type label struct {
		x    int
		name string
	}
	var labels []label
	for i, s := range starts {
		end := s.AddDays(6)
		if _, _, d := end.YMD(); i == 0 || d <= 7 {
			labels = append(labels, label{x0 + i*step, monthName(end)})
		}
	}
	// The first week's month gives way to a month starting close after it.
	if len(labels) > 1 && labels[1].x <= labels[0].x+len(labels[0].name) {
		labels = labels[1:]
	}
	line := []rune(strings.Repeat(" ", width))
	next := 0
	for _, l := range labels {
		if l.x < next || l.x+len(l.name) > width {
			continue
		}
		copy(line[l.x:], []rune(l.name))
		next = l.x + len(l.name) + 1
	}
	return strings.TrimRight(string(line), " ")
}

// monthName is the short name of d's month.
func monthName(d diary.Date) string { return d.Time().Format("Jan") }
