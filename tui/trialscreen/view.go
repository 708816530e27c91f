package trialscreen

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights/trial"
	"github.com/crampsdiary/cramps/tui/layout"
	"github.com/crampsdiary/cramps/tui/nightcard"
	"github.com/crampsdiary/cramps/tui/screen"
)

// wideWidth is the width from which the trial's page has two columns and
// the habits are a table.
const wideWidth = 120

// columnGap is the room between two columns.
const columnGap = " │ "

func (m *Model) wide() bool { return m.width >= wideWidth }

// View implements screen.Screen.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 || m.data == nil {
		return ""
	}
	return layout.Fit(m.page.View(), m.width, m.height)
}

// relayout lays the page out again for the size and the state, keeping
// the scroll position of the same page.
func (m *Model) relayout() {
	if m.width <= 0 || m.height <= 0 || m.data == nil {
		return
	}
	// A key that only scrolls leaves the page as it is: lay it out again
	// only when what it shows has changed.
	key := pageKey{m.mode, m.habit, m.plan, m.peek, m.gen, m.resGen, m.shown, m.chance, m.width, m.height, m.data, m.tonight(), m.pick}
	if key == m.laidOut && !m.toResult {
		return
	}
	m.laidOut = key
	var lines []string
	cursor := -1
	switch {
	case m.mode == modePlan:
		lines = m.planLines(m.width)
	case m.showsHabits():
		lines, cursor = m.habitLines(m.width)
	default:
		var result int
		lines, result = m.trialLines()
		if m.toResult {
			// Peeking shows the figures asked for, not the calendar above them.
			cursor, m.toResult = result, false
		}
	}
	m.page.Width, m.page.Height = m.width, m.height
	m.page.SetContent(strings.Join(lines, "\n"))
	m.page.SetYOffset(m.page.YOffset) // a shorter page (a wider window) scrolls back into range
	if cursor >= 0 && m.mode != modeHabits && !m.showsHabits() {
		m.page.SetYOffset(cursor)
	} else if cursor >= 0 {
		// Keep the marked habit in view.
		if cursor < m.page.YOffset {
			m.page.SetYOffset(cursor)
		} else if cursor >= m.page.YOffset+m.height {
			m.page.SetYOffset(cursor - m.height + 1)
		}
	}
}

// pageKey is everything the page's content depends on.
type pageKey struct {
	mode          mode
	habit         int
	plan          plan
	peek          bool
	gen, resGen   int
	shown         *shownTrial
	chance        *trial.Estimate
	width, height int
	data          *screen.Data
	tonight       diary.Date // the page names tonight and marks it
	pick          int
}

// flow lays text out in lines of width cells, each in style.
func flow(text string, width int, style lipgloss.Style) []string {
	lines := nightcard.Flow(unbroken(strings.Fields(text)), " ", width)
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}

// unbroken joins a comparison to the words either side of it, so that
// "p ≤ 0.05" is never split over two lines ("p ≤" at the end of one line,
// "0.05." at the start of the next).
func unbroken(fields []string) []string {
	out := make([]string, 0, len(fields))
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		if (f == "≤" || f == "<" || f == "≥" || f == ">") && len(out) > 0 && i+1 < len(fields) {
			out[len(out)-1] += " " + f + " " + fields[i+1]
			i++
			continue
		}
		out = append(out, f)
	}
	return out
}

// upperFirst raises the first letter of s.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// habitIntro is what a self-experiment is, in two lines at 80 columns.
const habitIntro = "Insights shows what goes with your cramps; a trial tests what follows when you change a habit. " +
	"On nights drawn at random you make the change (A), on the others you don't (B)."

// habitLines is the list of habits that can be tested, with the marked
// one's A and B in words: a table when the width holds it, else the list
// beside the marked habit's details. It returns the line of the cursor.
func (m *Model) habitLines(width int) ([]string, int) {
	st := m.st
	lines := []string{st.Title.Render("Test a habit with a self-experiment")}
	lines = append(lines, flow(habitIntro, width, st.Muted)...)
	lines = append(lines, "")
	p := m.data.Profile
	nameW := 0
	for _, h := range diary.TrialHabits {
		nameW = max(nameW, lipgloss.Width(h.Name()))
	}
	nameW += 2 // the cursor
	colW := (width - nameW - 4) / 2
	if m.wide() && colW >= 50 {
		lines = append(lines, st.TableHeader.Render(fit("  Habit", nameW)+"  "+fit("A, the change: tonight's instruction", colW)+"  B, as usual"))
		cursor := 0
		for i, h := range diary.TrialHabits {
			name := "  " + upperFirst(h.Name())
			if i == m.habit {
				name = st.Cursor.Render("▸ ") + st.Label.Render(upperFirst(h.Name()))
				cursor = len(lines)
			}
			a := h.Instruction(diary.ArmA, p)
			if h.Supplement() {
				a += " (ask a doctor first)"
			}
			lines = append(lines, name+strings.Repeat(" ", max(0, nameW-lipgloss.Width(name)))+"  "+
				st.Accent.Render(fit(a, colW))+"  "+st.Muted.Render(h.Instruction(diary.ArmB, p)))
		}
		lines = append(lines, "")
		lines = append(lines, m.habitDetails(diary.TrialHabits[m.habit], width)...)
		return lines, cursor
	}
	var list []string
	cursor := 0
	for i, h := range diary.TrialHabits {
		if i == m.habit {
			list = append(list, st.Cursor.Render("▸ ")+st.Label.Render(upperFirst(h.Name())))
			cursor = len(lines) + i
		} else {
			list = append(list, "  "+upperFirst(h.Name()))
		}
	}
	detailW := width - nameW - lipgloss.Width(columnGap)
	h := diary.TrialHabits[m.habit]
	detail := flow("A, the change: "+h.Instruction(diary.ArmA, p)+".", detailW, st.Accent)
	detail = append(detail, flow("B, as usual: "+h.Instruction(diary.ArmB, p)+".", detailW, st.Text)...)
	detail = append(detail, m.habitDetails(h, detailW)...)
	body := layout.Columns(max(len(list), len(detail)), st.Faint.Render(columnGap),
		layout.Box{Text: strings.Join(list, "\n"), Width: nameW},
		layout.Box{Text: strings.Join(detail, "\n"), Width: detailW})
	return append(lines, strings.Split(body, "\n")...), cursor
}

// habitDetails is the default design of a trial of h and, for a
// supplement, the advice to ask first.
func (m *Model) habitDetails(h diary.TrialHabit, width int) []string {
	d := h.DefaultDesign()
	lines := flow(fmt.Sprintf("Usually %s, %s. %s Your morning log says which you did.",
		lengthWords(d.Nights()), words.Nouns(d.Pairs, "pair"), designWords(d)), width, m.st.Muted)
	if h.Supplement() {
		lines = append(lines, flow("⚠ "+diary.SupplementAdvice, width, m.st.Warn)...)
	}
	return lines
}

// designWords says how a design's pairs are made, in a sentence or two.
func designWords(d diary.TrialDesign) string {
	if d.PeriodNights == 1 {
		return "Each pair is one A night and one B night, in an order drawn at random."
	}
	s := fmt.Sprintf("Each pair is a %d-night A period and a %d-night B period, in an order drawn at random.", d.PeriodNights, d.PeriodNights)
	if d.WashoutNights > 0 {
		s += fmt.Sprintf(" %s of each period %s the one before wear off and %s not scored.", capitalised(firstNights(d.WashoutNights)),
			words.Choose(d.WashoutNights, "lets", "let"), words.Choose(d.WashoutNights, "is", "are"))
	}
	return s
}

// pairWords writes the pairs of a design in short: "42 pairs of one A and
// one B night", "8 pairs of a 14-night A and B period".
func pairWords(d diary.TrialDesign) string {
	if d.PeriodNights == 1 {
		return words.Nouns(d.Pairs, "pair") + " of one A and one B night"
	}
	return fmt.Sprintf("%s of a %d-night A and B period", words.Nouns(d.Pairs, "pair"), d.PeriodNights)
}

// lengthWords writes a trial's length: "84 nights (12 weeks)".
func lengthWords(nights int) string {
	s := words.Nouns(nights, "night")
	if nights%7 == 0 {
		s += " (" + words.Nouns(nights/7, "week") + ")"
	}
	return s
}

// planLines is the plan of a trial: the habit, the design to change, the
// dates, the chance estimate, and the advice for a supplement.
func (m *Model) planLines(width int) []string {
	st := m.st
	p, h, d := m.data.Profile, m.plan.habit, m.plan.design
	lines := []string{st.Title.Render("Plan a trial of " + h.Name())}
	lines = append(lines, flow("A, the change: "+h.Instruction(diary.ArmA, p)+".", width, st.Accent)...)
	lines = append(lines, flow("B, as usual: "+h.Instruction(diary.ArmB, p)+".", width, st.Text)...)
	if h.Supplement() {
		lines = append(lines, flow("⚠ "+diary.SupplementAdvice, width, st.Warn)...)
	}
	lines = append(lines, "")
	rows := [planRows]struct {
		label string
		value int
		note  string
	}{
		{"Pairs", d.Pairs, pairsNote(d.Pairs)},
		{"Nights a period", d.PeriodNights, fmt.Sprintf("1 to %d", diary.MaxPeriodNights)},
		{"Washout nights", d.WashoutNights, "at the start of each period, not scored"},
	}
	for i, r := range rows {
		marker, label := "  ", st.Text.Render(fit(r.label, 16))
		if i == m.plan.row {
			marker, label = st.Cursor.Render("▸ "), st.Label.Render(fit(r.label, 16))
		}
		value := fmt.Sprintf("‹ %2d ›", r.value)
		lines = append(lines, marker+label+st.Accent.Render(value)+"  "+st.Muted.Render(r.note))
	}
	lines = append(lines, "")
	tonight := m.tonight()
	last := tonight.AddDays(d.Nights() - 1)
	lines = append(lines, flow(fmt.Sprintf("Starts tonight, %s; its last night is %s: %s. %s",
		nightcard.Date(tonight), nightcard.Date(last), lengthWords(d.Nights()), designWords(d)), width, st.Text)...)
	lines = append(lines, "")
	return append(lines, m.chanceLines(width)...)
}

// pairsNote is the hint beside the number of pairs: with the fewest, the
// exact test's smallest p is 2/2⁵ = 0.0625, so only a sixth pair makes a
// finding possible at all.
func pairsNote(pairs int) string {
	if pairs <= diary.MinTrialPairs {
		return fmt.Sprintf("the fewest; with %d, no result can reach p ≤ 0.05 (plan %d or more)", pairs, diary.MinTrialPairs+1)
	}
	return fmt.Sprintf("at least %d", diary.MinTrialPairs)
}

// trialLines is the page of the current or latest trial: its state and
// tonight's instruction on top; then, on a wide terminal, the calendar
// beside the result, else one under the other (the result first once the
// trial is over, as that is what the user comes for).
// It returns the line where the result starts.
func (m *Model) trialLines() ([]string, int) {
	t, ok := m.current()
	if !ok {
		return nil, 0
	}
	lines := append(m.headLines(t, m.width), "")
	if t.End() < t.Start { // stopped before its first night
		return append(lines, flow("It was stopped before its first night, so it holds no nights and has no result.", m.width, m.st.Muted)...), len(lines)
	}
	if m.wide() {
		leftW := weekW*2 + calGap
		rightW := m.width - leftW - lipgloss.Width(columnGap)
		left := m.calendarLines(t, leftW)
		right := m.resultLines(t, rightW)
		body := layout.Columns(max(len(left), len(right)), m.st.Faint.Render(columnGap),
			layout.Box{Text: strings.Join(left, "\n"), Width: leftW},
			layout.Box{Text: strings.Join(right, "\n"), Width: rightW})
		return append(lines, strings.Split(body, "\n")...), len(lines)
	}
	cal, res := m.calendarLines(t, m.width), m.resultLines(t, m.width)
	if s := t.Status(m.tonight()); s == diary.TrialStopped || s == diary.TrialComplete {
		return append(append(append(lines, res...), ""), cal...), len(lines)
	}
	at := len(lines) + len(cal) + 1
	return append(append(append(lines, cal...), ""), res...), at
}

// firstNights says the first n nights of a period: "the first night", "the first 7 nights".
func firstNights(n int) string {
	return words.Choose(n, "the first night", "the first "+words.Nouns(n, "night"))
}

// capitalised is s with its first letter upper case.
func capitalised(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
