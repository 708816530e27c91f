package history

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/crampsdiary/cramps/tui/keys"
)

// KeyMap are the keys of the History screen.
type KeyMap struct {
	keys.List
	Open, Back, Edit, Delete, Filter key.Binding
	ClearFilter, DoneFilter          key.Binding
	keys.Confirm
	Older, Newer   key.Binding // in an opened night: the neighbouring nights
	Step           key.Binding // Older and Newer together, for the short help
	Undo, NoCramps key.Binding
}

// NewKeyMap returns the History screen's keys.
func NewKeyMap() KeyMap {
	return KeyMap{
		List: keys.List{
			Lines: keys.NewLines("newer", "older"),
			Pages: keys.Pages{
				PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
				PageDown: key.NewBinding(key.WithKeys("pgdown", "f", " "), key.WithHelp("pgdn", "page down")),
			},
			Top:    key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "newest")),
			Bottom: key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "oldest")),
		},
		Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "show night")),
		Back:        key.NewBinding(key.WithKeys("esc", "enter"), key.WithHelp("esc", "back to list")),
		Edit:        key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit in Log")),
		Delete:      key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "delete")),
		Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		DoneFilter:  key.NewBinding(key.WithKeys("esc", "enter", "down", "up"), key.WithHelp("esc/enter", "keep filter")),
		Confirm:     keys.NewAnswer("delete it", "keep it"),
		Older:       key.NewBinding(key.WithKeys("[", "j"), key.WithHelp("[/j", "night before")),
		Newer:       key.NewBinding(key.WithKeys("]", "k"), key.WithHelp("]/k", "night after")),
		Step:        key.NewBinding(key.WithKeys("[", "]"), key.WithHelp("[/]", "other nights")),
		Undo:        key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo the delete")),
		NoCramps:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "no cramps that night")),
	}
}
