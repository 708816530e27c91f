package insightscreen

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/tui/layout"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// The wide layout: from splitWidth × splitHeight the page of the row under
// the cursor shows beside the table.
const (
	splitWidth  = 130
	splitHeight = 24
	paneMin     = 40
	paneMax     = 72
	// pageMax is the widest a page's text runs when it has the whole
	// width: longer lines are hard to read.
	pageMax = 100
	// minRows is the fewest table rows the layout gives up other lines for.
	minRows = 5
	// roomyHeight is the height from which the red flags get more lines.
	roomyHeight = 30
)

// frame is the layout at the screen's size: the lines above the table, the
// table's columns and rows, and the page's box.
type frame struct {
	head   []string // title, red flags, background: the full width
	header int      // the table's header lines, 1 or 2
	rows   int      // the table rows shown
	split  bool
	tableW int
	cols   columns
	pageW  int
	pageH  int
	caveat string
	bodyH  int // the lines between the head and the caveat
}

// relayout measures the frame for the screen's size, flags and result.
func (m *Model) relayout() {
	if m.width <= 0 || m.height <= 0 {
		return
	}
	var l frame
	l.split = m.width >= splitWidth && m.height >= splitHeight
	l.caveat = m.caveatLine(m.width)
	title := m.titleLine()
	note, bg := m.noteLines(m.width), m.backgroundLine(m.width)
	bannerMax, header := 2, 2
	if m.height >= roomyHeight {
		bannerMax = max(2, min(8, m.height/4))
	}
	if m.mode == modeNotes {
		// The notes page gives the red flags and the background in full:
		// above it they would say the same twice (issue 11.11).
		bannerMax, bg = 0, ""
	}
	// Give up, in turn, the axis ticks' own line, the note, lines of the red
	// flags (never the first) and the background, until the table has rows.
	giveUp := func() bool {
		switch {
		case header == 2:
			header = 1
		case len(note) > 0:
			note = nil
		case bannerMax > 1:
			bannerMax-- // never the first line, while there are flags to show
		case bg != "":
			bg = ""
		default:
			return false
		}
		return true
	}
	for {
		l.head = append(l.head[:0], title)
		l.head = append(l.head, m.bannerLines(m.width, bannerMax)...)
		l.head = append(l.head, note...)
		if bg != "" {
			l.head = append(l.head, bg)
		}
		l.rows = m.height - 1 - len(l.head) - header
		if l.rows >= minRows || !giveUp() {
			break
		}
	}
	l.rows = max(1, l.rows)
	for i, h := range l.head {
		l.head[i] = ansi.Truncate(h, m.width, "…")
	}
	l.header = header
	l.bodyH = max(1, m.height-1-len(l.head))
	l.tableW = m.width
	l.pageW, l.pageH = min(m.width, pageMax), l.bodyH
	if l.split {
		l.pageW = max(paneMin, min(paneMax, (m.width-3)*3/10))
		l.tableW = m.width - l.pageW - 3
	}
	if m.res != nil {
		l.cols = fitColumns(l.tableW, m.res.rows)
	}
	m.lay = l
	m.scroll()
	m.syncPage()
}

// titleLine is the screen's name and what the analysis covers.
func (m *Model) titleLine() string {
	t := m.st.Title.Render("Insights")
	if m.res == nil {
		return t
	}
	a := &m.res.analysis
	what := words.Nouns(a.Nights, "night")
	if m.res.logged > a.Nights {
		// Nights whose cramps were not recorded are logged but not compared.
		what = words.Count(a.Nights) + " of " + words.Nouns(m.res.logged, "night")
	}
	what += " · " + words.Count(a.CrampNights) + " with cramps"
	if from, ok := a.From.Get(); ok {
		what += " · " + periodWords(from, a.To.Or(from))
	}
	if m.resGen != m.gen {
		what += " · updating…"
	}
	return t + "  " + m.st.Muted.Render(what)
}

// noteLines tell a new diary how many nights a verdict needs.
func (m *Model) noteLines(width int) []string {
	if m.res == nil || m.res.analysis.Nights >= insights.MinKnownNights {
		return nil
	}
	text := "A verdict needs at least " + strconv.Itoa(insights.MinKnownNights) +
		" logged nights that say whether there were cramps; you have " + words.Count(m.res.analysis.Nights) + " so far. The rows fill in as you log."
	lines := nightcard.Flow(strings.Fields(text), " ", width)
	for i, l := range lines {
		lines[i] = m.st.Text.Render(l)
	}
	return lines
}

// backgroundLine names the profile's background risk factors in one line.
func (m *Model) backgroundLine(width int) string {
	if m.res == nil || len(m.res.analysis.Background) == 0 {
		return ""
	}
	names := make([]string, len(m.res.analysis.Background))
	for i, b := range m.res.analysis.Background {
		names[i] = lowerFirst(b.Name)
	}
	lead := "Background: "
	if width >= 120 {
		lead = "Background in your profile that the sources link with cramps: "
	}
	return m.st.Label.Render(lead) + m.st.Text.Render(layout.Words(strings.Join(names, ", "), width-ansi.StringWidth(lead)))
}

// caveatLine is the standing line: the longest wording that fits.
func (m *Model) caveatLine(width int) string {
	all := caveats()
	text := all[len(all)-1]
	for _, c := range all {
		if lipgloss.Width(c) <= width {
			text = c
			break
		}
	}
	return m.st.Muted.Render(text)
}

// View implements screen.Screen.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.res == nil {
		return m.st.Title.Render("Insights") + "\n\n" + m.st.Muted.Render("Working out your insights…")
	}
	l := &m.lay
	var body string
	switch {
	case l.split:
		sep := m.st.Faint.Render(" │ ")
		if m.mode != modeTable {
			sep = m.st.Accent.Render(" ┃ ") // the keys scroll the page beside the table
		}
		body = layout.Columns(l.bodyH, sep,
			layout.Box{Text: m.tableView(), Width: l.tableW},
			layout.Box{Text: m.pageView(), Width: l.pageW})
	case m.mode == modeTable:
		body = layout.Fit(m.tableView(), m.width, l.bodyH)
	default:
		body = layout.Fit(m.pageView(), m.width, l.bodyH)
	}
	return strings.Join(l.head, "\n") + "\n" + body + "\n" + l.caveat
}

// tableView is the header and the rows in view.
func (m *Model) tableView() string {
	l := &m.lay
	lines := make([]string, 0, l.header+l.rows)
	lines = append(lines, m.headerLines()...)
	end := min(len(m.res.rows), m.offset+l.rows)
	for i := m.offset; i < end; i++ {
		lines = append(lines, m.rowLine(&m.res.rows[i], i == m.cursor))
	}
	return strings.Join(lines, "\n")
}

// headerLines are the column titles and, on a second line when there is
// room, the ticks of the ratio's axis.
func (m *Model) headerLines() []string {
	c := &m.lay.cols
	// The longest title that fits the bar whole: never "Ratio (9…" (issue 11.13).
	barTitle := "Ratio"
	switch {
	case c.bar >= len("Ratio, 95% interval"):
		barTitle = "Ratio, 95% interval"
	case c.bar >= len("Ratio (95%)"):
		barTitle = "Ratio (95%)"
	}
	if m.lay.header == 1 {
		barTitle = axisTicks(c.bar)
	}
	cells := []string{layout.Pad("Factor", c.name, false), layout.Pad("With", c.with, true), layout.Pad("Without", c.without, true), layout.Pad(barTitle, c.bar, false)}
	if c.ratio > 0 {
		cells = append(cells, layout.Pad("", c.ratio, false))
	}
	cells = append(cells, layout.Pad("Verdict", c.verdict, false))
	if c.evidence > 0 {
		cells = append(cells, layout.Pad("Evidence", c.evidence, false))
	}
	if c.q > 0 {
		cells = append(cells, layout.Pad("q", c.q, true))
	}
	if c.effN > 0 {
		cells = append(cells, layout.Pad("Eff. N", c.effN, true))
	}
	first := m.st.TableHeader.Render(strings.TrimRight("  "+strings.Join(cells, " "), " "))
	if m.lay.header == 1 {
		return []string{first}
	}
	indent := 2 + c.name + 1 + c.with + 1 + c.without + 1
	return []string{first, m.st.Muted.Render(strings.Repeat(" ", indent) + axisTicks(c.bar))}
}

// rowLine draws one row; the selected one is highlighted and unstyled
// inside, so its highlight runs unbroken.
func (m *Model) rowLine(r *row, selected bool) string {
	c := &m.lay.cols
	st := m.st
	plain := func(s string) string { return s }
	style := func(f func(...string) string) func(string) string {
		if selected {
			return plain
		}
		return func(s string) string { return f(s) }
	}
	verdictStyle := st.Text.Render
	switch r.cmp.Verdict {
	case insights.VerdictMoreCramps, insights.VerdictMoreAfter:
		verdictStyle = st.Warn.Render
	case insights.VerdictFewerCramps, insights.VerdictFewerAfter:
		verdictStyle = st.Good.Render
	case insights.VerdictNotEnoughData:
		verdictStyle = st.Muted.Render
	}
	cells := []string{
		style(st.Text.Render)(layout.Pad(r.nameCell(c), c.name, false)),
		style(st.Text.Render)(layout.Pad(r.with, c.with, true)),
		style(st.Text.Render)(layout.Pad(r.without, c.without, true)),
		m.barView(r, c.bar, selected),
	}
	if c.ratio > 0 {
		cells = append(cells, style(st.Muted.Render)(layout.Pad(r.ratio, c.ratio, false)))
	}
	cells = append(cells, style(verdictStyle)(layout.Pad(verdictCell(r), c.verdict, false)))
	if c.evidence > 0 {
		cells = append(cells, style(st.Muted.Render)(layout.Pad(evidenceWord(r.evidence()), c.evidence, false)))
	}
	if c.q > 0 {
		cells = append(cells, style(st.Muted.Render)(layout.Pad(r.q, c.q, true)))
	}
	if c.effN > 0 {
		cells = append(cells, style(st.Muted.Render)(layout.Pad(r.effN, c.effN, true)))
	}
	text := strings.Join(cells, " ")
	if selected {
		return st.Cursor.Render("▸ ") + st.Selected.Render(text+strings.Repeat(" ", max(0, m.lay.tableW-2-lipgloss.Width(text))))
	}
	return "  " + text
}

// barView draws a row's ratio bar, coloured by its verdict unless selected.
func (m *Model) barView(r *row, width int, selected bool) string {
	cells, kinds := barCells(r.cmp, width)
	if selected {
		return string(cells)
	}
	st := m.st
	mark := st.Muted // no clear link: the patterns stand out against it
	switch r.cmp.Verdict {
	case insights.VerdictMoreCramps, insights.VerdictMoreAfter:
		mark = st.Warn
	case insights.VerdictFewerCramps, insights.VerdictFewerAfter:
		mark = st.Good
	case insights.VerdictNotEnoughData:
		mark = st.Muted
	}
	var b strings.Builder
	for i := 0; i < len(cells); {
		j := i
		for j < len(cells) && kinds[j] == kinds[i] && (kinds[i] != 0 || (cells[j] == barOne) == (cells[i] == barOne)) {
			j++
		}
		run := string(cells[i:j])
		switch {
		case kinds[i] != 0:
			b.WriteString(mark.Render(run))
		case cells[i] == barOne:
			b.WriteString(st.Muted.Render(run))
		default:
			b.WriteString(st.Faint.Render(run))
		}
		i = j
	}
	return b.String()
}

// joinLines joins lines for the page.
func joinLines(lines []string) string { return strings.Join(lines, "\n") }

// pageView is the page's lines in view. The viewport keeps the scrolling;
// the lines are drawn here, as they are laid out already and the
// viewport's own drawing would wrap them all again on every frame.
func (m *Model) pageView() string {
	top := min(max(0, m.page.YOffset), len(m.pageLines))
	return joinLines(m.pageLines[top:min(len(m.pageLines), top+m.lay.pageH)])
}
