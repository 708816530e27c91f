package trialscreen

import (
	"math"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/tui/styles"
)

// pairRates is one used pair of a trial: its number (from 1) and the cramps
// per counted night of its A period and of its B period.
type pairRates struct {
	pair int
	a, b float64
}

// eighths are the blocks that draw a bar to an eighth of a cell.
var eighths = []rune(" ▏▎▍▌▋▊▉")

// hbar draws a horizontal bar of value on a scale whose top fills width
// cells; a value above zero shows at least an eighth of a cell, so a pair
// with one cramp is never drawn as none.
func hbar(value, top float64, width int) string {
	if width <= 0 || top <= 0 || value <= 0 {
		return ""
	}
	n := int(math.Round(value / top * float64(width*8)))
	n = max(1, min(n, width*8))
	return strings.Repeat("█", n/8) + strings.TrimRight(string(eighths[n%8]), " ")
}

// chartLabelW is the width of the pair labels on the left of the chart.
const chartLabelW = 8

// pairChart draws each used pair's two rates as two bars on one scale, the
// A bar (the change) in the accent colour and the B bar (as usual) muted,
// one line per pair, with a head naming the two columns. It is a text
// chart on purpose: a trial has up to 183 pairs, which no bar chart of a
// terminal's width could hold side by side, while a line each reads down
// like the calendar.
func pairChart(st styles.Styles, pairs []pairRates, nameA, nameB string, width int) []string {
	if len(pairs) == 0 {
		return nil
	}
	half := (width - chartLabelW - 2) / 2
	valueW := 4
	barW := half - valueW - 1
	if barW < 4 {
		return nil
	}
	top := 0.0
	for _, p := range pairs {
		top = max(top, p.a, p.b)
	}
	cell := func(v float64, style lipgloss.Style) string {
		bar := hbar(v, top, barW)
		val := words.Decimal(v)
		return style.Render(bar) + strings.Repeat(" ", barW-lipgloss.Width(bar)+1) +
			st.Text.Render(val) + strings.Repeat(" ", max(0, valueW-lipgloss.Width(val)))
	}
	head := strings.Repeat(" ", chartLabelW) + st.Accent.Render(fit(nameA, half)) + "  " + st.Muted.Render(fit(nameB, half))
	lines := []string{strings.TrimRight(head, " ")}
	for _, p := range pairs {
		label := "pair " + strconv.Itoa(p.pair)
		label += strings.Repeat(" ", max(1, chartLabelW-len(label)))
		lines = append(lines, strings.TrimRight(st.Muted.Render(label)+cell(p.a, st.Accent)+"  "+cell(p.b, st.Muted), " "))
	}
	return lines
}

// fit pads or cuts s to width cells.
func fit(s string, width int) string {
	if w := lipgloss.Width(s); w <= width {
		return s + strings.Repeat(" ", width-w)
	}
	r := []rune(s)
	for lipgloss.Width(string(r))+1 > width && len(r) > 0 {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}
