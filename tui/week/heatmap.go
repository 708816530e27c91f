package week

import (
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// The heat map's levels of cramp time a night, in minutes. heatLong is the
// 10-minute cramp that SPEC §8 asks to have checked; heatSome splits the
// usual short cramps from the longer ones.
const (
	heatSome = 3.0
	heatLong = 10.0
)

// heatLevel is how a night is shaded.
type heatLevel int

const (
	heatFuture   heatLevel = iota // not yet: after last night
	heatBefore                    // before the diary's first night: nothing to log then
	heatUnlogged                  // no night, or its cramps not recorded
	heatNone                      // recorded, no cramps
	heatUntimed                   // cramps, none of them with its duration
	heatShort                     // under heatSome minutes
	heatMid                       // heatSome to heatLong
	heatLongest                   // heatLong or more
)

// heatLevels are the levels the legend explains, in order.
func heatLevels() []heatLevel {
	return []heatLevel{heatUnlogged, heatNone, heatUntimed, heatShort, heatMid, heatLongest}
}

// levelOf is the level of a night of the calendar.
func (p page) levelOf(c insights.DayCell) heatLevel {
	switch {
	case c.Date > p.f.last:
		return heatFuture
	case !p.f.empty && c.Date < p.f.first:
		return heatBefore
	case !c.CrampsKnown:
		return heatUnlogged
	case c.CrampMinutes <= 0 && p.f.untimed[c.Date]:
		return heatUntimed
	case c.CrampMinutes <= 0:
		return heatNone
	case c.CrampMinutes < heatSome:
		return heatShort
	case c.CrampMinutes < heatLong:
		return heatMid
	}
	return heatLongest
}

// glyph is a level's character and style: a shade that reads without
// colour too, and a dot where nothing is recorded.
func (p page) glyph(l heatLevel) (string, ink) {
	switch l {
	case heatUnlogged:
		return "·", p.in.faint
	case heatNone:
		return "░", p.in.good
	case heatUntimed:
		return "?", p.in.warn
	case heatShort:
		return "▒", p.in.warn
	case heatMid:
		return "▓", p.in.warn
	case heatLongest:
		return "█", p.in.bad
	}
	return " ", ink{}
}

// levelName is a level in the legend.
func levelName(l heatLevel) string {
	switch l {
	case heatUnlogged:
		// A night logged without its cramps is shaded so too: "not
		// logged" would contradict the strip's "cramps ?" for it.
		return "not recorded"
	case heatNone:
		return "no cramps"
	case heatUntimed:
		return "time unknown"
	case heatShort:
		return "under 3m"
	case heatMid:
		return "3–10m"
	}
	return "10m or more"
}

// heatWeeksFor is how many weeks of the calendar fit width with cells of
// cellW, at most heatWeeks.
func heatWeeksFor(width, cellW int) int {
	return max(0, min(heatWeeks, (width-heatLabelW)/cellW))
}

// heatLabelW is the width of the weekday names left of the calendar.
const heatLabelW = 3

// heatMap draws the last weeks of the calendar, ending with the week shown:
// a column per week, a row per weekday in the user's week order, a cell per
// night shaded by its cramp time, and the months above.
func (p page) heatMap(weeks, cellW int) []string {
	cells := p.f.heat
	if weeks <= 0 || len(cells) < 7*weeks {
		return nil
	}
	cells = cells[len(cells)-7*weeks:]
	lines := make([]string, 8)

	// Months over the week holding their first day.
	starts := make([]diary.Date, weeks)
	for w := range starts {
		starts[w] = cells[7*w].Date
	}
	lines[0] = p.in.muted.paint(monthLine(starts, heatLabelW, cellW, heatLabelW+weeks*cellW))

	// A row is drawn a run of equal nights at a time: one Render per run,
	// not per night, keeps a frame within its 2 ms.
	for r := 0; r < 7; r++ {
		var b strings.Builder
		b.WriteString(p.in.muted.paint(cells[r].Date.Time().Format("Mon")[:2] + " "))
		var run strings.Builder
		level := heatLevel(-1)
		for w := 0; w <= weeks; w++ {
			l := heatLevel(-1)
			if w < weeks {
				l = p.levelOf(cells[7*w+r])
			}
			if l != level && run.Len() > 0 {
				if g, st := p.glyph(level); g != " " {
					b.WriteString(st.paint(strings.TrimRight(run.String(), " ")) + " ")
				} else {
					b.WriteString(run.String()) // the weeks before the diary began keep their place
				}
				run.Reset()
			}
			if w == weeks {
				break
			}
			level = l
			g, _ := p.glyph(l)
			run.WriteString(strings.Repeat(g, cellW-1) + " ")
		}
		lines[r+1] = strings.TrimRight(b.String(), " ")
	}
	return lines
}

// heatLegend explains the shades, one per entry, with how many of the
// nights shown have each.
func (p page) heatLegend(weeks int) []string {
	count := map[heatLevel]int{}
	cells := p.f.heat
	for _, c := range cells[max(0, len(cells)-7*weeks):] {
		count[p.levelOf(c)]++
	}
	out := make([]string, 0, 6)
	for _, l := range heatLevels() {
		if l == heatUntimed && count[l] == 0 {
			continue // rare: explained only when drawn
		}
		g, st := p.glyph(l)
		out = append(out, st.paint(g)+" "+p.in.muted.paint(pad(levelName(l), 11, false)+pad(strconv.Itoa(count[l]), 4, true)))
	}
	return out
}

// heatTitle names the calendar's span.
func (p page) heatTitle(weeks int) string {
	from := p.f.rep.End.AddDays(1 - 7*weeks)
	return p.in.label.paint("Cramp time a night") + p.in.muted.paint(", "+nightcard.ShortDate(from)+" – "+nightcard.ShortDate(p.f.rep.End))
}
