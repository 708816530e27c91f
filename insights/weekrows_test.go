package insights

import (
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// The Week screen and `cramps week` draw their tables from these rows
// (issue 11.7): the same figures, written and judged the same way.
func TestWeekRows(t *testing.T) {
	var rep WeekReport
	rep.NightsLogged, rep.Nights = 1, 1
	rep.CrampMinutes, rep.WokeNights = 12.5, 1
	rep.FourWeekAverage.StretchedNights = diary.Some(6.25) // 25 nights in 4 weeks
	rep.FourWeekAverage.CrampMinutes = diary.Some(8.0 + 5.0/60)

	screen, cli := WeekCrampRows(&rep, false), WeekCrampRows(&rep, true)
	if len(screen) != 8 || len(cli) != 9 || cli[6].Label != "nights woken by cramps" || cli[6].This != diary.Some(1.0) {
		t.Fatalf("rows: %d on the screen, %d on the command line, the 7th %q", len(screen), len(cli), cli[6].Label)
	}
	for i, r := range screen { // the same rows either side of the woken row
		j := i
		if i >= 6 {
			j = i + 1
		}
		if cli[j].Label != r.Label {
			t.Errorf("row %d: %q on the screen, %q on the command line", i, r.Label, cli[j].Label)
		}
	}

	// Cramp time 12m30s against an average of 8m5s: 4m25s more, bad news.
	ct := screen[2]
	if how, _, text := ct.Against(ct.Avg, ct.AvgFig); ct.Label != "cramp time" || ct.Fig.Write(12.5) != "12m30s" || how != ChangeBad || text != "↑4m25s" {
		t.Errorf("cramp time: %q %q, against the average %v %q; want 12m30s, bad ↑4m25s", ct.Label, ct.Fig.Write(12.5), how, text)
	}
	// Stretched on 0 nights against an average of 6.25, written 6.3 (half
	// away from zero): 6.3 fewer, bad news for a habit that should go up.
	st := WeekHabitRows(&rep, diary.NewClock(14, 0))
	if how, _, text := st[0].Against(st[0].Avg, st[0].AvgFig); st[0].AvgFig.Write(6.25) != "6.3" || how != ChangeBad || text != "↓6.3" {
		t.Errorf("stretched: average %q, change %v %q; want 6.3, bad ↓6.3", st[0].AvgFig.Write(6.25), how, text)
	}
	if how, _, text := st[0].Against(diary.Opt[float64]{}, st[0].Fig); how != ChangeUnknown || text != "" {
		t.Errorf("against an unknown week: %v %q", how, text)
	}
	if how, _, text := st[0].Against(diary.Some(0.04), st[0].AvgFig); how != ChangeSame || text != "=" {
		t.Errorf("0 against 0.04: %v %q, want same =", how, text)
	}
	// Fewer cramp nights is good news.
	if how, _, text := screen[0].Against(diary.Some(3.0), screen[0].Fig); how != ChangeGood || text != "↓3" {
		t.Errorf("0 cramp nights against 3: %v %q, want good ↓3", how, text)
	}
	if st[2].Label != "caffeine by 14:00" {
		t.Errorf("caffeine row %q", st[2].Label)
	}
}
