package diary

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// fixedCoins is a coin source for tests: each byte's low bit is one coin.
func fixedCoins(bits ...byte) *bytes.Reader { return bytes.NewReader(bits) }

func mustTrial(t *testing.T, h TrialHabit, start string, d TrialDesign, coins ...byte) Trial {
	t.Helper()
	s, err := ParseDate(start)
	if err != nil {
		t.Fatal(err)
	}
	if len(coins) < d.Pairs {
		coins = append(coins, make([]byte, d.Pairs-len(coins))...)
	}
	tr, err := NewTrial(h, s, d, fixedCoins(coins...))
	if err != nil {
		t.Fatalf("NewTrial: %v", err)
	}
	return tr
}

func date(t *testing.T, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestNewTrialDrawsOneCoinPerPair(t *testing.T) {
	tr := mustTrial(t, HabitStretched, "2026-12-01", TrialDesign{PeriodNights: 7, WashoutNights: 1, Pairs: 6}, 0, 1, 3, 2, 0xfe, 0xff)
	if want := []string{"AB", "BA", "BA", "AB", "AB", "BA"}; !slices.Equal(tr.Order, want) {
		t.Errorf("order = %v, want %v", tr.Order, want)
	}
	if tr.ID != "stretched-2026-12-01" {
		t.Errorf("id = %q", tr.ID)
	}
	if ps := tr.Validate(); len(ps) > 0 {
		t.Errorf("a new trial is invalid: %v", ps)
	}
	if _, err := NewTrial(HabitStretched, tr.Start, tr.Design(), fixedCoins(1, 2)); err == nil {
		t.Error("NewTrial with too few coins: no error")
	}
}

func TestNewTrialRefusesBadDesigns(t *testing.T) {
	start := NewDate(2026, 12, 1)
	for _, tt := range []struct {
		h    TrialHabit
		d    TrialDesign
		want string
	}{
		{HabitStretched, TrialDesign{1, 0, 4}, "pairs: must be at least 5: with fewer pairs the exact test can never reach p ≤ 0.05"},
		{HabitStretched, TrialDesign{0, 0, 42}, "period_nights: must be between 1 and 28"},
		{HabitStretched, TrialDesign{29, 0, 5}, "period_nights: must be between 1 and 28"},
		{HabitStretched, TrialDesign{7, 7, 6}, "washout_nights: must be at least 0 and fewer than period_nights (7)"},
		{HabitStretched, TrialDesign{7, -1, 6}, "washout_nights: must be at least 0 and fewer than period_nights (7)"},
		{HabitStretched, TrialDesign{28, 0, 7}, "pairs: must be at most 6 with 28-night periods: 7 pairs of two such periods is 392 nights, and a trial holds at most 366"},
		{HabitStretched, TrialDesign{1, 0, 1 << 40}, "pairs: must be at most 183"},
		{"stretching", TrialDesign{1, 0, 42}, `habit: "stretching" is not a habit a trial can test; use one of stretched, legs_elevated, massage, knees_supported, tight_blankets, alcohol, late_caffeine, magnesium`},
	} {
		_, err := NewTrial(tt.h, start, tt.d, fixedCoins(make([]byte, 400)...))
		if err == nil || err.Error() != tt.want {
			t.Errorf("NewTrial(%s, %+v) = %v, want %q", tt.h, tt.d, err, tt.want)
		}
	}
	// 366 nights exactly is allowed: 183 nightly pairs.
	if _, err := NewTrial(HabitStretched, start, TrialDesign{1, 0, 183}, fixedCoins(make([]byte, 183)...)); err != nil {
		t.Errorf("366 nights refused: %v", err)
	}
}

// The schedule of SPEC §11.2, night by night, for P = 3, W = 1 and the order AB, BA.
func TestTrialSchedule(t *testing.T) {
	tr := mustTrial(t, HabitStretched, "2026-12-01", TrialDesign{PeriodNights: 3, WashoutNights: 1, Pairs: 5}, 0, 1, 0, 0, 0)
	type row struct {
		pair, period int
		arm          Arm
		scored       bool
	}
	want := []row{
		{0, 0, ArmA, false}, {0, 0, ArmA, true}, {0, 0, ArmA, true},
		{0, 1, ArmB, false}, {0, 1, ArmB, true}, {0, 1, ArmB, true},
		{1, 0, ArmB, false}, {1, 0, ArmB, true}, {1, 0, ArmB, true},
		{1, 1, ArmA, false}, {1, 1, ArmA, true}, {1, 1, ArmA, true},
	}
	for j, w := range want {
		d := tr.Start.AddDays(j)
		n, ok := tr.Night(d)
		if !ok || n.Index != j || n.Pair != w.pair || n.Period != w.period || n.Arm != w.arm || n.Scored != w.scored || n.AfterStop {
			t.Errorf("night %d: %+v %v, want %+v", j, n, ok, w)
		}
	}
	if got, want := tr.Last(), date(t, "2026-12-30"); got != want { // 2·3·5 = 30 nights
		t.Errorf("last = %s, want %s", got, want)
	}
	if _, ok := tr.Night(tr.Start.AddDays(-1)); ok {
		t.Error("the night before the start is in the schedule")
	}
	if _, ok := tr.Night(tr.Last().AddDays(1)); ok {
		t.Error("the night after the last is in the schedule")
	}
	if n, ok := tr.Night(tr.Last()); !ok || n.Pair != 4 || n.Period != 1 || n.Arm != ArmB {
		t.Errorf("last night = %+v %v", n, ok)
	}
}

func TestTrialStatusAndStop(t *testing.T) {
	tr := mustTrial(t, HabitStretched, "2026-12-01", TrialDesign{1, 0, 5})
	for _, tt := range []struct {
		tonight string
		want    TrialStatus
	}{
		{"2026-11-30", TrialPlanned}, {"2026-12-01", TrialRunning}, {"2026-12-10", TrialRunning}, {"2026-12-11", TrialComplete},
	} {
		if got := tr.Status(date(t, tt.tonight)); got != tt.want {
			t.Errorf("status on %s = %s, want %s", tt.tonight, got, tt.want)
		}
	}
	if tr.End() != tr.Last() {
		t.Errorf("end %s, last %s", tr.End(), tr.Last())
	}
	tr.Stopped = Some(date(t, "2026-12-04"))
	if tr.Status(date(t, "2026-12-04")) != TrialStopped || tr.End() != date(t, "2026-12-03") {
		t.Errorf("stopped: status %s, end %s", tr.Status(date(t, "2026-12-04")), tr.End())
	}
	if tr.Holds(date(t, "2026-12-04")) || !tr.Holds(date(t, "2026-12-03")) {
		t.Error("Holds ignores the stop")
	}
	if n, ok := tr.Night(date(t, "2026-12-05")); !ok || !n.AfterStop {
		t.Errorf("a night after the stop: %+v %v", n, ok)
	}
}

func TestTrialInstruction(t *testing.T) {
	tr := mustTrial(t, HabitStretched, "2026-12-01", TrialDesign{3, 1, 5}, 1)
	p := NewProfile()
	for _, tt := range []struct{ night, want string }{
		{"2026-11-30", "Your trial of stretching starts on the night of Tue 1 Dec 2026; nothing to do tonight."},
		{"2026-12-01", "Tonight, night 1 of 30 (condition B, settling in: not scored): no stretching before bed."},
		{"2026-12-02", "Tonight, night 2 of 30 (condition B): no stretching before bed."},
		{"2026-12-04", "Tonight, night 4 of 30 (condition A, settling in: not scored): stretch your calves and hamstrings before bed."},
		{"2026-12-31", "Your trial of stretching is over; nothing to do tonight."},
	} {
		if got := tr.Instruction(date(t, tt.night), p); got != tt.want {
			t.Errorf("%s: %q\nwant %q", tt.night, got, tt.want)
		}
	}
	caf := mustTrial(t, HabitLateCaffeine, "2026-12-01", TrialDesign{1, 0, 5})
	p.CaffeineCutoff = Some(NewClock(13, 30))
	if got := caf.Instruction(caf.Start, p); !strings.HasSuffix(got, "no caffeine after 13:30.") {
		t.Errorf("caffeine A: %q", got)
	}
}

// Every habit of SPEC §11.1 has words, a default design, and the rule of its table.
func TestTrialHabitsFollowedA(t *testing.T) {
	p := NewProfile() // cutoff 14:00
	yes, no := Some(true), Some(false)
	for _, tt := range []struct {
		h               TrialHabit
		n               Night
		followed, known bool
	}{
		{HabitStretched, Night{Day: Day{Stretched: yes}}, true, true},
		{HabitStretched, Night{Day: Day{Stretched: no}}, false, true},
		{HabitStretched, Night{}, false, false},
		{HabitLegsElevated, Night{Day: Day{LegsElevated: yes}}, true, true},
		{HabitMassage, Night{Day: Day{Massage: no}}, false, true},
		{HabitKneesSupported, Night{Position: Position{KneesSupported: yes}}, true, true},
		{HabitTightBlankets, Night{Position: Position{TightBlankets: no}}, true, true},
		{HabitTightBlankets, Night{Position: Position{TightBlankets: yes}}, false, true},
		{HabitTightBlankets, Night{}, false, false},
		{HabitAlcohol, Night{Day: Day{AlcoholDrinks: Some(0)}}, true, true},
		{HabitAlcohol, Night{Day: Day{AlcoholDrinks: Some(2)}}, false, true},
		{HabitAlcohol, Night{}, false, false},
		{HabitLateCaffeine, Night{Day: Day{CaffeineServings: Some(0)}}, true, true},
		{HabitLateCaffeine, Night{Day: Day{CaffeineServings: Some(2), LastCaffeine: Some(NewClock(13, 0))}}, true, true},
		{HabitLateCaffeine, Night{Day: Day{CaffeineServings: Some(2), LastCaffeine: Some(NewClock(14, 0))}}, true, true},
		{HabitLateCaffeine, Night{Day: Day{CaffeineServings: Some(2), LastCaffeine: Some(NewClock(14, 1))}}, false, true},
		{HabitLateCaffeine, Night{Day: Day{CaffeineServings: Some(1), LastCaffeine: Some(NewClock(1, 0))}}, false, true},
		{HabitLateCaffeine, Night{Day: Day{CaffeineServings: Some(1)}}, false, false},
		{HabitMagnesium, Night{Day: Day{Supplements: []Supplement{SupplementCalcium, SupplementMagnesium}}}, true, true},
		{HabitMagnesium, Night{Day: Day{Supplements: []Supplement{}}}, false, true},
		{HabitMagnesium, Night{}, false, false},
		{"coffee", Night{Day: Day{Stretched: yes}}, false, false},
	} {
		f, k := tt.h.FollowedA(tt.n, p)
		if f != tt.followed || k != tt.known {
			t.Errorf("%s on %+v: %v %v, want %v %v", tt.h, tt.n, f, k, tt.followed, tt.known)
		}
	}
	for _, h := range TrialHabits {
		if !h.Valid() || h.Name() == "" || h.AskedTo() == "" || h.Instruction(ArmA, p) == "" || h.Instruction(ArmB, p) == "" {
			t.Errorf("%s lacks words", h)
		}
		d := h.DefaultDesign()
		want := TrialDesign{1, 0, 42}
		if h == HabitMagnesium {
			want = TrialDesign{14, 7, 8}
		}
		if d != want {
			t.Errorf("%s default %+v, want %+v", h, d, want)
		}
		if h.Supplement() != (h == HabitMagnesium) {
			t.Errorf("%s supplement = %v", h, h.Supplement())
		}
	}
}

func TestTrialFollowed(t *testing.T) {
	tr := mustTrial(t, HabitStretched, "2026-12-01", TrialDesign{1, 0, 5}, 1) // BA: B on the 1st, A on the 2nd
	p := NewProfile()
	night := func(d string, stretched Opt[bool]) Night {
		return Night{Date: date(t, d), Day: Day{Stretched: stretched}}
	}
	for _, tt := range []struct {
		n               Night
		followed, known bool
	}{
		{night("2026-12-01", Some(false)), true, true},
		{night("2026-12-01", Some(true)), false, true},
		{night("2026-12-02", Some(true)), true, true},
		{night("2026-12-02", None[bool]()), false, false},
		{night("2026-11-30", Some(true)), false, false},
	} {
		if f, k := tr.Followed(tt.n, p); f != tt.followed || k != tt.known {
			t.Errorf("%s %v: %v %v, want %v %v", tt.n.Date, tt.n.Day.Stretched, f, k, tt.followed, tt.known)
		}
	}
}

func TestValidateTrials(t *testing.T) {
	a := mustTrial(t, HabitStretched, "2026-12-01", TrialDesign{1, 0, 5}) // to 2026-12-10
	b := mustTrial(t, HabitAlcohol, "2026-12-10", TrialDesign{1, 0, 5})
	if ps := ValidateTrials([]Trial{a, b}); len(ps) != 1 || ps[0].String() !=
		"trials[1].start: overlaps trials[0] (stretched-2026-12-01, nights 2026-12-01 to 2026-12-10): one trial at a time" {
		t.Errorf("overlap: %v", ps)
	}
	// Stopped on the 10th, a no longer holds it.
	a.Stopped = Some(date(t, "2026-12-10"))
	if ps := ValidateTrials([]Trial{b, a}); len(ps) != 0 {
		t.Errorf("stopped before b: %v", ps)
	}
	bad := a
	bad.Stopped = Some(date(t, "2026-12-11"))
	bad.Order = []string{"AB", "ab", "BA", "AB"}
	bad.ID = "a b"
	want := []string{
		"trials[0].id: must be letters, digits, - and _ only, at most 64 of them",
		"trials[0].order: must hold one AB or BA for each of the 5 pairs, not 4",
		"trials[0].order[1]: must be AB or BA",
	}
	got := strings.Split(ValidateTrials([]Trial{bad}).Error(), "\n")
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	bad = a
	bad.Stopped = Some(date(t, "2026-12-11"))
	if ps := bad.Validate(); ps.Error() != "stopped: must be within the trial, from its first night 2026-12-01 to its last 2026-12-10" {
		t.Errorf("stopped after the end: %v", ps)
	}
	dup := b
	dup.Start = date(t, "2027-01-01")
	if ps := ValidateTrials([]Trial{b, dup}); ps.Error() != `trials[1].id: "alcohol-2026-12-10" is also the id of trials[0]` {
		t.Errorf("duplicate ids: %v", ps)
	}
}

// Over many draws of crypto-free coins the schedule stays fair: every pair
// holds as many scored A nights as scored B nights.
func TestTrialPairsBalanced(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		p := 1 + r.IntN(MaxPeriodNights)
		d := TrialDesign{PeriodNights: p, WashoutNights: r.IntN(p), Pairs: MinTrialPairs + r.IntN(3)}
		if d.Nights() > MaxTrialNights {
			continue
		}
		coins := make([]byte, d.Pairs)
		for i := range coins {
			coins[i] = byte(r.IntN(256))
		}
		tr, err := NewTrial(HabitMassage, NewDate(2026, 1, 1), d, fixedCoins(coins...))
		if err != nil {
			t.Fatal(err)
		}
		a, b := make([]int, d.Pairs), make([]int, d.Pairs)
		for j := range d.Nights() {
			n, _ := tr.Night(tr.Start.AddDays(j))
			if n.Scored && n.Arm == ArmA {
				a[n.Pair]++
			} else if n.Scored {
				b[n.Pair]++
			}
		}
		for i := range a {
			if a[i] != p-d.WashoutNights || b[i] != a[i] {
				t.Fatalf("%+v pair %d: %d scored A, %d scored B", d, i, a[i], b[i])
			}
		}
	}
}

// Unrecord leaves every habit unknown, and nothing else changed.
func TestTrialHabitUnrecord(t *testing.T) {
	full := Night{Date: NewDate(2026, 12, 1),
		Day: Day{Stretched: Some(true), LegsElevated: Some(true), Massage: Some(false), AlcoholDrinks: Some(2),
			CaffeineServings: Some(3), LastCaffeine: Some(NewClock(16, 0)), Supplements: []Supplement{SupplementMagnesium},
			WaterML: Some(1500)},
		Position: Position{KneesSupported: Some(true), TightBlankets: Some(true)}, Episodes: []Episode{}}
	p := NewProfile()
	for _, h := range TrialHabits {
		n := h.Unrecord(full)
		if _, known := h.FollowedA(n, p); known {
			t.Errorf("%s: still known after Unrecord", h)
		}
		if _, known := h.FollowedA(full, p); !known {
			t.Errorf("%s: not known on the full night", h)
		}
		if n.Day.WaterML != full.Day.WaterML || n.Episodes == nil || h.Question() == "" || len(h.Fields()) == 0 {
			t.Errorf("%s: Unrecord changed more than the habit, or the habit lacks words: %+v", h, n)
		}
	}
	if !full.Day.Stretched.Known() || full.Day.Supplements == nil {
		t.Error("Unrecord changed the night it was given")
	}
}
