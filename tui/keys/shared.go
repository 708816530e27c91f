package keys

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

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

// Scroll scrolls page by one line or one screenful when msg is one of the
// line or page keys, and reports whether it was.
func Scroll(msg tea.KeyMsg, l Lines, p Pages, page *viewport.Model) bool {
	switch {
	case key.Matches(msg, l.Up):
		page.ScrollUp(1)
	case key.Matches(msg, l.Down):
		page.ScrollDown(1)
	case key.Matches(msg, p.PageUp):
		page.PageUp()
	case key.Matches(msg, p.PageDown):
		page.PageDown()
	default:
		return false
	}
	return true
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

// SetEnabled enables or disables both form keys: they work while a form is
// open.
func (f *Form) SetEnabled(on bool) {
	f.Close.SetEnabled(on)
	f.FormSave.SetEnabled(on)
}

// List are the keys that move a cursor in a list: a line, a page, to the
// top or the bottom. The screens give Top and Bottom their own help.
type List struct {
	Lines
	Pages
	Top, Bottom key.Binding
}

// Move returns how far msg moves a cursor in a list of n rows shown page at
// a time, and whether msg is a key of the list at all.
func (l List) Move(msg tea.KeyMsg, page, n int) (int, bool) {
	switch {
	case key.Matches(msg, l.Up):
		return -1, true
	case key.Matches(msg, l.Down):
		return 1, true
	case key.Matches(msg, l.PageUp):
		return -page, true
	case key.Matches(msg, l.PageDown):
		return page, true
	case key.Matches(msg, l.Top):
		return -n, true
	case key.Matches(msg, l.Bottom):
		return n, true
	}
	return 0, false
}

// SetEnabled enables or disables every key of the list.
func (l *List) SetEnabled(on bool) {
	for _, b := range []*key.Binding{&l.Up, &l.Down, &l.PageUp, &l.PageDown, &l.Top, &l.Bottom} {
		b.SetEnabled(on)
	}
}

// Bindings lists the keys of the list in the order help shows them.
func (l List) Bindings() []key.Binding {
	return []key.Binding{l.Up, l.Down, l.PageUp, l.PageDown, l.Top, l.Bottom}
}

// NewSeen returns the key that, on a screen's red flags, records that a
// doctor has seen them (SPEC §8): a, on Week's and on Insights' notes.
func NewSeen() key.Binding {
	return key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "a doctor has seen these"))
}

// Card are the keys of a screen that shows a card of values and edits them
// in forms (Log, Profile): the line keys move the cursor, enter or e opens
// the form of the line under it, a adds an item, x removes the one under the
// cursor, ctrl+s saves the card.
type Card struct {
	Lines
	Open, Add, Remove, Save key.Binding
}

// NewCard returns the card keys, Add and Remove helped as add and remove
// ("add cramp", "remove cramp").
func NewCard(add, remove string) Card {
	return Card{
		Lines:  NewLines("up", "down"),
		Open:   key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", "edit")),
		Add:    key.NewBinding(key.WithKeys("a"), key.WithHelp("a", add)),
		Remove: key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", remove)),
		Save:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
	}
}
