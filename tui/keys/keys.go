// Package keys holds the key bindings of the TUI: the global ones (switching
// screens, help and quitting) and the groups the screens share (lines,
// pages, a yes/no question, a form). Each screen has its own KeyMap beside
// it, embedding the groups it uses.
package keys

import "github.com/charmbracelet/bubbles/key"

// Global are the keys the root handles on every screen, unless a text field
// or a filter has focus (then only ForceQuit).
type Global struct {
	Jump      key.Binding // 1–6: the screen of that number
	Next      key.Binding
	Prev      key.Binding
	Help      key.Binding
	Quit      key.Binding
	ForceQuit key.Binding
}

// NewGlobal returns the global key map.
func NewGlobal() Global {
	return Global{
		Jump:      key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6"), key.WithHelp("1-6", "screens")),
		Next:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next screen")),
		Prev:      key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous screen")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
	}
}

// ShortHelp returns the global keys shown after the screen's own.
func (g Global) ShortHelp() []key.Binding { return []key.Binding{g.Help, g.Quit} }

// FullHelp returns the global keys as one column of the full help.
func (g Global) FullHelp() [][]key.Binding {
	return [][]key.Binding{{g.Jump, g.Next, g.Prev, g.Help, g.Quit, g.ForceQuit}}
}

// Confirm are the keys of a yes/no question in the status line.
type Confirm struct {
	Yes key.Binding
	No  key.Binding
}

// NewConfirm returns the keys of a yes/no question.
func NewConfirm() Confirm {
	return Confirm{
		Yes: key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes")),
		No:  key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n/esc", "no")),
	}
}

// SetEnabled enables or disables both answers: they work while the question
// is asked.
func (c *Confirm) SetEnabled(on bool) {
	c.Yes.SetEnabled(on)
	c.No.SetEnabled(on)
}
