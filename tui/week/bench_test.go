package week

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/crampsdiary/cramps/diary/demo"
	"github.com/crampsdiary/cramps/tui/internal/drive"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

// inColour draws in true colour for the benchmark, as a terminal would:
// the tests draw without colour, which costs less.
func inColour(b *testing.B) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	b.Cleanup(func() { lipgloss.SetColorProfile(termenv.Ascii) })
}

// tenYears is the diary of the speed targets: 522 weeks, about 3,650 nights.
func tenYears() *screen.Data {
	p, nights := demo.Generate(demo.DefaultSeed, last, 522)
	return screen.NewData(nights, p)
}

// BenchmarkWeekScreen measures what SPEC §10 asks of every screen, a key
// handled and the frame drawn (under 2 ms), on ten years of nights, at the
// two sizes of the golden files. "key" is Update and View, as the program
// runs them while the week's figures are worked out in a command;
// "key_and_figures" adds that command and the frame drawn from its answer,
// the whole wait before the new week shows.
func BenchmarkWeekScreen(b *testing.B) {
	inColour(b)
	data := tenYears()
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x20", 80, 20}, {"160x44", 160, 44}} {
		m := New(styles.New(false), now)
		m.SetSize(size.w, size.h)
		send(m, screen.DataMsg{Data: data})
		keys := []tea.KeyMsg{drive.Key("left"), drive.Key("right")}

		b.Run("key/"+size.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				m.Update(keys[i%2])
				_ = m.View()
			}
		})
		b.Run("key_and_figures/"+size.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				_, cmd := m.Update(keys[i%2])
				if cmd != nil {
					m.Update(cmd())
				}
				_ = m.View()
			}
		})
	}
}

// BenchmarkWeekFigures measures the command alone: the week's figures, red
// flags and calendar worked out from ten years of nights.
func BenchmarkWeekFigures(b *testing.B) {
	data := tenYears()
	start := data.Nights[len(data.Nights)-1].Date
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = build(data, start.AddDays(-7*(i%4)), last)
	}
}

// BenchmarkWeekDraw measures a frame drawn anew from figures already worked
// out, as after the figures arrive or the window changes size.
func BenchmarkWeekDraw(b *testing.B) {
	inColour(b)
	data := tenYears()
	fig := build(data, last, last)
	in := newInks(styles.New(false))
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x20", 80, 20}, {"160x44", 160, 44}} {
		b.Run(size.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				_ = page{in: in, f: fig}.week(size.w, size.h)
			}
		})
	}
}
