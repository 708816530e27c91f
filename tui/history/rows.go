package history

import (
	"slices"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/tui/nightcard"
	"github.com/crampsdiary/cramps/tui/screen"
)

// line is one night of the table, its cells written once when the diary
// changes, so a key never waits on formatting thousands of nights.
type line struct {
	date      diary.Date
	night     diary.Night
	cramps    string
	crampy    bool
	crampTime string
	pain      string
	woke      string
	where     string
	sleep     string
	eff       string
	notable   string
	helps     string
	search    string // lower-case text the filter looks in
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
		w := newUsualWindow(len(factors))
		for i := range data.Nights {
			n := &data.Nights[i]
			on, known := exposures(n, &p, factors)
			lines[len(lines)-1-i] = newLine(n, on, known, w.usual(), &p, factors)
			w.push(on, known)
		}
		return linesMsg{data: data, lines: lines}
	}
}

// exposures returns, for each factor, whether it held on night n and
// whether that is known.
func exposures(n *diary.Night, p *diary.Profile, factors []insights.Factor) (on, known []bool) {
	on, known = make([]bool, len(factors)), make([]bool, len(factors))
	for f := range factors {
		on[f], known[f] = factors[f].Exposure(n, p)
	}
	return on, known
}

// usualWindow counts, over the latest diary.UsualWindow nights, how often
// each factor held and was known, so "usual" costs nothing per night.
type usualWindow struct {
	on, known [][]bool
	onN, knN  []int
}

func newUsualWindow(factors int) *usualWindow {
	return &usualWindow{onN: make([]int, factors), knN: make([]int, factors)}
}

// push adds a night, dropping the oldest past the window.
func (w *usualWindow) push(on, known []bool) {
	w.on, w.known = append(w.on, on), append(w.known, known)
	w.count(on, known, 1)
	if len(w.on) > diary.UsualWindow {
		w.count(w.on[0], w.known[0], -1)
		w.on, w.known = w.on[1:], w.known[1:]
	}
}

func (w *usualWindow) count(on, known []bool, by int) {
	for f := range on {
		if known[f] {
			w.knN[f] += by
			if on[f] {
				w.onN[f] += by
			}
		}
	}
}

// usual reports, for each factor, whether it held on most of the window's
// nights where it is known: the user's usual.
func (w *usualWindow) usual() []bool {
	u := make([]bool, len(w.onN))
	for f := range u {
		u[f] = 2*w.onN[f] > w.knN[f]
	}
	return u
}

// newLine is the row of night n, whose factors held (on, where known). Its
// Notable column names what was unusual that night — the factors that held
// when they do not on most recent nights (usual) — then the night's note, so
// a habit of every day does not fill every row (issue 11.13).
func newLine(n *diary.Night, on, known, usual []bool, p *diary.Profile, factors []insights.Factor) line {
	l := line{date: n.Date, night: *n, cramps: "–"}
	if n.CrampsKnown() {
		l.cramps = strconv.Itoa(len(n.Episodes))
		l.crampy = n.CrampNight()
	}
	if sec := n.CrampSeconds(); sec > 0 {
		l.crampTime = words.DurationOf(float64(sec)) // as the night card writes it: 1m30s

	}
	if w, ok := n.WorstPain().Get(); ok {
		l.pain = strconv.Itoa(w)
	}
	if n.WokeByCramp() {
		l.woke = "yes"
	}
	var muscles []string
	for _, e := range n.Episodes {
		if m := nightcard.Label(e.Muscle); m != "" && !slices.Contains(muscles, m) {
			muscles = append(muscles, m)
		}
	}
	l.where = strings.Join(muscles, ", ")
	if v, ok := n.Sleep.TotalSleepMin().Get(); ok {
		l.sleep = words.SleepTime(v)
	}
	if v, ok := n.Sleep.Efficiency().Get(); ok {
		l.eff = words.Percent(v)
	}
	var notable, helps []string
	for i, f := range factors {
		if on[i] && known[i] {
			if usual[i] {
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
