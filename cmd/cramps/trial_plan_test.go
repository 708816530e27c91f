package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/trial"
	"github.com/crampsdiary/cramps/store"
)

// The Trial screen shows a plan and its chance estimate before it starts a
// trial; trial start --dry-run --json gives a script the same figures, and
// writes nothing.
func TestTrialStartDryRunJSON(t *testing.T) {
	db := tempDB(t)
	logNights(t, db, 20)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	out := mustOK(t, cramps(t, db, "trial", "start", "stretched", "--dry-run", "--json")).stdout
	var got struct {
		ID            string   `json:"id"`
		Habit         string   `json:"habit"`
		Start         string   `json:"start"`
		Last          string   `json:"end"`
		Nights        int      `json:"nights"`
		PeriodNights  int      `json:"period_nights"`
		WashoutNights int      `json:"washout_nights"`
		Pairs         int      `json:"pairs"`
		Started       bool     `json:"started"`
		Order         []string `json:"order"`
		Estimate      struct {
			Possible       bool     `json:"possible"`
			BaselineNights int      `json:"baseline_nights"`
			CrampsPerNight *float64 `json:"cramps_per_night"`
			Variance       *float64 `json:"variance"`
			LoggedShare    *float64 `json:"logged_share"`
			Chances        []struct {
				Pairs   int     `json:"pairs"`
				Nights  int     `json:"nights"`
				Halving float64 `json:"halving"`
			} `json:"chances"`
		} `json:"estimate"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.ID != "stretched-2026-11-22" || got.Habit != "stretched" || got.Start != "2026-11-22" || got.Last != "2027-02-13" ||
		got.Nights != 84 || got.PeriodNights != 1 || got.WashoutNights != 0 || got.Pairs != 42 || got.Started || got.Order != nil {
		t.Errorf("the plan: %s", out)
	}
	// 20 logged nights, a cramp on 14 of them (logNights): 0.7 cramps a
	// night; variance (14·0.3² + 6·0.7²)/19 = 4.2/19; all 20 nights logged.
	e := got.Estimate
	near := func(p *float64, want float64) bool { return p != nil && math.Abs(*p-want) < 1e-12 }
	if !e.Possible || e.BaselineNights != 20 || !near(e.CrampsPerNight, 0.7) || !near(e.Variance, 4.2/19) || !near(e.LoggedShare, 1) {
		t.Errorf("the baseline: %s", out)
	}
	// The chances are the estimate the plan prints, for 42, 63 and 84 pairs.
	s := openDiary(t, db, store.Options{ReadOnly: true})
	nights, err := s.AllNights()
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	want := trial.EstimateChance(nights, diary.DateOf(fixedNow), diary.TrialDesign{PeriodNights: 1, Pairs: 42})
	if len(e.Chances) != 3 || len(want.Chances) != 3 {
		t.Fatalf("chances %+v, want 3 as %+v", e.Chances, want.Chances)
	}
	for i, c := range e.Chances {
		w := want.Chances[i]
		if c.Pairs != w.Design.Pairs || c.Nights != 2*w.Design.Pairs || c.Halving != w.Halving || c.Pairs != []int{42, 63, 84}[i] {
			t.Errorf("chance %d: %+v, want %+v", i, c, w)
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("trial start --dry-run changed the diary")
	}
	if ts := storedTrials(t, db); len(ts) != 0 {
		t.Fatalf("trial start --dry-run stored %+v", ts)
	}

	// For people: the same plan, said not to be started, without tonight's instruction.
	h := mustOK(t, cramps(t, db, "trial", "start", "stretched", "--dry-run")).stdout
	says(t, "the dry run", h,
		"The plan of a trial of stretching, not started (--dry-run): its random order is drawn when it starts.",
		"Sun 22 Nov 2026 to Sat 13 Feb 2027: 84 nights (12 weeks)",
		"From your last 20 logged nights (0.7 cramps a night), about:",
		"'cramps trial start stretched' starts it.")
	if strings.Contains(h, "Tonight, night 1") || strings.Contains(h, "Started") {
		t.Errorf("the dry run speaks of a started trial:\n%s", h)
	}

	// Started with --json: the order drawn is the one stored.
	out = mustOK(t, cramps(t, db, "trial", "start", "stretched", "--json")).stdout
	got.Order, got.Started = nil, false
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	ts := storedTrials(t, db)
	if !got.Started || len(ts) != 1 || strings.Join(got.Order, ",") != strings.Join(ts[0].Order, ",") || len(got.Order) != 42 {
		t.Errorf("started: %s\nstored %+v", out, ts)
	}
}

// TestTrialStartDryRunWithoutDiary: with no diary yet a dry run plans on an
// empty one, as trial start itself would (it used to refuse, "there is no
// diary …", a trial that starts without one), and makes nothing.
func TestTrialStartDryRunWithoutDiary(t *testing.T) {
	db := tempDB(t)
	r := mustOK(t, cramps(t, db, "trial", "start", "stretched", "--dry-run", "--json"))
	says(t, "trial start --dry-run --json", r.stdout, `"id": "stretched-2026-11-22",`, `"started": false,`, `"possible": false,`, `"chances": []`)
	r = mustOK(t, cramps(t, db, "trial", "start", "stretched", "--dry-run"))
	says(t, "trial start --dry-run", r.stdout, "The plan of a trial of stretching, not started (--dry-run)",
		"cannot be estimated yet: it needs 14 logged nights, and the diary has none before tonight.")
	if _, err := os.Stat(filepath.Dir(db)); err == nil {
		t.Error("a dry run made the diary's folder")
	}
}
