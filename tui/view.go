package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampsdiary/cramps/tui/layout"
)

// headerHeight is the tabs and the rule under them.
const headerHeight = 2

// helpKeys is what help shows: the active screen's keys that work now and
// the global ones.
type helpKeys struct {
	short  []key.Binding
	full   [][]key.Binding
	global []key.Binding // the short help's global keys, shown apart
}

// ShortHelp implements help.KeyMap.
func (h helpKeys) ShortHelp() []key.Binding { return append(h.short, h.global...) }

// FullHelp implements help.KeyMap.
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }

func (m *Model) helpKeys() helpKeys {
	force := []key.Binding{m.keys.ForceQuit}
	if m.askQuit {
		b := []key.Binding{m.confirm.Yes, m.confirm.No}
		return helpKeys{b, [][]key.Binding{b, force}, force}
	}
	s := m.screens[m.active]
	if s.Capturing() {
		// While a field takes typing, only ctrl+c is global.
		return helpKeys{s.ShortHelp(), append(s.FullHelp(), force), force}
	}
	return helpKeys{s.ShortHelp(), append(s.FullHelp(), m.keys.FullHelp()...), m.keys.ShortHelp()}
}

// helpView is the help under the status line: in short, the screen's keys
// on the left (cut to fit) and the global ones on the right, always shown.
func (m *Model) helpView() string {
	if m.data == nil {
		return m.help.ShortHelpView([]key.Binding{m.keys.Quit})
	}
	hk := m.helpKeys()
	if m.help.ShowAll {
		return m.fullHelp(hk.FullHelp())
	}
	right := m.help.ShortHelpView(hk.global)
	l := m.shortHelpFit(hk.short, max(0, m.width-lipgloss.Width(right)-3))
	return l + strings.Repeat(" ", max(1, m.width-lipgloss.Width(l)-lipgloss.Width(right))) + right
}

// shortHelpFit is the short help of bindings in at most width cells: as many
// as fit, then " …" when some are left out. bubbles' own cut adds a binding
// that does not fit when there is no room for its "…" either, which pushed
// "? help · q quit" off the line (History's night at 80 columns).
func (m *Model) shortHelpFit(bindings []key.Binding, width int) string {
	h := m.help
	h.Width = 0 // no cut of its own
	var on []key.Binding
	for _, b := range bindings {
		if b.Enabled() {
			on = append(on, b)
		}
	}
	// The styles are inline: an item is as wide as its words.
	sep, tail := lipgloss.Width(h.ShortSeparator), 1+lipgloss.Width(h.Ellipsis)
	ends := make([]int, len(on)) // the width of the first i+1 items
	for i, b := range on {
		w := lipgloss.Width(b.Help().Key) + 1 + lipgloss.Width(b.Help().Desc)
		if i > 0 {
			w += ends[i-1] + sep
		}
		ends[i] = w
	}
	n := len(on)
	for n > 0 && (ends[n-1] > width || n < len(on) && ends[n-1]+tail > width) {
		n--
	}
	if n == len(on) {
		return h.ShortHelpView(on)
	}
	if n == 0 && tail > width {
		return ""
	}
	return h.ShortHelpView(on[:n]) + " " + h.Styles.Ellipsis.Render(h.Ellipsis)
}

// fullHelp lays the columns of the full help side by side, starting a new
// row of columns where the next would not fit, so every key shows.
func (m *Model) fullHelp(groups [][]key.Binding) string {
	const gap = "   "
	var rows []string
	row := ""
	for _, g := range groups {
		block := m.help.FullHelpView([][]key.Binding{g})
		if strings.TrimSpace(block) == "" {
			continue
		}
		if row != "" && lipgloss.Width(row)+len(gap)+lipgloss.Width(block) > m.width {
			rows = append(rows, row)
			row = ""
		}
		if row == "" {
			row = block
		} else {
			row = lipgloss.JoinHorizontal(lipgloss.Top, row, gap, block)
		}
	}
	if row != "" {
		rows = append(rows, row)
	}
	return strings.Join(rows, "\n")
}

// layout gives the screens the room left by the header, the status line
// and the help, when it changed.
func (m *Model) layout() {
	if m.width == 0 {
		return
	}
	w := m.width
	h := max(1, m.height-headerHeight-1-lipgloss.Height(m.helpView()))
	if w == m.bodyW && h == m.bodyH {
		return
	}
	m.bodyW, m.bodyH = w, h
	for _, s := range m.screens {
		s.SetSize(w, h)
	}
}

// View implements tea.Model.
func (m *Model) View() string {
	if m.quitting || m.width == 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		note := "Please make the window larger: cramps needs " + strconv.Itoa(minWidth) + "×" +
			strconv.Itoa(minHeight) + ", this one is " + strconv.Itoa(m.width) + "×" + strconv.Itoa(m.height) + "."
		return layout.Fit(ansi.Wrap(note, m.width, ""), m.width, m.height)
	}
	var body string
	switch {
	case m.loadErr != nil:
		body = m.st.StatusError.Render("Could not read the diary: "+m.loadErr.Error()) + "\n\n" +
			m.st.Muted.Render("Nothing was changed. q quits; `cramps check` looks the file over.")
	case m.data == nil:
		body = m.st.Muted.Render("Opening your diary…")
	default:
		body = m.screens[m.active].View()
	}
	parts := []string{
		m.headerView(),
		layout.Fit(body, m.bodyW, m.bodyH),
		layout.Fit(m.statusView(), m.width, 1),
		layout.Fit(m.helpView(), m.width, lipgloss.Height(m.helpView())),
	}
	return strings.Join(parts, "\n")
}

// headerView is the name, the tabs with the active one marked, and the demo tag.
// Where they do not fit (60 columns, the least the screens take) the name
// goes, then the tabs close up, so that every tab, the active one above all,
// stays in sight: cut, "6 Trial" went off the line while its screen showed.
func (m *Model) headerView() string {
	brand := m.st.Brand.Render(" cramps ") + " "
	var tag string
	if m.opts.Demo {
		tag = m.st.DemoTag.Render("DEMO")
	}
	line := func(spaced bool) string {
		var tabs []string
		for i := 0; i < screenCount; i++ {
			name := strconv.Itoa(i+1) + " " + screenName(i)
			switch {
			case i == m.active && m.data != nil:
				tabs = append(tabs, m.st.ActiveTab.Render("["+name+"]"))
			case spaced:
				tabs = append(tabs, m.st.Tab.Render(" "+name+" "))
			default:
				tabs = append(tabs, m.st.Tab.Render(name))
			}
		}
		if spaced {
			return strings.Join(tabs, "")
		}
		return strings.Join(tabs, " ")
	}
	var tabs string
	switch full := brand + line(true); {
	case tag == "" && lipgloss.Width(full) <= m.width:
		tabs = full
	case tag != "" && lipgloss.Width(full)+1+lipgloss.Width(tag) <= m.width:
		tabs = full + strings.Repeat(" ", m.width-lipgloss.Width(full)-lipgloss.Width(tag)) + tag
	default:
		tabs = line(true)
		if lipgloss.Width(tabs)+lipgloss.Width(tag)+1 > m.width {
			tabs = line(false)
		}
		if tag != "" {
			tabs = tag + " " + tabs
		}
	}
	rule := m.st.HeaderRule.Render(strings.Repeat("─", m.width))
	return layout.Fit(tabs, m.width, 1) + "\n" + rule
}

// statusView is the one line for confirmations, errors and questions.
func (m *Model) statusView() string {
	switch {
	case m.status == "":
		return ""
	case m.statusErr:
		return m.st.StatusError.Render(layout.Words(m.status, m.width))
	}
	return m.st.StatusInfo.Render(layout.Words(m.status, m.width)) // cut at a word, never mid-word (issue 11.10)
}
