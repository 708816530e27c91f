package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/demo"
	"github.com/crampsdiary/cramps/tui/internal/drive"
)

// demoDiary is the demo diary ending last night, or the night before when
// lastLogged is false.
func demoDiary(lastLogged bool) *fakeDiary {
	last := drive.LastNight()
	if !lastLogged {
		last = last.AddDays(-1)
	}
	p, nights := demo.Default(last)
	return newFake(p, nights...)
}

// TestGolden draws every screen at 80×24 with a fixed clock and no colour
// and compares the frames with testdata/TestGolden/*.golden; go test
// ./tui/... -update rewrites them.
func TestGolden(t *testing.T) {
	cases := []struct {
		name  string
		diary func() *fakeDiary
		size  [2]int
		ready string   // text that shows once the diary is loaded
		keys  []string // then typed
		shows string   // text that shows once the keys are handled
	}{
		{"log_first_night", func() *fakeDiary { return newFake(diary.NewProfile()) }, [2]int{80, 24}, "Your first night", nil, ""},
		{"log_prefilled", func() *fakeDiary { return demoDiary(false) }, [2]int{80, 24}, "Prefilled", nil, ""},
		{"log_cramp_form", func() *fakeDiary { return demoDiary(false) }, [2]int{80, 24}, "Prefilled", []string{"a", "tab", "tab", "3", "x"}, "not a duration"},
		{"log_cramp_duration", func() *fakeDiary { return demoDiary(false) }, [2]int{80, 24}, "Prefilled", []string{"a", "tab", "tab", "3", "tab"}, "= 3 minutes"},
		{"wide_log_cramp_duration", func() *fakeDiary { return demoDiary(false) }, [2]int{160, 48}, "Prefilled", []string{"a", "tab", "tab", "3", "tab"}, "= 3 minutes"},
		{"log_sleep_form", func() *fakeDiary { return demoDiary(false) }, [2]int{80, 24}, "Prefilled", []string{"s"}, "Bedtime"},
		{"log_day_form", func() *fakeDiary { return demoDiary(false) }, [2]int{80, 24}, "Prefilled", []string{"d"}, "Water"},
		{"log_position_form", func() *fakeDiary { return demoDiary(false) }, [2]int{80, 24}, "Prefilled", []string{"p"}, "Toes pointed"},
		{"log_logged", func() *fakeDiary { return demoDiary(true) }, [2]int{80, 24}, "[3 Week]", []string{"1"}, "✓ logged"},
		{"history", func() *fakeDiary { return demoDiary(true) }, [2]int{80, 24}, "[3 Week]", []string{"2"}, "with cramps"},
		{"history_night", func() *fakeDiary { return demoDiary(true) }, [2]int{80, 24}, "[3 Week]", []string{"2", "down", "enter"}, "Position"},
		{"history_filter", func() *fakeDiary { return demoDiary(true) }, [2]int{80, 24}, "[3 Week]", []string{"2", "/", "f", "o", "o", "t"}, "nights match"},
		{"history_empty", func() *fakeDiary { return newFake(diary.NewProfile()) }, [2]int{80, 24}, "Your first night", []string{"2"}, "No nights logged yet"},
		{"week", func() *fakeDiary { return demoDiary(true) }, [2]int{80, 24}, "So far better than last week", nil, ""},
		{"insights", func() *fakeDiary { return demoDiary(true) }, [2]int{80, 24}, "[3 Week]", []string{"4"}, "Ratio (95%)"},
		{"insights_detail", func() *fakeDiary { return demoDiary(true) }, [2]int{80, 24}, "[3 Week]", []string{"4", "down", "enter"}, "In your diary"},
		{"wide_insights", func() *fakeDiary { return demoDiary(true) }, [2]int{160, 48}, "[3 Week]", []string{"4"}, "Ratio, 95% interval"},
		{"wide_insights_detail", func() *fakeDiary { return demoDiary(true) }, [2]int{160, 48}, "[3 Week]", []string{"4", "down", "enter"}, "esc back"},
		{"insights_notes", func() *fakeDiary { return demoDiary(true) }, [2]int{80, 24}, "[3 Week]", []string{"4", "f"}, "a doctor has seen these"},
		{"wide_insights_notes", func() *fakeDiary { return demoDiary(true) }, [2]int{160, 48}, "[3 Week]", []string{"4", "f"}, "a doctor has seen these"},
		{"profile_targets_new", func() *fakeDiary { return newFake(diary.NewProfile()) }, [2]int{80, 24}, "Your first night", []string{"5", "down", "enter"}, "not set: Monday"},
		{"wide_profile_targets_new", func() *fakeDiary { return newFake(diary.NewProfile()) }, [2]int{160, 48}, "Your first night", []string{"5", "down", "enter"}, "not set: Monday"},
		{"profile", func() *fakeDiary { return demoDiary(true) }, [2]int{80, 24}, "[3 Week]", []string{"5"}, "Medications"},
		{"profile_medication", func() *fakeDiary { return demoDiary(true) }, [2]int{80, 24}, "[3 Week]", []string{"5", "down", "down", "enter"}, "Started"},
		{"help", func() *fakeDiary { return demoDiary(false) }, [2]int{80, 24}, "Prefilled", []string{"?"}, "previous screen"},
		{"wide_log", func() *fakeDiary { return demoDiary(false) }, [2]int{160, 48}, "Prefilled", nil, ""},
		{"wide_history", func() *fakeDiary { return demoDiary(true) }, [2]int{160, 48}, "[3 Week]", []string{"2"}, "with cramps"},
		{"wide_week", func() *fakeDiary { return demoDiary(true) }, [2]int{160, 48}, "So far better than last week", nil, ""},
		{"too_small", func() *fakeDiary { return demoDiary(true) }, [2]int{50, 12}, "larger", nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := New(Options{Diary: c.diary(), Now: drive.Now})
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(c.size[0], c.size[1]))
			// The red-flag check answers in a command of its own, which can
			// come after the ready text (under the race detector it does):
			// when the golden frame has its banner, wait before any key
			// until the first screen shows it too, in its own words.
			if slices.ContainsFunc(asyncBanners, func(b string) bool { return goldenHas(t, b) }) {
				waitForAny(t, tm, c.ready, asyncBanners)
			} else {
				waitFor(t, tm, c.ready)
			}
			for _, k := range c.keys {
				tm.Send(drive.Key(k))
			}
			if c.shows != "" {
				waitFor(t, tm, c.shows)
			}
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
			golden.RequireEqual(t, []byte(ansi.Strip(final.View())))
		})
	}
}

// asyncBanners are the words the demo diary's red-flag banner has on the
// Log and the Week once the check has answered: the long cramp of 10 November.
var asyncBanners = []string{"14 minutes", "longer than 10 minutes"}

// goldenHas reports whether the test's golden file holds text (false when
// there is none yet, as with -update on a new case).
func goldenHas(t *testing.T, text string) bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", filepath.FromSlash(t.Name())+".golden"))
	return err == nil && bytes.Contains(b, []byte(text))
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	waitForAny(t, tm, text, nil)
}

// waitForAny waits until the output holds text and, unless anyOf is empty,
// one of anyOf, in one read of the output.
func waitForAny(t *testing.T, tm *teatest.TestModel, text string, anyOf []string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(text)) &&
			(len(anyOf) == 0 || slices.ContainsFunc(anyOf, func(a string) bool { return bytes.Contains(b, []byte(a)) }))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

var _ tea.Model = (*Model)(nil)
