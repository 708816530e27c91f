package keys

import "github.com/charmbracelet/bubbles/key"

// The bindings several screens share. A screen embeds the group in its own
// KeyMap, so the keys are the same everywhere and only the help words, which
// say what the key does on that screen, are its own.

// Lines move a cursor, or scroll a page, one line: ↑ or k, ↓ or j.
type Lines struct {
	Up, Down key.Binding
}

// NewLines returns the line keys, helped as up and down.
func NewLines(up, down string) Lines {
	return Lines{
		Up:   key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", up)),
		Down: key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", down)),
	}
}

// Pages scroll a page by a screenful: pgup or b, pgdn or space.
type Pages struct {
	PageUp, PageDown key.Binding
}

// NewPages returns the page keys.
func NewPages() Pages {
	return Pages{
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " "), key.WithHelp("pgdn", "page down")),
	}
}

// NewAnswer returns the keys of a screen's yes/no question, helped as yes
// and no ("delete it", "keep it"); n, N and esc all say no.
func NewAnswer(yes, no string) Confirm {
	return Confirm{
		Yes: key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", yes)),
		No:  key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", no)),
	}
}

// Form are the keys of an open form: Close keeps what was typed, FormSave
// saves it.
type Form struct {
	Close, FormSave key.Binding
}

// NewForm returns the form keys, FormSave helped as save ("save night").
func NewForm(save string) Form {
	return Form{
		Close:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close, keep values")),
		FormSave: key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", save)),
	}
}
