package insights

import (
	"encoding/json"
	"flag"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/internal/goldenfile"
)

// weekUpdate rewrites testdata/week/*.golden. It has its own name so it
// cannot clash with another test file's -update; -update works too when one
// is defined.
var weekUpdate = flag.Bool("update-week", false, "rewrite the golden files in testdata/week")

func wkShouldUpdate() bool {
	if *weekUpdate {
		return true
	}
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// wkDate parses a date the test knows to be valid.
func wkDate(t testing.TB, s string) diary.Date {
	t.Helper()
	d, err := diary.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// wkClock parses a clock time the test knows to be valid.
func wkClock(t testing.TB, s string) diary.Opt[diary.Clock] {
	t.Helper()
	c, err := diary.ParseClock(s)
	if err != nil {
		t.Fatal(err)
	}
	return diary.Some(c)
}

// wkSleep is a full sleep record: bed, lights out, latency, WASO, final wake, out of bed.
func wkSleep(t testing.TB, bed, lights string, lat, waso int, wake, out string) diary.Sleep {
	return diary.Sleep{
		Bedtime: wkClock(t, bed), LightsOut: wkClock(t, lights), SleepLatencyMin: diary.Some(lat),
		WASOMin: diary.Some(waso), FinalWake: wkClock(t, wake), OutOfBed: wkClock(t, out),
	}
}

// wkCramp is a cramp night with one episode in muscle m of sec seconds at pain.
func wkCramp(d diary.Date, m diary.Muscle, sec, pain int) diary.Night {
	return diary.Night{Date: d, Episodes: []diary.Episode{{Muscle: m, DurationS: diary.Some(sec), Intensity: diary.Some(pain)}}}
}

// wkQuiet is a logged night without cramps.
func wkQuiet(d diary.Date) diary.Night { return diary.Night{Date: d, Episodes: []diary.Episode{}} }

// wkHandMadeWeek is the week of Monday 16 November 2026, with every kind of
// value and gap, and a night either side that must stay out of it.
func wkHandMadeWeek(t testing.TB) []diary.Night {
	d := func(s string) diary.Date { return wkDate(t, s) }
	return []diary.Night{
		wkCramp(d("2026-11-15"), diary.MuscleCalf, 3000, 10), // the Sunday before
		{
			Date:  d("2026-11-16"),
			Sleep: wkSleep(t, "22:40", "23:00", 15, 25, "06:30", "06:45"), // across midnight: 410 of 485 min
			Day: diary.Day{WaterML: diary.Some(2000), CaffeineServings: diary.Some(3), LastCaffeine: wkClock(t, "16:00"),
				Stretched: diary.Some(true)},
			Episodes: []diary.Episode{
				{Muscle: diary.MuscleCalf, DurationS: diary.Some(240), Intensity: diary.Some(7), WokeMe: diary.Some(true)},
				{Muscle: diary.MuscleFoot, DurationS: diary.Some(90), Intensity: diary.Some(5), WokeMe: diary.Some(false)},
			},
		},
		{
			Date: d("2026-11-17"),
			// no WASO: total sleep and efficiency unknown
			Sleep: diary.Sleep{Bedtime: wkClock(t, "23:00"), LightsOut: wkClock(t, "23:30"), SleepLatencyMin: diary.Some(10),
				FinalWake: wkClock(t, "07:00"), OutOfBed: wkClock(t, "07:10")},
			Day:      diary.Day{WaterML: diary.Some(1500), CaffeineServings: diary.Some(0), Stretched: diary.Some(false)},
			Episodes: []diary.Episode{},
		},
		{
			Date:  d("2026-11-18"),                                        // cramps not recorded; sleep and habits still count
			Sleep: wkSleep(t, "00:15", "00:30", 20, 10, "07:30", "07:45"), // after midnight: 390 of 450 min
			Day:   diary.Day{WaterML: diary.Some(2500), LastCaffeine: wkClock(t, "13:00"), Stretched: diary.Some(true)},
		},
		{
			Date:     d("2026-11-19"), // an episode with nothing but its existence; coffee at 01:00 is late
			Day:      diary.Day{CaffeineServings: diary.Some(2), LastCaffeine: wkClock(t, "01:00")},
			Episodes: []diary.Episode{{}},
		},
		{
			Date: d("2026-11-20"), // coffee exactly at the cutoff is not after it
			Day:  diary.Day{CaffeineServings: diary.Some(1), LastCaffeine: wkClock(t, "14:00")},
			Episodes: []diary.Episode{
				{Muscle: diary.MuscleThighBack, DurationS: diary.Some(600), Intensity: diary.Some(8), WokeMe: diary.Some(true)},
			},
		},
		{
			Date:     d("2026-11-22"), // Sunday, no intensity
			Episodes: []diary.Episode{{Muscle: diary.MuscleCalf, DurationS: diary.Some(30), WokeMe: diary.Some(true)}},
		},
		wkCramp(d("2026-11-23"), diary.MuscleCalf, 3000, 10), // the Monday after
	}
}

func TestWeekFiguresHandMade(t *testing.T) {
	nights := wkHandMadeWeek(t)
	got := Week(nights, diary.NewProfile(), wkDate(t, "2026-11-16"), wkDate(t, "2026-11-22")).WeekFigures
	// Typed, so the efficiency is rounded as at run time, night by night.
	var tst1, tib1, tst2, tib2 float64 = 410, 485, 390, 450
	want := WeekFigures{
		Start: wkDate(t, "2026-11-16"), End: wkDate(t, "2026-11-22"),
		NightsLogged: 5, CrampNights: 4, Episodes: 5, CrampMinutes: 16, // (240+90+600+30) s
		MeanIntensity: diary.Some(20.0 / 3), MaxIntensity: diary.Some(8), LongestEpisodeS: diary.Some(600),
		WokeNights:       3,
		ByMuscle:         map[diary.Muscle]int{diary.MuscleCalf: 2, diary.MuscleFoot: 1, diary.MuscleThighBack: 1},
		AvgTotalSleepMin: diary.Some(400.0), AvgSleepEfficiency: diary.Some((tst1/tib1 + tst2/tib2) / 2),
		StretchedNights: 2, WaterGoalNights: 2, CaffeineCutoffNights: 3, Nights: 6,
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("figures\n got %+v\nwant %+v", got, want)
	}
}

func TestWeekWaterGoalAndCutoffFromProfile(t *testing.T) {
	nights := wkHandMadeWeek(t)
	p := diary.NewProfile()
	p.WaterGoalML = diary.Some(1500)
	p.CaffeineCutoff = wkClock(t, "16:00")
	got := Week(nights, p, wkDate(t, "2026-11-16"), wkDate(t, "2026-11-22"))
	if got.WaterGoalNights != 3 || got.CaffeineCutoffNights != 4 {
		t.Fatalf("water_goal_nights %d, caffeine_cutoff_nights %d; want 3 and 4", got.WaterGoalNights, got.CaffeineCutoffNights)
	}
	// A profile without a goal or cutoff uses the defaults, 2000 ml and 14:00.
	got = Week(nights, diary.Profile{}, wkDate(t, "2026-11-16"), wkDate(t, "2026-11-22"))
	if got.WaterGoalNights != 2 || got.CaffeineCutoffNights != 3 {
		t.Fatalf("defaults: water_goal_nights %d, caffeine_cutoff_nights %d; want 2 and 3", got.WaterGoalNights, got.CaffeineCutoffNights)
	}
}

// TestWeekEmpty: a week with nothing logged, and an average over weeks with
// nothing logged, are null, not zero (SPEC §6a as amended, issue 11.5).
func TestWeekEmpty(t *testing.T) {
	for _, nights := range [][]diary.Night{nil, wkHandMadeWeek(t)} {
		r := Week(nights, diary.NewProfile(), wkDate(t, "2030-06-05"), wkDate(t, "2030-06-10"))
		if r.Start != wkDate(t, "2030-06-03") || r.End != wkDate(t, "2030-06-09") {
			t.Fatalf("week %s to %s, want 2030-06-03 to 2030-06-09", r.Start, r.End)
		}
		b, err := json.Marshal(r.WeekFigures)
		if err != nil {
			t.Fatal(err)
		}
		want := `{"start":"2030-06-03","end":"2030-06-09","nights_logged":0,"cramp_nights":null,"episodes":null,` +
			`"cramp_minutes":null,"mean_intensity":null,"max_intensity":null,"longest_episode_s":null,"woke_nights":null,` +
			`"by_muscle":null,"avg_total_sleep_min":null,"avg_sleep_efficiency":null,"stretched_nights":null,` +
			`"water_goal_nights":null,"caffeine_cutoff_nights":null}`
		if string(b) != want {
			t.Errorf("empty week\n got %s\nwant %s", b, want)
		}
		b, err = json.Marshal(r.FourWeekAverage)
		if err != nil {
			t.Fatal(err)
		}
		want = `{"start":"2030-05-06","end":"2030-06-02","nights_logged":0,"cramp_nights":null,"episodes":null,` +
			`"cramp_minutes":null,"mean_intensity":null,"max_intensity":null,"longest_episode_s":null,"woke_nights":null,` +
			`"by_muscle":null,"avg_total_sleep_min":null,"avg_sleep_efficiency":null,"stretched_nights":null,` +
			`"water_goal_nights":null,"caffeine_cutoff_nights":null}`
		if string(b) != want {
			t.Errorf("empty average\n got %s\nwant %s", b, want)
		}
		if len(r.Trend) != 12 || r.RedFlags == nil || len(r.RedFlags) != 0 {
			t.Errorf("trend %d weeks, red flags %#v; want 12 and []", len(r.Trend), r.RedFlags)
		}
	}
}

func TestWeekStartsAndBoundaries(t *testing.T) {
	sunday := diary.NewProfile()
	sunday.WeekStart = diary.WeekStartSunday
	nights := []diary.Night{
		wkCramp(wkDate(t, "2025-12-28"), diary.MuscleCalf, 60, 3), // Sunday
		wkCramp(wkDate(t, "2025-12-31"), diary.MuscleCalf, 120, 3),
		wkCramp(wkDate(t, "2026-01-01"), diary.MuscleFoot, 180, 3),
		wkCramp(wkDate(t, "2026-01-04"), diary.MuscleToes, 240, 3), // Sunday
		wkCramp(wkDate(t, "2026-11-15"), diary.MuscleCalf, 60, 3),  // Sunday
		wkCramp(wkDate(t, "2026-11-21"), diary.MuscleCalf, 120, 3), // Saturday
		wkCramp(wkDate(t, "2026-11-22"), diary.MuscleCalf, 180, 3), // Sunday
		wkCramp(wkDate(t, "2026-12-27"), diary.MuscleCalf, 60, 3),  // Sunday
		wkCramp(wkDate(t, "2026-12-31"), diary.MuscleCalf, 120, 3),
		wkCramp(wkDate(t, "2027-01-03"), diary.MuscleCalf, 180, 3), // Sunday
		wkCramp(wkDate(t, "2027-01-04"), diary.MuscleCalf, 240, 3), // Monday
	}
	w53, err := diary.ParseISOWeek("2026-W53")
	if err != nil {
		t.Fatal(err)
	}
	w01, err := diary.ParseISOWeek("2026-W01")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		p          diary.Profile
		start      diary.Date
		wantStart  string
		wantEnd    string
		wantCramps int
		wantMin    float64
	}{
		{"Monday week", diary.NewProfile(), wkDate(t, "2026-11-18"), "2026-11-16", "2026-11-22", 2, 5},
		{"Sunday week", sunday, wkDate(t, "2026-11-18"), "2026-11-15", "2026-11-21", 2, 3},
		{"Sunday week from its Sunday", sunday, wkDate(t, "2026-11-22"), "2026-11-22", "2026-11-28", 1, 3},
		{"2026-W01 across the new year", diary.NewProfile(), w01, "2025-12-29", "2026-01-04", 3, 9},
		{"Sunday week across the new year", sunday, w01, "2025-12-28", "2026-01-03", 3, 6},
		{"2026-W53", diary.NewProfile(), w53, "2026-12-28", "2027-01-03", 2, 5},
		{"Sunday week of 2026-W53", sunday, w53, "2026-12-27", "2027-01-02", 2, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Week(nights, tc.p, tc.start, tc.start.AddDays(30))
			if r.Start.String() != tc.wantStart || r.End.String() != tc.wantEnd ||
				r.CrampNights != tc.wantCramps || r.CrampMinutes != tc.wantMin {
				t.Fatalf("got %s to %s, %d cramp nights, %g min; want %s to %s, %d, %g", r.Start, r.End, r.CrampNights,
					r.CrampMinutes, tc.wantStart, tc.wantEnd, tc.wantCramps, tc.wantMin)
			}
			if r.Previous.Start != r.Start.AddDays(-7) || r.Previous.End != r.Start.AddDays(-1) {
				t.Errorf("previous %s to %s", r.Previous.Start, r.Previous.End)
			}
			if got := r.Trend[11].Start; got != r.Start {
				t.Errorf("last trend week starts %s, want %s", got, r.Start)
			}
		})
	}
}

func TestWeekFourWeekAverage(t *testing.T) {
	start := wkDate(t, "2026-11-16")
	wk := func(back, day int) diary.Date { return start.AddDays(-7*back + day) }
	withSleep := func(n diary.Night, s diary.Sleep) diary.Night { n.Sleep = s; return n }
	nights := []diary.Night{
		wkCramp(wk(5, 0), diary.MuscleThighFront, 6000, 10), // five weeks back: outside the average
		wkCramp(wk(4, 6), diary.MuscleFoot, 60, 2),          // the Sunday of week −4: inside
		// week −3: four cramp nights at pain 8, with sleep on two nights
		withSleep(wkCramp(wk(3, 0), diary.MuscleCalf, 120, 8), wkSleep(t, "23:00", "23:00", 0, 0, "07:00", "07:00")),
		withSleep(wkCramp(wk(3, 1), diary.MuscleCalf, 120, 8), wkSleep(t, "23:00", "23:00", 0, 60, "07:00", "07:00")),
		wkCramp(wk(3, 2), diary.MuscleCalf, 120, 8),
		wkCramp(wk(3, 3), diary.MuscleCalf, 120, 8),
		wkQuiet(wk(3, 4)),
		// week −2: nothing logged
		// week −1: two cramp nights at pain 4 and 6
		wkCramp(wk(1, 2), diary.MuscleCalf, 300, 4),
		wkCramp(wk(1, 5), diary.MuscleCalf, 300, 6),
		wkQuiet(wk(1, 6)),
		// this week: outside the average
		wkCramp(wk(0, 0), diary.MuscleShin, 6000, 10),
	}
	r := Week(nights, diary.NewProfile(), start, start.AddDays(6))
	want := WeekAverage{
		Start: wk(4, 0), End: wk(1, 6),
		// Week −2 has nothing logged: it is left out of every average but
		// nights_logged's, not counted as a week of zeros (SPEC §6a amended).
		NightsLogged: (1 + 5 + 0 + 3) / 4.0, CrampNights: diary.Some((1 + 4 + 2) / 3.0), Episodes: diary.Some(7 / 3.0),
		CrampMinutes: diary.Some((1 + 8 + 10) / 3.0), WokeNights: diary.Some(0.0),
		StretchedNights: diary.Some(0.0), WaterGoalNights: diary.Some(0.0), CaffeineCutoffNights: diary.Some(0.0),
		MeanIntensity:   diary.Some((2 + 8 + 5) / 3.0), // over the 3 weeks with a pain
		MaxIntensity:    diary.Some((2 + 8 + 6) / 3.0),
		LongestEpisodeS: diary.Some((60 + 120 + 300) / 3.0),
		ByMuscle:        map[diary.Muscle]float64{diary.MuscleFoot: 1 / 3.0, diary.MuscleCalf: 6 / 3.0},
		// only week −3 knows its sleep: (480+420)/2 min, efficiency (1 + 420/480)/2
		AvgTotalSleepMin: diary.Some(450.0), AvgSleepEfficiency: diary.Some((1 + 420.0/480) / 2),
		// the counts above are means over the 3 weeks that logged nights
		loggedWhenRecorded: (1 + 5 + 3) / 3.0,
	}
	if !reflect.DeepEqual(r.FourWeekAverage, want) {
		t.Fatalf("four-week average\n got %+v\nwant %+v", r.FourWeekAverage, want)
	}
	if r.Previous.CrampNights != 2 || r.Previous.Start != wk(1, 0) {
		t.Errorf("previous: %+v", r.Previous)
	}
}

func TestWeekTrend(t *testing.T) {
	start := wkDate(t, "2026-11-16")
	var nights []diary.Night
	// Week −k (k = 0…13) has k+1 cramp nights of k+1 minutes each, on its first days.
	for k := 13; k >= 0; k-- {
		for i := 0; i <= k && i < 7; i++ {
			nights = append(nights, wkCramp(start.AddDays(-7*k+i), diary.MuscleCalf, 60*(k+1), 5))
		}
	}
	r := Week(nights, diary.NewProfile(), start, start)
	if len(r.Trend) != 12 {
		t.Fatalf("trend has %d weeks, want 12", len(r.Trend))
	}
	for i, w := range r.Trend {
		k := 11 - i
		n := min(k+1, 7)
		want := TrendWeek{Start: start.AddDays(-7 * k), NightsLogged: n, CrampNights: n, CrampMinutes: float64(n * (k + 1)), timeKnown: true}
		if w != want {
			t.Errorf("trend[%d] = %+v, want %+v", i, w, want)
		}
	}
}

func TestWeekRedFlagsAsOf(t *testing.T) {
	start := wkDate(t, "2026-11-16")
	long := func(d diary.Date) diary.Night { return wkCramp(d, diary.MuscleCalf, 900, 5) }
	tests := []struct {
		name   string
		nights []diary.Night
		asOf   diary.Date
		want   []string
	}{
		{"long episode in the week", []diary.Night{long(start.AddDays(6))}, start.AddDays(20), []string{"long_episode"}},
		{"long episode after the week", []diary.Night{long(start.AddDays(7))}, start.AddDays(20), []string{}},
		{"long episode after last night", []diary.Night{long(start.AddDays(3))}, start.AddDays(2), []string{}},
		{"long episode on last night", []diary.Night{long(start.AddDays(2))}, start.AddDays(2), []string{"long_episode"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Week(tc.nights, diary.NewProfile(), start, tc.asOf)
			if got := flagIDs(r.RedFlags); !slices.Equal(got, tc.want) {
				t.Fatalf("red flags %q, want %q", got, tc.want)
			}
		})
	}
}

func TestNightlyMinutes(t *testing.T) {
	nights := wkHandMadeWeek(t)
	got := NightlyMinutes(nights, wkDate(t, "2026-11-17"), wkDate(t, "2026-11-21"))
	want := []DayCell{
		{Date: wkDate(t, "2026-11-17"), Logged: true, CrampsKnown: true},
		{Date: wkDate(t, "2026-11-18"), Logged: true},
		{Date: wkDate(t, "2026-11-19"), Logged: true, CrampsKnown: true},
		{Date: wkDate(t, "2026-11-20"), Logged: true, CrampsKnown: true, CrampMinutes: 10, WorstPain: diary.Some(8)},
		{Date: wkDate(t, "2026-11-21")},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("cells\n got %+v\nwant %+v", got, want)
	}
	got = NightlyMinutes(nights, wkDate(t, "2026-11-16"), wkDate(t, "2026-11-16"))
	if len(got) != 1 || got[0].CrampMinutes != 5.5 || got[0].WorstPain != diary.Some(7) {
		t.Errorf("one day: %+v", got)
	}
	if got := NightlyMinutes(nights, wkDate(t, "2026-11-21"), wkDate(t, "2026-11-20")); got == nil || len(got) != 0 {
		t.Errorf("reversed range: %#v, want an empty list", got)
	}
	b, err := json.Marshal(want[4])
	if err != nil {
		t.Fatal(err)
	}
	if w := `{"date":"2026-11-21","logged":false,"cramps_known":false,"cramp_minutes":0,"worst_pain":null}`; string(b) != w {
		t.Errorf("JSON %s, want %s", b, w)
	}
}

// wkGoldenDiary is five weeks of hand-made nights ending on Sunday 22
// November 2026, with a long episode that raises a red flag.
func wkGoldenDiary(t testing.TB) []diary.Night {
	nights := []diary.Night{
		wkCramp(wkDate(t, "2026-10-20"), diary.MuscleCalf, 150, 6),
		wkQuiet(wkDate(t, "2026-10-21")),
		wkCramp(wkDate(t, "2026-10-28"), diary.MuscleFoot, 45, 3),
		wkQuiet(wkDate(t, "2026-10-29")),
		wkCramp(wkDate(t, "2026-11-03"), diary.MuscleCalf, 840, 9),
		wkQuiet(wkDate(t, "2026-11-04")),
		wkCramp(wkDate(t, "2026-11-12"), diary.MuscleThighFront, 90, 4),
	}
	return append(nights, wkHandMadeWeek(t)[1:7]...)
}

func TestWeekGolden(t *testing.T) {
	r := Week(wkGoldenDiary(t), diary.NewProfile(), wkDate(t, "2026-11-16"), wkDate(t, "2026-11-22"))
	got, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	goldenfile.Check(t, filepath.Join("testdata", "week", "report.golden"), got, wkShouldUpdate())
}

// wkRandomDiary returns n consecutive nights of plausible, seeded values
// ending on end, with gaps and unknowns.
func wkRandomDiary(r *rand.Rand, n int, end diary.Date) []diary.Night {
	nights := make([]diary.Night, 0, n)
	muscles := diary.Muscles
	for i := n - 1; i >= 0; i-- {
		if r.IntN(10) == 0 {
			continue // a night not logged
		}
		night := diary.Night{Date: end.AddDays(-i), Episodes: []diary.Episode{}}
		for range r.IntN(3) {
			night.Episodes = append(night.Episodes, diary.Episode{
				Muscle: muscles[r.IntN(len(muscles))], DurationS: diary.Some(10 + r.IntN(600)),
				Intensity: diary.Some(r.IntN(11)), WokeMe: diary.Some(r.IntN(2) == 0),
			})
		}
		lights := diary.NewClock(22+r.IntN(2), r.IntN(60))
		night.Sleep = diary.Sleep{
			Bedtime: diary.Some(lights), LightsOut: diary.Some(lights), SleepLatencyMin: diary.Some(r.IntN(40)),
			WASOMin: diary.Some(r.IntN(60)), FinalWake: diary.Some(diary.NewClock(6+r.IntN(2), r.IntN(60))),
			OutOfBed: diary.Some(diary.NewClock(8, 0)),
		}
		night.Day = diary.Day{
			WaterML: diary.Some(1000 + r.IntN(2000)), CaffeineServings: diary.Some(r.IntN(4)),
			LastCaffeine: diary.Some(diary.NewClock(8+r.IntN(10), 0)), AlcoholDrinks: diary.Some(r.IntN(3)),
			Stretched: diary.Some(r.IntN(2) == 0), HeavySweating: diary.Some(r.IntN(20) == 0),
		}
		nights = append(nights, night)
	}
	return nights
}

func TestWeekMatchesNaiveCount(t *testing.T) {
	// The binary-searched windows agree with a plain scan on a random diary.
	end := wkDate(t, "2026-11-22")
	nights := wkRandomDiary(rand.New(rand.NewPCG(7, 11)), 400, end)
	for start := end.AddDays(-300); start <= end; start = start.AddDays(7) {
		r := Week(nights, diary.NewProfile(), start, end)
		for _, tw := range r.Trend {
			logged, cramp, sec := 0, 0, 0
			for _, n := range nights {
				if n.Date >= tw.Start && n.Date < tw.Start.AddDays(7) {
					logged++
					if n.CrampNight() {
						cramp++
					}
					sec += n.CrampSeconds()
				}
			}
			if tw.NightsLogged != logged || tw.CrampNights != cramp || tw.CrampMinutes != float64(sec)/60 {
				t.Fatalf("week of %s: %+v; a plain count gives %d, %d, %d s", tw.Start, tw, logged, cramp, sec)
			}
		}
	}
}

func BenchmarkWeek3650(b *testing.B) {
	end := diary.NewDate(2026, 11, 22)
	nights := wkRandomDiary(rand.New(rand.NewPCG(1, 2)), 3650, end)
	p := diary.NewProfile()
	start := diary.NewDate(2026, 11, 16)
	for b.Loop() {
		Week(nights, p, start, end)
	}
}

// flagIDs lists the ids of red flags, in order.
func flagIDs(flags []redflags.Flag) []string {
	ids := make([]string, len(flags))
	for i, f := range flags {
		ids[i] = f.ID
	}
	return ids
}

// TestWeekUnknownIsNull: a week whose one cramp has no duration did not
// take 0s, and a week of the trend with nothing logged had no 0 cramp
// nights: both are null in the JSON (SPEC §6a: unknown is not zero), and
// the table's cramp time is unknown. A cramp with a duration beside it
// makes the time known, as the least the cramps took.
func TestWeekUnknownIsNull(t *testing.T) {
	start := wkDate(t, "2026-11-16")
	untimed := wkCramp(start.AddDays(1), diary.MuscleCalf, 60, 7)
	untimed.Episodes[0].DurationS = diary.None[int]()
	r := Week([]diary.Night{untimed}, diary.NewProfile(), start, start.AddDays(6))
	if r.CrampTimeKnown() || !r.CrampsKnown() {
		t.Fatalf("a week of one cramp of unknown length: cramp time known %v, cramps known %v", r.CrampTimeKnown(), r.CrampsKnown())
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		CrampNights  *int     `json:"cramp_nights"`
		CrampMinutes *float64 `json:"cramp_minutes"`
		Trend        []struct {
			NightsLogged int      `json:"nights_logged"`
			CrampNights  *int     `json:"cramp_nights"`
			CrampMinutes *float64 `json:"cramp_minutes"`
		} `json:"trend"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.CrampNights == nil || *got.CrampNights != 1 || got.CrampMinutes != nil {
		t.Errorf("the week: cramp_nights %v, cramp_minutes %v; want 1 and null", got.CrampNights, got.CrampMinutes)
	}
	last := got.Trend[len(got.Trend)-1]
	if last.CrampNights == nil || *last.CrampNights != 1 || last.CrampMinutes != nil {
		t.Errorf("the trend's last week: %+v, want 1 cramp night and null minutes", last)
	}
	if first := got.Trend[0]; first.NightsLogged != 0 || first.CrampNights != nil || first.CrampMinutes != nil {
		t.Errorf("the trend's first week, nothing logged: %+v, want nulls", first)
	}
	for _, row := range WeekCrampRows(&r, false) {
		if row.Label == "cramp time" && row.This.Known() {
			t.Errorf("the table's cramp time is %v, want unknown", row.This)
		}
	}
	timed := wkCramp(start.AddDays(2), diary.MuscleCalf, 90, 5)
	r = Week([]diary.Night{untimed, timed}, diary.NewProfile(), start, start.AddDays(6))
	if !r.CrampTimeKnown() || r.CrampMinutes != 1.5 {
		t.Errorf("with a cramp of 90 s beside it: known %v, %v minutes; want known, 1.5", r.CrampTimeKnown(), r.CrampMinutes)
	}
}
