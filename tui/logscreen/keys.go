package logscreen

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/crampsdiary/cramps/tui/keys"
)

// KeyMap are the keys of the Log screen.
type KeyMap struct {
	// On the card.
	keys.Card
	Sleep, Day, Position, Notes     key.Binding
	NoCramps, Undo                  key.Binding
	PrevNight, NextNight, LastNight key.Binding
	Nights                          key.Binding // [ and ] together, for the short help
	// In a form.
	keys.Form
	// In a question.
	keys.Confirm
	// The trial's morning question: AskHabit asks it on the card; the
	// others answer it.
	AskHabit, HabitYes, HabitNo, HabitUnsure, HabitCancel key.Binding
}

// NewKeyMap returns the Log screen's keys.
func NewKeyMap() KeyMap {
	return KeyMap{
		Card:      keys.NewCard("add cramp", "remove cramp"),
		Sleep:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sleep")),
		Day:       key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "day")),
		Position:  key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "position")),
		Notes:     key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "notes")),
		NoCramps:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "no cramps, usual day")),
		Undo:      key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo")),
		PrevNight: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "night before")),
		NextNight: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "night after")),
		Nights:    key.NewBinding(key.WithKeys("[", "]"), key.WithHelp("[ ]", "nights")),
		LastNight: key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "last night")),
		Form:      keys.NewForm("save night"),
		Confirm:   keys.NewAnswer("yes", "no"),

		AskHabit:    key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "trial question")),
		HabitYes:    key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes")),
		HabitNo:     key.NewBinding(key.WithKeys("n", "N"), key.WithHelp("n", "no")),
		HabitUnsure: key.NewBinding(key.WithKeys("u", "U"), key.WithHelp("u", "not sure")),
		HabitCancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}
