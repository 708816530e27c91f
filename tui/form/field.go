package form

import (
	"io"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// DefaultLabelWidth is the width of the label column, in cells.
const DefaultLabelWidth = 17

// field is what every compact field shares: its label, theme, size, focus
// and keys.
type field struct {
	key        string
	label      string
	labelWidth int
	width      int
	focused    bool
	theme      *huh.Theme
	keys       Keys
}

func newField(label string) field {
	return field{key: label, label: label, labelWidth: DefaultLabelWidth, theme: huh.ThemeBase(), keys: NewKeys()}
}

func (f *field) styles() *huh.FieldStyles {
	if f.focused {
		return &f.theme.Focused
	}
	return &f.theme.Blurred
}

// row renders the label and the rest of the field (one or more lines), each
// line cut to the field's width so that a frame never wraps.
func (f *field) row(rest string) string {
	st := f.styles()
	label := st.Title.Render(ansi.Truncate(f.label, f.labelWidth-1, "…"))
	label += strings.Repeat(" ", max(0, f.labelWidth-lipgloss.Width(label)))
	body := lipgloss.JoinHorizontal(lipgloss.Top, label, rest)
	if f.width > 0 {
		inner := max(1, f.width-st.Base.GetHorizontalFrameSize())
		lines := strings.Split(body, "\n")
		for i, l := range lines {
			lines[i] = ansi.Truncate(l, inner, "…")
		}
		body = strings.Join(lines, "\n")
	}
	return st.Base.Render(body)
}

// restWidth is the room right of the label.
func (f *field) restWidth() int {
	if f.width <= 0 {
		return 60
	}
	return max(1, f.width-f.styles().Base.GetHorizontalFrameSize()-f.labelWidth)
}

// move answers the keys that leave the field, as huh expects: with its
// NextField or PrevField command.
func (f *field) move(msg tea.KeyMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, f.keys.Next):
		return huh.NextField, true
	case key.Matches(msg, f.keys.Prev):
		return huh.PrevField, true
	}
	return nil, false
}

// The parts of huh.Field that are the same for every compact field. They
// never report an error: problems are shown beside the value and block only
// the save.

// Error implements huh.Field: never an error, so nothing blocks moving on.
func (f *field) Error() error { return nil }

// Skip implements huh.Field.
func (f *field) Skip() bool { return false }

// Zoom implements huh.Field.
func (f *field) Zoom() bool { return false }

// GetKey implements huh.Field: the field's path in the diary.
func (f *field) GetKey() string { return f.key }

// Run implements huh.Field; the fields only run inside a form.
func (f *field) Run() error { return nil }

// RunAccessible implements huh.Field; the fields only run inside a form.
func (f *field) RunAccessible(io.Writer, io.Reader) error { return nil }

// note renders a problem, or else a hint, to the right of a value, wrapped
// within width.
func note(st *huh.FieldStyles, problem, hint string, width int) string {
	switch {
	case width < 4:
		return ""
	case problem != "":
		return st.ErrorMessage.UnsetString().Width(width).Render("✗ " + problem)
	case hint != "":
		return st.Description.UnsetString().Width(width).Render(hint)
	}
	return ""
}

// Moves reports whether a key leaves the field: +1 to the next field, -1 to
// the previous one, 0 when the key belongs to the field.
func (f *field) Moves(msg tea.KeyMsg) int {
	switch {
	case key.Matches(msg, f.keys.Next):
		return 1
	case key.Matches(msg, f.keys.Prev):
		return -1
	}
	return 0
}
