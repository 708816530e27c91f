package trialscreen

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/internal/drive"
)

// BenchmarkKeys measures a key handled and the page drawn in each state of
// the screen (SPEC §10: under 2 ms with the rest of the frame), with the
// analysis and the chance estimate already in.
func BenchmarkKeys(b *testing.B) {
	long := stretching()
	long.Pairs = 42
	long.Order = make([]string, 42)
	for i := range long.Order {
		long.Order[i] = []string{diary.OrderAB, diary.OrderBA}[i%3%2]
	}
	var nights []diary.Night
	for d := long.Start; d < tonight; d++ {
		nights = append(nights, night(d, int(d)%3, diary.Some(int(d)%2 == 0)))
	}
	for _, c := range []struct {
		name   string
		trials []diary.Trial
		setup  []string
		keys   []string
	}{
		{"habits", nil, nil, []string{"down", "up"}},
		{"plan", nil, []string{"enter"}, []string{"down", "up"}},
		{"running_scroll", []diary.Trial{long}, nil, []string{"down", "up"}},
		{"peek", []diary.Trial{long}, nil, []string{"p"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			m := newTrial(&testing.T{}, 80, 20, c.trials, nights...)
			press(m, c.setup...)
			drive.Frames(b, func(msg tea.Msg) { m.Update(msg) }, m.View, c.keys...)
		})
	}
}
