// Package form holds the compact fields of the cramps forms and the one way
// a huh form is made here.
//
// The fields are huh.Fields that take one line each (a label, the value, and
// beside it the value's problem or a hint), so that a section of the diary
// fits an 80×24 terminal. They never block moving between fields: a value's
// problem is shown beside it and stops only the save, so nothing typed is lost.
// Values are written through to the bound pointer on every key.
package form

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"
)

// Option is one choice of a Choice or Multi field: the value stored and the
// label shown.
type Option struct {
	Value string
	Label string
}

// Opt returns an option whose label is its value.
func Opt(v string) Option { return Option{Value: v, Label: v} }

// Keys are the keys of the fields, shared by all of them.
type Keys struct {
	Next   key.Binding
	Prev   key.Binding
	Left   key.Binding
	Right  key.Binding
	Toggle key.Binding
	Clear  key.Binding
}

// NewKeys returns the field keys.
func NewKeys() Keys {
	return Keys{
		Next:   key.NewBinding(key.WithKeys("tab", "enter", "down"), key.WithHelp("tab/↓", "next field")),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab/↑", "previous field")),
		Left:   key.NewBinding(key.WithKeys("left"), key.WithHelp("←", "previous choice")),
		Right:  key.NewBinding(key.WithKeys("right", " "), key.WithHelp("→/space", "next choice")),
		Toggle: key.NewBinding(key.WithKeys(" ", "x"), key.WithHelp("space", "tick")),
		Clear:  key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "clear")),
	}
}

// New returns a single-use huh form of the groups, themed, sized, without
// huh's own help and error lines (the screen shows help, and problems sit
// beside their fields), whose abort is esc and whose completion and abort
// send nothing: the screen checks Form.State after each Update and acts once.
func New(theme *huh.Theme, width, height int, groups ...*huh.Group) *huh.Form {
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close"))
	km.Text.Editor.SetEnabled(false) // never leave the TUI for $EDITOR
	km.Text.Next = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field"))
	km.Text.NewLine = key.NewBinding(key.WithKeys("enter", "alt+enter", "ctrl+j"), key.WithHelp("enter", "new line"))
	f := huh.NewForm(groups...).
		WithTheme(theme).
		WithKeyMap(km).
		WithShowHelp(false).
		WithShowErrors(false).
		WithWidth(width).
		WithHeight(height)
	f.SubmitCmd = nil
	f.CancelCmd = nil
	return f
}
