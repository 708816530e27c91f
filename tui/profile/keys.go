package profile

import "github.com/crampsdiary/cramps/tui/keys"

// KeyMap are the keys of the Profile screen.
type KeyMap struct {
	keys.Card
	keys.Form
	keys.Confirm
}

// NewKeyMap returns the Profile screen's keys.
func NewKeyMap() KeyMap {
	return KeyMap{
		Card:    keys.NewCard("add a medication", "remove medication"),
		Form:    keys.NewForm("save profile"),
		Confirm: keys.NewAnswer("remove it", "keep it"),
	}
}
