package insightscreen

import (
	"math"
	"strings"

	"github.com/crampsdiary/cramps/insights"
)

// The shared axis of the ratio bars: a log scale from a quarter to four
// times as common, 1 (no difference) in the middle. Ratios beyond it are
// rare in a diary and would squeeze the rest; they are clipped with an arrow.
const (
	axisLow  = 0.25
	axisHigh = 4.0
)

// The bar's characters, told apart without colour too.
const (
	barAxis     = '─' // the scale
	barOne      = '│' // the mark at 1, no difference
	barCross    = '┿' // the interval crossing 1
	barInterval = '━' // the 95% interval
	barPoint    = '●' // the ratio itself
	barClipLow  = '◂' // the interval runs off the left of the axis
	barClipHigh = '▸' // and off the right
	minBarWidth = 9
)

// barSpan is the drawn parts of a ratio on an axis of a given width: the
// cells of the interval, of the point, and the clipping.
type barSpan struct {
	from, to, point int
	clipLow, clip   bool // clip: clipped on the right
	one             int
}

// axisPos returns the cell of ratio v on an axis of width cells, and
// whether v lies off the axis (below or above).
func axisPos(v float64, width int) (cell int, below, above bool) {
	lo, hi := math.Log(axisLow), math.Log(axisHigh)
	x := (math.Log(v) - lo) / (hi - lo) * float64(width-1)
	switch {
	case v < axisLow:
		return 0, true, false
	case v > axisHigh:
		return width - 1, false, true
	}
	return int(math.Round(x)), false, false
}

// spanOf places c's ratio and interval on an axis of width cells; false
// when the ratio is undefined.
func spanOf(c insights.Comparison, width int) (barSpan, bool) {
	rr, ok := c.RelativeRisk.Get()
	lo, okLo := c.CILow.Get()
	hi, okHi := c.CIHigh.Get()
	if !ok || !okLo || !okHi || rr <= 0 || lo <= 0 || width < 3 {
		return barSpan{}, false
	}
	var s barSpan
	s.one, _, _ = axisPos(1, width)
	s.from, s.clipLow, _ = axisPos(lo, width)
	s.to, _, s.clip = axisPos(hi, width)
	s.point, _, _ = axisPos(rr, width)
	// Rounding must not draw an interval that excludes 1 across the 1 mark:
	// the bar shows "no difference" inside it exactly when the numbers do.
	if lo > 1 && s.from <= s.one {
		s.from = min(s.one+1, width-1)
		s.to, s.point = max(s.to, s.from), max(s.point, s.from)
	}
	if hi < 1 && s.to >= s.one {
		s.to = max(s.one-1, 0)
		s.from, s.point = min(s.from, s.to), min(s.point, s.to)
	}
	return s, true
}

// barCells draws c's bar on an axis of width cells as runes, with the kind
// of each cell for styling: 0 axis, 1 interval, 2 point.
func barCells(c insights.Comparison, width int) ([]rune, []uint8) {
	cells := make([]rune, width)
	kinds := make([]uint8, width)
	for i := range cells {
		cells[i] = barAxis
	}
	one, _, _ := axisPos(1, width)
	cells[one] = barOne
	s, ok := spanOf(c, width)
	if !ok {
		return cells, kinds
	}
	// The Mantel–Haenszel ratio needs no correction for a zero count, so
	// every drawn interval is the one the verdict reads.
	for i := s.from; i <= s.to; i++ {
		cells[i], kinds[i] = barInterval, 1
	}
	if s.from <= one && one <= s.to {
		cells[one] = barCross
	}
	if s.clipLow {
		cells[0] = barClipLow
	}
	if s.clip {
		cells[width-1] = barClipHigh
	}
	// The point wins over a clip arrow only when it lies inside the axis.
	if !(s.clipLow && s.point == 0) && !(s.clip && s.point == width-1) {
		cells[s.point] = barPoint
	}
	kinds[s.point] = 2
	return cells, kinds
}

// axisTicks writes the labels of the axis under a bar of width cells: ¼ ½ 1
// 2 4 at their places, as many as fit apart.
func axisTicks(width int) string {
	cells := []rune(strings.Repeat(" ", width))
	for _, t := range []struct {
		v     float64
		label rune
	}{{0.25, '¼'}, {0.5, '½'}, {1, '1'}, {2, '2'}, {4, '4'}} {
		pos, _, _ := axisPos(t.v, width)
		cells[pos] = t.label
	}
	if width < minBarWidth {
		// Too tight for the halves: keep the ends and the middle.
		q1, _, _ := axisPos(0.5, width)
		q3, _, _ := axisPos(2, width)
		cells[q1], cells[q3] = ' ', ' '
	}
	return string(cells)
}
