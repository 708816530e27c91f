package week

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/tui/styles"
)

// ink is a style's escape codes before and after the text, taken once from
// lipgloss: painting with it is a concatenation, where lipgloss's Render
// measures and lays out the text every time. A frame paints a few hundred
// runs, and Render alone would take most of its 2 ms. Only for the simple
// styles of this screen: colour and weight, no padding, border or width.
type ink struct{ pre, post string }

// inkOf takes the escape codes of st.
func inkOf(st lipgloss.Style) ink {
	const probe = "x"
	r := st.Render(probe)
	i := strings.Index(r, probe)
	if i < 0 {
		return ink{}
	}
	return ink{r[:i], r[i+len(probe):]}
}

// paint colours s, line by line.
func (k ink) paint(s string) string {
	if s == "" || k.pre == "" && k.post == "" {
		return s
	}
	if strings.Contains(s, "\n") {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = k.paint(l)
		}
		return strings.Join(lines, "\n")
	}
	return k.pre + s + k.post
}

// inks are the styles of the screen as inks.
type inks struct {
	text, muted, faint, label, title, accent, header ink
	good, goodBold, warn, bad                        ink
}

// newInks takes the inks of st. It draws, so it runs on the first frame:
// by then the terminal's colours are known.
func newInks(st styles.Styles) *inks {
	return &inks{
		text: inkOf(st.Text), muted: inkOf(st.Muted), faint: inkOf(st.Faint), label: inkOf(st.Label),
		title: inkOf(st.Title), accent: inkOf(st.Accent), header: inkOf(st.TableHeader),
		good: inkOf(st.Good), goodBold: inkOf(st.Good.Bold(true)), warn: inkOf(st.Warn), bad: inkOf(st.Bad),
	}
}
