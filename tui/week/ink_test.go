package week

import (
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/crampsdiary/cramps/tui/styles"
)

// TestInkPaintsAsLipgloss checks that an ink paints a line exactly as
// lipgloss renders it, in colour and without.
func TestInkPaintsAsLipgloss(t *testing.T) {
	defer lipgloss.SetColorProfile(termenv.Ascii)
	for _, profile := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI, termenv.Ascii} {
		lipgloss.SetColorProfile(profile)
		for _, noColor := range []bool{false, true} {
			st := styles.New(noColor)
			for name, s := range map[string]lipgloss.Style{
				"text": st.Text, "muted": st.Muted, "faint": st.Faint, "label": st.Label, "title": st.Title,
				"accent": st.Accent, "header": st.TableHeader, "good": st.Good, "warn": st.Warn, "bad": st.Bad,
			} {
				for _, text := range []string{"x", "So far better than last week: 1 cramp night", " ▓ ░ · "} {
					if got, want := inkOf(s).paint(text), s.Render(text); got != want {
						t.Errorf("profile %v, no colour %v, %s: %q, want %q", profile, noColor, name, got, want)
					}
				}
			}
		}
	}
	if got := inkOf(lipgloss.NewStyle().Bold(true)).paint("a\nb"); got != lipgloss.NewStyle().Bold(true).Render("a")+"\n"+lipgloss.NewStyle().Bold(true).Render("b") {
		t.Errorf("two lines: %q", got)
	}
}
