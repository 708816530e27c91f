package report

import (
	"strconv"

	"github.com/crampsdiary/cramps/diary"
)

// chart is the geometry of the HTML page's SVG: bars of cramp nights per
// week over the nights logged, and under them a band for each medicine
// taken during the period. Numbers are written out as strings, ready for
// the attributes; the writer escapes the texts.
type chart struct {
	Width, Height string
	Label         string // what the chart shows, for screen readers
	Grid          []chartLine
	Bars          []chartBar
	XLabels       []chartText
	Meds          []chartMed
	Starts        []chartLine // a medicine's start, across the bars
	BandsY        string      // where the medicine bands begin, for their heading
	BandsLabel    string
}

type chartLine struct{ X1, Y1, X2, Y2, Label, LabelX, LabelY string }

type chartText struct{ X, Y, Text, Anchor string }

type chartBar struct {
	X, W             string
	LoggedY, LoggedH string
	CrampY, CrampH   string
	Count            chartText
	Title            string
	HasCramps        bool
}

type chartMed struct {
	X, Y, W, H string
	Label      chartText
	Title      string
}

// The chart's layout, in SVG user units (the page scales it to the column).
const (
	chartWidth   = 680.0
	chartLeft    = 26.0
	chartRight   = 8.0
	chartTop     = 12.0
	chartPlotH   = 100.0
	chartXLabelH = 16.0
	chartMedGap  = 8.0
	chartMedRow  = 16.0
	chartBarFill = 0.64 // share of a bar's slot the bar fills
	chartCharW   = 5.0  // rough width of a 9-unit character, to place labels
)

// num writes a coordinate with one decimal.
func num(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

// chart lays out the weekly bars and the medicine bands.
func (r Report) chart() chart {
	n := len(r.Weeks)
	if n == 0 {
		return chart{}
	}
	ws := r.Profile.FirstWeekday()
	plotW := chartWidth - chartLeft - chartRight
	slot := plotW / float64(n)
	base := chartTop + chartPlotH
	perBar := 7 * r.Weeks[0].Weeks
	unit := chartPlotH / float64(perBar)

	c := chart{Label: "Cramp nights per week over the nights logged, " + longDay(r.Period.From) + " to " + longDay(r.Period.To)}
	step := max(1, perBar/7)
	for v := 0; v <= perBar; v += step {
		y := base - float64(v)*unit
		c.Grid = append(c.Grid, chartLine{X1: num(chartLeft), Y1: num(y), X2: num(chartWidth - chartRight), Y2: num(y),
			Label: strconv.Itoa(v), LabelX: num(chartLeft - 5), LabelY: num(y + 3)})
	}
	every := (n + 12) / 13 // at most 13 date labels
	for i, b := range r.Weeks {
		x := chartLeft + slot*float64(i)
		w := slot * chartBarFill
		bx := x + (slot-w)/2
		bar := chartBar{
			X: num(bx), W: num(w),
			LoggedY: num(base - float64(b.Logged)*unit), LoggedH: num(float64(b.Logged) * unit),
			CrampY: num(base - float64(b.CrampNights)*unit), CrampH: num(float64(b.CrampNights) * unit),
			HasCramps: b.CrampNights > 0,
			Title: shortDay(b.Start, r.Period.To) + " to " + shortDay(b.End, r.Period.To) + ": " +
				plural(b.CrampNights, "cramp night", "cramp nights") + " of " + plural(b.Logged, "night", "nights") + " logged",
		}
		if b.Logged > 0 {
			bar.Count = chartText{X: num(bx + w/2), Y: num(base - float64(b.CrampNights)*unit - 3), Text: strconv.Itoa(b.CrampNights), Anchor: "middle"}
		}
		c.Bars = append(c.Bars, bar)
		if i%every == 0 {
			c.XLabels = append(c.XLabels, chartText{X: num(x + slot/2), Y: num(base + 11), Text: shortDay(b.Start, r.Period.To), Anchor: "middle"})
		}
	}

	// x places the start of night d on the bars' scale: each bar spans its
	// calendar weeks, so a date falls in proportion inside its bar's slot.
	x := func(d diary.Date) float64 {
		for i, b := range r.Weeks {
			first := diary.WeekStartOf(b.Start, ws)
			if days := 7 * b.Weeks; d < first.AddDays(days) {
				return chartLeft + slot*(float64(i)+float64(d.DaysSince(first))/float64(days))
			}
		}
		return chartWidth - chartRight
	}
	y := base + chartXLabelH + chartMedGap
	for _, m := range r.Profile.Medications {
		start, hasStart := m.Started.Get()
		stop, hasStop := m.Stopped.Get()
		if (hasStart && start > r.Period.To) || (hasStop && stop < r.Period.From) {
			continue // not taken during the period
		}
		from, to := r.Period.From, r.Period.To
		label := m.Name
		switch {
		case !hasStart:
			label += ", start not recorded"
		case start > from:
			from = start
			label += ", from " + shortDay(start, r.Period.To)
			// Across the bars, and again beside the band, leaving the dates clear.
			sx := num(x(start))
			c.Starts = append(c.Starts,
				chartLine{X1: sx, Y1: num(chartTop), X2: sx, Y2: num(base)},
				chartLine{X1: sx, Y1: num(base + chartXLabelH), X2: sx, Y2: num(y + chartMedRow)})
		default:
			label += ", since " + shortDay(start, r.Period.To)
		}
		if hasStop && stop < to {
			to = stop
			label += " to " + shortDay(stop, r.Period.To)
		}
		x1, x2 := x(from), x(to.AddDays(1))
		text := chartText{X: num(x1 + 4), Y: num(y + chartMedRow - 4.5), Text: label, Anchor: "start"}
		if width := float64(len([]rune(label))) * chartCharW; x2-x1 < width+8 && x1-chartLeft > width+6 {
			text = chartText{X: num(x1 - 4), Y: text.Y, Text: label, Anchor: "end"}
		}
		c.Meds = append(c.Meds, chartMed{X: num(x1), Y: num(y + 2), W: num(max(x2-x1, 2)), H: num(chartMedRow - 4), Label: text,
			Title: m.Name + " (" + r.medDates(m) + ")"})
		y += chartMedRow
	}
	if len(c.Meds) > 0 {
		c.BandsY = num(base + chartXLabelH + chartMedGap - 3)
		c.BandsLabel = "Medicines"
	}
	c.Width = num(chartWidth)
	c.Height = num(y + 4)
	return c
}
