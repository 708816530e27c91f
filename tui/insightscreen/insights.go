// Package insightscreen is the Insights screen: which of the documented triggers
// go with more or fewer cramps in the user's own diary.
//
// Red flags come first, then the background risk factors of the profile,
// then one row per catalog factor and per medication start: nights with and
// without it, the cramp-night rate of each, the ratio of the two with its
// 95% interval drawn on a shared log scale, the verdict and the strength of
// the published evidence, sorted so that what matters is on top. Enter opens
// a row: the user's numbers in sentences, what the sources and the
// literature say, what to try. A standing line says that these are
// associations in one person's diary, not proof of cause, and not medical
// advice.
//
// The analysis runs in a command whenever the diary changes (a DataMsg after
// loading and after every save); a generation counter drops the results of
// older diaries, so a stale table is never shown as current.
package insightscreen

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/tui/keys"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

// mode is what the screen shows.
type mode int

const (
	modeTable  mode = iota // the table; the keys move the cursor
	modeDetail             // the page of the row under the cursor; the keys scroll it
	modeNotes              // the page of every red flag and the background
)

// Model is the Insights screen.
type Model struct {
	st   styles.Styles
	keys KeyMap

	// gen counts the diaries received; res is the analysis of generation
	// resGen, nil until the first arrives.
	gen, resGen int
	res         *result
	early       screen.EarlyKeys // typed before the first analysis arrived
	flags       []redflags.Flag
	flagsGen    int // counts the RedFlagsMsgs, so the notes page is rebuilt for new ones

	mode           mode
	cursor, offset int
	page           viewport.Model // the page's scrolling
	pageLines      []string       // the page's content, laid out
	pageOf         pageKey        // what the page holds

	width, height int
	lay           frame
}

// pageKey names the content of the page, so it is laid out again only when
// that changes.
type pageKey struct {
	what  string // a row's id, or notesPage
	res   *result
	flags int // the flags' generation, for the notes
	width int
}

// notesPage is the pageKey.what of the red flags and background.
const notesPage = "\x00notes"

// New returns the Insights screen.
func New(st styles.Styles) *Model {
	m := &Model{st: st, keys: NewKeyMap(), page: viewport.New(0, 0)}
	m.syncKeys()
	return m
}

// Init implements screen.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// SetSize implements screen.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.relayout()
	// The size decides whether the page shows beside the table, and so
	// which keys work (t tests the row beside it): a result that came
	// before the size must not leave the keys of the old one.
	m.syncPage()
	m.syncKeys()
}

// Capturing implements screen.Screen: the screen has no text field.
func (m *Model) Capturing() bool { return false }

// Update implements screen.Screen.
func (m *Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	return screen.Synced(m, m.update(msg), m.syncKeys)
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case screen.DataMsg:
		m.gen++
		m.relayout() // the title says the table is being brought up to date
		return analyze(m.gen, msg.Data)
	case analyzedMsg:
		if msg.gen != m.gen {
			return nil // the analysis of an older diary; a newer one is on its way
		}
		m.setResult(msg.gen, msg.res)
		m.syncKeys() // the keys that work on a result, before the early ones act
		return m.early.ReleaseTo(m)
	case screen.RedFlagsMsg:
		m.flags = msg.Flags
		m.flagsGen++
		m.relayout()
		return nil
	case tea.KeyMsg:
		if m.res == nil {
			m.early.Hold(msg)
			return nil
		}
		if h, ok := m.testable(); ok && key.Matches(msg, m.keys.Test) {
			return screen.Ask(screen.PlanTrialMsg{Habit: h})
		}
		// a on the notes: a doctor has seen the red flags, as on Week's.
		if m.mode == modeNotes && key.Matches(msg, m.keys.Seen) {
			return screen.AckFlags(m.flags)
		}
		switch m.mode {
		case modeDetail, modeNotes:
			m.scrollKey(msg)
		default:
			m.tableKey(msg)
		}
		m.syncPage()
	}
	return nil
}

// setResult shows a new analysis, keeping the cursor on the row it was on.
func (m *Model) setResult(gen int, res *result) {
	keep := ""
	if r, ok := m.selected(); ok {
		keep = r.id
	}
	m.res, m.resGen = res, gen
	m.cursor = 0
	for i := range res.rows {
		if res.rows[i].id == keep {
			m.cursor = i
		}
	}
	m.relayout()
}

// selected returns the row under the cursor.
func (m *Model) selected() (*row, bool) {
	if m.res == nil || m.cursor < 0 || m.cursor >= len(m.res.rows) {
		return nil, false
	}
	return &m.res.rows[m.cursor], true
}

func (m *Model) tableKey(msg tea.KeyMsg) {
	k := m.keys
	if d, ok := k.Move(msg, max(1, m.lay.rows-1), len(m.res.rows)); ok {
		m.move(d)
		return
	}
	switch {
	case key.Matches(msg, k.Open):
		if _, ok := m.selected(); ok {
			m.mode = modeDetail
		}
	case key.Matches(msg, k.Notes):
		m.mode = modeNotes
		m.relayout() // without the banner the page repeats
	}
}

func (m *Model) scrollKey(msg tea.KeyMsg) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Back):
		if m.mode == modeNotes {
			defer m.relayout() // the banner comes back
		}
		m.mode = modeTable
	case keys.Scroll(msg, k.Lines, k.Pages, &m.page):
	case key.Matches(msg, k.Top):
		m.page.GotoTop()
	case key.Matches(msg, k.Bottom):
		m.page.GotoBottom()
	case m.mode == modeDetail && key.Matches(msg, k.Prev):
		m.move(-1)
	case m.mode == modeDetail && key.Matches(msg, k.Next):
		m.move(1)
	}
}

func (m *Model) move(by int) {
	if m.res == nil {
		return
	}
	m.cursor = max(0, min(len(m.res.rows)-1, m.cursor+by))
	m.scroll()
}

// scroll keeps the cursor within the rows shown.
func (m *Model) scroll() {
	h := m.lay.rows
	if h <= 0 || m.res == nil {
		return
	}
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+h {
		m.offset = m.cursor - h + 1
	}
	m.offset = max(0, min(m.offset, len(m.res.rows)-h))
}

// syncPage lays out the page when what it should hold has changed: the row
// under the cursor (opened, or beside the table on a wide terminal), or the
// red flags.
func (m *Model) syncPage() {
	if m.res == nil || m.width <= 0 {
		return
	}
	want := pageKey{res: m.res, width: m.lay.pageW, flags: m.flagsGen}
	switch {
	case m.mode == modeNotes:
		want.what = notesPage
	case m.mode == modeDetail || m.lay.split:
		r, ok := m.selected()
		if !ok {
			return
		}
		want.what = r.id
	default:
		return
	}
	m.page.Width, m.page.Height = m.lay.pageW, m.lay.pageH
	if want == m.pageOf {
		return
	}
	var d doc
	if want.what == notesPage {
		d = notesDoc(m.flags, m.res.analysis.Background)
	} else {
		r, _ := m.selected()
		d = detailDoc(r, &m.res.analysis)
	}
	y := m.page.YOffset
	m.pageLines = d.lines(m.st, m.lay.pageW)
	m.page.SetContent(joinLines(m.pageLines))
	if want.what != m.pageOf.what {
		y = 0 // another page starts at its top; the same one keeps its place
	}
	m.page.SetYOffset(y)
	m.pageOf = want
}

// syncKeys enables the keys that do something now.
func (m *Model) syncKeys() {
	k := &m.keys
	ready := m.res != nil
	table := ready && m.mode == modeTable
	paged := ready && m.mode != modeTable
	has := ready && len(m.res.rows) > 0
	k.List.SetEnabled((table && has) || paged)
	// ↑ and ↓ show in help only where they move something: not ↓ on the
	// last row or at the end of a page.
	switch {
	case table && has:
		k.Up.SetEnabled(m.cursor > 0)
		k.Down.SetEnabled(m.cursor < len(m.res.rows)-1)
	case paged:
		k.Up.SetEnabled(!m.page.AtTop())
		k.Down.SetEnabled(!m.page.AtBottom())
	}
	k.Open.SetEnabled(table && has)
	k.Notes.SetEnabled(table)
	k.Back.SetEnabled(paged)
	k.Prev.SetEnabled(ready && m.mode == modeDetail && m.cursor > 0)
	k.Next.SetEnabled(has && m.mode == modeDetail && m.cursor < len(m.res.rows)-1)
	_, testable := m.testable()
	k.Test.SetEnabled(ready && testable)
	k.Seen.SetEnabled(ready && m.mode == modeNotes && screen.Unseen(m.flags))
	if m.mode != modeTable {
		k.Up.SetHelp("↑/k", "scroll")
		k.Down.SetHelp("↓/j", "scroll")
	} else {
		k.Up.SetHelp("↑/k", "up")
		k.Down.SetHelp("↓/j", "down")
	}
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch m.mode {
	case modeDetail:
		return []key.Binding{k.Back, k.Test, k.Prev, k.Next, k.Down, k.Up}
	case modeNotes:
		return []key.Binding{k.Back, k.Seen, k.Down, k.Up}
	}
	return []key.Binding{k.Open, k.Test, k.Notes, k.Down, k.Up}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		k.List.Bindings(),
		{k.Open, k.Notes, k.Back, k.Prev, k.Next, k.Test, k.Seen},
	}
}
