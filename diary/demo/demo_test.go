package demo

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// testLast is the last night of the diaries under test: a Saturday.
var testLast = diary.NewDate(2026, 11, 21)

func TestDeterministic(t *testing.T) {
	p1, n1 := Generate(DefaultSeed, testLast, DefaultWeeks)
	p2, n2 := Default(testLast)
	if !reflect.DeepEqual(p1, p2) {
		t.Errorf("profiles differ for the same seed:\n%+v\n%+v", p1, p2)
	}
	if len(n1) != len(n2) {
		t.Fatalf("same seed gave %d and %d nights", len(n1), len(n2))
	}
	for i := range n1 {
		if !n1[i].Equal(n2[i]) {
			t.Fatalf("night %d differs for the same seed:\n%+v\n%+v", i, n1[i], n2[i])
		}
	}

	_, other := Generate(DefaultSeed+1, testLast, DefaultWeeks)
	same := len(other) == len(n1)
	for i := 0; same && i < len(n1); i++ {
		same = n1[i].Equal(other[i])
	}
	if same {
		t.Error("seeds DefaultSeed and DefaultSeed+1 gave the same diary")
	}
}

func TestDatesInOrder(t *testing.T) {
	for _, weeks := range []int{1, 2, 4, DefaultWeeks, 52} {
		_, ns := Generate(DefaultSeed, testLast, weeks)
		first := testLast.AddDays(1 - weeks*7)
		if len(ns) == 0 || len(ns) > weeks*7 {
			t.Fatalf("weeks=%d: %d nights", weeks, len(ns))
		}
		if ns[0].Date < first {
			t.Errorf("weeks=%d: first night %s before %s", weeks, ns[0].Date, first)
		}
		if got := ns[len(ns)-1].Date; got != testLast {
			t.Errorf("weeks=%d: last night %s, want %s", weeks, got, testLast)
		}
		for i := 1; i < len(ns); i++ {
			if ns[i].Date <= ns[i-1].Date {
				t.Fatalf("weeks=%d: night %d (%s) not after %s", weeks, i, ns[i].Date, ns[i-1].Date)
			}
		}
	}
}

// TestSkippedNights checks the default diary's calendar: a trip of a few
// nights away and a forgotten night or two, never in the last four weeks.
func TestSkippedNights(t *testing.T) {
	_, ns := Default(testLast)
	first := testLast.AddDays(1 - DefaultWeeks*7)
	logged := make(map[diary.Date]bool, len(ns))
	for _, n := range ns {
		logged[n.Date] = true
	}
	var missing []diary.Date
	for d := first; d <= testLast; d++ {
		if !logged[d] {
			missing = append(missing, d)
		}
	}
	if len(missing) < tripMin || len(missing) > 10 {
		t.Errorf("%d nights missing (%v), want a trip of %d to %d and a few forgotten", len(missing), missing, tripMin, tripMax)
	}
	for _, d := range missing {
		if testLast.DaysSince(d) < quietTail {
			t.Errorf("night %s missing in the last %d nights", d, quietTail)
		}
	}
	run, longest := 0, 0
	for i, d := range missing {
		if i > 0 && d == missing[i-1]+1 {
			run++
		} else {
			run = 1
		}
		longest = max(longest, run)
	}
	if longest < tripMin || longest > tripMax {
		t.Errorf("longest run of missing nights %d, want a trip of %d to %d", longest, tripMin, tripMax)
	}
}

func TestEmptyPeriod(t *testing.T) {
	for _, weeks := range []int{0, -3} {
		p, ns := Generate(DefaultSeed, testLast, weeks)
		if len(ns) != 0 {
			t.Errorf("weeks=%d: %d nights, want none", weeks, len(ns))
		}
		if err := p.Validate().Err(); err != nil {
			t.Errorf("weeks=%d: profile invalid: %v", weeks, err)
		}
	}
}

func TestValid(t *testing.T) {
	for _, c := range []struct {
		last  diary.Date
		weeks int
	}{
		{testLast, 1}, {testLast, 2}, {testLast, DefaultWeeks}, {testLast, 1565},
		{diary.NewDate(1920, 3, 1), DefaultWeeks}, // born before the earliest birth year the diary takes
	} {
		p, ns := Generate(DefaultSeed, c.last, c.weeks)
		weeks := c.weeks // named for the messages
		if err := p.Validate().Err(); err != nil {
			t.Errorf("weeks=%d: profile invalid: %v", weeks, err)
		}
		for _, n := range ns {
			// EntryProblems, not just Validate: a demo night opened in Log
			// and saved again must pass what a night typed in passes.
			if err := n.EntryProblems().Err(); err != nil {
				t.Fatalf("weeks=%d: night %s invalid:\n%v", weeks, n.Date, err)
			}
		}
	}
}

func TestProfile(t *testing.T) {
	p, ns := Default(testLast)
	first := testLast.AddDays(1 - DefaultWeeks*7)
	if y := p.BirthYear.Or(0); y != 1962 || p.Sex != diary.SexFemale {
		t.Errorf("born %d, %s; want a woman born 1962", y, p.Sex)
	}
	if p.WaterGoal() != 2000 || p.Cutoff() != diary.NewClock(14, 0) || p.FirstWeekday() != diary.WeekStartMonday {
		t.Errorf("goal %d, cutoff %s, week %s; want 2000, 14:00, monday", p.WaterGoal(), p.Cutoff(), p.FirstWeekday())
	}
	statin, ok1 := p.MedicationNamed(Statin)
	diuretic, ok2 := p.MedicationNamed(Diuretic)
	if !ok1 || !ok2 || statin.Class != diary.ClassStatin || diuretic.Class != diary.ClassDiuretic {
		t.Fatalf("medications %+v; want a statin and a diuretic", p.Medications)
	}
	if s, _ := statin.Started.Get(); first.DaysSince(s) < 5*365 {
		t.Errorf("statin started %s, want years before %s", s, first)
	}
	start, _ := diuretic.Started.Get()
	if want := first.AddDays(49); start != want {
		t.Errorf("diuretic started %s, want %s (week 8, about half-way)", start, want)
	}
	before, after := 0, 0
	for _, n := range ns {
		if n.CrampsKnown() && n.Date < start {
			before++
		} else if n.CrampsKnown() {
			after++
		}
	}
	if before < 14 || after < 14 {
		t.Errorf("%d known nights before the diuretic and %d after, want 14 each", before, after)
	}
}

// TestLoggedSections checks that almost every night is logged whole, a few
// leave a section out, and cramps are absent only on a handful.
func TestLoggedSections(t *testing.T) {
	_, ns := Default(testLast)
	var noSleep, noPosition, noCramps int
	for _, n := range ns {
		if n.Sleep == (diary.Sleep{}) {
			noSleep++
		}
		if n.Position == (diary.Position{}) {
			noPosition++
		}
		if !n.CrampsKnown() {
			noCramps++
		}
		if !n.Day.WaterML.Known() {
			t.Errorf("%s: the day is not recorded", n.Date)
		}
	}
	if noSleep < 1 || noSleep > 8 || noPosition > 6 || noCramps < 1 || noCramps > 6 {
		t.Errorf("%d nights without sleep, %d without position, %d without cramps recorded; want a few, a few, a handful",
			noSleep, noPosition, noCramps)
	}
}

// TestSleepConsistent checks the Consensus Sleep Diary arithmetic of every
// night: bed before lights out, final wake before getting up, a plausible
// night's sleep, quality following efficiency, cramp nights worse.
func TestSleepConsistent(t *testing.T) {
	_, ns := Default(testLast)
	var qualSum [2]float64 // by efficiency: under 0.80, from 0.90
	var qualN [2]int
	var wake, eff [2]float64 // cramp-free, cramp nights
	var count [2]int
	for _, n := range ns {
		s := n.Sleep
		if !s.Bedtime.Known() {
			continue
		}
		bed, lo, fw, out := s.Bedtime.Or(0), s.LightsOut.Or(0), s.FinalWake.Or(0), s.OutOfBed.Or(0)
		if bed.MinutesUntil(lo) > 60 || fw.MinutesUntil(out) > 60 {
			t.Errorf("%s: bed %s, lights out %s, final wake %s, out of bed %s out of order", n.Date, bed, lo, fw, out)
		}
		if tib := s.TimeInBedMin().Or(0); tib < 6*60 || tib > 11*60 {
			t.Errorf("%s: %d minutes in bed", n.Date, tib)
		}
		e, ok := s.Efficiency().Get()
		if !ok || e < 0.4 || e > 1 {
			t.Fatalf("%s: efficiency %v", n.Date, s.Efficiency())
		}
		switch {
		case e < 0.80:
			qualSum[0] += float64(s.Quality.Or(0))
			qualN[0]++
		case e >= 0.90:
			qualSum[1] += float64(s.Quality.Or(0))
			qualN[1]++
		}
		if n.CrampsKnown() {
			k := 0
			if n.CrampNight() {
				k = 1
			}
			wake[k] += float64(s.Awakenings.Or(0))
			eff[k] += e
			count[k]++
		}
		woken := 0
		for _, ep := range n.Episodes {
			if ep.WokeMe.Or(false) {
				woken++
			}
		}
		if s.Awakenings.Or(0) < woken {
			t.Errorf("%s: %d awakenings, but %d cramps woke her", n.Date, s.Awakenings.Or(0), woken)
		}
	}
	if low, high := qualSum[0]/float64(qualN[0]), qualSum[1]/float64(qualN[1]); high-low < 1 {
		t.Errorf("mean quality %.2f below 80%% efficiency, %.2f from 90%%; want a clear step", low, high)
	}
	if free, cramp := wake[0]/float64(count[0]), wake[1]/float64(count[1]); cramp < free+0.8 {
		t.Errorf("mean awakenings %.2f without cramps, %.2f with; want more with", free, cramp)
	}
	if free, cramp := eff[0]/float64(count[0]), eff[1]/float64(count[1]); cramp > free-0.02 {
		t.Errorf("mean efficiency %.3f without cramps, %.3f with; want lower with", free, cramp)
	}
}

// TestDayPlausible checks each day against what one person's day can hold.
func TestDayPlausible(t *testing.T) {
	p, ns := Default(testLast)
	var sit [2]float64 // days off, workdays
	var days [2]int
	for _, n := range ns {
		d := n.Day
		if w := d.WaterML.Or(-1); w < waterMin || w > waterMax || w%waterStep != 0 {
			t.Errorf("%s: water %d ml", n.Date, w)
		}
		cups := d.CaffeineServings.Or(-1)
		if cups < 0 || cups > 5 || d.LastCaffeine.Known() != (cups > 0) {
			t.Errorf("%s: %d cups, last at %v", n.Date, cups, d.LastCaffeine)
		}
		if drinks := d.AlcoholDrinks.Or(-1); drinks < 0 || drinks > 3 {
			t.Errorf("%s: %d drinks", n.Date, drinks)
		}
		if (d.ExerciseIntensity == diary.IntensityNone) != (d.ExerciseMin.Or(-1) == 0) {
			t.Errorf("%s: %d minutes of %s exercise", n.Date, d.ExerciseMin.Or(-1), d.ExerciseIntensity)
		}
		s, st := d.SittingH.Or(-1), d.StandingH.Or(-1)
		if s < 0 || st < 0 || s+st > 16 {
			t.Errorf("%s: %g h sitting and %g h standing", n.Date, s, st)
		}
		k := 0
		if wd := n.Date.Weekday(); wd != time.Saturday && wd != time.Sunday {
			k = 1
		}
		sit[k] += s
		days[k]++
		if st := d.Stress.Or(0); st < 1 || st > 5 {
			t.Errorf("%s: stress %d", n.Date, st)
		}
		if !d.Stretched.Known() || d.Supplements == nil || d.FluidLoss.Or(true) || d.WalkingPain.Or(true) {
			t.Errorf("%s: stretched %v, supplements %v, fluid loss %v, walking pain %v",
				n.Date, d.Stretched, d.Supplements, d.FluidLoss, d.WalkingPain)
		}
		var want []string
		for _, m := range p.Medications {
			if m.TakenOn(n.Date) {
				want = append(want, m.Name)
			}
		}
		if strings.Join(d.Medications, ",") != strings.Join(want, ",") {
			t.Errorf("%s: medications %v, want %v", n.Date, d.Medications, want)
		}
	}
	if off, work := sit[0]/float64(days[0]), sit[1]/float64(days[1]); work < off+2 {
		t.Errorf("mean sitting %.1f h on days off, %.1f h on workdays; want workdays clearly more", off, work)
	}
}

// TestEpisodesPlausible checks the cramps: mostly calves, mostly woken,
// durations and pain in their usual ranges, and one 14-minute cramp ten
// nights before the last.
func TestEpisodesPlausible(t *testing.T) {
	_, ns := Default(testLast)
	muscles := map[diary.Muscle]int{}
	total, woke, short := 0, 0, 0
	for _, n := range ns {
		for i, e := range n.Episodes {
			total++
			muscles[e.Muscle]++
			if e.WokeMe.Or(false) {
				woke++
			}
			if i > 0 && spanOf(e.Time.Or(0)) < spanOf(n.Episodes[i-1].Time.Or(0)) {
				t.Errorf("%s: episodes out of time order", n.Date)
			}
			secs := e.DurationS.Or(0)
			if secs == longCrampS {
				if n.Date != testLast.AddDays(-longCrampDaysAgo) || e.Intensity.Or(0) != 8 {
					t.Errorf("%s: the long cramp %+v, want it on %s", n.Date, e, testLast.AddDays(-longCrampDaysAgo))
				}
				continue
			}
			if secs >= 30 && secs <= 300 {
				short++
			}
			if secs < durationMinS || secs > durationMaxS {
				t.Errorf("%s: a cramp of %d s", n.Date, secs)
			}
			if p := e.Intensity.Or(0); p < 3 || p > 8 {
				t.Errorf("%s: pain %d", n.Date, p)
			}
			if h := e.SorenessH.Or(-1); h < 0 || h > 6 {
				t.Errorf("%s: soreness %g h", n.Date, h)
			}
			if len(e.Relief) == 0 || e.Side == "" || !e.Time.Known() {
				t.Errorf("%s: episode %+v incomplete", n.Date, e)
			}
		}
	}
	if muscles[diary.MuscleCalf]*10 < total*6 || muscles[diary.MuscleCalf] == total {
		t.Errorf("muscles %v of %d episodes; want mostly calf, not only", muscles, total)
	}
	if woke*10 < total*7 || short*10 < (total-1)*8 {
		t.Errorf("%d of %d episodes woke her, %d lasted 30 s to 5 min", woke, total, short)
	}
}

// TestNotes checks that a few nights carry the notes of the story.
func TestNotes(t *testing.T) {
	_, ns := Default(testLast)
	notes := map[string]int{}
	for _, n := range ns {
		if n.Notes != "" {
			notes[n.Notes]++
		}
	}
	for _, want := range []string{"long flight", "new shoes", "hot day at the garden", "first day of the water pill"} {
		if notes[want] == 0 {
			t.Errorf("no night notes %q; notes: %v", want, notes)
		}
	}
	if len(notes) > 8 {
		t.Errorf("%d different notes, want a few", len(notes))
	}
}

// TestPlantedEffects checks the four planted effects, the noise bounds and
// the base rate on the default diary ending on testLast.
func TestPlantedEffects(t *testing.T) {
	p, ns := Default(testLast)
	for _, problem := range plantedProblems(p, ns, true) {
		t.Error(problem)
	}
}

// TestEveryWeekday checks that the default diary keeps its planted effects
// and shows only the one red flag whatever weekday it ends on, since
// `cramps demo` ends it on the user's last night.
func TestEveryWeekday(t *testing.T) {
	for k := range 7 {
		last := testLast.AddDays(k)
		p, ns := Default(last)
		for _, problem := range plantedProblems(p, ns, false) {
			t.Errorf("ending %s %s: %s", last.Weekday(), last, problem)
		}
		for _, problem := range calmProblems(p, ns, last) {
			t.Errorf("ending %s %s: %s", last.Weekday(), last, problem)
		}
	}
}

// BenchmarkGenerate30Years generates 30 years of nights, the size of the
// speed targets' largest diary, to show other packages' tests can afford it.
func BenchmarkGenerate30Years(b *testing.B) {
	for b.Loop() {
		Generate(DefaultSeed, testLast, 1565)
	}
}
