// Package placeholder is a screen that is not built yet: it says so politely,
// says what it will show, and points to what works meanwhile. The Week and
// Insights screens use it until their own packages replace it.
package placeholder

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/tui/nightcard"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

// Model is a screen that is still to come.
type Model struct {
	st            styles.Styles
	title         string
	paragraphs    []string
	width, height int
}

// New returns a placeholder titled title, saying the paragraphs.
func New(st styles.Styles, title string, paragraphs ...string) *Model {
	return &Model{st: st, title: title, paragraphs: paragraphs}
}

// Init implements screen.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// Update implements screen.Screen; a placeholder reacts to nothing.
func (m *Model) Update(tea.Msg) (screen.Screen, tea.Cmd) { return m, nil }

// SetSize implements screen.Screen.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Capturing implements screen.Screen.
func (m *Model) Capturing() bool { return false }

// ShortHelp implements help.KeyMap: a placeholder has no keys of its own.
func (m *Model) ShortHelp() []key.Binding { return nil }

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding { return nil }

// View implements screen.Screen.
func (m *Model) View() string {
	if m.width <= 0 {
		return ""
	}
	width := min(m.width-2, 72)
	lines := []string{"", " " + m.st.Title.Render(m.title), ""}
	for _, p := range m.paragraphs {
		for _, l := range nightcard.Flow(strings.Fields(p), " ", width) {
			lines = append(lines, " "+m.st.Text.Render(l))
		}
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}
