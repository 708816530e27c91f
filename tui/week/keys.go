package week

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/crampsdiary/cramps/tui/keys"
)

// KeyMap are the keys of the Week screen.
type KeyMap struct {
	Prev, Next, This key.Binding
	Weeks            key.Binding // ← and → together, for the short help
	keys.Lines                   // scroll, when the screen is taller than the room
	Flags, Back      key.Binding // the red flags in full, and back from them
	Seen             key.Binding // on the red flags: a doctor has seen them
}

// NewKeyMap returns the Week screen's keys.
func NewKeyMap() KeyMap {
	return KeyMap{
		Prev:  key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←", "week before")),
		Next:  key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→", "week after")),
		This:  key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "this week")),
		Weeks: key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "weeks")),
		Lines: keys.NewLines("scroll up", "scroll down"),
		Flags: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "red flags")),
		Back:  key.NewBinding(key.WithKeys("esc", "f"), key.WithHelp("esc", "back to the week")),
		Seen:  keys.NewSeen(),
	}
}
