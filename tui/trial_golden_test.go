package tui

import (
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/internal/drive"
)

// demoTrial is a nightly trial of stretching of 42 pairs from start, with a
// fixed order, whose nights in the demo diary follow the schedule but for
// every seventh night, and leave the habit unknown on every eleventh.
func demoTrial(f *fakeDiary, start diary.Date, stopped diary.Opt[diary.Date]) *fakeDiary {
	order := make([]string, 42)
	for i := range order {
		order[i] = diary.OrderAB
		if (i*7+3)%5 < 2 {
			order[i] = diary.OrderBA
		}
	}
	t := diary.Trial{ID: "stretched-" + start.String(), Habit: diary.HabitStretched, Start: start,
		PeriodNights: 1, Pairs: 42, Order: order, Stopped: stopped}
	for d, n := range f.nights {
		s, ok := t.Night(d)
		if !ok || s.AfterStop {
			continue
		}
		a := s.Arm == diary.ArmA
		switch j := s.Index; {
		case j%11 == 10:
			n.Day.Stretched = diary.None[bool]()
		case j%7 == 6:
			n.Day.Stretched = diary.Some(!a)
		default:
			n.Day.Stretched = diary.Some(a)
		}
		f.nights[d] = n
	}
	return f.withTrials(t)
}

// TestTrialGolden draws the Trial screen in each of its states, and the Log
// screen during a trial, at 80×24 and 160×48 with the fixed clock (the
// morning of Sun 22 Nov 2026), and compares them with
// testdata/TestTrialGolden/*.golden.
func TestTrialGolden(t *testing.T) {
	running := func(lastLogged bool) func() *fakeDiary {
		return func() *fakeDiary {
			return demoTrial(demoDiary(lastLogged), diary.NewDate(2026, 11, 8), diary.None[diary.Date]())
		}
	}
	fewNights := func() *fakeDiary {
		f := newFake(diary.NewProfile())
		for i := 1; i <= 9; i++ {
			f.nights[drive.LastNight().AddDays(-i)] = diary.Night{Date: drive.LastNight().AddDays(-i), Episodes: []diary.Episode{}}
		}
		return f
	}
	cases := []struct {
		name  string
		diary func() *fakeDiary
		ready string
		keys  []string
		shows string
		// wide is what shows once the keys are handled at 160×48, when it
		// is not shows: at 80×24 the result of a running trial is below the
		// fold, and a frame must be waited for only on what it shows.
		wide string
	}{
		{"none", func() *fakeDiary { return demoDiary(true) }, "[3 Week]", []string{"6"}, "Test a habit", ""},
		{"plan", func() *fakeDiary { return demoDiary(true) }, "[3 Week]", []string{"6", "enter"}, "this plan", ""},
		{"plan_magnesium", func() *fakeDiary { return demoDiary(true) }, "[3 Week]", []string{"6", "down", "down", "down", "down", "down", "down", "down", "enter"}, "this plan", ""},
		{"plan_new_user", fewNights, "Nothing usual to prefill", []string{"6", "enter"}, "Not possible to say yet", ""},
		{"running", running(true), "[3 Week]", []string{"6"}, "[A]", "Kept back"},
		{"running_peek", running(true), "[3 Week]", []string{"6", "p"}, "do not stop", ""},
		{"stopped", func() *fakeDiary {
			return demoTrial(demoDiary(true), diary.NewDate(2026, 11, 1), diary.Some(diary.NewDate(2026, 11, 15)))
		}, "[3 Week]", []string{"6"}, "The result", ""},
		{"complete", func() *fakeDiary {
			return demoTrial(demoDiary(true), diary.NewDate(2026, 8, 29), diary.None[diary.Date]())
		},
			"[3 Week]", []string{"6"}, "The result", ""},
		{"log", running(false), "Your diary shows a cramp", nil, "", ""},
	}
	for _, c := range cases {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			name := c.name
			if size[0] > 80 {
				name = "wide_" + name
			}
			t.Run(name, func(t *testing.T) {
				m := New(Options{Diary: c.diary(), Now: drive.Now})
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
				waitFor(t, tm, c.ready)
				for _, k := range c.keys {
					tm.Send(drive.Key(k))
				}
				if shows := c.shows; shows != "" {
					if size[0] > 80 && c.wide != "" {
						shows = c.wide
					}
					waitFor(t, tm, shows)
				}
				if err := tm.Quit(); err != nil {
					t.Fatal(err)
				}
				final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
				golden.RequireEqual(t, []byte(ansi.Strip(final.View())))
			})
		}
	}
}
