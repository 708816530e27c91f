package profile

import "github.com/charmbracelet/bubbles/key"

// KeyMap are the keys of the Profile screen.
type KeyMap struct {
	Up, Down, Open, Add, Remove, Save key.Binding
	Close, FormSave                   key.Binding
	Yes, No                           key.Binding
}

// NewKeyMap returns the Profile screen's keys.
func NewKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Open:     key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", "edit")),
		Add:      key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add a medication")),
		Remove:   key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "remove medication")),
		Save:     key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Close:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close, keep values")),
		FormSave: key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save profile")),
		Yes:      key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "remove it")),
		No:       key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", "keep it")),
	}
}
