package report

import (
	"math"
	"reflect"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// day returns a date of November 2026.
func day(d int) diary.Date { return diary.NewDate(2026, 11, d) }

// clock returns a known clock time h:m.
func clock(h, m int) diary.Opt[diary.Clock] { return diary.Some(diary.NewClock(h, m)) }

// ep is an episode in muscle m on side s, of sec seconds (0: unknown) at pain (−1: unknown).
func ep(m diary.Muscle, s diary.Side, sec, pain int) diary.Episode {
	e := diary.Episode{Muscle: m, Side: s}
	if sec > 0 {
		e.DurationS = diary.Some(sec)
	}
	if pain >= 0 {
		e.Intensity = diary.Some(pain)
	}
	return e
}

func woke(e diary.Episode) diary.Episode { e.WokeMe = diary.Some(true); return e }

func TestSummarizeEpisodes(t *testing.T) {
	nights := []diary.Night{
		{Date: day(6), Episodes: []diary.Episode{woke(ep(diary.MuscleThighBack, "", 0, 5))}},
		{Date: day(2), Episodes: []diary.Episode{woke(ep(diary.MuscleCalf, diary.SideLeft, 240, 7)), ep(diary.MuscleCalf, diary.SideRight, 60, 3)}},
		{Date: day(3), Episodes: []diary.Episode{}},
		{Date: day(4), Episodes: []diary.Episode{ep(diary.MuscleFoot, diary.SideBoth, 700, 9), ep("", diary.SideLeft, 90, -1)}},
		{Date: day(5)}, // cramps not recorded
	}
	got := SummarizeEpisodes(nights)
	want := EpisodeSummary{
		Episodes: 5,
		ByMuscle: []MuscleCount{
			{Muscle: diary.MuscleCalf, Left: 1, Right: 1},
			{Muscle: diary.MuscleFoot, Both: 1},
			{Muscle: diary.MuscleThighBack, SideUnknown: 1},
		},
		MuscleUnknown:   1,
		DurationKnown:   4,
		MedianDurationS: diary.Some(165.0), // 60 90 | 240 700
		LongestS:        diary.Some(700),
		LongestNight:    diary.Some(day(4)),
		OverTen:         1,
		PainKnown:       4,
		MedianPain:      diary.Some(6.0), // 3 5 | 7 9
		Mild:            1, Moderate: 1, Severe: 2,
		WokeNights: 2,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SummarizeEpisodes =\n%+v\nwant\n%+v", got, want)
	}
}

func TestSummarizeEpisodesEdges(t *testing.T) {
	// Ties for the longest go to the earliest night, whatever the order;
	// exactly 10 minutes is not over 10 minutes.
	got := SummarizeEpisodes([]diary.Night{
		{Date: day(9), Episodes: []diary.Episode{ep(diary.MuscleCalf, diary.SideLeft, 601, 0)}},
		{Date: day(7), Episodes: []diary.Episode{ep(diary.MuscleCalf, diary.SideLeft, 601, 3)}},
		{Date: day(8), Episodes: []diary.Episode{ep(diary.MuscleCalf, diary.SideLeft, LongEpisodeS, 4), ep(diary.MuscleCalf, diary.SideLeft, 30, 6), ep(diary.MuscleCalf, diary.SideLeft, 30, 10)}},
	})
	if n, _ := got.LongestNight.Get(); n != day(7) || got.LongestS.Or(0) != 601 || got.OverTen != 2 {
		t.Errorf("longest %v on %v, over ten %d; want 601 on %v, 2", got.LongestS, got.LongestNight, got.OverTen, day(7))
	}
	if got.Mild != 2 || got.Moderate != 2 || got.Severe != 1 {
		t.Errorf("pain bands %d/%d/%d, want 0 and 3 mild, 4 and 6 moderate, 10 severe: 2/2/1", got.Mild, got.Moderate, got.Severe)
	}

	none := SummarizeEpisodes(nil)
	if none.Episodes != 0 || none.ByMuscle != nil || none.MedianDurationS.Known() || none.MedianPain.Known() || none.LongestS.Known() {
		t.Errorf("no nights gave %+v", none)
	}
}

func TestMeanSD(t *testing.T) {
	for _, tc := range []struct {
		xs       []float64
		n        int
		mean, sd float64 // NaN: absent
	}{
		{nil, 0, math.NaN(), math.NaN()},
		{[]float64{420}, 1, 420, math.NaN()},
		{[]float64{450, 450}, 2, 450, 0},
		{[]float64{450, 450, 420}, 3, 440, 17.320508075688775},
		{[]float64{10, 30, 20, 15}, 4, 18.75, 8.539125638299666},
		{[]float64{3, 2, 4, 5}, 4, 3.5, 1.2909944487358056},
	} {
		got := meanSD(tc.xs)
		if got.N != tc.n || !sameOpt(got.Mean, tc.mean) || !sameOpt(got.SD, tc.sd) {
			t.Errorf("meanSD(%v) = %d, %v ± %v; want %d, %v ± %v", tc.xs, got.N, got.Mean, got.SD, tc.n, tc.mean, tc.sd)
		}
	}
}

// sameOpt reports whether o is want to 1e-12, or absent when want is NaN.
func sameOpt(o diary.Opt[float64], want float64) bool {
	v, ok := o.Get()
	if math.IsNaN(want) {
		return !ok
	}
	return ok && math.Abs(v-want) <= 1e-12*math.Max(1, math.Abs(want))
}

func TestSummarizeSleep(t *testing.T) {
	sleep := func(bed, lights diary.Opt[diary.Clock], lat, waso int, wake, out diary.Opt[diary.Clock], q int) diary.Sleep {
		return diary.Sleep{Bedtime: bed, LightsOut: lights, SleepLatencyMin: diary.Some(lat), WASOMin: diary.Some(waso),
			FinalWake: wake, OutOfBed: out, Quality: diary.Some(q)}
	}
	nights := []diary.Night{
		// Cramp nights: 450 min asleep of 540 in bed; 450 of 480.
		{Date: day(1), Sleep: sleep(clock(22, 30), clock(23, 0), 10, 20, clock(7, 0), clock(7, 30), 3),
			Episodes: []diary.Episode{ep(diary.MuscleCalf, diary.SideLeft, 60, 5)}},
		{Date: day(2), Sleep: sleep(clock(22, 0), clock(22, 0), 30, 0, clock(6, 0), clock(6, 0), 2),
			Episodes: []diary.Episode{ep(diary.MuscleCalf, diary.SideLeft, 60, 5)}},
		// A night free of cramps: 420 of 450.
		{Date: day(3), Sleep: sleep(clock(23, 0), clock(23, 0), 20, 10, clock(6, 30), clock(6, 30), 4), Episodes: []diary.Episode{}},
		// Cramps not recorded: counts among all nights only.
		{Date: day(4), Sleep: diary.Sleep{SleepLatencyMin: diary.Some(15), Quality: diary.Some(5)}},
	}
	got := SummarizeSleep(nights)
	type want struct {
		nights                                  int
		total, latency, awake, efficiency, qual [3]float64 // n, mean, sd
	}
	nan := math.NaN()
	for _, tc := range []struct {
		name string
		got  SleepFigures
		want want
	}{
		{"all", got.All, want{4,
			[3]float64{3, 440, 17.320508075688775}, [3]float64{4, 18.75, 8.539125638299666}, [3]float64{3, 10, 10},
			[3]float64{3, 0.9013888888888889, 0.05897464929322816}, [3]float64{4, 3.5, 1.2909944487358056}}},
		{"cramp", got.Cramp, want{2,
			[3]float64{2, 450, 0}, [3]float64{2, 20, 14.142135623730951}, [3]float64{2, 10, 14.142135623730951},
			[3]float64{2, 0.8854166666666667, 0.07365695637359868}, [3]float64{2, 2.5, 0.7071067811865476}}},
		{"other", got.Other, want{1,
			[3]float64{1, 420, nan}, [3]float64{1, 20, nan}, [3]float64{1, 10, nan},
			[3]float64{1, 420.0 / 450, nan}, [3]float64{1, 4, nan}}},
	} {
		if tc.got.Nights != tc.want.nights {
			t.Errorf("%s: %d nights, want %d", tc.name, tc.got.Nights, tc.want.nights)
		}
		for _, m := range []struct {
			what string
			got  MeanSD
			want [3]float64
		}{
			{"total sleep", tc.got.TotalSleep, tc.want.total}, {"latency", tc.got.Latency, tc.want.latency},
			{"awake", tc.got.Awake, tc.want.awake}, {"efficiency", tc.got.Efficiency, tc.want.efficiency},
			{"quality", tc.got.Quality, tc.want.qual},
		} {
			if m.got.N != int(m.want[0]) || !sameOpt(m.got.Mean, m.want[1]) || !sameOpt(m.got.SD, m.want[2]) {
				t.Errorf("%s %s = %d, %v ± %v; want %v", tc.name, m.what, m.got.N, m.got.Mean, m.got.SD, m.want)
			}
		}
	}
}

func TestSummarizeRelief(t *testing.T) {
	with := func(sec int, rs ...diary.Relief) diary.Episode {
		e := ep(diary.MuscleCalf, diary.SideLeft, sec, 5)
		e.Relief = rs
		if rs == nil {
			e.Relief = []diary.Relief{}
		}
		return e
	}
	unrecorded := ep(diary.MuscleCalf, diary.SideLeft, 45, 5)
	nights := []diary.Night{
		{Date: day(1), Episodes: []diary.Episode{with(120, diary.ReliefStretch, diary.ReliefWalk), with(60, diary.ReliefStretch)}},
		{Date: day(2), Episodes: []diary.Episode{with(0, diary.ReliefStretch, diary.ReliefStretch), with(50), unrecorded}},
		{Date: day(3), Episodes: []diary.Episode{with(300, diary.ReliefMassage), with(30, diary.ReliefWalk)}},
	}
	got := SummarizeRelief(nights)
	want := ReliefSummary{
		ByRelief: []ReliefCount{
			{Relief: diary.ReliefStretch, Episodes: 3, DurationKnown: 2, MedianDurationS: diary.Some(90.0)},
			{Relief: diary.ReliefMassage, Episodes: 1, DurationKnown: 1, MedianDurationS: diary.Some(300.0)},
			{Relief: diary.ReliefWalk, Episodes: 2, DurationKnown: 2, MedianDurationS: diary.Some(75.0)},
		},
		Nothing: 1, NotRecorded: 1,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SummarizeRelief =\n%+v\nwant\n%+v", got, want)
	}
}
