package tui

import (
	"testing"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/internal/drive"
)

// stretchingTrial is a nightly trial of stretching from Sun 15 Nov 2026, 6
// pairs, in which last night (Sat 21 Nov) is B and tonight (the 22nd) A.
func stretchingTrial() diary.Trial {
	return diary.Trial{ID: "stretched-2026-11-15", Habit: diary.HabitStretched, Start: diary.NewDate(2026, 11, 15),
		PeriodNights: 1, Pairs: 6, Order: []string{"AB", "AB", "BA", "BA", "AB", "AB"}}
}

// withTrials adds trials to a fake diary.
func (f *fakeDiary) withTrials(ts ...diary.Trial) *fakeDiary {
	f.trials = append(f.trials, ts...)
	return f
}

// Targets, during a trial: an ordinary night is n, one key for the trial's
// habit, and q: three keys from launch to saved and out.
func TestOrdinaryTrialNightInThreeKeys(t *testing.T) {
	f := newFake(diary.NewProfile()).withTrials(stretchingTrial())
	h := start(t, f, 80, 24)
	h.contains("Trial · Tonight, night 8 of 12 (condition A): stretch your calves and",
		"Last night was B in your trial (no stretching before bed).")
	h.press("n")
	h.contains("No cramps. Trial: Did you stretch your calves and hamstrings before bed?", "y yes · n no · u not sure · esc back")
	h.press("n")
	h.contains("Saved Sat 21 Nov: no cramps; trial answer: no. u undoes it.", "✓ Followed.")
	h.press("q")
	if !h.quit || h.keys != 3 {
		t.Fatalf("quit %v after %d keys", h.quit, h.keys)
	}
	n, ok := f.night(drive.LastNight())
	if !ok || n.Day.Stretched != diary.Some(false) || n.Episodes == nil || len(n.Episodes) != 0 {
		t.Fatalf("saved %#v", n)
	}
}

// A trial is started from the screen: 6, the habit, enter, enter, y. It is
// saved with an order drawn for every pair, and the Log then says tonight's
// instruction.
func TestStartATrialFromTheScreen(t *testing.T) {
	f := newFake(diary.NewProfile())
	h := start(t, f, 80, 24)
	h.press("6", "enter", "enter")
	h.contains("Start it tonight (84 nights, to Sat 13 Feb 2027)? y starts it, n does not.")
	h.press("y")
	if len(f.trials) != 1 || len(f.trials[0].Order) != 42 || f.trials[0].Start != drive.LastNight().AddDays(1) {
		t.Fatalf("saved %#v", f.trials)
	}
	h.contains("[6 Trial]", "Trial of stretching · running", "Started the trial of stretching; tonight's instruction is above.", "Tonight, night 1 of 84")
	h.press("1")
	h.contains("Trial · Tonight, night 1 of 84 (condition")
}
