package redflags

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// rfAsOf is the night the red-flag tests look back from: Saturday 21 November 2026.
var rfAsOf = diary.NewDate(2026, 11, 21)

// rfDay returns the date n days before rfAsOf (after it when n < 0).
func rfDay(n int) diary.Date { return rfAsOf.AddDays(-n) }

// rfDiary is a diary under construction: one night per date, kept in date order.
type rfDiary map[diary.Date]*diary.Night

// rfQuiet returns a diary of cramp-free logged nights from daysBack nights
// before rfAsOf up to rfAsOf (daysBack+1 nights).
func rfQuiet(daysBack int) rfDiary {
	d := rfDiary{}
	for i := daysBack; i >= 0; i-- {
		d[rfDay(i)] = &diary.Night{Date: rfDay(i), Episodes: []diary.Episode{}}
	}
	return d
}

// at returns the night n days before rfAsOf, adding an unlogged one when missing.
func (d rfDiary) at(n int) *diary.Night {
	date := rfDay(n)
	if d[date] == nil {
		d[date] = &diary.Night{Date: date}
	}
	return d[date]
}

// cramp adds an episode to the night n days before rfAsOf.
func (d rfDiary) cramp(n int, e diary.Episode) rfDiary {
	night := d.at(n)
	night.Episodes = append(night.Episodes, e)
	return d
}

// day changes the day of the night n days before rfAsOf.
func (d rfDiary) day(n int, f func(*diary.Day)) rfDiary {
	f(&d.at(n).Day)
	return d
}

// nights returns the diary in date order.
func (d rfDiary) nights() []diary.Night {
	out := make([]diary.Night, 0, len(d))
	for _, n := range d {
		out = append(out, *n)
	}
	slices.SortFunc(out, diary.ByDate)
	return out
}

// rfEp is a plain cramp of 2 minutes at pain 5 in the calf, with nothing else recorded.
func rfEp() diary.Episode {
	return diary.Episode{Muscle: diary.MuscleCalf, DurationS: diary.Some(120), Intensity: diary.Some(5)}
}

// rfWith returns a plain cramp changed by f.
func rfWith(f func(*diary.Episode)) diary.Episode {
	e := rfEp()
	f(&e)
	return e
}

func rfIDs(flags []Flag) []string {
	ids := make([]string, len(flags))
	for i, f := range flags {
		ids[i] = f.ID
	}
	return ids
}

func rfProfile(f func(*diary.Profile)) diary.Profile {
	p := diary.NewProfile()
	if f != nil {
		f(&p)
	}
	return p
}

// unlog marks the cramps of the given nights back from rfAsOf as not recorded.
func (d rfDiary) unlog(back ...int) rfDiary {
	for _, n := range back {
		d.at(n).Episodes = nil
	}
	return d
}

// cramps adds a plain cramp on each of the given nights back from rfAsOf.
func (d rfDiary) cramps(back ...int) rfDiary {
	for _, n := range back {
		d.cramp(n, rfEp())
	}
	return d
}

// rfEvery returns the nights back from rfAsOf, from first down to last, stepping by step.
func rfEvery(first, last, step int) []int {
	var out []int
	for n := first; n >= last; n -= step {
		out = append(out, n)
	}
	return out
}

func TestCheckRules(t *testing.T) {
	pain := func(v int) diary.Episode { return rfWith(func(e *diary.Episode) { e.Intensity = diary.Some(v) }) }
	woke := func(v bool) diary.Episode { return rfWith(func(e *diary.Episode) { e.WokeMe = diary.Some(v) }) }
	muscle := func(m diary.Muscle) diary.Episode { return rfWith(func(e *diary.Episode) { e.Muscle = m }) }
	long := func(s int) diary.Episode { return rfWith(func(e *diary.Episode) { e.DurationS = diary.Some(s) }) }
	drinks := func(v int) func(*diary.Day) { return func(d *diary.Day) { d.AlcoholDrinks = diary.Some(v) } }
	stretched := func(d *diary.Day) { d.Stretched = diary.Some(true) }
	med := func(m diary.Medication) diary.Profile {
		return rfProfile(func(p *diary.Profile) { p.Medications = []diary.Medication{m} })
	}
	started := func(back int) diary.Medication {
		return diary.Medication{Name: "furosemide", Class: diary.ClassDiuretic, Started: diary.Some(rfDay(back))}
	}
	// medDiary: 14 logged nights before a start 13 nights back, 14 after (up to rfAsOf).
	medDiary := func(before, after []int) rfDiary { return rfQuiet(27).cramps(before...).cramps(after...) }
	// periods: 28 logged nights in each of the last two 4-week periods.
	periods := func() rfDiary { return rfQuiet(55) }

	tests := []struct {
		name    string
		diary   rfDiary
		profile diary.Profile
		want    []string
	}{
		{"empty diary", rfDiary{}, rfProfile(nil), []string{}},
		{"quiet month", rfQuiet(60), rfProfile(nil), []string{}},

		{"long_episode over 10 minutes", rfQuiet(30).cramp(3, long(601)), rfProfile(nil), []string{"long_episode"}},
		{"long_episode exactly 10 minutes", rfQuiet(30).cramp(3, long(600)), rfProfile(nil), []string{}},
		{"long_episode 27 nights back is in", rfQuiet(30).cramp(27, long(900)), rfProfile(nil), []string{"long_episode"}},
		{"long_episode 28 nights back is out", rfQuiet(30).cramp(28, long(900)), rfProfile(nil), []string{}},
		{"long_episode after asOf", rfQuiet(30).cramp(-1, long(900)), rfProfile(nil), []string{}},
		{"long_episode unknown duration", rfQuiet(30).cramp(3, rfWith(func(e *diary.Episode) { e.DurationS = diary.None[int]() })),
			rfProfile(nil), []string{}},

		// Rules without a window of their own look at the last 8 weeks (SPEC §8 as amended).
		{"swelling 55 nights back is in", rfQuiet(30).cramp(55, rfWith(func(e *diary.Episode) { e.Swelling = diary.Some(true) })),
			rfProfile(nil), []string{"swelling"}},
		{"swelling 56 nights back is out", rfQuiet(30).cramp(56, rfWith(func(e *diary.Episode) { e.Swelling = diary.Some(true) })),
			rfProfile(nil), []string{}},
		{"numbness 56 nights back is out", rfQuiet(30).cramp(56, rfWith(func(e *diary.Episode) { e.Numbness = diary.Some(true) })),
			rfProfile(nil), []string{}},
		{"weakness 56 nights back is out", rfQuiet(30).cramp(56, rfWith(func(e *diary.Episode) { e.Weakness = diary.Some(true) })),
			rfProfile(nil), []string{}},
		{"fluid_loss 56 nights back is out", rfQuiet(30).cramps(56).day(56, func(d *diary.Day) { d.FluidLoss = diary.Some(true) }),
			rfProfile(nil), []string{}},
		{"quinine taken 56 nights back is out", rfQuiet(10).day(56, func(d *diary.Day) { d.Medications = []string{"quinine"} }),
			rfProfile(nil), []string{}},
		{"quinine taken 55 nights back is in", rfQuiet(10).day(55, func(d *diary.Day) { d.Medications = []string{"quinine"} }),
			rfProfile(nil), []string{"quinine"}},
		{"swelling recorded no", rfQuiet(30).cramp(2, rfWith(func(e *diary.Episode) { e.Swelling = diary.Some(false) })),
			rfProfile(nil), []string{}},
		{"swelling after asOf", rfQuiet(30).cramp(-2, rfWith(func(e *diary.Episode) { e.Swelling = diary.Some(true) })),
			rfProfile(nil), []string{}},

		{"weakness", rfQuiet(30).cramp(2, rfWith(func(e *diary.Episode) { e.Weakness = diary.Some(true) })),
			rfProfile(nil), []string{"weakness"}},
		{"twitching", rfQuiet(30).cramp(2, rfWith(func(e *diary.Episode) { e.Twitching = diary.Some(true) })),
			rfProfile(nil), []string{"weakness"}},
		{"weakness and twitching recorded no", rfQuiet(30).cramp(2, rfWith(func(e *diary.Episode) {
			e.Weakness, e.Twitching = diary.Some(false), diary.Some(false)
		})), rfProfile(nil), []string{}},

		{"fluid_loss on a cramp night", rfQuiet(30).cramps(4).day(4, func(d *diary.Day) { d.FluidLoss = diary.Some(true) }),
			rfProfile(nil), []string{"fluid_loss"}},
		{"fluid_loss on a night without cramps", rfQuiet(30).day(4, func(d *diary.Day) { d.FluidLoss = diary.Some(true) }),
			rfProfile(nil), []string{}},
		{"fluid_loss with cramps not recorded", rfDiary{}.day(4, func(d *diary.Day) { d.FluidLoss = diary.Some(true) }),
			rfProfile(nil), []string{}},

		{"quinine class in profile", rfQuiet(10), med(diary.Medication{Name: "Q", Class: diary.ClassQuinine}), []string{"quinine"}},
		{"quinine by name in profile", rfQuiet(10), med(diary.Medication{Name: "Quinine sulfate", Class: diary.ClassOther}),
			[]string{"quinine"}},
		{"quinine in a night's medications", rfQuiet(10).day(3, func(d *diary.Day) { d.Medications = []string{"Qualaquin"} }),
			rfProfile(nil), []string{"quinine"}},
		{"quinine started on asOf", rfQuiet(10),
			med(diary.Medication{Name: "Q", Class: diary.ClassQuinine, Started: diary.Some(rfAsOf)}), []string{"quinine"}},
		{"quinine started after asOf", rfQuiet(10),
			med(diary.Medication{Name: "Q", Class: diary.ClassQuinine, Started: diary.Some(rfDay(-3))}), []string{}},
		{"quinine taken after asOf", rfQuiet(10).day(-1, func(d *diary.Day) { d.Medications = []string{"quinine"} }),
			rfProfile(nil), []string{}},
		{"statin is not quinine", rfQuiet(10), med(diary.Medication{Name: "simvastatin", Class: diary.ClassStatin}), []string{}},

		{"numbness", rfQuiet(30).cramp(9, rfWith(func(e *diary.Episode) { e.Numbness = diary.Some(true) })),
			rfProfile(nil), []string{"numbness"}},
		{"numbness recorded no", rfQuiet(30).cramp(9, rfWith(func(e *diary.Episode) { e.Numbness = diary.Some(false) })),
			rfProfile(nil), []string{}},

		// The last 7 logged nights skip the 3 unlogged nights 4–6 back.
		{"frequent 5 of last 7 logged", rfQuiet(9).unlog(6, 5, 4).cramps(8, 7, 2, 1, 0), rfProfile(nil), []string{"frequent"}},
		{"frequent 4 of last 7 logged", rfQuiet(9).unlog(6, 5, 4).cramps(8, 2, 1, 0), rfProfile(nil), []string{}},
		{"frequent 5 of 5 logged", rfDiary{}.cramps(20, 15, 10, 5, 0), rfProfile(nil), []string{"frequent"}},
		{"frequent logged nights 28 back are out", rfDiary{}.cramps(34, 30, 28, 20, 10, 0), rfProfile(nil), []string{}},
		{"frequent 3 in each of the last 2 weeks", rfQuiet(20).cramps(13, 11, 7, 6, 3, 0), rfProfile(nil), []string{"frequent"}},
		{"frequent 2 in the week before", rfQuiet(20).cramps(14, 11, 7, 6, 3, 0), rfProfile(nil), []string{}},
		{"frequent woken 3 of 7", rfQuiet(20).cramp(6, woke(true)).cramp(3, woke(true)).cramp(0, woke(true)),
			rfProfile(nil), []string{"frequent"}},
		{"frequent woken 2 of 7", rfQuiet(20).cramp(6, woke(true)).cramp(3, woke(false)).cramp(0, woke(true)),
			rfProfile(nil), []string{}},
		{"frequent woken 7 nights back is out", rfQuiet(20).cramp(7, woke(true)).cramp(3, woke(true)).cramp(0, woke(true)),
			rfProfile(nil), []string{}},

		{"severe 3 of 14", rfQuiet(20).cramp(13, pain(8)).cramp(6, pain(9)).cramp(0, pain(10)), rfProfile(nil), []string{"severe"}},
		{"severe one at 7", rfQuiet(20).cramp(13, pain(8)).cramp(6, pain(7)).cramp(0, pain(10)), rfProfile(nil), []string{}},
		{"severe 14 nights back is out", rfQuiet(20).cramp(14, pain(8)).cramp(6, pain(9)).cramp(0, pain(10)),
			rfProfile(nil), []string{}},

		{"walking_pain 27 back", rfQuiet(30).day(27, func(d *diary.Day) { d.WalkingPain = diary.Some(true) }),
			rfProfile(nil), []string{"walking_pain"}},
		{"walking_pain 28 back is out", rfQuiet(30).day(28, func(d *diary.Day) { d.WalkingPain = diary.Some(true) }),
			rfProfile(nil), []string{}},
		{"walking_pain recorded no", rfQuiet(30).day(2, func(d *diary.Day) { d.WalkingPain = diary.Some(false) }),
			rfProfile(nil), []string{}},

		{"new_medicine twice the rate", medDiary([]int{25, 19}, []int{12, 9, 5, 1}), med(started(13)), []string{"new_medicine"}},
		{"new_medicine only 3 cramp nights after", medDiary([]int{25}, []int{12, 5, 1}), med(started(13)), []string{}},
		{"new_medicine under twice the rate", medDiary([]int{25, 21, 17}, []int{12, 9, 5, 2, 0}), med(started(13)), []string{}},
		{"new_medicine none before", medDiary(nil, []int{12, 9, 5, 1}), med(started(13)), []string{"new_medicine"}},
		{"new_medicine 6 logged nights before", rfQuiet(19).cramps(12, 9, 5, 1), med(started(13)), []string{}},
		{"new_medicine stopped", medDiary(nil, []int{12, 9, 5, 1}),
			med(diary.Medication{Name: "x", Started: diary.Some(rfDay(13)), Stopped: diary.Some(rfDay(0))}), []string{}},
		{"new_medicine no start date", medDiary(nil, []int{12, 9, 5, 1}), med(diary.Medication{Name: "x"}), []string{}},

		{"heavy_drinking 14 in the last 7", rfQuiet(30).day(6, drinks(2)).day(5, drinks(2)).day(4, drinks(2)).
			day(3, drinks(2)).day(2, drinks(2)).day(1, drinks(2)).day(0, drinks(2)), rfProfile(nil), []string{"heavy_drinking"}},
		{"heavy_drinking 13 in the last 7", rfQuiet(30).day(6, drinks(2)).day(5, drinks(2)).day(4, drinks(2)).
			day(3, drinks(2)).day(2, drinks(2)).day(1, drinks(2)).day(0, drinks(1)), rfProfile(nil), []string{}},
		{"heavy_drinking 14 in the fourth week", rfQuiet(40).day(27, drinks(4)).day(25, drinks(4)).day(21, drinks(4)).
			day(22, drinks(2)), rfProfile(nil), []string{"heavy_drinking"}},
		{"heavy_drinking 14 in the fifth week", rfQuiet(40).day(34, drinks(4)).day(32, drinks(4)).day(28, drinks(4)).
			day(29, drinks(2)), rfProfile(nil), []string{}},
		// Any 7 consecutive nights of the last 28 count, not 7-night blocks
		// ending with asOf: these 14 lie across the old boundary at 7/6 back.
		{"heavy_drinking 14 across two blocks", rfQuiet(30).day(10, drinks(4)).day(8, drinks(3)).day(6, drinks(4)).
			day(4, drinks(3)), rfProfile(nil), []string{"heavy_drinking"}},
		// Issue 9: 18 drinks in 7 days across an old block boundary (nights 9 to 3 back) raised nothing.
		{"heavy_drinking 18 across two blocks", rfQuiet(30).day(9, drinks(3)).day(8, drinks(3)).day(7, drinks(3)).
			day(6, drinks(3)).day(5, drinks(3)).day(4, drinks(2)).day(3, drinks(1)), rfProfile(nil), []string{"heavy_drinking"}},
		{"heavy_drinking 13 in any 7", rfQuiet(30).day(12, drinks(4)).day(9, drinks(4)).day(6, drinks(4)).
			day(3, drinks(1)).day(0, drinks(4)), rfProfile(nil), []string{}},
		{"heavy_drinking 14 in 8 nights is not 7", rfQuiet(30).day(11, drinks(7)).day(4, drinks(7)), rfProfile(nil), []string{}},
		{"heavy_drinking window partly before the 28", rfQuiet(40).day(28, drinks(10)).day(27, drinks(4)), rfProfile(nil), []string{}},
		{"heavy_drinking 5 on 2 days 6 apart", rfQuiet(30).day(10, drinks(5)).day(4, drinks(5)), rfProfile(nil),
			[]string{"heavy_drinking"}},
		{"heavy_drinking 5 on 2 days 7 apart", rfQuiet(30).day(11, drinks(5)).day(4, drinks(5)), rfProfile(nil), []string{}},
		{"heavy_drinking 4 on 2 days", rfQuiet(30).day(5, drinks(4)).day(4, drinks(4)), rfProfile(nil), []string{}},

		{"no_improvement same rate while stretching", func() rfDiary {
			d := periods().cramps(rfEvery(55, 28, 4)...).cramps(rfEvery(27, 0, 4)...)
			for _, n := range rfEvery(27, 0, 1)[:15] {
				d.day(n, stretched)
			}
			return d
		}(), rfProfile(nil), []string{"no_improvement"}},
		{"no_improvement stretching on half", func() rfDiary {
			d := periods().cramps(rfEvery(55, 28, 4)...).cramps(rfEvery(27, 0, 4)...)
			for _, n := range rfEvery(27, 0, 1)[:14] {
				d.day(n, stretched)
			}
			return d
		}(), rfProfile(nil), []string{}},
		{"no_improvement rarer cramps", func() rfDiary {
			d := periods().cramps(rfEvery(55, 28, 4)...).cramps(rfEvery(27, 0, 4)[1:]...)
			for _, n := range rfEvery(27, 0, 1) {
				d.day(n, stretched)
			}
			return d
		}(), rfProfile(nil), []string{}},

		{"worsening 4 more cramp nights", periods().cramps(rfEvery(55, 28, 7)...).cramps(rfEvery(27, 0, 4)[:8]...),
			rfProfile(nil), []string{"worsening"}},
		{"worsening 3 more cramp nights", periods().cramps(rfEvery(55, 28, 7)...).cramps(rfEvery(27, 0, 4)[:7]...),
			rfProfile(nil), []string{}},
		{"worsening before period too short", rfQuiet(40).cramps(rfEvery(40, 28, 7)...).cramps(rfEvery(27, 0, 4)...),
			rfProfile(nil), []string{}},
		{"worsening pain up 2", periods().cramp(50, pain(5)).cramp(40, pain(4)).cramp(30, pain(6)).
			cramp(20, pain(7)).cramp(10, pain(7)).cramp(1, pain(7)), rfProfile(nil), []string{"worsening"}},
		{"worsening pain up 1.67", periods().cramp(50, pain(5)).cramp(40, pain(5)).cramp(30, pain(5)).
			cramp(20, pain(7)).cramp(10, pain(7)).cramp(1, pain(6)), rfProfile(nil), []string{}},

		{"sweating 2 of 14", rfQuiet(20).cramps(13, 2).day(13, func(d *diary.Day) { d.HeavySweating = diary.Some(true) }).
			day(2, func(d *diary.Day) { d.HeavySweating = diary.Some(true) }), rfProfile(nil), []string{"sweating"}},
		{"sweating 14 back is out", rfQuiet(20).cramps(14, 2).day(14, func(d *diary.Day) { d.HeavySweating = diary.Some(true) }).
			day(2, func(d *diary.Day) { d.HeavySweating = diary.Some(true) }), rfProfile(nil), []string{}},
		{"sweating without cramps", rfQuiet(20).cramps(2).day(3, func(d *diary.Day) { d.HeavySweating = diary.Some(true) }).
			day(2, func(d *diary.Day) { d.HeavySweating = diary.Some(true) }), rfProfile(nil), []string{}},

		{"atypical 3 of 5 in the thigh", rfQuiet(20).cramp(16, muscle(diary.MuscleThighFront)).cramp(12, muscle(diary.MuscleThighBack)).
			cramp(8, muscle(diary.MuscleThighBack)).cramps(4, 0), rfProfile(nil), []string{"atypical"}},
		{"atypical thigh and other", rfQuiet(20).cramp(16, muscle(diary.MuscleThighFront)).cramp(12, muscle(diary.MuscleOther)).
			cramp(8, muscle(diary.MuscleOther)).cramps(4, 0), rfProfile(nil), []string{"atypical"}},
		{"atypical 2 of 5", rfQuiet(20).cramp(16, muscle(diary.MuscleThighFront)).cramp(12, muscle(diary.MuscleThighBack)).
			cramps(8, 4, 0), rfProfile(nil), []string{}},
		{"atypical only 4 known", rfQuiet(20).cramp(16, muscle(diary.MuscleThighFront)).cramp(12, muscle(diary.MuscleThighBack)).
			cramp(8, muscle(diary.MuscleThighBack)).cramp(4, muscle(diary.MuscleOther)).cramp(0, muscle("")), rfProfile(nil), []string{}},
		{"atypical exactly half", rfQuiet(20).cramp(20, muscle(diary.MuscleThighFront)).cramp(16, muscle(diary.MuscleThighBack)).
			cramp(12, muscle(diary.MuscleOther)).cramps(8, 4, 0), rfProfile(nil), []string{}},
		{"atypical after asOf", rfQuiet(20).cramp(-1, muscle(diary.MuscleThighFront)).cramp(-2, muscle(diary.MuscleThighBack)).
			cramp(-3, muscle(diary.MuscleThighBack)).cramps(4, 0), rfProfile(nil), []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Check(tc.diary.nights(), tc.profile, rfAsOf)
			if ids := rfIDs(got); !slices.Equal(ids, tc.want) {
				t.Fatalf("ids = %q, want %q", ids, tc.want)
			}
			for _, f := range got {
				if f.Nights == nil || f.Message == "" || f.Source == "" {
					t.Errorf("%s: incomplete flag %+v", f.ID, f)
				}
				if !slices.IsSorted(f.Nights) {
					t.Errorf("%s: nights out of order: %v", f.ID, f.Nights)
				}
				for _, d := range f.Nights {
					if d > rfAsOf {
						t.Errorf("%s: night %s after asOf", f.ID, d)
					}
				}
			}
		})
	}
}

func TestCheckAbsentValuesNeverFire(t *testing.T) {
	// Every value absent: nights with nothing recorded, and cramp nights whose
	// episodes record nothing but their existence, on a profile with a
	// medication of unknown class and start.
	d := rfDiary{}
	for n := 60; n >= 0; n-- {
		d.at(n)
	}
	for n := 56; n >= 0; n -= 7 {
		d.at(n).Episodes = []diary.Episode{{}}
	}
	p := diary.Profile{Medications: []diary.Medication{{Name: "something"}}}
	if got := Check(d.nights(), p, rfAsOf); len(got) != 0 || got == nil {
		t.Fatalf("Check = %#v, want an empty, non-nil list", got)
	}
}

func TestCheckIgnoreNightsAfterAsOf(t *testing.T) {
	d := rfQuiet(30)
	for n := -1; n >= -10; n-- {
		d.cramp(n, diary.Episode{
			Muscle: diary.MuscleThighBack, DurationS: diary.Some(1200), Intensity: diary.Some(10), WokeMe: diary.Some(true),
			Swelling: diary.Some(true), Numbness: diary.Some(true), Weakness: diary.Some(true),
		}).day(n, func(day *diary.Day) {
			day.FluidLoss, day.WalkingPain, day.HeavySweating = diary.Some(true), diary.Some(true), diary.Some(true)
			day.AlcoholDrinks, day.Medications = diary.Some(9), []string{"quinine"}
		})
	}
	nights := d.nights()
	if got := Check(nights, rfProfile(nil), rfAsOf); len(got) != 0 {
		t.Fatalf("Check as of %s = %q, want none", rfAsOf, rfIDs(got))
	}
	want := []string{"long_episode", "swelling", "weakness", "fluid_loss", "quinine", "numbness", "frequent",
		"severe", "walking_pain", "heavy_drinking", "sweating", "atypical"}
	if got := rfIDs(Check(nights, rfProfile(nil), rfDay(-10))); !slices.Equal(got, want) {
		t.Fatalf("Check ten nights later = %q, want %q", got, want)
	}
}

func TestCheckOrder(t *testing.T) {
	d := rfQuiet(40).
		cramp(30, rfWith(func(e *diary.Episode) { e.Muscle = diary.MuscleOther })).
		cramp(25, rfWith(func(e *diary.Episode) { e.Muscle = diary.MuscleOther })).
		cramp(20, rfWith(func(e *diary.Episode) { e.Muscle = diary.MuscleOther; e.Numbness = diary.Some(true) })).
		cramp(15, rfWith(func(e *diary.Episode) { e.Muscle = diary.MuscleOther; e.Swelling = diary.Some(true) })).
		cramp(10, rfWith(func(e *diary.Episode) { e.Muscle = diary.MuscleOther; e.DurationS = diary.Some(660) })).
		day(5, func(day *diary.Day) { day.WalkingPain = diary.Some(true) })
	p := rfProfile(func(p *diary.Profile) {
		p.Medications = []diary.Medication{{Name: "quinine", Class: diary.ClassQuinine}}
	})
	want := []string{"long_episode", "swelling", "quinine", "numbness", "walking_pain", "atypical"}
	got := Check(d.nights(), p, rfAsOf)
	if ids := rfIDs(got); !slices.Equal(ids, want) {
		t.Fatalf("ids = %q, want %q", ids, want)
	}
	levels := []Level{LevelUrgent, LevelUrgent, LevelUrgent, LevelSeeDoctor, LevelSeeDoctor, LevelMention}
	for i, f := range got {
		if f.Level != levels[i] {
			t.Errorf("%s: level %q, want %q", f.ID, f.Level, levels[i])
		}
	}
}

func TestCheckMessages(t *testing.T) {
	tests := []struct {
		name    string
		diary   rfDiary
		profile diary.Profile
		asOf    diary.Date
		want    Flag
	}{
		{
			name:    "one long episode",
			diary:   rfQuiet(40).cramp(31, rfWith(func(e *diary.Episode) { e.DurationS = diary.Some(14 * 60) })),
			profile: rfProfile(nil),
			asOf:    rfDay(10), // 31 back from rfAsOf is 21 October, 21 back from this asOf
			want: Flag{
				ID: "long_episode", Level: LevelUrgent,
				Message: "Your diary shows a cramp of 14 minutes on 21 October. Most night cramps ease within ten " +
					"minutes; health services advise having a cramp that lasts longer than that checked by a doctor " +
					"the same day. If a doctor has not seen this yet, contact one today.",
				Source: "Night leg cramps; Nighttime leg cramps: causes and evidence-based solutions",
				Nights: []diary.Date{diary.NewDate(2026, 10, 21)},
			},
		},
		{
			name:  "new medicine",
			diary: rfQuiet(27).cramps(25, 19).cramps(12, 9, 5, 1),
			profile: rfProfile(func(p *diary.Profile) {
				p.Medications = []diary.Medication{{Name: "furosemide", Class: diary.ClassDiuretic, Started: diary.Some(rfDay(13))}}
			}),
			asOf: rfAsOf,
			want: Flag{
				ID: "new_medicine", Level: LevelSeeDoctor,
				Message: "Since you started furosemide on 8 November, cramps came on 4 of 14 logged nights, against 2 " +
					"of 14 in the two weeks before. Some medicines go with more cramps in the sources: tell the doctor " +
					"who prescribed it, and do not stop it yourself.",
				Source: "Leg Cramps — What Causes It?; What Causes Leg Cramps at Night?",
				Nights: []diary.Date{rfDay(12), rfDay(9), rfDay(5), rfDay(1)},
			},
		},
		{
			name: "swelling when pregnant",
			diary: rfQuiet(3).cramp(1, rfWith(func(e *diary.Episode) {
				e.Swelling = diary.Some(true)
			})),
			profile: rfProfile(func(p *diary.Profile) { p.Pregnant = diary.Some(true) }),
			asOf:    rfAsOf,
			want: Flag{
				ID: "swelling", Level: LevelUrgent,
				Message: "Your diary shows a cramp with swelling, redness or warmth in the leg on 20 November. The " +
					"sources advise having this looked at by a doctor; if one has not seen it yet, contact a doctor " +
					"today. Your profile says you are pregnant: in pregnancy this is more pressing still, so do not " +
					"wait — call your midwife or doctor now.",
				Source: "Why Do People Get Leg Cramps at Night?",
				Nights: []diary.Date{rfDay(1)},
			},
		},
		{
			name: "frequent and woken",
			diary: rfQuiet(20).cramp(5, rfWith(func(e *diary.Episode) { e.WokeMe = diary.Some(true) })).cramps(4, 3).
				cramp(2, rfWith(func(e *diary.Episode) { e.WokeMe = diary.Some(true) })).
				cramp(0, rfWith(func(e *diary.Episode) { e.WokeMe = diary.Some(true) })),
			profile: rfProfile(nil),
			asOf:    rfAsOf,
			want: Flag{
				ID: "frequent", Level: LevelSeeDoctor,
				Message: "Cramps came on 5 of your last 7 logged nights. Cramps woke you on 3 of the last 7 nights. " +
					"The sources advise seeing a doctor when cramps come this often or keep breaking your sleep.",
				Source: "Nighttime leg cramps: causes and evidence-based solutions; Why Do People Get Leg Cramps at Night?; " +
					"Night leg cramps",
				Nights: []diary.Date{rfDay(5), rfDay(4), rfDay(3), rfDay(2), rfDay(0)},
			},
		},
		{
			name: "heavy drinking both ways",
			diary: rfQuiet(30).day(12, func(d *diary.Day) { d.AlcoholDrinks = diary.Some(6) }).
				day(9, func(d *diary.Day) { d.AlcoholDrinks = diary.Some(5) }).
				day(8, func(d *diary.Day) { d.AlcoholDrinks = diary.Some(3) }).
				day(25, func(d *diary.Day) { d.AlcoholDrinks = diary.Some(5) }),
			profile: rfProfile(nil),
			asOf:    rfAsOf,
			want: Flag{
				ID: "heavy_drinking", Level: LevelSeeDoctor,
				Message: "Your diary shows 14 drinks in the 7 nights from 7 to 13 November and 5 or more drinks in a day on 9 " +
					"and 12 November. The sources suggest keeping alcohol low when cramps are a problem, and drinking " +
					"at this level is worth talking over with a doctor.",
				Source: "Leg Cramps — What Causes It?",
				Nights: []diary.Date{rfDay(12), rfDay(9), rfDay(8)},
			},
		},
		{
			name:  "quinine in the profile",
			diary: rfQuiet(3),
			profile: rfProfile(func(p *diary.Profile) {
				p.Medications = []diary.Medication{{Name: "Qualaquin", Class: diary.ClassQuinine}}
			}),
			asOf: rfAsOf,
			want: Flag{
				ID: "quinine", Level: LevelUrgent,
				Message: "Your profile lists Qualaquin. Quinine is no longer recommended for night cramps: it has known " +
					"risks of serious bleeding problems and of heart-rhythm problems. Talk to a doctor about it today, " +
					"and do not change a prescribed medicine without them.",
				Source: "What Causes Leg Cramps at Night?",
				Nights: []diary.Date{},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Check(tc.diary.nights(), tc.profile, tc.asOf)
			if len(got) != 1 {
				t.Fatalf("got %d flags %q, want 1", len(got), rfIDs(got))
			}
			g, w := got[0], tc.want
			if rfYou.MatchString(g.Report) {
				t.Errorf("report words speak to the patient: %s", g.Report)
			}
			if g.ID != w.ID || g.Level != w.Level || g.Source != w.Source || !slices.Equal(g.Nights, w.Nights) {
				t.Errorf("got  %+v\nwant %+v", g, w)
			}
			if g.Message != w.Message {
				t.Errorf("message:\ngot  %s\nwant %s", g.Message, w.Message)
			}
		})
	}
}

func TestCheckWordsAcrossYears(t *testing.T) {
	asOf := diary.NewDate(2027, 1, 3)
	nights := []diary.Night{
		{Date: diary.NewDate(2026, 12, 20), Episodes: []diary.Episode{{DurationS: diary.Some(630)}}},
		{Date: diary.NewDate(2027, 1, 2), Episodes: []diary.Episode{{DurationS: diary.Some(3900)}}},
	}
	got := Check(nights, diary.Profile{}, asOf)
	want := "Your diary shows cramps longer than 10 minutes: 10 minutes 30 seconds on 20 December 2026 and " +
		"1 hour 5 minutes on 2 January. "
	if len(got) != 1 || !strings.HasPrefix(got[0].Message, want) {
		t.Fatalf("got %+v, want a long_episode message starting %q", got, want)
	}
}

func TestCheckWording(t *testing.T) {
	// Every message of a diary where every rule holds: calm words, never
	// "causes", "triggers" or "prevents", and a source for each.
	d := rfQuiet(60)
	for n := 55; n >= 28; n -= 9 {
		d.cramps(n)
	}
	for n := 13; n >= 0; n-- {
		d.cramp(n, diary.Episode{
			Muscle: diary.MuscleThighBack, DurationS: diary.Some(700), Intensity: diary.Some(9), WokeMe: diary.Some(true),
			Swelling: diary.Some(true), Numbness: diary.Some(true), Weakness: diary.Some(true),
		}).day(n, func(day *diary.Day) {
			day.FluidLoss, day.WalkingPain, day.HeavySweating = diary.Some(true), diary.Some(true), diary.Some(true)
			day.AlcoholDrinks, day.Medications, day.Stretched = diary.Some(6), []string{"quinine"}, diary.Some(true)
		})
	}
	for n := 27; n >= 14; n-- {
		d.day(n, func(day *diary.Day) { day.Stretched = diary.Some(true) })
	}
	p := rfProfile(func(p *diary.Profile) {
		p.Medications = []diary.Medication{{Name: "furosemide", Class: diary.ClassDiuretic, Started: diary.Some(rfDay(13))}}
	})
	got := Check(d.nights(), p, rfAsOf)
	want := []string{"long_episode", "swelling", "weakness", "fluid_loss", "quinine", "numbness", "frequent",
		"severe", "walking_pain", "new_medicine", "heavy_drinking", "no_improvement", "worsening", "sweating", "atypical"}
	if ids := rfIDs(got); !slices.Equal(ids, want) {
		t.Fatalf("ids = %q, want every rule %q", ids, want)
	}
	for _, f := range got {
		if rfYou.MatchString(f.Report) || f.Report == "" {
			t.Errorf("%s: the report's words must speak of the patient in the third person: %q", f.ID, f.Report)
		}
		low := strings.ToLower(f.Message)
		for _, banned := range []string{"causes", "caused", "triggers", "prevents", "diagnos"} {
			if strings.Contains(low, banned) {
				t.Errorf("%s says %q: %s", f.ID, banned, f.Message)
			}
		}
		if !strings.Contains(low, "doctor") {
			t.Errorf("%s does not say who to see: %s", f.ID, f.Message)
		}
	}
	b, err := json.Marshal(got[4])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"id":"quinine","level":"urgent"`) {
		t.Errorf("JSON %s", b)
	}
}

func TestFlagWords(t *testing.T) {
	d := func(m, day int) diary.Date { return diary.NewDate(2026, time.Month(m), day) }
	asOf := d(11, 21)
	days := []struct {
		ds   []diary.Date
		want string
	}{
		{[]diary.Date{d(11, 3)}, "3 November"},
		{[]diary.Date{d(10, 30), d(11, 3)}, "30 October and 3 November"},
		{[]diary.Date{d(10, 30), d(11, 2), d(11, 5)}, "30 October, 2 and 5 November"},
		{[]diary.Date{d(11, 2), d(11, 5), d(11, 9), d(11, 12)}, "2, 5, 9 and 12 November"},
		{[]diary.Date{d(11, 2), d(11, 5), d(11, 9), d(11, 12), d(11, 20)}, "5 nights from 2 to 20 November"},
		{[]diary.Date{diary.NewDate(2025, 12, 30), d(1, 2), d(1, 3), d(2, 1), d(3, 1)},
			"5 nights from 30 December 2025 to 1 March"},
		{[]diary.Date{diary.NewDate(2025, 12, 30), diary.NewDate(2025, 12, 31), d(1, 2)}, "30, 31 December 2025 and 2 January"},
	}
	for _, tc := range days {
		if got := flagDays(tc.ds, asOf); got != tc.want {
			t.Errorf("flagDays(%v) = %q, want %q", tc.ds, got, tc.want)
		}
	}
	spans := map[int]string{61: "1 minute 1 second", 600: "10 minutes", 630: "10 minutes 30 seconds", 3600: "1 hour",
		3900: "1 hour 5 minutes", 7322: "2 hours 2 minutes 2 seconds"}
	for sec, want := range spans {
		if got := flagSpan(sec); got != want {
			t.Errorf("flagSpan(%d) = %q, want %q", sec, got, want)
		}
	}
}

// rfYou finds words that speak to the user, which the report's words must not.
var rfYou = regexp.MustCompile(`(?i)\b(you|your|yours|yourself)\b`)

func TestCheckReportVoice(t *testing.T) {
	d := rfQuiet(30).cramp(3, rfWith(func(e *diary.Episode) { e.DurationS = diary.Some(14 * 60) }))
	got := Check(d.nights(), rfProfile(nil), rfAsOf)
	if len(got) != 1 {
		t.Fatalf("got %q, want long_episode", rfIDs(got))
	}
	want := "The diary shows a cramp of 14 minutes on 18 November. Most night cramps ease within ten minutes; " +
		"health services advise having a cramp that lasts longer than that checked by a doctor the same day."
	if got[0].Report != want {
		t.Errorf("report words:\ngot  %s\nwant %s", got[0].Report, want)
	}
}
