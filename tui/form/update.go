package form

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// mover is a field that says which keys leave it.
type mover interface {
	Moves(tea.KeyMsg) int
}

// Update passes msg to the form, but moves between fields and groups at
// once instead of through huh's commands. huh moves focus when its command's
// message comes back, and keys typed quickly after tab (or sent by a script)
// would reach the field being left; here they land where the user sees the
// cursor go. Fields other than the compact ones move on tab and shift+tab.
func Update(f *huh.Form, msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok || f.State != huh.StateNormal {
		_, cmd := f.Update(msg)
		return cmd
	}
	dir := 0
	if m, ok := f.GetFocusedField().(mover); ok {
		dir = m.Moves(k)
	} else {
		switch k.String() {
		case "tab":
			dir = 1
		case "shift+tab":
			dir = -1
		}
	}
	switch dir {
	case 1:
		before := f.GetFocusedField()
		cmd := f.NextField()
		if f.GetFocusedField() != before {
			return cmd
		}
		// The last field of its group: huh would send nextGroup; go now.
		return f.NextGroup()
	case -1:
		before := f.GetFocusedField()
		cmd := f.PrevField()
		if f.GetFocusedField() != before {
			return cmd
		}
		return f.PrevGroup()
	}
	_, cmd := f.Update(msg)
	return cmd
}

// FieldKeys returns the keys of the field f has focus on, for the full
// help; none when no field has it.
func FieldKeys(f *huh.Form) []key.Binding {
	if field := f.GetFocusedField(); field != nil {
		return field.KeyBinds()
	}
	return nil
}

// refreshMsg asks a form to draw its fields again.
type refreshMsg struct{}

// Refresh has the form draw its fields again: huh draws them when it
// updates, and a field's problem can change after that, when the screen
// reads the whole draft again.
func Refresh(f *huh.Form) {
	if f.State == huh.StateNormal {
		f.Update(refreshMsg{})
	}
}

// shortKeyer is a compact field that names, for the short help, the keys
// that set its value.
type shortKeyer interface {
	ShortKeys() []key.Binding
}

// ShortKeys returns the short help of an open form: first the focused
// field's own keys (how to choose or tick, said nowhere else on the screen,
// and ? types while a form is open so the full help cannot be asked for),
// then moving on, close and save, in short words so that all of it fits
// 80 columns beside "ctrl+c quit now". The line above the form says in full
// what esc and ctrl+s do.
func ShortKeys(f *huh.Form, close, save key.Binding) []key.Binding {
	var out []key.Binding
	if s, ok := f.GetFocusedField().(shortKeyer); ok {
		out = append(out, s.ShortKeys()...)
	}
	next := key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab/↓", "next"))
	close.SetHelp(close.Help().Key, "close")
	save.SetHelp(save.Help().Key, "save")
	return append(out, next, close, save)
}
