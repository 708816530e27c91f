package week

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/tui/screen"
)

// heatWeeks is how many weeks the calendar heat map covers at most: the
// last 6 months (the words), ending with the week shown.
const heatWeeks = 26

// figures is everything the screen draws for one week, worked out once in a
// command so that a key or a frame never waits on the diary.
type figures struct {
	rep     insights.WeekReport
	last    diary.Date // last night: the latest night that can be logged
	current diary.Date // the first day of the week holding last night
	cutoff  diary.Clock
	empty   bool       // the diary has no night at all
	first   diary.Date // the diary's first night, when it has one
	inDiary int        // nights of the week in the diary
	days    [7]day
	heat    []insights.DayCell // heatWeeks whole weeks ending with the week shown
	// untimed holds the nights of heat with cramps of which none has its
	// duration: their cramp time is 0, yet they are not cramp-free.
	untimed map[diary.Date]bool
}

// day is one night of the strip.
type day struct {
	date   diary.Date
	logged bool // a night is in the diary for the date
	future bool // after last night: it cannot be logged yet
	night  diary.Night
	marks  []mark
}

// weekMsg answers compute with the figures of the week starting at start,
// from data.
type weekMsg struct {
	data  *screen.Data
	start diary.Date
	fig   *figures
}

// compute works out the figures of the week starting at start, as of last
// night, in a command.
func compute(data *screen.Data, start, last diary.Date) tea.Cmd {
	return func() tea.Msg { return weekMsg{data: data, start: start, fig: build(data, start, last)} }
}

// build works out the figures of the week starting at start.
func build(data *screen.Data, start, last diary.Date) *figures {
	p := data.Profile
	rep := insights.Week(data.Nights, p, start, last)
	rep.RedFlags = redflags.Acknowledge(rep.RedFlags, data.Acks)
	f := &figures{
		rep:     rep,
		last:    last,
		current: diary.WeekStartOf(last, p.FirstWeekday()),
		cutoff:  p.Cutoff(),
		empty:   len(data.Nights) == 0,
		heat:    insights.NightlyMinutes(data.Nights, rep.End.AddDays(1-7*heatWeeks), rep.End),
	}
	if len(data.Nights) > 0 {
		f.first = data.Nights[0].Date
	}
	for _, c := range f.heat {
		if c.CrampsKnown && c.CrampMinutes <= 0 {
			if n, ok := data.Night(c.Date); ok && n.CrampNight() {
				if f.untimed == nil {
					f.untimed = map[diary.Date]bool{}
				}
				f.untimed[c.Date] = true
			}
		}
	}
	catalog := insights.Catalog()
	for i := range f.days {
		d := &f.days[i]
		d.date = rep.Start.AddDays(i)
		d.future = d.date > last
		if n, ok := data.Night(d.date); ok {
			d.logged, d.night = true, n
			f.inDiary++
			d.marks = marksOf(&n, &p, catalog)
		}
	}
	return f
}

// partial reports whether the week shown is still going on: its last night
// is after last night.
func (f *figures) partial() bool { return f.rep.End > f.last }

// comparable reports whether the week's counts can be set against a week
// (or an average) with logged nights logged (insights.Comparable).
func (f *figures) comparable(logged float64) bool {
	return insights.Comparable(f.rep.NightsLogged, logged)
}

// possible is how many of the week's nights could have been logged by now.
func (f *figures) possible() int {
	return max(0, min(7, f.last.DaysSince(f.rep.Start)+1))
}
