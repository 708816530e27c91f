package nightcard

import (
	"strings"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

func TestWords(t *testing.T) {
	cases := []struct{ got, want string }{
		{Label(diary.MuscleThighFront), "front thigh"},
		{Label(diary.ReliefWarmBath), "warm bath"},
		{Label(diary.MuscleCalf), "calf"},
		{Labels([]diary.Supplement{diary.SupplementVitaminB, diary.SupplementMagnesium}), "vitamin B, magnesium"},
		{Date(diary.NewDate(2026, 11, 21)), "Sat 21 Nov 2026"},
		{LongDate(diary.NewDate(2026, 11, 21)), "Saturday 21 November 2026"},
		{Number(7.5), "7.5"},
		{Glasses(250), "1 glass"},
		{Glasses(1375), "5.5 glasses"},
		{Glasses(1848), "1,848 ml"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestParts(t *testing.T) {
	e := diary.Episode{Time: diary.Some(diary.NewClock(3, 10)), Muscle: diary.MuscleCalf, Side: diary.SideLeft,
		DurationS: diary.Some(240), Intensity: diary.Some(7), WokeMe: diary.Some(true),
		Relief: []diary.Relief{diary.ReliefStretch, diary.ReliefWalk}, SorenessH: diary.Some(5.0),
		Swelling: diary.Some(true), Numbness: diary.Some(false)}
	if got := strings.Join(Episode(e), " · "); got != "03:10 calf, left · 4m · pain 7/10 · woke me · eased by stretch, walk · sore 5 h" {
		t.Errorf("episode: %q", got)
	}
	if got := Warnings(e); len(got) != 1 || got[0] != "swelling" {
		t.Errorf("warnings: %v", got)
	}
	s := diary.Sleep{Bedtime: diary.Some(diary.NewClock(22, 40)), LightsOut: diary.Some(diary.NewClock(23, 0)),
		SleepLatencyMin: diary.Some(15), Awakenings: diary.Some(2), WASOMin: diary.Some(25),
		FinalWake: diary.Some(diary.NewClock(6, 30)), OutOfBed: diary.Some(diary.NewClock(6, 45)), Quality: diary.Some(3)}
	if got := strings.Join(Sleep(s), " · "); got != "bed 22:40 · lights out 23:00 · asleep in 15m · woke 2×, 25m awake · awake 06:30 · up 06:45 · quality 3/5" {
		t.Errorf("sleep: %q", got)
	}
	if got := strings.Join(SleepTotals(s), " · "); got != "slept 6h50 · in bed 8h05 · efficiency 85%" {
		t.Errorf("totals: %q", got)
	}
	d := diary.Day{WaterML: diary.Some(1250), CaffeineServings: diary.Some(3), LastCaffeine: diary.Some(diary.NewClock(16, 0)),
		AlcoholDrinks: diary.Some(0), ExerciseMin: diary.Some(0), ExerciseIntensity: diary.IntensityNone,
		SittingH: diary.Some(9.0), HeavySweating: diary.Some(false), Stretched: diary.Some(true),
		Supplements: []diary.Supplement{}, Medications: []string{"furosemide"}}
	if got := strings.Join(Day(d, false), " · "); got != "water 5 glasses · caffeine 3, last 16:00 · no alcohol · no exercise · sat 9 h · stretched · took furosemide" {
		t.Errorf("day: %q", got)
	}
	if got := strings.Join(Day(d, true), " · "); got != "water 5 glasses · caffeine 3, last 16:00 · no alcohol · no exercise · sat 9 h · no heavy sweating · stretched · no supplements · took furosemide" {
		t.Errorf("full day: %q", got)
	}
	n := diary.Night{Episodes: []diary.Episode{e, {DurationS: diary.Some(30)}}}
	if got := Cramps(n); got != "2 cramps, 4m30s, worst pain 7" {
		t.Errorf("cramps: %q", got)
	}
	if got := Cramps(diary.Night{}); got != "not recorded" {
		t.Errorf("cramps: %q", got)
	}
}

func TestFlow(t *testing.T) {
	got := Flow([]string{"alpha", "beta", "gamma", "a-very-long-part-that-wraps"}, " · ", 14)
	want := []string{"alpha · beta", "gamma", "a-very-long-", "part-that-", "wraps"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// TestMixedPositionNamesNoPosition: "mixed" says only that no one position
// was the main one; the card wrote "on back, side and front", positions the
// user never gave (and "front" where the form says stomach).
func TestMixedPositionNamesNoPosition(t *testing.T) {
	for pos, want := range map[diary.SleepPosition]string{
		diary.PositionMixed: "in mixed positions", diary.PositionStomach: "on the stomach",
		diary.PositionBack: "on the back", diary.PositionSide: "on the side", "": "",
	} {
		if got := strings.Join(Position(diary.Position{SleepPosition: pos}, false), " · "); got != want {
			t.Errorf("%q: %q, want %q", pos, got, want)
		}
	}
}

// TestExposureWordsMatchTheCard: History and the Week strip said "on feet
// 10h" of the hours the night card (Log, History's night) calls "stood 10 h".
func TestExposureWordsMatchTheCard(t *testing.T) {
	n := diary.Night{Day: diary.Day{StandingH: diary.Some(10.0), SittingH: diary.Some(9.0)}}
	if got := Exposure("long_standing", &n); got != "stood 10h" {
		t.Errorf("long standing: %q", got)
	}
	if got := Exposure("long_sitting", &n); got != "sat 9h" {
		t.Errorf("long sitting: %q", got)
	}
}
