package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/store"
)

func TestTrialStartPlansAndStores(t *testing.T) {
	db := tempDB(t)
	logNights(t, db, 20)
	r := mustOK(t, cramps(t, db, "trial", "start", "stretched"))
	says(t, "the plan", r.stdout,
		"Started a trial of stretching: stretched-2026-11-22.",
		"Sun 22 Nov 2026 to Sat 13 Feb 2027: 84 nights (12 weeks)",
		"42 pairs of nights: in each, one night with the change (A) and one as usual",
		"stretch your calves and hamstrings before bed",
		"From your last 20 logged nights (0.7 cramps a night), about:",
		"for this trial: 42 pairs, 12 weeks, to Sat 13 Feb 2027",
		"for a longer one: 84 pairs, 24 weeks, to Sat 8 May 2027",
		"Tonight, night 1 of 84 (condition ",
	)
	if strings.Contains(r.stdout, "doctor or pharmacist") {
		t.Error("stretching carries the supplement advice")
	}
	ts := storedTrials(t, db)
	if len(ts) != 1 || ts[0].ID != "stretched-2026-11-22" || ts[0].Design() != (diary.TrialDesign{PeriodNights: 1, Pairs: 42}) || len(ts[0].Order) != 42 {
		t.Fatalf("stored %+v", ts)
	}
}

func TestTrialStartMagnesiumAdviceAndNoEstimate(t *testing.T) {
	db := tempDB(t)
	logNights(t, db, 13)
	r := mustOK(t, cramps(t, db, "trial", "start", "magnesium", "--start", "2026-11-30"))
	says(t, "the plan", r.stdout,
		"Ask a doctor or pharmacist before taking magnesium",
		"224 nights (32 weeks)",
		"8 pairs of two 14-night periods",
		"the first 7 nights of each period let the change settle and are not scored",
		"cannot be estimated yet: it needs 14 logged nights, and the diary has 13 before tonight",
		"Your trial of magnesium starts on the night of Mon 30 Nov 2026; nothing to do tonight.",
	)
	if ts := storedTrials(t, db); len(ts) != 1 || ts[0].Design() != (diary.TrialDesign{PeriodNights: 14, WashoutNights: 7, Pairs: 8}) {
		t.Fatalf("stored %+v", ts)
	}
}

func TestTrialStartRefuses(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "trial", "start", "massage", "--pairs", "5"))
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"trial", "start", "stretched", "--pairs", "4"}, "cramps: cannot plan that trial: --pairs must be at least 5: with fewer pairs the exact test can never reach p ≤ 0.05\n"},
		{[]string{"trial", "start", "quinine"}, `cramps: "quinine" is not a habit a trial can test; use one of stretched, legs_elevated, massage, knees_supported, tight_blankets, alcohol, late_caffeine, magnesium` + "\n"},
		{[]string{"trial", "start", "stretched", "--period", "7", "--washout", "7"}, "cramps: cannot plan that trial: --washout must be at least 0 and fewer than --period (7)\n"},
		{[]string{"trial", "start", "stretched", "--period", "28", "--pairs", "7"}, "cramps: cannot plan that trial: --pairs must be at most 6 with 28-night periods: 7 pairs of two such periods is 392 nights, and a trial holds at most 366\n"},
		{[]string{"trial", "start", "alcohol", "--start", "2026-12-01"}, "cramps: the trial massage-2026-11-22 (leg massage, nights 2026-11-22 to 2026-12-01) holds nights this one would; one trial at a time: stop it first with 'cramps trial stop', or choose a --start after 2026-12-01\n"},
		{[]string{"trial", "start", "alcohol", "--start", "2026-11-21"}, "cramps: --start 2026-11-21 is in the past: a trial's order is drawn when it starts, so it can only start tonight or later\n"},
		{[]string{"trial", "start", "alcohol", "--start", "2300-01-01"}, "cramps: --start 2300-01-01 is more than a year away; plan a trial to start within the next 366 nights\n"},
		{[]string{"trial", "start", "alcohol", "--start", "soon"}, `cramps: --start: "soon" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-21` + "\n"},
	} {
		r := cramps(t, db, tt.args...)
		if r.code != exitUser || r.stderr != tt.want || r.stdout != "" {
			t.Errorf("%v: exit %d, stderr\n%q\nwant\n%q", tt.args, r.code, r.stderr, tt.want)
		}
	}
	if ts := storedTrials(t, db); len(ts) != 1 {
		t.Errorf("a refused start stored something: %+v", ts)
	}
	// A habit's name in words, or a typo, is met with the key it means.
	for typed, want := range map[string]string{"stretching": "stretched", "no alcohol": "alcohol", "strecthed": "stretched", "Knees supported": ""} {
		r := cramps(t, db, "trial", "start", typed, "--start", "2027-06-01")
		switch {
		case want == "" && r.code != 0:
			t.Errorf("%q was refused: %s", typed, r.stderr)
		case want != "" && !strings.Contains(r.stderr, "(did you mean "+want+"?)"):
			t.Errorf("%q: %s", typed, r.stderr)
		}
	}
	if ts := storedTrials(t, db); len(ts) != 2 || ts[1].Habit != diary.HabitKneesSupported {
		t.Fatalf("stored %+v", ts)
	}
	// Right after the first trial's last night, another may start.
	mustOK(t, cramps(t, db, "trial", "start", "alcohol", "--start", "2026-12-02"))
	if r := cramps(t, db, "trial", "start"); r.code != exitUsage {
		t.Errorf("no habit: exit %d", r.code)
	}
}

// Over many starts the order is a fair coin: the first period is A about
// half the time, and so is every pair's.
func TestTrialOrderIsFair(t *testing.T) {
	db := tempDB(t)
	const starts = 150
	firstA, pairsA, pairs := 0, 0, 0
	for range starts {
		mustOK(t, cramps(t, db, "trial", "start", "stretched"))
		mustOK(t, cramps(t, db, "trial", "stop")) // before its first night: the next may start
	}
	ts := storedTrials(t, db)
	if len(ts) != starts {
		t.Fatalf("%d trials stored, want %d", len(ts), starts)
	}
	for _, tr := range ts {
		if tr.Order[0] == diary.OrderAB {
			firstA++
		}
		for _, o := range tr.Order {
			pairs++
			if o == diary.OrderAB {
				pairsA++
			}
		}
	}
	// Binomial(n, ½): mean n/2, sd √n/2; 4.5 sd leaves a chance of about 7 in a million of a false alarm.
	for _, c := range []struct {
		name string
		k, n int
	}{{"first period A", firstA, starts}, {"pairs AB", pairsA, pairs}} {
		if dev := math.Abs(float64(c.k) - float64(c.n)/2); dev > 4.5*math.Sqrt(float64(c.n))/2 {
			t.Errorf("%s in %d of %d: %.1f sd from a fair coin", c.name, c.k, c.n, dev/(math.Sqrt(float64(c.n))/2))
		}
	}
	ids := map[string]bool{}
	for _, tr := range ts {
		ids[tr.ID] = true
	}
	if len(ids) != starts || !ids["stretched-2026-11-22"] || !ids["stretched-2026-11-22-2"] || !ids[fmt.Sprintf("stretched-2026-11-22-%d", starts)] {
		t.Errorf("ids %v", ids)
	}
}

// completedTrialFile is a finished nightly trial of 5 pairs, all AB, with the
// nights of insights/trial's first worked case: p = 1/8.
func completedTrialFile(t *testing.T) string {
	t.Helper()
	start := diary.NewDate(2026, 10, 1)
	a, b := []int{0, 1, 0, 0, 1}, []int{2, 1, 3, 1, 2}
	var nights []diary.Night
	for i := range 5 {
		nights = append(nights,
			diary.Night{Date: start.AddDays(2 * i), Day: diary.Day{Stretched: diary.Some(true)}, Episodes: make([]diary.Episode, a[i])},
			diary.Night{Date: start.AddDays(2*i + 1), Day: diary.Day{Stretched: diary.Some(false)}, Episodes: make([]diary.Episode, b[i])})
	}
	for i := range nights {
		for j := range nights[i].Episodes {
			nights[i].Episodes[j] = diary.Episode{Muscle: diary.MuscleCalf}
		}
	}
	tr := diary.Trial{ID: "stretched-2026-10-01", Habit: diary.HabitStretched, Start: start, PeriodNights: 1, Pairs: 5,
		Order: []string{"AB", "AB", "AB", "AB", "AB"}}
	p := diary.NewProfile()
	var buf bytes.Buffer
	if err := diary.EncodeDocument(&buf, diary.Document{Profile: &p, Nights: nights, Trials: []diary.Trial{tr}}); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "trial.json", buf.String())
	return path
}

func TestTrialReportOfAnImportedTrial(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "import", completedTrialFile(t)))
	r := mustOK(t, cramps(t, db, "trial", "report", "--json"))
	var got map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]any{
		"id": "stretched-2026-10-01", "status": "complete", "verdict": "no_clear_difference", "pairs_used": 5.0,
		"statistic": -7.0, "p_value": 0.125, "mean_difference": -1.4, "nights_a": 5.0, "cramps_a": 2.0, "nights_b": 5.0,
		"cramps_b": 9.0, "rate_a": 0.4, "rate_b": 1.8, "adherence": 1.0, "habit_unknown_nights": 0.0, "end": "2026-10-10",
	} {
		if g := got[k]; g != want {
			if gf, ok := g.(float64); !ok || math.Abs(gf-want.(float64)) > 1e-9 {
				t.Errorf("%s = %v, want %v", k, g, want)
			}
		}
	}
	for _, k := range []string{"sd", "ci_low", "ci_high", "chance_fewer", "relative_change", "pairs", "start", "habit"} {
		if got[k] == nil {
			t.Errorf("%s missing or null", k)
		}
	}
	h := mustOK(t, cramps(t, db, "trial", "report"))
	says(t, "the report", h.stdout,
		"Trial stretched-2026-10-01: stretching, Thu 1 Oct 2026 to Sat 10 Oct 2026 (complete).",
		"On the nights you were asked to stretch, you had 0.4 cramps a night (2.8 a week; 2 cramps in 5 counted nights); on the nights as usual, 1.8 cramps a night (12.6 a week; 9 cramps in 5 counted nights): 78% fewer.",
		"A difference this large would arise by chance in 13% of the possible schedules (the exact randomisation test over 5 used pairs).",
		"Verdict: no clear difference. The trial cannot rule out a change anywhere from 2.8 fewer to 0 cramps a night (19.7 fewer to 0.1 more a week)",
		"You followed the schedule on 10 of 10 nights (100%) where it was recorded.",
		"One trial in one person",
	)
	for _, banned := range []string{"cure", "prove", "causes"} {
		if strings.Contains(strings.ToLower(h.stdout), banned) {
			t.Errorf("the report says %q", banned)
		}
	}
	l := mustOK(t, cramps(t, db, "trial", "list"))
	if !strings.Contains(l.stdout, "stretched-2026-10-01  stretched  2026-10-01 to 2026-10-10  complete  no clear difference") {
		t.Errorf("list:\n%s", l.stdout)
	}
	// A planned trial has no verdict yet, in words; its JSON keeps the enum.
	mustOK(t, cramps(t, db, "trial", "start", "massage", "--start", "2026-12-01"))
	l = mustOK(t, cramps(t, db, "trial", "list"))
	if !strings.Contains(l.stdout, "massage-2026-12-01    massage    2026-12-01 to 2027-02-22  planned   not started\n") {
		t.Errorf("list with a planned trial:\n%s", l.stdout)
	}
}

func TestTrialRunningWithholdsUnlessPeek(t *testing.T) {
	db := tempDB(t)
	path := completedTrialFile(t)
	mustOK(t, cramps(t, db, "import", path))
	during := time.Date(2026, 10, 6, 20, 0, 0, 0, time.Local)
	r := mustOK(t, crampsAt(t, db, during, "trial", "report"))
	if folded := strings.Join(strings.Fields(r.stdout), " "); !strings.Contains(folded, "(running)") || !strings.Contains(folded, "Its figures are kept back") || strings.Contains(folded, "0.4") {
		t.Errorf("running report:\n%s", r.stdout)
	}
	p := mustOK(t, crampsAt(t, db, during, "trial", "report", "--peek"))
	if !strings.Contains(p.stdout, "Interim figures of a trial still under way: do not stop on these.") {
		t.Errorf("peek:\n%s", p.stdout)
	}
	j := mustOK(t, crampsAt(t, db, during, "trial", "report", "--json"))
	if !strings.Contains(j.stdout, `"withheld": true`) || !strings.Contains(j.stdout, `"p_value": null`) || !strings.Contains(j.stdout, `"verdict": "running"`) {
		t.Errorf("withheld JSON:\n%s", j.stdout)
	}
}

func TestTrialTonightAndStop(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "import", completedTrialFile(t)))
	night := func(d int) time.Time { return time.Date(2026, 10, d, 21, 0, 0, 0, time.Local) }
	for _, tt := range []struct {
		day  int
		want string
	}{
		{3, `{"trial":"stretched-2026-10-01","date":"2026-10-03","condition":"A","scored":true,"instruction":"stretch your calves and hamstrings before bed"}`},
		{4, `{"trial":"stretched-2026-10-01","date":"2026-10-04","condition":"B","scored":true,"instruction":"no stretching before bed"}`},
		{11, `{"trial":null,"date":"2026-10-11","condition":null,"scored":false,"instruction":"No trial is running; start one with 'cramps trial start HABIT'."}`},
	} {
		r := mustOK(t, crampsAt(t, db, night(tt.day), "trial", "tonight", "--json"))
		var compact bytes.Buffer
		if err := json.Compact(&compact, []byte(r.stdout)); err != nil || compact.String() != tt.want {
			t.Errorf("%d October: %s (%v)\nwant %s", tt.day, compact.String(), err, tt.want)
		}
	}
	h := mustOK(t, crampsAt(t, db, night(3), "trial", "tonight"))
	if h.stdout != "Tonight, night 3 of 10 (condition A): stretch your calves and hamstrings before bed.\n" {
		t.Errorf("tonight: %q", h.stdout)
	}
	s := mustOK(t, crampsAt(t, db, night(3), "status"))
	if !strings.Contains(s.stdout, "tonight: stretch your calves and hamstrings before bed") {
		t.Errorf("status: %q", s.stdout)
	}
	stop := mustOK(t, crampsAt(t, db, night(5), "trial", "stop"))
	if !strings.Contains(stop.stdout, "after 4 nights of 10; tonight is no longer part of it") {
		t.Errorf("stop: %q", stop.stdout)
	}
	ts := storedTrials(t, db)
	if s, ok := ts[0].Stopped.Get(); !ok || s != diary.NewDate(2026, 10, 5) {
		t.Errorf("stopped %v", ts[0].Stopped)
	}
	r := mustOK(t, crampsAt(t, db, night(6), "trial", "report", "--json"))
	if !strings.Contains(r.stdout, `"status": "stopped"`) || !strings.Contains(r.stdout, `"verdict": "too_little_data"`) || !strings.Contains(r.stdout, `"pairs_used": 2`) {
		t.Errorf("stopped report:\n%s", r.stdout)
	}
	// The report's first line gives the nights the trial held, not those it planned.
	h = mustOK(t, crampsAt(t, db, night(6), "trial", "report"))
	says(t, "the stopped report", h.stdout, "Trial stretched-2026-10-01: stretching, Thu 1 Oct 2026 to Sun 4 Oct 2026 (stopped early, after 4 of its 10 nights; planned to Sat 10 Oct 2026).")
	if r := crampsAt(t, db, night(6), "trial", "stop"); r.code != exitUser || !strings.Contains(r.stderr, "no trial is running or planned") {
		t.Errorf("stop again: %d %q", r.code, r.stderr)
	}
}

// A file imported twice says its trials are already there too.
func TestTrialsImportedTwice(t *testing.T) {
	db := tempDB(t)
	path := completedTrialFile(t)
	mustOK(t, cramps(t, db, "import", path))
	r := mustOK(t, cramps(t, db, "import", path))
	says(t, "the second import", r.stdout, "Nothing to import: every night and trial in "+path+" is already in the diary.")
	// A changed order is a conflict; --overwrite replaces it, and says so.
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	changed := writeFile(t, "changed.json", strings.Replace(string(text), `"AB"`, `"BA"`, 1))
	r = mustOK(t, cramps(t, db, "import", changed, "--overwrite"))
	says(t, "the overwrite", r.stdout, "0 nights new, 0 replaced, 10 already there; 0 trials new, 1 replaced.")
}

// Export, import into an empty diary, export again: the same bytes, trials included.
func TestTrialsExportImportRoundTrip(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "import", completedTrialFile(t)))
	mustOK(t, cramps(t, db, "trial", "start", "magnesium"))
	first := mustOK(t, cramps(t, db, "export")).stdout
	if !strings.Contains(first, `"trials": [`) || strings.Count(first, `"habit": `) != 2 {
		t.Fatalf("export lacks the trials:\n%s", first)
	}
	path := writeFile(t, "e.json", first)
	db2 := tempDB(t)
	mustOK(t, cramps(t, db2, "import", path))
	if second := mustOK(t, cramps(t, db2, "export")).stdout; second != first {
		t.Errorf("second export differs:\n%s\n---\n%s", first, second)
	}
	// A file whose trial differs from the diary's is a conflict unless --overwrite.
	changed := strings.Replace(first, `"pairs": 5`, `"pairs": 6`, 1)
	changed = strings.Replace(changed, `"AB"`+"\n      ]", `"AB",`+"\n        \"BA\"\n      ]", 1)
	if err := os.WriteFile(path, []byte(changed), 0o600); err != nil {
		t.Fatal(err)
	}
	r := cramps(t, db2, "import", path)
	if r.code != exitUser || !strings.Contains(r.stderr, "trial stretched-2026-10-01: already in the diary with different values") {
		t.Errorf("conflict: %d %q", r.code, r.stderr)
	}
	mustOK(t, cramps(t, db2, "import", path, "--overwrite"))
	if ts := storedTrials(t, db2); ts[0].Pairs != 6 {
		t.Errorf("overwrite kept %+v", ts[0])
	}
	// A trial that overlaps one the diary keeps is refused, dry run or not, --overwrite or not.
	db3 := tempDB(t)
	mustOK(t, cramps(t, db3, "trial", "start", "massage"))
	clash := strings.Replace(first, `"magnesium-2026-11-22"`, `"magnesium-2026-11-22-b"`, 1)
	if err := os.WriteFile(path, []byte(clash), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"import", path, "--dry-run"}, {"import", path, "--overwrite"}} {
		r := cramps(t, db3, args...)
		if r.code != exitUser || !strings.Contains(r.stderr, "trial magnesium-2026-11-22-b (nights 2026-11-22 to 2027-07-03) overlaps the diary's trial massage-2026-11-22") {
			t.Errorf("%v: %d %q", args, r.code, r.stderr)
		}
	}
	if ts := storedTrials(t, db3); len(ts) != 1 {
		t.Errorf("a refused import wrote trials: %+v", ts)
	}
}

func TestReportHasTheTrialSection(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "import", completedTrialFile(t)))
	r := mustOK(t, cramps(t, db, "report", "--from", "2026-09-01"))
	says(t, "the report", r.stdout, "## Self-experiments", "**Stretching** · complete", "the patient was asked to stretch, they had 2.8 cramps a week (0.4 a night")
}

// A fortnight as a new user lives it: start a trial, read each evening's
// instruction, log each morning (following it on most nights), peek half
// way, and read the result the morning after the last night.
func TestTrialFortnight(t *testing.T) {
	db := tempDB(t)
	day := func(n int) diary.Date { return diary.NewDate(2026, 12, 1).AddDays(n) }
	evening := func(n int) time.Time { return time.Date(2026, 12, 1+n, 21, 0, 0, 0, time.Local) }
	morning := func(n int) time.Time { return time.Date(2026, 12, 2+n, 7, 0, 0, 0, time.Local) }
	mustOK(t, crampsAt(t, db, evening(0), "trial", "start", "stretched", "--pairs", "7"))
	for n := range 14 {
		var tn struct {
			Trial     *string `json:"trial"`
			Condition *string `json:"condition"`
			Scored    bool    `json:"scored"`
		}
		r := mustOK(t, crampsAt(t, db, evening(n), "trial", "tonight", "--json"))
		if err := json.Unmarshal([]byte(r.stdout), &tn); err != nil || tn.Condition == nil || !tn.Scored {
			t.Fatalf("night %d: %s (%v)", n, r.stdout, err)
		}
		stretched := *tn.Condition == "A"
		if n == 5 {
			stretched = !stretched // one night the instruction is not followed
		}
		args := []string{"log", "--date", day(n).String(), fmt.Sprintf("--stretched=%v", stretched)}
		if stretched {
			args = append(args, "--no-cramps")
		} else {
			args = append(args, "--episode", "calf,left,2m,5")
		}
		if n != 9 { // one night is never logged
			mustOK(t, crampsAt(t, db, morning(n), args...))
		}
		if n == 6 {
			p := mustOK(t, crampsAt(t, db, morning(n), "trial", "report", "--peek"))
			if !strings.Contains(p.stdout, "(running)") || !strings.Contains(p.stdout, "Interim figures") {
				t.Errorf("peek:\n%s", p.stdout)
			}
		}
	}
	r := mustOK(t, crampsAt(t, db, morning(13), "trial", "report", "--json"))
	var res struct {
		Status, Verdict string
		PairsUsed       int      `json:"pairs_used"`
		Adherence       *float64 `json:"adherence"`
		PValue          *float64 `json:"p_value"`
		HabitUnknown    int      `json:"habit_unknown_nights"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatal(err)
	}
	// 13 nights logged of 14; the unlogged one leaves its pair unused: 6 used
	// pairs. 12 of the 13 followed the schedule. Where the instruction was
	// followed, A nights had no cramp and B nights one: night 5 flips one pair.
	if res.Status != "complete" || res.PairsUsed != 6 || res.Adherence == nil || math.Abs(*res.Adherence-12.0/13) > 1e-9 || res.HabitUnknown != 0 {
		t.Errorf("result: %s", r.stdout)
	}
	h := mustOK(t, crampsAt(t, db, morning(13), "trial", "report"))
	if !strings.Contains(h.stdout, "(complete)") || !strings.Contains(h.stdout, "You followed the schedule on 12 of 13 nights (92%)") {
		t.Errorf("report:\n%s", h.stdout)
	}
	if r := mustOK(t, crampsAt(t, db, evening(14), "trial", "tonight")); !strings.HasPrefix(r.stdout, "No trial is running") {
		t.Errorf("after the end: %q", r.stdout)
	}
}

// A longer period alone shortens the default 42 pairs to what fits in 366
// nights, and a period too short for the default washout drops the washout.
func TestTrialStartFitsTheDefaults(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want diary.TrialDesign
	}{
		{[]string{"stretched", "--period", "7"}, diary.TrialDesign{PeriodNights: 7, Pairs: 26}},
		{[]string{"magnesium", "--period", "5"}, diary.TrialDesign{PeriodNights: 5, WashoutNights: 2, Pairs: 8}},
		{[]string{"magnesium", "--period", "8"}, diary.TrialDesign{PeriodNights: 8, WashoutNights: 4, Pairs: 8}},
		{[]string{"magnesium", "--period", "28"}, diary.TrialDesign{PeriodNights: 28, WashoutNights: 14, Pairs: 6}},
		{[]string{"magnesium", "--period", "10", "--washout", "3", "--pairs", "6"}, diary.TrialDesign{PeriodNights: 10, WashoutNights: 3, Pairs: 6}},
	} {
		db := tempDB(t)
		mustOK(t, cramps(t, db, append([]string{"trial", "start"}, tt.args...)...))
		if ts := storedTrials(t, db); len(ts) != 1 || ts[0].Design() != tt.want {
			t.Errorf("%v: stored %+v, want %+v", tt.args, ts[0].Design(), tt.want)
		}
	}
}

// During a trial `log --usual` never prefills the trial's habit from the
// usual nights (SPEC §11.3), keeps the other usual values, and says how to
// answer the trial's question; outside a trial the habit is prefilled.
func TestLogUsualNeverPrefillsTheTrialHabit(t *testing.T) {
	db := tempDB(t)
	for i := 2; i <= 15; i++ { // Fri 6 to Thu 19 Nov, all stretched
		mustOK(t, cramps(t, db, "log", "--date", diary.LastNight(fixedNow).AddDays(-i).String(), "--no-cramps", "--stretched", "--water-ml", "1500"))
	}
	mustOK(t, crampsAt(t, db, fixedNow.AddDate(0, 0, -1), "trial", "start", "stretched", "--pairs", "5")) // from the night of the 21st
	r := mustOK(t, cramps(t, db, "log", "--no-cramps", "--usual"))
	says(t, "the log", r.stdout, "Last night was in your trial of stretching and its answer is not recorded: log it with --stretched or --stretched=false.")
	n := storedNight(t, db, diary.LastNight(fixedNow))
	if n.Day.Stretched.Known() || n.Day.WaterML != diary.Some(1500) {
		t.Errorf("during the trial: stretched %v, water %v; want not recorded, 1500", n.Day.Stretched, n.Day.WaterML)
	}
	// Answering it on the command line says nothing more.
	if r := mustOK(t, cramps(t, db, "log", "--stretched=false")); strings.Contains(r.stdout, "trial") {
		t.Errorf("an answered night still asks: %s", r.stdout)
	}
	// The night before the trial is an ordinary one.
	r = mustOK(t, cramps(t, db, "log", "--date", "2026-11-20", "--usual"))
	if strings.Contains(r.stdout, "trial") || !storedNight(t, db, diary.NewDate(2026, 11, 20)).Day.Stretched.Known() {
		t.Errorf("outside the trial: %s", r.stdout)
	}
}

// storedNight reads the night of d from the diary at db.
func storedNight(t *testing.T, db string, d diary.Date) diary.Night {
	t.Helper()
	s := openDiary(t, db, store.Options{ReadOnly: true})
	defer s.Close()
	n, err := s.Night(d)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// The README's prompt and notification recipes read `trial tonight --json`
// line by line: the prompt's sed wants the line `  "condition": "A",`, the
// notification's grep "condition.: .[AB]" must match in a trial and not
// outside one.
func TestTrialTonightJSONFitsTheReadmeRecipes(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "import", completedTrialFile(t)))
	grep := regexp.MustCompile(`condition.: .[AB]`)
	sed := regexp.MustCompile(`(?m)^  "condition": "([AB])",$`)
	in := mustOK(t, crampsAt(t, db, time.Date(2026, 10, 3, 21, 0, 0, 0, time.Local), "trial", "tonight", "--json")).stdout
	if m := sed.FindStringSubmatch(in); m == nil || m[1] != "A" || !grep.MatchString(in) {
		t.Errorf("in a trial the recipes find no condition in:\n%s", in)
	}
	out := mustOK(t, crampsAt(t, db, time.Date(2026, 10, 20, 21, 0, 0, 0, time.Local), "trial", "tonight", "--json")).stdout
	if sed.MatchString(out) || grep.MatchString(out) {
		t.Errorf("outside a trial the recipes find a condition in:\n%s", out)
	}
}

// A trial planned to follow the running one can be cancelled by its id
// without ending the running one; an ended trial is not stopped again.
func TestTrialStopByID(t *testing.T) {
	db := tempDB(t)
	mustOK(t, cramps(t, db, "import", completedTrialFile(t))) // stretched-2026-10-01, 1–10 October
	night := func(d int) time.Time { return time.Date(2026, 10, d, 21, 0, 0, 0, time.Local) }
	mustOK(t, crampsAt(t, db, night(3), "trial", "start", "massage", "--pairs", "5", "--start", "2026-10-20"))
	if r := crampsAt(t, db, night(3), "__complete", "trial", "stop", ""); !strings.Contains(r.stdout, "stretched-2026-10-01\tstretching, running") ||
		!strings.Contains(r.stdout, "massage-2026-10-20\tleg massage, planned") {
		t.Errorf("completion offers:\n%s", r.stdout)
	}
	stop := mustOK(t, crampsAt(t, db, night(3), "trial", "stop", "massage-2026-10-20"))
	says(t, "the stop", stop.stdout, "Stopped the trial of leg massage (massage-2026-10-20) before its first night; it holds no nights.")
	ts := storedTrials(t, db)
	if ts[0].ID != "stretched-2026-10-01" || ts[0].Stopped.Known() || ts[0].Status(diary.NewDate(2026, 10, 3)) != diary.TrialRunning {
		t.Errorf("the running trial changed: %+v", ts[0])
	}
	for _, c := range []struct {
		at   int
		id   string
		want string
	}{
		{3, "massage-2026-10-20", "cramps: the trial massage-2026-10-20 was stopped already, before its first night\n"},
		{12, "stretched-2026-10-01", "cramps: the trial stretched-2026-10-01 is complete (its last night was Sat 10 Oct 2026), so there is nothing to stop; 'cramps trial report stretched-2026-10-01' gives its result\n"},
		{3, "quinine-2026-10-01", "cramps: no trial \"quinine-2026-10-01\" in the diary; its trials: stretched-2026-10-01 and massage-2026-10-20\n"},
	} {
		before := storedTrials(t, db)
		r := crampsAt(t, db, night(c.at), "trial", "stop", c.id)
		if r.code != exitUser || r.stderr != c.want {
			t.Errorf("stop %s on %d October: exit %d, %q\nwant %q", c.id, c.at, r.code, r.stderr, c.want)
		}
		if after := storedTrials(t, db); !reflect.DeepEqual(after, before) {
			t.Errorf("stop %s changed the trials:\n%+v\nwant %+v", c.id, after, before)
		}
	}
	// The list has no verdict for a trial that held no night, not "too little data".
	list := mustOK(t, crampsAt(t, db, night(3), "trial", "list")).stdout
	if !strings.Contains(list, "none (stopped before its first night)  stopped  –\n") {
		t.Errorf("trial list:\n%s", list)
	}
	mustOK(t, crampsAt(t, db, night(5), "trial", "stop", "stretched-2026-10-01"))
	if r := crampsAt(t, db, night(6), "trial", "stop", "stretched-2026-10-01"); r.code != exitUser ||
		r.stderr != "cramps: the trial stretched-2026-10-01 was stopped already, after its night of Sun 4 Oct 2026; 'cramps trial report stretched-2026-10-01' gives its result\n" {
		t.Errorf("stop a stopped trial: %d %q", r.code, r.stderr)
	}
}
