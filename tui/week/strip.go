package week

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// wideCell is the cell width from which the strip writes its nights in
// words rather than codes.
const wideCell = 18

// strip draws the week's nights side by side, a cell per night: the date,
// the cramps (how many, how long, worst pain), the sleep and the notable
// exposures. Narrow cells mark exposures with codes, explained by a legend
// line under the strip; wide cells write them out.
func (p page) strip(width int) []string {
	cw := width / 7
	if cw < 8 {
		return nil
	}
	wide := cw >= wideCell
	cells := make([]column, 7)
	for i := range p.f.days {
		var lines []string
		if wide {
			// A space either side of the words, so that none touches the │.
			lines = p.wideCell(&p.f.days[i], cw-3)
		} else {
			lines = p.narrowCell(&p.f.days[i], cw-1)
		}
		cells[i] = column{lines, cw - 1}
	}
	sep := " "
	if wide {
		sep = p.in.faint.paint("│")
		for i := range cells {
			for j, l := range cells[i].lines {
				cells[i].lines[j] = " " + l
			}
		}
	}
	out := columns(sep, cells...)
	if !wide {
		out = append(out, p.markLegend(width)...)
	}
	return out
}

// dayName is the first line of a cell: the weekday and the date, bold for
// last night, faint for nights still to come.
func (p page) dayName(d *day, long bool) string {
	text := d.date.Time().Format("Mon 2")
	if long {
		text = d.date.Time().Format("Mon 2 Jan")
	}
	switch {
	case d.future:
		return p.in.faint.paint(text)
	case d.date == p.f.last:
		return p.in.title.paint(text)
	}
	return p.in.label.paint(text)
}

// narrowCell is a night in three lines of at most w cells: "Mon 16",
// "2× 5m p7", "7h22 ✓CS".
func (p page) narrowCell(d *day, w int) []string {
	lines := []string{p.dayName(d, false)}
	cramps, ok := p.crampsWord(d)
	if w < len("no cramps") {
		cramps, ok = p.tinyCrampsWord(d)
	}
	if !ok {
		return append(lines, cramps)
	}
	if n := &d.night; n.CrampNight() {
		text, _ := narrowCramps(n, w)
		cramps = p.in.warn.paint(text)
	}
	lines = append(lines, cramps)

	var b strings.Builder
	used := 0
	if v, ok := d.night.Sleep.TotalSleepMin().Get(); ok {
		s := words.SleepTime(v)
		b.WriteString(p.in.text.paint(s))
		used = lipgloss.Width(s)
	}
	for i, m := range codes(d.marks) {
		if i == 0 && used > 0 {
			b.WriteString(" ")
			used++
		}
		if used >= w {
			break
		}
		b.WriteString(p.markInk(m).paint(string(m.code)))
		used++
	}
	return append(lines, b.String())
}

// narrowCramps is the cramps line of a narrow cell of w cells for a night
// with cramps: "2× 5m p7", the cramp time and the worst pain when they fit.
// shown says whether the pain ("p7") is in it.
func narrowCramps(n *diary.Night, w int) (text string, pain bool) {
	text = strconv.Itoa(len(n.Episodes)) + "×"
	// The cramp time as the night card and History write it (1m30s,
	// not a rounded 2m), when it fits (issue 11.7).
	if sec := n.CrampSeconds(); sec > 0 && len(text)+1+len(words.DurationOf(float64(sec))) <= w {
		text += " " + words.DurationOf(float64(sec))
	}
	if worst, ok := n.WorstPain().Get(); ok && len(text)+1+len("p"+strconv.Itoa(worst)) <= w {
		text += " p" + strconv.Itoa(worst)
		pain = true
	}
	return text, pain
}

// wideMarkLines is the most lines a wide cell gives its exposures.
const wideMarkLines = 3

// wideCell is a night in up to seven lines of w cells, in words.
func (p page) wideCell(d *day, w int) []string {
	lines := []string{p.dayName(d, true)}
	cramps, ok := p.crampsWord(d)
	if !ok {
		return append(lines, cramps)
	}
	n := &d.night
	if n.CrampNight() {
		text := words.Nouns(len(n.Episodes), "cramp")
		if sec := n.CrampSeconds(); sec > 0 {
			text += " · " + words.DurationOf(float64(sec))
			if len([]rune(text)) > w { // "2 cramps · 10m10s" in 16 cells: "2× 10m10s"
				text = strconv.Itoa(len(n.Episodes)) + "× " + words.DurationOf(float64(sec))
			}
		}
		lines = append(lines, p.in.warn.paint(text))
		var parts []string
		if pain, ok := n.WorstPain().Get(); ok {
			parts = append(parts, "pain "+strconv.Itoa(pain))
		}
		var muscles []string
		for _, e := range n.Episodes {
			if e.Muscle != "" && !slices.Contains(muscles, muscleName(e.Muscle)) {
				muscles = append(muscles, muscleName(e.Muscle))
			}
		}
		if len(muscles) > 0 {
			parts = append(parts, strings.Join(muscles, ", "))
		}
		lines = append(lines, p.in.text.paint(strings.Join(parts, " · ")))
	} else {
		lines = append(lines, cramps, "")
	}
	var sleep []string
	if v, ok := n.Sleep.TotalSleepMin().Get(); ok {
		sleep = append(sleep, "slept "+words.SleepTime(v))
	}
	if v, ok := n.Sleep.Efficiency().Get(); ok {
		sleep = append(sleep, words.Percent(v))
	}
	slept := strings.Join(sleep, " · ")
	if len([]rune(slept)) > w { // "slept 7h10 · 91%" in 15 cells: "7h10 · 91%"
		slept = strings.TrimPrefix(slept, "slept ")
	}
	lines = append(lines, p.in.text.paint(slept))
	words := make([]string, len(d.marks))
	for i, m := range d.marks {
		words[i] = p.markInk(m).paint(m.word)
	}
	// As many words as fit, and how many more there are.
	sep := p.in.muted.paint(", ")
	flowed := nightcard.Flow(words, sep, w)
	for n := len(words) - 1; len(flowed) > wideMarkLines && n >= 0; n-- {
		flowed = nightcard.Flow(append(words[:n:n], p.in.muted.paint("+"+strconv.Itoa(len(words)-n)+" more")), sep, w)
	}
	return append(lines, flowed...)
}

// crampsWord is the cramps line of a night that has no cramps to count:
// still to come, not logged, not recorded, or none. ok is true when the
// night's cramps are recorded; cramps is then "no cramps" or to be written.
func (p page) crampsWord(d *day) (cramps string, ok bool) {
	return p.noCountWord(d, "not logged", "cramps ?", "no cramps")
}

// noCountWord is crampsWord in the words given for a night not logged, one
// whose cramps were not recorded, and one without cramps.
func (p page) noCountWord(d *day, notLogged, unknown, none string) (string, bool) {
	switch {
	case d.future && d.date == p.f.last.AddDays(1):
		return p.in.faint.paint("tonight"), false
	case d.future:
		return "", false
	case !d.logged:
		return p.in.faint.paint(notLogged), false
	case !d.night.CrampsKnown():
		return p.in.faint.paint(unknown), true
	}
	return p.in.good.paint(none), true
}

// anyPain reports whether a narrow cell of w cells shows a night's worst
// pain ("p7"): the legend explains p only then, not for a pain that did not
// fit beside a long cramp time.
func (p page) anyPain(w int) bool {
	for i := range p.f.days {
		d := &p.f.days[i]
		if d.future || !d.logged || !d.night.CrampNight() {
			continue
		}
		if _, shown := narrowCramps(&d.night, w); shown {
			return true
		}
	}
	return false
}

// tinyCrampsWord is crampsWord in at most seven cells.
func (p page) tinyCrampsWord(d *day) (string, bool) {
	return p.noCountWord(d, "no log", "?", "none")
}

// markInk colours a mark: helps as good, risks muted.
func (p page) markInk(m mark) ink {
	if m.help {
		return p.in.good
	}
	return p.in.muted
}

// markLegend explains the codes used this week, in as many lines as it takes.
func (p page) markLegend(width int) []string {
	used := map[rune]bool{}
	for i := range p.f.days {
		for _, m := range p.f.days[i].marks {
			used[m.code] = true
		}
	}
	var parts []string
	for _, k := range markKinds() {
		if used[k.code] {
			parts = append(parts, string(k.code)+" "+k.name)
		}
	}
	if len(parts) == 0 {
		return nil
	}
	lines := nightcard.Flow(parts, " · ", width)
	// The p of "p7" too, when it takes no extra line.
	if p.anyPain(width/7 - 1) {
		if with := nightcard.Flow(append([]string{"p pain"}, parts...), " · ", width); len(with) == len(lines) {
			lines = with
		}
	}
	for i, l := range lines {
		lines[i] = p.in.muted.paint(l)
	}
	return lines
}
