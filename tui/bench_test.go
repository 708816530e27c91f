package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/demo"
	"github.com/crampsdiary/cramps/tui/internal/drive"
)

// tenYears is the diary of the speed targets: 522 weeks, about 3,650 nights.
func tenYears() *fakeDiary {
	p, nights := demo.Generate(demo.DefaultSeed, drive.LastNight(), 522)
	return newFake(p, nights...)
}

// BenchmarkScreens measures a key handled and the frame drawn, on every
// screen, on ten years of nights (SPEC §10: under 2 ms).
func BenchmarkScreens(b *testing.B) {
	cases := []struct {
		name  string
		setup []string
		keys  []string // pressed in turn, one per iteration
	}{
		{"log_card", []string{"1"}, []string{"down", "up"}},
		{"log_change_night", []string{"1"}, []string{"["}},
		{"log_form_typing", []string{"1", "s"}, []string{"1", "backspace"}},
		{"log_day_form_tab", []string{"1", "d"}, []string{"tab", "shift+tab"}},
		{"history_move", []string{"2"}, []string{"down", "up"}},
		{"history_filter_typing", []string{"2", "/"}, []string{"c", "backspace"}},
		{"week", []string{"3"}, []string{"down"}},
		{"insights", []string{"4"}, []string{"down"}},
		{"profile", []string{"5"}, []string{"down", "up"}},
		{"trial_habits", []string{"6"}, []string{"down", "up"}},
		{"trial_plan", []string{"6", "enter"}, []string{"right", "left"}},
		{"trial_running", []string{"6"}, []string{"down", "up"}},
		{"trial_peek", []string{"6"}, []string{"p"}},
	}
	d := tenYears()
	// The trial cases but the habits and the plan have a trial of 42 pairs
	// running on ten years of nights.
	withTrial := demoTrial(tenYears(), drive.LastNight().AddDays(-14), diary.None[diary.Date]())
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			d := d
			if c.name == "trial_running" || c.name == "trial_peek" {
				d = withTrial
			}
			h := &harness{m: New(Options{Diary: d, Now: drive.Now})}
			h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
			h.run(h.m.Init())
			for _, k := range c.setup {
				h.send(drive.Key(k))
			}
			drive.Frames(b, func(msg tea.Msg) { h.m.Update(msg) }, h.m.View, c.keys...)
		})
	}
}

// BenchmarkFirstFrame measures the program's start on ten years of nights:
// the model made, the diary loaded (from memory here) and the first frame
// drawn.
func BenchmarkFirstFrame(b *testing.B) {
	d := tenYears()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m := New(Options{Diary: d, Now: drive.Now})
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		for _, msg := range drive.Msgs(load(d)) {
			m.Update(msg)
		}
		_ = m.View()
	}
}
