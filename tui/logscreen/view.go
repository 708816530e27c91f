package logscreen

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/tui/layout"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// labelWidth is the width of the card's label column.
const labelWidth = 11

// formChrome is the lines above an open form: its title and a line of live
// figures or a reminder of the keys.
const formChrome = 2

// row is one line of the card the cursor can rest on.
type row struct {
	sec section
	ep  int
	add bool
}

func (m *Model) rows() []row {
	var rows []row
	if m.data != nil {
		for i := range m.cur().text.Episodes {
			rows = append(rows, row{sec: secEpisode, ep: i})
		}
	}
	return append(rows, row{sec: secEpisode, add: true}, row{sec: secSleep}, row{sec: secDay}, row{sec: secPosition}, row{sec: secNotes})
}

func (m *Model) rowOf(sec section, ep int) int {
	for i, r := range m.rows() {
		if r.sec == sec && (sec != secEpisode || (!r.add && r.ep == ep)) {
			return i
		}
	}
	return 0
}

func (m *Model) wide() bool { return m.width >= wideWidth }

func (m *Model) leftWidth() int { return (m.width - 3) / 2 }

func (m *Model) rightWidth() int { return m.width - m.leftWidth() - 3 }

func (m *Model) formSize() (int, int) {
	w := m.width
	if m.wide() {
		w = m.rightWidth()
	}
	return max(20, w), max(3, m.height-formChrome)
}

// View implements screen.Screen.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 || m.data == nil {
		return ""
	}
	d := m.cur()
	if m.wide() {
		var right string
		if m.form != nil {
			right = m.formView(d, m.rightWidth())
		} else {
			right = m.beforeView(m.rightWidth())
		}
		return layout.Columns(m.height, m.st.Faint.Render(" │ "),
			layout.Box{Text: m.cardView(d, m.leftWidth(), m.height), Width: m.leftWidth()},
			layout.Box{Text: right, Width: m.rightWidth()})
	}
	if m.form != nil {
		return layout.Fit(m.formView(d, m.width), m.width, m.height)
	}
	return layout.Fit(m.cardView(d, m.width, m.height), m.width, m.height)
}

// heading is the night's date and its state, right-aligned in width.
func (m *Model) heading(d *draft, width int, what string) string {
	title := m.st.Title.Render(nightcard.LongDate(d.date))
	if d.date == m.lastNight() {
		title += m.st.Muted.Render(" · last night")
	}
	if what != "" {
		title += m.st.Muted.Render(" · ") + m.st.Label.Render(what)
	}
	var badge string
	unsaved := d.unsaved()
	switch {
	case d.saving:
		badge = m.st.Muted.Render("saving…")
	case unsaved && d.logged:
		badge = m.st.Warn.Render("changed, not saved")
	case unsaved:
		badge = m.st.Warn.Render("not saved yet")
	case !d.logged:
		badge = m.st.Warn.Render("not logged yet")
	default:
		badge = m.st.Good.Render("✓ logged")
	}
	room := width - lipgloss.Width(title) - lipgloss.Width(badge)
	if room < 2 {
		return title
	}
	return title + strings.Repeat(" ", room) + badge
}

// bannerLines is the most a red-flag banner takes on the card.
const bannerLines = 3

// banner is the urgent red flags, checked on every save, in a few lines.
func (m *Model) banner(width int) []string {
	if len(m.flags) == 0 {
		return nil
	}
	text := "⚠ " + m.flags[0].Message
	if len(m.flags) > 1 {
		text += " (" + words.Nouns(len(m.flags)-1, "more urgent note") + ".)" // not "1 more urgent notes"
	}
	lines := nightcard.Flow(strings.Fields(text), " ", width-2)
	if len(lines) > bannerLines {
		lines = append(lines[:bannerLines-1:bannerLines-1], layout.Words(lines[bannerLines-1]+" "+lines[bannerLines], width-3))
	}
	for i, l := range lines {
		lines[i] = m.st.Bad.Render("│ ") + m.st.Warn.Render(l)
	}
	return lines
}

// guide says in a line what to do next.
func (m *Model) guide(d *draft) string {
	unsaved := d.unsaved()
	switch {
	case !d.logged && !unsaved && len(m.data.Nights) == 0:
		return "Your first night. Fill in what you know; nothing is required. ctrl+s saves it."
	case !d.logged && !unsaved && len(m.data.Before(d.date)) == 0:
		// No night before it: nothing usual to fill it in from, as the n
		// key's help says (issue 11.11).
		return "No night before this one to fill it in from. n: no cramps. ctrl+s saves it."
	case !d.logged && !unsaved && !usualKnown(d.base):
		// Nothing usual recorded, or only a trial's habit, which is never
		// prefilled (SPEC §11.3).
		return "Nothing usual to prefill yet. n: no cramps. ctrl+s saves it."
	case !d.logged && !unsaved:
		return "Prefilled from your usual nights. n: no cramps, usual day. ctrl+s: save as is."
	case !d.logged:
		return "Not saved yet: ctrl+s saves the night."
	case unsaved:
		return "Changed since it was saved: ctrl+s saves the changes."
	}
	return "Logged. enter edits the marked part; [ and ] move to other nights."
}

// cardView draws the night as a card, scrolled so the cursor row shows.
func (m *Model) cardView(d *draft, width, height int) string {
	n, _ := d.text.parse(d.date)
	head := []string{m.heading(d, width, "")}
	head = append(head, m.banner(width)...)
	head = append(head, m.trialLines(d, width)...)
	for _, l := range nightcard.Flow(strings.Fields(m.guide(d)), " ", width) {
		head = append(head, m.st.Muted.Render(l))
	}
	head = append(head, "")

	var body []string
	cursorFrom, cursorTo := 0, 0
	textWidth := max(10, width-2-labelWidth)
	for i, r := range m.rows() {
		label, lines := m.rowText(d, n, r, textWidth)
		selected := i == m.cursor
		if selected {
			cursorFrom = len(body)
		}
		for j, l := range lines {
			marker := "  "
			lab := strings.Repeat(" ", labelWidth)
			if j == 0 {
				lab = m.st.Label.Render(label) + strings.Repeat(" ", max(0, labelWidth-lipgloss.Width(label)))
				if selected {
					marker = m.st.Cursor.Render("▸ ")
				}
			}
			body = append(body, marker+lab+l)
		}
		if selected {
			cursorTo = len(body)
		}
	}
	if len(d.problems) > 0 {
		body = append(body, "", m.st.Problem.Render(fmt.Sprintf("✗ %s %s the save; %s marked above.", words.Nouns(len(d.problems), "problem"),
			words.Choose(len(d.problems), "stops", "stop"), words.Choose(len(d.problems), "it is", "they are"))))
	}

	room := height - len(head)
	if room > 0 && len(body) > room {
		off := 0
		if cursorTo > room {
			off = min(cursorTo-room, cursorFrom)
		}
		body = body[off:min(len(body), off+room)]
	}
	return strings.Join(append(head, body...), "\n")
}

// rowText returns the label and the lines of one card row.
func (m *Model) rowText(d *draft, n diary.Night, r row, width int) (string, []string) {
	st := m.st
	muted := func(s string) []string { return []string{st.Muted.Render(s)} }
	switch {
	case r.add:
		label := ""
		if len(d.text.Episodes) == 0 {
			label = "Cramps"
			what := "none"
			if !n.CrampsKnown() {
				what = "not recorded"
			}
			return label, []string{st.Text.Render(what) + st.Muted.Render("  ·  a adds a cramp")}
		}
		return label, muted("+ add a cramp (a)")
	case r.sec == secEpisode:
		label := ""
		if r.ep == 0 {
			label = "Cramps"
		}
		parts := nightcard.Episode(n.Episodes[r.ep])
		parts[0] = fmt.Sprintf("%d. %s", r.ep+1, parts[0])
		lines := nightcard.Flow(parts, " · ", width)
		if w := nightcard.Warnings(n.Episodes[r.ep]); len(w) > 0 {
			lines = append(lines, st.Bad.Render("   ⚠ "+strings.Join(w, ", ")))
		}
		return label, m.withProblems(d, r.sec.prefix(r.ep), lines, width)
	case r.sec == secSleep:
		parts := nightcard.Sleep(n.Sleep)
		if len(parts) == 0 {
			return "Sleep", m.withProblems(d, "sleep.", muted("not recorded  ·  s fills it in"), width)
		}
		lines := nightcard.Flow(parts, " · ", width)
		if tot := nightcard.SleepTotals(n.Sleep); len(tot) > 0 {
			lines = append(lines, st.Accent.Render(strings.Join(tot, " · ")))
		}
		return "Sleep", m.withProblems(d, "sleep.", lines, width)
	case r.sec == secDay:
		parts := nightcard.Day(n.Day, false)
		if len(parts) == 0 {
			return "Day", m.withProblems(d, "day.", muted("not recorded  ·  d fills it in"), width)
		}
		return "Day", m.withProblems(d, "day.", nightcard.Flow(parts, " · ", width), width)
	case r.sec == secPosition:
		parts := nightcard.Position(n.Position, false)
		if len(parts) == 0 {
			return "Position", muted("not recorded  ·  p fills it in")
		}
		return "Position", nightcard.Flow(parts, " · ", width)
	case r.sec == secNotes:
		if strings.TrimSpace(n.Notes) == "" {
			return "Notes", muted("none  ·  w writes a note") // the key, as the other rows give theirs (issue 11.10)
		}
		lines := nightcard.Flow(strings.Fields(n.Notes), " ", width)
		if len(lines) > 3 {
			lines = append(lines[:3:3], st.Muted.Render("…"))
		}
		return "Notes", lines
	}
	return "", nil
}

// withProblems adds the problems of the fields under prefix below lines.
func (m *Model) withProblems(d *draft, prefix string, lines []string, width int) []string {
	var paths []string
	for p := range d.problems {
		if strings.HasPrefix(p, prefix) {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	for _, p := range paths {
		for _, l := range nightcard.Flow(strings.Fields("✗ "+labelOf(p)+": "+d.problems[p]), " ", width) {
			lines = append(lines, m.st.Problem.Render(l))
		}
	}
	return lines
}

// formView draws the open form under its title, with live figures below.
func (m *Model) formView(d *draft, width int) string {
	what := m.sec.title()
	if m.sec == secEpisode {
		what = fmt.Sprintf("Cramp %d", m.ep+1)
	}
	var live string
	n, _ := d.text.parse(d.date)
	switch m.sec {
	case secSleep:
		if tot := nightcard.SleepTotals(n.Sleep); len(tot) > 0 {
			live = m.st.Accent.Render(strings.Join(tot, " · "))
		} else {
			live = m.st.Muted.Render("total sleep and efficiency show when the times are in")
		}
	default:
		live = m.st.Muted.Render("esc closes and keeps what you typed · ctrl+s saves the night")
	}
	head := m.heading(d, width, what)
	if m.wide() {
		// The card beside it already says which night this is.
		head = m.st.Title.Render(what)
	}
	return strings.Join([]string{head, live, m.form.View()}, "\n")
}

// beforeView lists the week of nights before the one shown, for the room
// of a wide terminal.
func (m *Model) beforeView(width int) string {
	lines := []string{m.st.Title.Render("The nights before"), ""}
	for i := 1; i <= 7; i++ {
		date := m.date.AddDays(-i)
		left := nightcard.ShortDate(date)
		left += strings.Repeat(" ", max(0, 12-lipgloss.Width(left)))
		n, ok := m.data.Night(date)
		if !ok {
			lines = append(lines, m.st.Muted.Render(left+"not logged"))
			continue
		}
		parts := []string{nightcard.CrampsAlone(n)}
		if v, ok := n.Sleep.TotalSleepMin().Get(); ok {
			parts = append(parts, "slept "+words.SleepTime(v))
		}
		style := m.st.Text
		if n.CrampNight() {
			style = m.st.Warn
		}
		lines = append(lines, left+style.Render(ansi.Truncate(strings.Join(parts, " · "), width-12, "…")))
	}
	u := diary.Usual(m.data.Nights)
	if t, ok := m.trialOf(m.date); ok {
		forgetHabit(&u, t.Habit) // not the usual during a trial: asked each morning
	}
	if parts := nightcard.Day(u.Day, false); len(parts) > 0 {
		lines = append(lines, "", m.st.Title.Render("Your usual day"), "")
		for _, l := range nightcard.Flow(parts, " · ", width) {
			lines = append(lines, m.st.Muted.Render(l))
		}
	}
	return strings.Join(lines, "\n")
}

// usualKnown reports whether a prefilled night holds any usual value.
func usualKnown(n diary.Night) bool {
	return n.Sleep != (diary.Sleep{}) || dayKnown(n.Day) || n.Position != (diary.Position{})
}
