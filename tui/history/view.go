package history

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/tui/layout"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// splitWidth is the width from which the night under the cursor shows
// beside the table.
const splitWidth = 120

// detailWidth is the width of that side pane.
const detailWidth = 54

// column is one column of the table.
type column struct {
	title string
	width int
	right bool
	cell  func(*line) string
}

// columns returns the columns that fit width, the last one taking the rest.
func columns(width int) []column {
	cols := []column{
		{"Night", 15, false, func(l *line) string { return nightcard.Date(l.date) }},
		{"Cramps", 6, true, func(l *line) string { return l.cramps }},
		{"Time", 6, true, func(l *line) string { return l.crampTime }},
		{"Pain", 4, true, func(l *line) string { return l.pain }},
	}
	used := 2 + 15 + 1 + 6 + 1 + 6 + 1 + 4 + 1
	if width-used >= 5+1+4+1+22+17 {
		cols = append(cols, column{"Where", 16, false, func(l *line) string { return l.where }})
		used += 17
	}
	cols = append(cols,
		column{"Sleep", 5, true, func(l *line) string { return l.sleep }},
		column{"Eff", 4, true, func(l *line) string { return l.eff }},
	)
	used += 5 + 1 + 4 + 1
	if width-used >= 22+19 {
		cols = append(cols, column{"Helped", 18, false, func(l *line) string { return l.helps }})
		used += 19
	}
	cols = append(cols, column{"Notable", max(8, width-used), false, func(l *line) string { return l.notable }})
	return cols
}

func (m *Model) split() bool { return m.width >= splitWidth }

func (m *Model) tableWidth() int {
	if m.split() {
		return m.width - detailWidth - 3
	}
	return m.width
}

// tableHeight is the number of nights the table shows at once.
func (m *Model) tableHeight() int {
	h := m.height - 3 // title, blank or filter, header
	return max(1, h)
}

// View implements screen.Screen.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if !m.ready {
		return m.st.Muted.Render("Reading the nights…")
	}
	if len(m.lines) == 0 {
		return strings.Join([]string{
			m.st.Title.Render("History"), "",
			m.st.Text.Render("No nights logged yet."),
			m.st.Muted.Render("Press 1 for Log: last night is waiting, prefilled and ready to save."),
		}, "\n")
	}
	if m.detail && !m.split() {
		return m.detailView(m.width, m.height)
	}
	table := m.tableView(m.tableWidth())
	if !m.split() {
		return table
	}
	return layout.Columns(m.height, m.st.Faint.Render(" │ "),
		layout.Box{Text: table, Width: m.tableWidth()},
		layout.Box{Text: m.detailView(detailWidth, m.height), Width: detailWidth})
}

func (m *Model) tableView(width int) string {
	title := m.st.Title.Render("History")
	crampNights := 0
	for _, i := range m.shown {
		if m.lines[i].crampy {
			crampNights++
		}
	}
	count := fmt.Sprintf("%s · %s with cramps", words.Nouns(len(m.lines), "night"), words.Count(crampNights))
	if m.filter.Value() != "" {
		count = fmt.Sprintf("%s of %s nights match · %s with cramps", words.Count(len(m.shown)), words.Count(len(m.lines)), words.Count(crampNights))
	}
	head := title + "  " + m.st.Muted.Render(count)
	var second string
	switch {
	case m.filtering || m.filter.Value() != "":
		second = m.filter.View()
	}
	cols := columns(width)
	lines := []string{head, second, m.headerRow(cols)}
	if len(m.shown) == 0 {
		// While the filter takes typing, esc keeps it (the help says so):
		// only afterwards does esc clear it.
		none := "  No night matches. esc clears the filter."
		if m.filtering {
			none = "  No night matches what you typed; backspace widens it."
		}
		lines = append(lines, m.st.Muted.Render(none))
	}
	end := min(len(m.shown), m.offset+m.tableHeight())
	for r := m.offset; r < end; r++ {
		lines = append(lines, m.row(cols, &m.lines[m.shown[r]], r == m.cursor, width))
	}
	return strings.Join(lines, "\n")
}

func (m *Model) headerRow(cols []column) string {
	var b strings.Builder
	b.WriteString("  ")
	for _, c := range cols {
		b.WriteString(layout.Pad(c.title, c.width, c.right) + " ")
	}
	return m.st.TableHeader.Render(strings.TrimRight(b.String(), " "))
}

func (m *Model) row(cols []column, l *line, selected bool, width int) string {
	var b strings.Builder
	for _, c := range cols {
		text := c.cell(l)
		if c.title == "Notable" {
			text = layout.Items(text, c.width) // the list ends at a whole item (issue 11.10)
		}
		cell := layout.Pad(text, c.width, c.right)
		switch {
		case selected:
		case c.title == "Cramps" && l.crampy:
			cell = m.st.Warn.Render(cell)
		case c.title == "Notable" || c.title == "Helped" || c.title == "Where":
			cell = m.st.Muted.Render(cell)
		}
		b.WriteString(cell + " ")
	}
	text := strings.TrimRight(b.String(), " ")
	if selected {
		return m.st.Cursor.Render("▸ ") + m.st.Selected.Render(text+strings.Repeat(" ", max(0, width-2-lipgloss.Width(text))))
	}
	return "  " + text
}

// detailView draws the whole night under the cursor.
func (m *Model) detailView(width, height int) string {
	l, ok := m.selected()
	if !ok {
		return ""
	}
	lines := nightLines(m, l.night, width)
	if m.detail && !m.split() {
		lines = lines[min(m.detailOff, m.maxDetailOff()):]
	}
	return strings.Join(lines, "\n")
}

// maxDetailOff is how far the whole-night view can scroll.
func (m *Model) maxDetailOff() int {
	l, ok := m.selected()
	if !ok {
		return 0
	}
	return max(0, len(nightLines(m, l.night, m.width))-m.height)
}

// labelWidth is the width of the detail's label column.
const labelWidth = 10

// nightLines writes every recorded value of a night.
func nightLines(m *Model, n diary.Night, width int) []string {
	st := m.st
	text := max(10, width-labelWidth)
	out := []string{st.Title.Render(nightcard.LongDate(n.Date)), ""}
	add := func(label string, lines []string) {
		for i, l := range lines {
			lab := strings.Repeat(" ", labelWidth)
			if i == 0 {
				lab = st.Label.Render(label) + strings.Repeat(" ", max(0, labelWidth-lipgloss.Width(label)))
			}
			out = append(out, lab+l)
		}
	}
	add("Cramps", []string{nightcard.Cramps(n)})
	for i, e := range n.Episodes {
		parts := nightcard.Episode(e)
		parts[0] = fmt.Sprintf("%d. %s", i+1, parts[0])
		lines := nightcard.Flow(parts, " · ", text)
		if w := nightcard.Warnings(e); len(w) > 0 {
			lines = append(lines, st.Bad.Render("   ⚠ "+strings.Join(w, ", ")))
		}
		add("", lines)
	}
	section := func(label string, parts []string) {
		if len(parts) == 0 {
			add(label, []string{st.Muted.Render("not recorded")})
			return
		}
		add(label, nightcard.Flow(parts, " · ", text))
	}
	section("Sleep", nightcard.Sleep(n.Sleep))
	if tot := nightcard.SleepTotals(n.Sleep); len(tot) > 0 {
		add("", []string{st.Accent.Render(strings.Join(tot, " · "))})
	}
	section("Day", nightcard.Day(n.Day, true))
	section("Position", nightcard.Position(n.Position, true))
	if strings.TrimSpace(n.Notes) != "" {
		add("Notes", nightcard.Flow(strings.Fields(n.Notes), " ", text))
	}
	return out
}
