package report

import (
	"reflect"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

func TestLastWeeks(t *testing.T) {
	sat := day(21) // Saturday 21 November 2026
	for _, tc := range []struct {
		last  diary.Date
		weeks int
		ws    diary.WeekStart
		from  diary.Date
	}{
		{sat, 12, diary.WeekStartMonday, diary.NewDate(2026, 8, 31)},
		{sat, 12, "", diary.NewDate(2026, 8, 31)}, // unset means Monday
		{sat, 12, diary.WeekStartSunday, diary.NewDate(2026, 8, 30)},
		{sat, 1, diary.WeekStartMonday, day(16)},
		{sat, 0, diary.WeekStartMonday, day(16)},
		{day(16), 2, diary.WeekStartMonday, day(9)}, // last night a Monday: its week has one night
		{day(22), 1, diary.WeekStartSunday, day(22)},
	} {
		got := LastWeeks(tc.last, tc.weeks, tc.ws)
		if want := (Period{From: tc.from, To: tc.last}); got != want {
			t.Errorf("LastWeeks(%v, %d, %q) = %v, want %v", tc.last, tc.weeks, tc.ws, got, want)
		}
	}
	if p := LastWeeks(sat, 12, diary.WeekStartMonday); p.Nights() != 83 || !p.Contains(sat) || p.Contains(sat.AddDays(1)) {
		t.Errorf("12 weeks to a Saturday: %d nights", p.Nights())
	}
}

func cramp(d diary.Date, secs ...int) diary.Night {
	n := diary.Night{Date: d, Episodes: []diary.Episode{}}
	for _, s := range secs {
		n.Episodes = append(n.Episodes, ep(diary.MuscleCalf, diary.SideLeft, s, 5))
	}
	return n
}

func TestWeekBars(t *testing.T) {
	// From Wednesday 4 to Saturday 21 November: a cut first week, a whole
	// one, and a last one that runs to last night.
	period := Period{From: day(4), To: day(21)}
	nights := []diary.Night{
		cramp(day(4), 240), cramp(day(5)), {Date: day(6)},
		cramp(day(10), 120),
		cramp(day(16), 60, 30), cramp(day(21)),
	}
	monday := diary.NewProfile()
	want := []WeekBar{
		{Start: day(4), End: day(8), Weeks: 1, Logged: 2, CrampNights: 1, CrampMinutes: 4},
		{Start: day(9), End: day(15), Weeks: 1, Logged: 1, CrampNights: 1, CrampMinutes: 2},
		{Start: day(16), End: day(21), Weeks: 1, Logged: 2, CrampNights: 1, CrampMinutes: 1.5},
	}
	if got := WeekBars(nights, monday, period); !reflect.DeepEqual(got, want) {
		t.Errorf("Monday weeks:\n%+v\nwant\n%+v", got, want)
	}

	sunday := diary.NewProfile()
	sunday.WeekStart = diary.WeekStartSunday
	want = []WeekBar{
		{Start: day(4), End: day(7), Weeks: 1, Logged: 2, CrampNights: 1, CrampMinutes: 4},
		{Start: day(8), End: day(14), Weeks: 1, Logged: 1, CrampNights: 1, CrampMinutes: 2},
		{Start: day(15), End: day(21), Weeks: 1, Logged: 2, CrampNights: 1, CrampMinutes: 1.5},
	}
	if got := WeekBars(nights, sunday, period); !reflect.DeepEqual(got, want) {
		t.Errorf("Sunday weeks:\n%+v\nwant\n%+v", got, want)
	}

	if got := WeekBars(nil, monday, Period{From: day(21), To: day(20)}); len(got) != 0 {
		t.Errorf("a backward period gave %d bars", len(got))
	}
}

func TestWeekBarsLongPeriods(t *testing.T) {
	monday := diary.NewProfile()
	last := day(21)
	for _, tc := range []struct {
		weeks, bars, perBar, lastBar int
	}{
		{12, 12, 1, 1},
		{13, 13, 1, 1}, // two calls of insights.Week
		{26, 26, 1, 1},
		{27, 14, 2, 1},
		{60, 20, 3, 3},
		{61, 21, 3, 1},
	} {
		period := LastWeeks(last, tc.weeks, diary.WeekStartMonday)
		// A cramp on the period's first night and on its last.
		nights := []diary.Night{cramp(period.From, 60), cramp(last, 60)}
		bars := WeekBars(nights, monday, period)
		if len(bars) != tc.bars || bars[0].Weeks != tc.perBar || bars[len(bars)-1].Weeks != tc.lastBar {
			t.Errorf("%d weeks: %d bars of %d weeks, the last of %d; want %d of %d, the last of %d",
				tc.weeks, len(bars), bars[0].Weeks, bars[len(bars)-1].Weeks, tc.bars, tc.perBar, tc.lastBar)
			continue
		}
		if bars[0].Start != period.From || bars[0].CrampNights != 1 || bars[len(bars)-1].End != last || bars[len(bars)-1].CrampNights != 1 {
			t.Errorf("%d weeks: first bar %+v, last %+v", tc.weeks, bars[0], bars[len(bars)-1])
		}
		days := 0
		for _, b := range bars {
			days += b.Nights()
		}
		if days != period.Nights() {
			t.Errorf("%d weeks: bars span %d nights, the period %d", tc.weeks, days, period.Nights())
		}
	}
}

func TestRecent(t *testing.T) {
	sat := day(21) // Saturday 21 November 2026
	none := diary.None[diary.Date]()
	for _, tc := range []struct {
		weeks  int
		first  diary.Opt[diary.Date]
		from   diary.Date
		nights int
	}{
		{12, none, sat.AddDays(-83), 84},
		{12, diary.Some(sat.AddDays(-12)), sat.AddDays(-12), 13}, // a diary begun 13 nights ago
		{12, diary.Some(sat.AddDays(-200)), sat.AddDays(-83), 84},
		{1, none, sat.AddDays(-6), 7},
		{0, none, sat.AddDays(-6), 7},
		{2, diary.Some(sat.AddDays(5)), sat.AddDays(-13), 14}, // a first night after the end changes nothing
	} {
		p := Recent(sat, tc.weeks, tc.first)
		if p.From != tc.from || p.To != sat || p.Nights() != tc.nights {
			t.Errorf("Recent(%d weeks, first %v) = %v (%d nights), want from %s, %d nights", tc.weeks, tc.first, p, p.Nights(), tc.from, tc.nights)
		}
	}
}
