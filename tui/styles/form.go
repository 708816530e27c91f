package styles

import (
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
)

// FormTheme returns the huh theme of every form, derived from the palette: a
// bar marks the focused field, labels are bold, hints muted, problems red.
func (s Styles) FormTheme() *huh.Theme {
	p := s.Palette
	t := huh.ThemeBase()
	t.FieldSeparator = lipgloss.NewStyle().SetString("\n")
	t.Group.Title = s.Title
	t.Group.Description = s.Muted
	t.Help = s.Help

	f := &t.Focused
	f.Base = lipgloss.NewStyle().PaddingLeft(1).BorderStyle(lipgloss.ThickBorder()).BorderLeft(true).BorderForeground(p.Accent)
	f.Card = f.Base
	f.Title = lipgloss.NewStyle().Bold(true).Foreground(p.Accent)
	f.NoteTitle = f.Title
	f.Description = s.Hint
	f.ErrorIndicator = lipgloss.NewStyle().Foreground(p.Bad).SetString(" ✗")
	f.ErrorMessage = s.Problem
	f.SelectSelector = lipgloss.NewStyle().Foreground(p.Accent).SetString("▸ ")
	f.Option = lipgloss.NewStyle().Foreground(p.Text)
	f.NextIndicator = lipgloss.NewStyle().Foreground(p.Accent).SetString("›")
	f.PrevIndicator = lipgloss.NewStyle().Foreground(p.Accent).SetString("‹")
	f.MultiSelectSelector = f.SelectSelector
	f.SelectedOption = lipgloss.NewStyle().Bold(true).Foreground(p.Text)
	f.SelectedPrefix = lipgloss.NewStyle().Foreground(p.Good).SetString("[x]")
	f.UnselectedOption = lipgloss.NewStyle().Foreground(p.Text)
	f.UnselectedPrefix = lipgloss.NewStyle().Foreground(p.Muted).SetString("[ ]")
	f.TextInput.Cursor = lipgloss.NewStyle().Reverse(true)
	f.TextInput.CursorText = lipgloss.NewStyle()
	f.TextInput.Placeholder = s.Faint
	f.TextInput.Prompt = lipgloss.NewStyle().Foreground(p.Accent)
	f.TextInput.Text = lipgloss.NewStyle().Foreground(p.Text)
	f.FocusedButton = lipgloss.NewStyle().Bold(true).Reverse(true).Padding(0, 1)
	f.BlurredButton = lipgloss.NewStyle().Foreground(p.Muted).Padding(0, 1)
	f.Next = f.FocusedButton

	b := &t.Blurred
	*b = *f
	b.Base = f.Base.BorderStyle(lipgloss.HiddenBorder())
	b.Card = b.Base
	b.Title = lipgloss.NewStyle().Bold(true).Foreground(p.Text)
	b.NoteTitle = b.Title
	b.SelectSelector = lipgloss.NewStyle().SetString("  ")
	b.MultiSelectSelector = b.SelectSelector
	b.NextIndicator = lipgloss.NewStyle().SetString(" ")
	b.PrevIndicator = lipgloss.NewStyle().SetString(" ")
	b.SelectedOption = lipgloss.NewStyle().Foreground(p.Text)
	b.TextInput.Prompt = lipgloss.NewStyle().Foreground(p.Muted)
	b.FocusedButton = lipgloss.NewStyle().Bold(true).Padding(0, 1)
	return t
}
