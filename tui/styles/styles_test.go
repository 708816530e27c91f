package styles

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Under NO_COLOR nothing is drawn in colour, and what colour would mark is
// still marked by bold, reverse or faint.
func TestNoColorHasNoColours(t *testing.T) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	s := New(true)
	th := s.FormTheme()
	for name, st := range map[string]lipgloss.Style{
		"active tab": s.ActiveTab, "muted": s.Muted, "selected": s.Selected, "problem": s.Problem,
		"status error": s.StatusError, "focused title": th.Focused.Title, "placeholder": th.Focused.TextInput.Placeholder,
		"help key": s.Help.ShortKey,
	} {
		out := st.Render("x")
		if strings.Contains(out, "38;") || strings.Contains(out, "48;") {
			t.Errorf("%s has a colour: %q", name, out)
		}
	}
	if out := s.ActiveTab.Render("x"); !strings.Contains(out, "7") {
		t.Errorf("active tab is not reversed: %q", out)
	}
	if out := s.Muted.Render("x"); !strings.Contains(out, "\x1b[2m") {
		t.Errorf("muted is not faint: %q", out)
	}
	if out := New(false).Problem.Render("x"); !strings.Contains(out, "38;") {
		t.Errorf("with colours, a problem has none: %q", out)
	}
}
