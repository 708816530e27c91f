package profile

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/crampsdiary/cramps/tui/keys"
)

// KeyMap are the keys of the Profile screen.
type KeyMap struct {
	keys.Lines
	Open, Add, Remove, Save key.Binding
	keys.Form
	keys.Confirm
}

// NewKeyMap returns the Profile screen's keys.
func NewKeyMap() KeyMap {
	return KeyMap{
		Lines:   keys.NewLines("up", "down"),
		Open:    key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", "edit")),
		Add:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add a medication")),
		Remove:  key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "remove medication")),
		Save:    key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Form:    keys.NewForm("save profile"),
		Confirm: keys.NewAnswer("remove it", "keep it"),
	}
}
