package insightscreen

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/crampsdiary/cramps/tui/keys"
)

// KeyMap are the keys of the Insights screen.
type KeyMap struct {
	// In the table: move the cursor. On a page: scroll it.
	keys.List
	// Open shows the factor under the cursor; Notes the red flags and the
	// background in full; Back returns to the table.
	Open, Notes, Back key.Binding
	// Prev and Next show the factor above or below, on its page.
	Prev, Next key.Binding
	// Test plans a self-experiment of the habit on the page.
	Test key.Binding
	// Seen, on the notes, records that a doctor has seen the red flags.
	Seen key.Binding
}

// NewKeyMap returns the Insights screen's keys.
func NewKeyMap() KeyMap {
	return KeyMap{
		List: keys.List{
			Lines:  keys.NewLines("up", "down"),
			Pages:  keys.NewPages(),
			Top:    key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home", "top")),
			Bottom: key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end", "bottom")),
		},
		Open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Notes: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "red flags & how to read")),
		Back:  key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back")),
		Prev:  key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←", "previous")),
		Next:  key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→", "next")),
		Test:  key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "test it in a trial")),
		Seen:  keys.NewSeen(),
	}
}
