// Package styles holds the one palette of the TUI and the styles built from
// it. Screens take a Styles; they never build colours of their own.
package styles

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
)

// Palette is the set of colours every style is built from. Each colour adapts
// to light and dark terminals.
type Palette struct {
	Text, Muted, Faint, Accent, Good, Warn, Bad, Border, Highlight, OnAccent lipgloss.TerminalColor
}

// DefaultPalette returns the adaptive colours of cramps.
func DefaultPalette() Palette {
	return Palette{
		Text:      lipgloss.AdaptiveColor{Light: "235", Dark: "252"},
		Muted:     lipgloss.AdaptiveColor{Light: "243", Dark: "246"},
		Faint:     lipgloss.AdaptiveColor{Light: "248", Dark: "240"},
		Accent:    lipgloss.AdaptiveColor{Light: "#4B47C8", Dark: "#9A96FF"},
		Good:      lipgloss.AdaptiveColor{Light: "#0A7A55", Dark: "#4BD6A0"},
		Warn:      lipgloss.AdaptiveColor{Light: "#9A5200", Dark: "#F2B84B"},
		Bad:       lipgloss.AdaptiveColor{Light: "#C0243F", Dark: "#FF6F89"},
		Border:    lipgloss.AdaptiveColor{Light: "250", Dark: "238"},
		Highlight: lipgloss.AdaptiveColor{Light: "254", Dark: "236"},
		OnAccent:  lipgloss.AdaptiveColor{Light: "#FFFFFF", Dark: "#1A1A2E"},
	}
}

// NoColorPalette returns a palette without colours, for NO_COLOR: bold,
// underline and reverse still mark what matters.
func NoColorPalette() Palette {
	n := lipgloss.NoColor{}
	return Palette{n, n, n, n, n, n, n, n, n, n}
}

// Styles are the styles of every part of the TUI.
type Styles struct {
	Palette Palette
	NoColor bool

	// Frame.
	Brand, Tab, ActiveTab, DemoTag, HeaderRule lipgloss.Style
	// Text.
	Title, Subtitle, Label, Text, Muted, Faint, Accent, Bold lipgloss.Style
	// Meaning.
	Good, Warn, Bad lipgloss.Style
	// Status line.
	StatusInfo, StatusError lipgloss.Style
	// Lists and tables: the cursor row and its marker.
	Selected, Cursor, TableHeader lipgloss.Style
	// Boxes.
	Card, Banner lipgloss.Style
	// Forms: a field's problem and hint, beside it.
	Problem, Hint lipgloss.Style
	// Help is for bubbles/help.
	Help help.Styles
}

// New builds the styles from the default palette, or from no colours at all
// when noColor is set (the NO_COLOR convention).
func New(noColor bool) Styles {
	p := DefaultPalette()
	if noColor {
		p = NoColorPalette()
	}
	s := Styles{Palette: p, NoColor: noColor}
	base := lipgloss.NewStyle()

	s.Brand = base.Bold(true).Foreground(p.Accent)
	s.Tab = base.Foreground(p.Muted)
	s.ActiveTab = base.Bold(true).Foreground(p.OnAccent).Background(p.Accent)
	if noColor {
		s.ActiveTab = base.Bold(true).Reverse(true)
	}
	s.DemoTag = base.Bold(true).Foreground(p.Warn)
	s.HeaderRule = base.Foreground(p.Border)

	s.Title = base.Bold(true).Foreground(p.Accent)
	s.Subtitle = base.Foreground(p.Muted)
	s.Label = base.Bold(true).Foreground(p.Text)
	s.Text = base.Foreground(p.Text)
	s.Muted = base.Foreground(p.Muted)
	s.Faint = base.Foreground(p.Faint)
	if noColor {
		// Without colours, dim text is told apart by the faint attribute.
		s.Muted = base.Faint(true)
		s.Faint = base.Faint(true)
	}
	s.Accent = base.Foreground(p.Accent)
	s.Bold = base.Bold(true)

	s.Good = base.Foreground(p.Good)
	s.Warn = base.Foreground(p.Warn).Bold(true)
	s.Bad = base.Foreground(p.Bad).Bold(true)

	s.StatusInfo = base.Foreground(p.Good)
	s.StatusError = base.Foreground(p.Bad).Bold(true)

	s.Selected = base.Background(p.Highlight).Bold(true)
	if noColor {
		s.Selected = base.Bold(true)
	}
	s.Cursor = base.Foreground(p.Accent).Bold(true)
	s.TableHeader = base.Bold(true).Foreground(p.Muted)

	s.Card = base.Border(lipgloss.RoundedBorder()).BorderForeground(p.Border).Padding(0, 1)
	s.Banner = base.Border(lipgloss.NormalBorder(), false, false, false, true).BorderForeground(p.Bad).PaddingLeft(1)

	s.Problem = base.Foreground(p.Bad)
	s.Hint = s.Muted

	s.Help = help.Styles{
		Ellipsis:       base.Foreground(p.Faint),
		ShortKey:       base.Foreground(p.Accent),
		ShortDesc:      base.Foreground(p.Muted),
		ShortSeparator: base.Foreground(p.Faint),
		FullKey:        base.Foreground(p.Accent),
		FullDesc:       base.Foreground(p.Muted),
		FullSeparator:  base.Foreground(p.Faint),
	}
	return s
}
