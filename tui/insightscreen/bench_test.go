package insightscreen

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary/demo"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/tui/internal/drive"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

// BenchmarkInsightsScreen measures a key handled and the frame drawn on ten
// years of nights (522 weeks), the analysis done beforehand as the command
// does it (SPEC §10: under 2 ms).
func BenchmarkInsightsScreen(b *testing.B) {
	p, nights := demo.Generate(demo.DefaultSeed, drive.LastNight(), 522)
	data := screen.NewData(nights, p)
	flags := redflags.Check(data.Nights, p, drive.LastNight())
	res := newResult(insights.Analyze(data.Nights, p, insights.Options{}))
	cases := []struct {
		name  string
		w, h  int
		setup []string
		keys  []string
	}{
		{"table_80x20", 80, 20, nil, []string{"down", "up"}},
		{"table_page_80x20", 80, 20, nil, []string{"pgdown", "pgup"}},
		{"detail_80x20", 80, 20, []string{"enter"}, []string{"down", "up"}},
		{"detail_next_80x20", 80, 20, []string{"enter"}, []string{"right", "left"}},
		{"table_160x44", 160, 44, nil, []string{"down", "up"}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			m := New(styles.New(false))
			m.SetSize(c.w, c.h)
			m.Update(screen.RedFlagsMsg{Flags: flags})
			m.Update(screen.DataMsg{Data: data})
			m.Update(analyzedMsg{gen: m.gen, res: res})
			for _, k := range c.setup {
				m.Update(drive.Key(k))
			}
			drive.Frames(b, func(msg tea.Msg) { m.Update(msg) }, m.View, c.keys...)
		})
	}
}

// BenchmarkAnalysis measures the command's work on ten years of nights:
// the analysis and the sorted table.
func BenchmarkAnalysis(b *testing.B) {
	p, nights := demo.Generate(demo.DefaultSeed, drive.LastNight(), 522)
	data := screen.NewData(nights, p)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = analyze(1, data)()
	}
}
