package logscreen

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/demo"
)

// A night written into the forms and read back is the same night: editing
// a night and saving it unchanged never alters it.
func TestTextRoundTripDemo(t *testing.T) {
	last := diary.NewDate(2026, 11, 21)
	_, nights := demo.Generate(7, last, 30)
	for _, n := range nights {
		got, ps := encodeNight(n).parse(n.Date)
		if len(ps) > 0 {
			t.Fatalf("%s: problems %v", n.Date, ps)
		}
		if !got.Equal(n) {
			t.Fatalf("%s: round trip changed the night\n got %#v\nwant %#v", n.Date, got, n)
		}
	}
}

func TestTextRoundTripRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		n := randomNight(r, diary.NewDate(2026, 1, 1).AddDays(i))
		if ps := n.EntryProblems(); len(ps) > 0 {
			t.Fatalf("generator made an invalid night: %v", ps)
		}
		got, ps := encodeNight(n).parse(n.Date)
		if len(ps) > 0 {
			t.Fatalf("%s: problems %v for %#v", n.Date, ps, n)
		}
		if !got.Equal(n) {
			t.Fatalf("%s: round trip changed the night\n got %#v\nwant %#v", n.Date, got, n)
		}
	}
}

// randomNight returns a valid night in which every field is sometimes
// absent, sometimes a recorded zero, false or empty list.
func randomNight(r *rand.Rand, date diary.Date) diary.Night {
	clock := func() diary.Opt[diary.Clock] {
		if r.IntN(3) == 0 {
			return diary.None[diary.Clock]()
		}
		return diary.Some(diary.Clock(r.IntN(diary.MinutesPerDay)))
	}
	num := func(lo, hi int) diary.Opt[int] {
		switch r.IntN(4) {
		case 0:
			return diary.None[int]()
		case 1:
			return diary.Some(lo)
		}
		return diary.Some(lo + r.IntN(hi-lo+1))
	}
	hours := func(hi float64) diary.Opt[float64] {
		switch r.IntN(4) {
		case 0:
			return diary.None[float64]()
		case 1:
			return diary.Some(0.0)
		}
		return diary.Some(float64(r.IntN(int(hi*10)+1)) / 10)
	}
	flag := func() diary.Opt[bool] {
		switch r.IntN(3) {
		case 0:
			return diary.None[bool]()
		case 1:
			return diary.Some(false)
		}
		return diary.Some(true)
	}
	pick := func(all []string) string {
		if r.IntN(4) == 0 {
			return ""
		}
		return all[r.IntN(len(all))]
	}
	n := diary.Night{Date: date}
	// The sleep times run in the order of a night, round the clock from a
	// random bedtime, and the minutes asleep and awake fit between lights
	// out and the final awakening, as a night typed in must
	// (diary.Sleep.OrderProblems).
	offs := []int{r.IntN(diary.MinutesPerDay), r.IntN(diary.MinutesPerDay), r.IntN(diary.MinutesPerDay), r.IntN(diary.MinutesPerDay)}
	slices.Sort(offs)
	start := r.IntN(diary.MinutesPerDay)
	at := func(i int) diary.Opt[diary.Clock] {
		if r.IntN(3) == 0 {
			return diary.None[diary.Clock]()
		}
		return diary.Some(diary.Clock((start + offs[i]) % diary.MinutesPerDay))
	}
	span := offs[2] - offs[1]
	n.Sleep = diary.Sleep{
		Bedtime: at(0), LightsOut: at(1), SleepLatencyMin: num(0, span/2),
		Awakenings: num(0, diary.MaxAwakenings), WASOMin: num(0, span/2),
		FinalWake: at(2), OutOfBed: at(3), Quality: num(1, 5),
	}
	n.Day = diary.Day{
		WaterML: num(0, diary.MaxWaterML), CaffeineServings: num(0, diary.MaxServings), LastCaffeine: clock(),
		AlcoholDrinks: num(0, diary.MaxServings), ExerciseMin: num(0, diary.MaxMinutes),
		ExerciseIntensity: diary.Intensity(pick([]string{"none", "light", "moderate", "strenuous"})),
		SittingH:          hours(12), StandingH: hours(12), HeavySweating: flag(), FluidLoss: flag(),
		WalkingPain: flag(), Stress: num(1, 5), Stretched: flag(), LegsElevated: flag(), Massage: flag(),
	}
	switch r.IntN(3) {
	case 1:
		n.Day.Supplements = []diary.Supplement{}
	case 2:
		n.Day.Supplements = []diary.Supplement{diary.SupplementMagnesium, diary.SupplementVitaminB}
	}
	switch r.IntN(3) {
	case 1:
		n.Day.Medications = []string{}
	case 2:
		n.Day.Medications = []string{"furosemide 40 mg", "Ramipril, 5"}
	}
	n.Position = diary.Position{
		SleepPosition: diary.SleepPosition(pick([]string{"back", "side", "stomach", "mixed"})),
		ToesPointed:   flag(), TightBlankets: flag(), LegsCurled: flag(), KneesSupported: flag(),
	}
	switch r.IntN(3) {
	case 1:
		n.Episodes = []diary.Episode{}
	case 2:
		for range 1 + r.IntN(3) {
			e := diary.Episode{
				Time: clock(), Muscle: diary.Muscle(pick([]string{"calf", "foot", "toes", "shin", "thigh_front", "thigh_back", "other"})),
				Side: diary.Side(pick([]string{"left", "right", "both"})), DurationS: num(1, diary.MaxEpisodeSeconds),
				Intensity: num(0, 10), WokeMe: flag(), SorenessH: hours(72),
				Swelling: flag(), Numbness: flag(), Weakness: flag(), Twitching: flag(),
			}
			switch r.IntN(3) {
			case 1:
				e.Relief = []diary.Relief{}
			case 2:
				e.Relief = []diary.Relief{diary.ReliefStretch, diary.ReliefWarmBath}
			}
			n.Episodes = append(n.Episodes, e)
		}
	}
	if r.IntN(2) == 0 {
		n.Notes = "woke at 3, \"calf\" again;\nlong day"
	}
	return n
}

func TestParseProblems(t *testing.T) {
	date := diary.NewDate(2026, 11, 21)
	cases := []struct {
		name string
		edit func(*nightText)
		path string
		msg  string
	}{
		{"bad clock", func(t *nightText) { t.Sleep.Bedtime = "25:00" }, "sleep.bedtime", "not a time; write HH:MM, e.g. 23:30"},
		{"clock words", func(t *nightText) { t.Day.LastCaffeine = "noon" }, "day.last_caffeine", "not a time; write HH:MM, e.g. 23:30"},
		{"quality range", func(t *nightText) { t.Sleep.Quality = "6" }, "sleep.quality", "must be 1 to 5"},
		{"awakenings word", func(t *nightText) { t.Sleep.Awakenings = "two" }, "sleep.awakenings", "not a whole number"},
		{"latency not minutes", func(t *nightText) { t.Sleep.Latency = "90s" }, "sleep.sleep_latency_min", "not a number of minutes"},
		{"latency too long", func(t *nightText) { t.Sleep.Latency = "1441" }, "sleep.sleep_latency_min", "must be 0 to 1440 minutes"},
		{"water words", func(t *nightText) { t.Day.Water = "lots" }, "day.water_ml", "not a number"},
		{"water too much", func(t *nightText) { t.Day.Water = "81" }, "day.water_ml", "must be 0 to 80 glasses"},
		{"water ml too much", func(t *nightText) { t.Day.Water = "20001 ml" }, "day.water_ml", "must be 0 to 20000 ml"},
		{"sitting range", func(t *nightText) { t.Day.Sitting = "25" }, "day.sitting_h", "must be 0 to 24 hours"},
		{"day too long", func(t *nightText) { t.Day.Sitting, t.Day.Standing = "16", "10" }, "day.standing_h", "sitting and standing add up to 26 hours, more than a day"},
		{"stress range", func(t *nightText) { t.Day.Stress = "0" }, "day.stress", "must be 1 to 5"},
		{"duration words", func(t *nightText) { t.Episodes = []*episodeText{{Duration: "3x"}} }, "episodes[0].duration_s", "not a duration; write 90s, 2m, 1m30s, or minutes"},
		{"duration zero", func(t *nightText) { t.Episodes = []*episodeText{{Duration: "0"}} }, "episodes[0].duration_s", "must be from 1s to 3h"},
		{"duration too long", func(t *nightText) { t.Episodes = []*episodeText{{Duration: "3h1s"}} }, "episodes[0].duration_s", "must be from 1s to 3h"},
		{"pain range", func(t *nightText) { t.Episodes = []*episodeText{{}, {Pain: "11"}} }, "episodes[1].intensity", "must be 0 to 10"},
		{"soreness range", func(t *nightText) { t.Episodes = []*episodeText{{Soreness: "73"}} }, "episodes[0].soreness_h", "must be 0 to 72 hours"},
		{"lights out before bed", func(t *nightText) { t.Sleep.Bedtime, t.Sleep.LightsOut, t.Sleep.FinalWake = "23:00", "22:00", "06:00" },
			"sleep.lights_out", "22:00 is before bedtime at 23:00"},
		{"awake longer than the night", func(t *nightText) {
			t.Sleep.LightsOut, t.Sleep.FinalWake, t.Sleep.Latency, t.Sleep.WASO = "23:00", "05:00", "20", "600"
		}, "sleep.waso_min", "20 min to fall asleep and 600 min awake are more than the 6h00 from lights out (23:00) to the final awakening (05:00)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var text nightText
			c.edit(&text)
			n, ps := text.parse(date)
			if len(ps) != 1 || ps[c.path] != c.msg {
				t.Fatalf("problems = %v, want only %s: %s", ps, c.path, c.msg)
			}
			if n.Date != date {
				t.Fatalf("date = %s", n.Date)
			}
		})
	}
}

func TestParseAccepts(t *testing.T) {
	text := nightText{
		Sleep: sleepText{Bedtime: " 2330 ", Latency: "1h", WASO: "15", Quality: "3"},
		Day:   dayText{Water: "5,5", Sitting: "7.5", Supplements: []string{none}, Medications: []string{}},
		Episodes: []*episodeText{{Duration: "1m30s", Pain: "6", Relief: []string{none, "stretch"},
			WokeMe: yes, Swelling: no}},
	}
	n, ps := text.parse(diary.NewDate(2026, 11, 21))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	want := diary.Night{
		Date:  diary.NewDate(2026, 11, 21),
		Sleep: diary.Sleep{Bedtime: diary.Some(diary.NewClock(23, 30)), SleepLatencyMin: diary.Some(60), WASOMin: diary.Some(15), Quality: diary.Some(3)},
		Day: diary.Day{WaterML: diary.Some(1375), SittingH: diary.Some(7.5),
			Supplements: []diary.Supplement{}},
		Episodes: []diary.Episode{{DurationS: diary.Some(90), Intensity: diary.Some(6),
			Relief: []diary.Relief{diary.ReliefStretch}, WokeMe: diary.Some(true), Swelling: diary.Some(false)}},
	}
	if !n.Equal(want) {
		t.Fatalf("got  %#v\nwant %#v", n, want)
	}
}

// An amount of water that is not whole or half glasses (from an import, or
// typed in ml) is shown in ml and saved back unchanged, never rounded.
func TestWaterInMillilitresRoundTrips(t *testing.T) {
	for _, ml := range []int{1848, 1250, 1375, 0, 1} {
		n := diary.Night{Date: diary.NewDate(2026, 11, 21)}
		n.Day.WaterML = diary.Some(ml)
		text := encodeNight(n)
		back, ps := text.parse(n.Date)
		if len(ps) != 0 {
			t.Fatalf("%d ml as %q: problems %v", ml, text.Day.Water, ps)
		}
		if got, _ := back.Day.WaterML.Get(); got != ml {
			t.Errorf("%d ml shown as %q came back as %d ml", ml, text.Day.Water, got)
		}
	}
}

// TestDurationNote: the cramp form says how a length was read (issue 11.11).
func TestDurationNote(t *testing.T) {
	for in, want := range map[string]string{
		"3": "= 3 minutes", "1": "= 1 minute", "1.5": "= 1m30s", "90s": "= 1m30s", "2 min": "= 2m",
		"2m": "", "1m30s": "", "": "", "x": "", "0": "", "4h": "",
	} {
		if got := durationNote(in); got != want {
			t.Errorf("durationNote(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWaterNote: the day form says how water was read in glasses, but not
// "= 1400 ml" beside a field that already says 1400 ml.
func TestWaterNote(t *testing.T) {
	for in, want := range map[string]string{
		"6": "= 1500 ml", "1.5": "= 375 ml", "1400 ml": "", "1400ml": "", " 1400 ML ": "", "": "", "x": "",
	} {
		if got := waterNote(in); got != want {
			t.Errorf("waterNote(%q) = %q, want %q", in, got, want)
		}
	}
}
