package history

import (
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/tui/nightcard"
	"github.com/crampsdiary/cramps/tui/screen"
)

// line is one night of the table, its cells written once when the diary
// changes, so a key never waits on formatting thousands of nights.
type line struct {
	date    diary.Date
	night   diary.Night
	cramps  string
	crampy  bool
	minutes string
	pain    string
	woke    string
	where   string
	sleep   string
	eff     string
	notable string
	helps   string
	search  string // lower-case text the filter looks in
}

// linesMsg carries the table of the diary data it was built from.
type linesMsg struct {
	data  *screen.Data
	lines []line
}

// buildLines writes the table of data, newest night first, in a command.
func buildLines(data *screen.Data) tea.Cmd {
	return func() tea.Msg {
		factors := insights.Catalog()
		p := data.Profile
		lines := make([]line, len(data.Nights))
		for i := range data.Nights {
			n := &data.Nights[i]
			usual := diary.Usual(data.Nights[:i])
			usual.Date = n.Date
			lines[len(lines)-1-i] = newLine(n, &usual, &p, factors)
		}
		return linesMsg{data: data, lines: lines}
	}
}

// newLine is the row of night n. Its Notable column names what was unusual
// that night — the exposures that held when they do not on the user's usual
// night (usual) — then the night's note, so a habit of every day does not
// fill every row (issue 11.13).
func newLine(n, usual *diary.Night, p *diary.Profile, factors []insights.Factor) line {
	l := line{date: n.Date, night: *n, cramps: "–"}
	if n.CrampsKnown() {
		l.cramps = strconv.Itoa(len(n.Episodes))
		l.crampy = n.CrampNight()
	}
	if sec := n.CrampSeconds(); sec > 0 {
		l.minutes = strconv.FormatFloat(float64(sec)/60, 'f', -1, 64)
		if len(l.minutes) > 4 {
			l.minutes = strconv.FormatFloat(float64(sec)/60, 'f', 1, 64)
		}
	}
	if w, ok := n.WorstPain().Get(); ok {
		l.pain = strconv.Itoa(w)
	}
	if n.WokeByCramp() {
		l.woke = "yes"
	}
	var muscles []string
	for _, e := range n.Episodes {
		if m := nightcard.Label(e.Muscle); m != "" && !contains(muscles, m) {
			muscles = append(muscles, m)
		}
	}
	l.where = strings.Join(muscles, ", ")
	if v, ok := n.Sleep.TotalSleepMin().Get(); ok {
		l.sleep = nightcard.Minutes(v)
	}
	if v, ok := n.Sleep.Efficiency().Get(); ok {
		l.eff = nightcard.Percent(v)
	}
	var notable, helps []string
	for _, f := range factors {
		if on, known := f.Exposure(n, p); on && known {
			if was, wasKnown := f.Exposure(usual, p); was && wasKnown {
				continue // as usual: not news
			}
			w := nightcard.Exposure(f.ID, n)
			if w == "" {
				w = strings.ToLower(f.Name)
			}
			if f.Kind == insights.KindProtective {
				helps = append(helps, w)
			} else {
				notable = append(notable, w)
			}
		}
	}
	if note := strings.Join(strings.Fields(n.Notes), " "); note != "" {
		notable = append(notable, "“"+note+"”")
	}
	l.notable = strings.Join(notable, ", ")
	l.helps = strings.Join(helps, ", ")
	l.search = strings.ToLower(strings.Join([]string{
		n.Date.String(), nightcard.Date(n.Date), nightcard.LongDate(n.Date), nightcard.Cramps(*n),
		l.where, l.notable, l.helps, n.Notes,
	}, " | "))
	return l
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
