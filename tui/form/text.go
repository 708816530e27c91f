package form

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
)

// DefaultInputWidth is the width of a Text field's input, in cells.
const DefaultInputWidth = 9

// Text is a one-line text field: its label, the text, and beside it the
// text's problem (from Check) or, while focused, a hint; a Note adds what the
// text means ("= 2000 ml").
type Text struct {
	field
	value      *string
	input      textinput.Model
	inputWidth int
	hint       string
	unit       string
	check      func(string) string
	note       func(string) string
}

// NewText returns a text field bound to value.
func NewText(label string, value *string) *Text {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = 200
	in.SetValue(*value)
	in.Cursor.SetMode(cursor.CursorStatic)
	t := &Text{field: newField(label), value: value, input: in, inputWidth: DefaultInputWidth}
	t.input.Width = t.inputWidth
	return t
}

// Key sets the field's key (its path in the diary, e.g. "sleep.bedtime").
func (t *Text) Key(k string) *Text { t.key = k; return t }

// Hint sets what is shown beside the field while it is focused.
func (t *Text) Hint(h string) *Text { t.hint = h; return t }

// Placeholder sets what an empty field shows.
func (t *Text) Placeholder(p string) *Text { t.input.Placeholder = p; return t }

// Check sets the function that returns the problem with a text, "" when fine.
func (t *Text) Check(fn func(string) string) *Text { t.check = fn; return t }

// Unit sets the unit shown beside a filled-in value while the field is not
// focused ("min"); focused, the hint says it.
func (t *Text) Unit(u string) *Text { t.unit = u; return t }

// Note sets the function that says what a valid text means.
func (t *Text) Note(fn func(string) string) *Text { t.note = fn; return t }

// InputWidth sets the width of the input.
func (t *Text) InputWidth(w int) *Text {
	t.inputWidth = w
	t.input.Width = w
	return t
}

// LabelWidth sets the width of the label column.
func (t *Text) LabelWidth(w int) *Text { t.labelWidth = w; return t }

// Problem returns the problem with the current text, "" when fine.
func (t *Text) Problem() string {
	if t.check == nil {
		return ""
	}
	return t.check(t.input.Value())
}

// Init implements huh.Field.
func (t *Text) Init() tea.Cmd { return nil }

// Focus implements huh.Field.
func (t *Text) Focus() tea.Cmd {
	t.focused = true
	return t.input.Focus()
}

// Blur implements huh.Field.
func (t *Text) Blur() tea.Cmd {
	t.focused = false
	t.input.Blur()
	return nil
}

// Update implements huh.Field: moving keys leave the field, every other key
// edits the text, which is written through at once.
func (t *Text) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok || !t.focused {
		return t, nil
	}
	if cmd, moved := t.move(k); moved {
		return t, cmd
	}
	var cmd tea.Cmd
	t.input, cmd = t.input.Update(k)
	*t.value = t.input.Value()
	return t, cmd
}

// View implements huh.Field.
func (t *Text) View() string {
	st := t.styles()
	t.input.TextStyle = st.TextInput.Text
	t.input.PlaceholderStyle = st.TextInput.Placeholder
	t.input.Cursor.Style = st.TextInput.Cursor
	t.input.Cursor.TextStyle = st.TextInput.CursorText
	in := lipgloss.NewStyle().Width(t.inputWidth + 1).Render(t.input.View())
	var hint string
	if t.note != nil {
		hint = t.note(t.input.Value())
	}
	if !t.focused && t.unit != "" && t.input.Value() != "" {
		hint = t.unit
	}
	if t.focused && t.hint != "" {
		if hint != "" {
			hint = t.hint + " · " + hint
		} else {
			hint = t.hint
		}
	}
	rest := t.restWidth() - t.inputWidth - 2
	return t.row(lipgloss.JoinHorizontal(lipgloss.Top, in, " ", note(st, t.Problem(), hint, rest)))
}

// KeyBinds implements huh.Field.
func (t *Text) KeyBinds() []key.Binding { return []key.Binding{t.keys.Next, t.keys.Prev, t.keys.Clear} }

// WithTheme implements huh.Field.
func (t *Text) WithTheme(th *huh.Theme) huh.Field { t.theme = th; return t }

// WithKeyMap implements huh.Field; the compact fields keep their own keys.
func (t *Text) WithKeyMap(*huh.KeyMap) huh.Field { return t }

// WithAccessible implements huh.Field.
func (t *Text) WithAccessible(bool) huh.Field { return t }

// WithWidth implements huh.Field.
func (t *Text) WithWidth(w int) huh.Field { t.width = w; return t }

// WithHeight implements huh.Field; the field is as tall as its problem.
func (t *Text) WithHeight(int) huh.Field { return t }

// WithPosition implements huh.Field.
func (t *Text) WithPosition(huh.FieldPosition) huh.Field { return t }

// GetValue implements huh.Field.
func (t *Text) GetValue() any { return t.input.Value() }
