package trialscreen

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/crampsdiary/cramps/tui/keys"
)

// KeyMap are the keys of the Trial screen.
type KeyMap struct {
	// Up and Down move the cursor in a list, or scroll the page.
	keys.Lines
	keys.Pages
	// Less and More change the marked value of a plan.
	Less, More key.Binding
	// Open chooses the habit under the cursor, or starts the plan (asking).
	Open key.Binding
	// Back leaves a plan for the habits, or the habits for the trial.
	Back key.Binding
	// New plans a new trial when none is running.
	New key.Binding
	// Stop ends the running trial early (asking).
	Stop key.Binding
	// Peek shows or hides the interim figures of a running trial.
	Peek key.Binding
	// PrevTrial and NextTrial show the trial before or after, by start.
	PrevTrial, NextTrial key.Binding
	// Yes and No answer a question.
	keys.Confirm
}

// NewKeyMap returns the Trial screen's keys.
func NewKeyMap() KeyMap {
	return KeyMap{
		Lines:     keys.NewLines("up", "down"),
		Pages:     keys.NewPages(),
		Less:      key.NewBinding(key.WithKeys("left", "h", "-"), key.WithHelp("←/-", "less")),
		More:      key.NewBinding(key.WithKeys("right", "l", "+", "="), key.WithHelp("→/+", "more")),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Back:      key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back")),
		New:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "plan a new trial")),
		Stop:      key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "stop the trial")),
		Peek:      key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "peek at interim figures")),
		PrevTrial: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "earlier trial")),
		NextTrial: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "later trial")),
		Confirm:   keys.NewAnswer("yes", "no"),
	}
}
