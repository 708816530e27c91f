package week

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/tui/styles"
)

// weekOf is a recorded week's figures: cramp nights, cramp minutes, and
// the three habits.
func weekOf(crampNights int, minutes float64, stretched, water, caffeine int) insights.WeekFigures {
	return insights.WeekFigures{NightsLogged: 7, CrampNights: crampNights, CrampMinutes: minutes,
		StretchedNights: stretched, WaterGoalNights: water, CaffeineCutoffNights: caffeine, Nights: 7}
}

// untimed gives each cramp night of w one cramp of unknown length.
func untimed(w insights.WeekFigures) insights.WeekFigures {
	w.Episodes, w.LongestEpisodeS = w.CrampNights, diary.None[int]()
	return w
}

// logged sets how many nights a week has with their cramps recorded.
func logged(n int, w insights.WeekFigures) insights.WeekFigures {
	w.NightsLogged, w.Nights = n, n
	return w
}

// figuresOf are the figures of the week of Monday 9 November (finished by
// last night) against prev.
func figuresOf(cur, prev insights.WeekFigures) *figures {
	start := diary.NewDate(2026, 11, 9)
	cur.Start, cur.End = start, start.AddDays(6)
	return &figures{rep: insights.WeekReport{WeekFigures: cur, Previous: prev}, last: last,
		current: diary.NewDate(2026, 11, 16), cutoff: diary.NewClock(14, 0), inDiary: cur.NightsLogged}
}

func TestHeadline(t *testing.T) {
	none := insights.WeekFigures{}
	cases := []struct {
		name      string
		cur, prev insights.WeekFigures
		want      string
		how       change
	}{
		{"better", weekOf(1, 0.83, 0, 0, 0), weekOf(2, 15.67, 0, 0, 0),
			"Better than last week: 1 cramp night, not 2; cramp time 50s, not 15m40s.", good},
		{"fewer nights, same minutes", weekOf(1, 4.2, 0, 0, 0), weekOf(3, 3.9, 0, 0, 0),
			"Better than last week: 1 cramp night, not 3; cramp time 4m12s against 3m54s.", good},
		{"harder", weekOf(3, 9, 0, 0, 0), weekOf(1, 2, 0, 0, 0),
			"Harder than last week: 3 cramp nights, not 1; cramp time 9m, not 2m.", bad},
		{"same", weekOf(2, 5.2, 0, 0, 0), weekOf(2, 4.8, 0, 0, 0),
			"Much like last week: 2 cramp nights as last week; cramp time 5m12s against 4m48s.", same},
		{"none either week", weekOf(0, 0, 0, 0, 0), weekOf(0, 0, 0, 0, 0),
			"Much like last week: 0 cramp nights as last week; cramp time 0s as last week.", same},
		{"mixed", weekOf(1, 9, 0, 0, 0), weekOf(2, 4, 0, 0, 0),
			"Mixed against last week: 1 cramp night, not 2; cramp time 9m, not 4m.", unknown},
		{"nothing before", weekOf(2, 3, 0, 0, 0), none,
			"2 cramp nights, cramp time 3m; nothing recorded the week before to compare with.", unknown},
		{"nothing this week", none, weekOf(2, 3, 0, 0, 0),
			"No nights with their cramps recorded this week.", unknown},
		{"one night fewer is comparable", logged(6, weekOf(1, 1, 0, 0, 0)), weekOf(2, 5, 0, 0, 0),
			"Better than last week: 1 cramp night, not 2; cramp time 1m, not 5m.", good},
		{"too few nights to compare", logged(2, weekOf(1, 3, 0, 0, 0)), logged(6, weekOf(6, 22, 0, 0, 0)),
			"1 cramp night in 2 logged, against 6 in 6 last week; cramp time 3m against 22m.", unknown},
		{"too few nights last week", weekOf(3, 3, 0, 0, 0), logged(5, weekOf(0, 0, 0, 0, 0)),
			"3 cramp nights in 7 logged, against 0 in 5 last week; cramp time 3m against 0s.", unknown},
		// A week whose cramps have no durations did not take 0s: its time is not compared.
		{"cramp time unknown", untimed(weekOf(1, 0, 0, 0, 0)), weekOf(2, 5, 0, 0, 0),
			"Better than last week: 1 cramp night, not 2.", good},
		{"cramp time unknown, too few nights", logged(2, untimed(weekOf(2, 0, 0, 0, 0))), weekOf(2, 5, 0, 0, 0),
			"2 cramp nights in 2 logged, against 2 in 7 last week.", unknown},
		{"cramp time unknown, nothing before", untimed(weekOf(1, 0, 0, 0, 0)), none,
			"1 cramp night; nothing recorded the week before to compare with.", unknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := figuresOf(c.cur, c.prev).headline()
			if got.text != c.want || got.how != c.how {
				t.Fatalf("got %q (%d), want %q (%d)", got.text, got.how, c.want, c.how)
			}
		})
	}
}

// TestHeadlineSoFar checks that a week still going on says so.
func TestHeadlineSoFar(t *testing.T) {
	f := figuresOf(weekOf(1, 1, 0, 0, 0), weekOf(2, 5, 0, 0, 0))
	f.rep.Start, f.rep.End = diary.NewDate(2026, 11, 16), diary.NewDate(2026, 11, 22)
	if got := f.headline().text; got != "So far better than last week: 1 cramp night, not 2; cramp time 1m, not 5m." {
		t.Fatal(got)
	}
	f.rep.NightsLogged = 0
	if got := f.headline().text; got != "No nights with their cramps recorded this week yet." {
		t.Fatal(got)
	}
}

func TestHabits(t *testing.T) {
	none := insights.WeekFigures{}
	cases := []struct {
		name      string
		cur, prev insights.WeekFigures
		want      string // the phrases joined by " | ", each with its change
	}{
		{"most changed first", weekOf(0, 0, 5, 3, 6), weekOf(0, 0, 2, 5, 6),
			"stretched on 5 of 7 nights against 2 (good) | water goal met on 3 against 5 (bad)"},
		{"ties keep their order", weekOf(0, 0, 5, 3, 4), weekOf(0, 0, 4, 2, 5),
			"stretched on 5 of 7 nights against 4 (good) | water goal met on 3 against 2 (good) | no caffeine after 14:00 on 4 against 5 (bad)"},
		{"nothing changed", weekOf(0, 0, 5, 3, 6), weekOf(0, 0, 5, 3, 6),
			"stretching, water and caffeine much as last week (same)"},
		{"nothing before", weekOf(0, 0, 0, 3, 6), none,
			"water goal met on 3 of 7 nights (unknown) | no caffeine after 14:00 on 6 (unknown)"},
		{"nothing this week", none, weekOf(0, 0, 5, 3, 6), ""},
		{"too few nights to compare", logged(3, weekOf(0, 0, 1, 0, 3)), weekOf(0, 0, 5, 3, 6),
			"stretched on 1 of 3 logged nights (unknown) | no caffeine after 14:00 on 3 (unknown)"},
		// "1 of 1 logged night", not "1 of 1 logged nights" (issue 11.11).
		{"one night", logged(1, weekOf(0, 0, 1, 0, 0)), none, "stretched on 1 of 1 logged night (unknown)"},
	}
	word := map[change]string{unknown: "unknown", same: "same", good: "good", bad: "bad"}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var parts []string
			for _, h := range figuresOf(c.cur, c.prev).habits() {
				parts = append(parts, h.text+" ("+word[h.how]+")")
			}
			if got := strings.Join(parts, " | "); got != c.want {
				t.Fatalf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestAgainst(t *testing.T) {
	fewer := row{This: diary.Some(2.0), Way: lowerBetter, Fig: words.AsCount, AvgFig: words.AsTenth}
	more := row{This: diary.Some(2.0), Way: higherBetter, Fig: words.AsCount, AvgFig: words.AsTenth}
	pct := row{This: diary.Some(0.861), Way: higherBetter, Fig: words.AsRatio, AvgFig: words.AsRatio}
	cases := []struct {
		name string
		r    row
		than diary.Opt[float64]
		how  change
		text string
	}{
		{"fewer cramps is good", fewer, diary.Some(3.0), good, "↓1"},
		{"more cramps is bad", fewer, diary.Some(1.0), bad, "↑1"},
		{"more stretching is good", more, diary.Some(1.0), good, "↑1"},
		// 2 against 2.75, written 2.8: 2 − 2.8 = 0.8.
		{"less stretching is bad", more, diary.Some(2.75), bad, "↓0.8"},
		// 2 against 1.75, written 1.8: 2 − 1.8 = 0.2, as the command line
		// says; the rounded difference 0.25 would have been 0.3 (issue 11.7).
		{"the difference of the figures written", fewer, diary.Some(1.75), bad, "↑0.2"},
		{"equal", fewer, diary.Some(2.0), same, "="},
		{"equal at the precision shown", fewer, diary.Some(2.04), same, "="},
		{"a point of efficiency", pct, diary.Some(0.85), good, "↑1 pt"},
		{"under half a point", pct, diary.Some(0.857), same, "="},
		{"unknown", fewer, diary.Opt[float64]{}, unknown, ""},
		{"this week unknown", row{Way: lowerBetter, Fig: words.AsCount, AvgFig: words.AsTenth}, diary.Some(1.0), unknown, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			how, _, text := c.r.Against(c.than, c.r.AvgFig)
			if how != c.how || text != c.text {
				t.Fatalf("got %d %q, want %d %q", how, text, c.how, c.text)
			}
		})
	}
}

func TestFormats(t *testing.T) {
	cases := []struct{ got, want string }{
		{dateRange(diary.NewDate(2026, 11, 16), diary.NewDate(2026, 11, 22)), "Mon 16 – Sun 22 Nov 2026"},
		{dateRange(diary.NewDate(2026, 11, 30), diary.NewDate(2026, 12, 6)), "Mon 30 Nov – Sun 6 Dec 2026"},
		{dateRange(diary.NewDate(2026, 12, 28), diary.NewDate(2027, 1, 3)), "Mon 28 Dec 2026 – Sun 3 Jan 2027"},
		{monthLine([]diary.Date{diary.NewDate(2026, 10, 19), diary.NewDate(2026, 10, 26), diary.NewDate(2026, 11, 2)}, 0, 4, 12), "Oct Nov"},
		// The first week's month gives way when the next would overlap it.
		{monthLine([]diary.Date{diary.NewDate(2026, 10, 19), diary.NewDate(2026, 10, 26), diary.NewDate(2026, 11, 2)}, 0, 2, 8), "  Nov"},
		// A first week holding the 1st is named by the new month.
		{monthLine([]diary.Date{diary.NewDate(2026, 10, 26), diary.NewDate(2026, 11, 2)}, 3, 2, 8), "   Nov"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: %q, want %q", i, c.got, c.want)
		}
	}
}

// TestMarks checks the codes of a night's exposures and the order of its
// words: coded ones first.
func TestMarks(t *testing.T) {
	p := diary.NewProfile()
	n := diary.Night{Date: last, Day: diary.Day{
		WaterML: diary.Some(900), AlcoholDrinks: diary.Some(2), SittingH: diary.Some(9.5),
		Stretched: diary.Some(true), CaffeineServings: diary.Some(4), LastCaffeine: diary.Some(diary.NewClock(17, 0)),
	}}
	marks := marksOf(&n, &p, insights.Catalog())
	var ws []string
	for _, m := range marks {
		ws = append(ws, m.word)
	}
	if got := strings.Join(ws, ", "); got != "little water, caffeine ×4, caffeine at 17:00, 2 drinks, stretched, sat 9.5h" {
		t.Fatalf("words %q", got)
	}
	var cs []rune
	for _, m := range codes(marks) {
		cs = append(cs, m.code)
	}
	if string(cs) != "WCA✓" {
		t.Fatalf("codes %q", string(cs))
	}
}

// TestChangeColours checks the colours of the changes: good news green,
// bad red, and muted when the weeks logged too different a number of
// nights for the change to be news.
func TestChangeColours(t *testing.T) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	in := newInks(styles.New(false))
	p := page{in: in, f: figuresOf(weekOf(1, 1, 0, 0, 0), weekOf(2, 2, 0, 0, 0))}
	r := row{This: diary.Some(1.0), Way: lowerBetter, Fig: words.AsCount, AvgFig: words.AsTenth}
	cases := []struct {
		than  float64
		judge bool
		want  string
	}{
		{2, true, in.good.paint("↓1      ")},
		{0, true, in.bad.paint("↑1      ")},
		{2, false, in.muted.paint("↓1      ")},
		{1, true, in.muted.paint("=       ")},
	}
	for _, c := range cases {
		if got := p.changeCell(r, diary.Some(c.than), r.AvgFig, c.judge); got != c.want {
			t.Errorf("against %v (judge %v): %q, want %q", c.than, c.judge, got, c.want)
		}
	}
	// A figure that adds up over nights shows no change against a week with
	// too different a number of nights logged: 1 of 2 so far is not "↓1".
	sum := r
	sum.Sum = true
	if got, want := p.changeCell(sum, diary.Some(2.0), r.AvgFig, false), "        "; got != want {
		t.Errorf("a sum, not comparable: %q, want %q", got, want)
	}
	if got, want := p.changeCell(sum, diary.Some(2.0), r.AvgFig, true), in.good.paint("↓1      "); got != want {
		t.Errorf("a sum, comparable: %q, want %q", got, want)
	}
	if in.good == in.bad || in.good == in.muted || in.good.pre == "" {
		t.Fatal("the inks do not tell good from bad")
	}
	f := figuresOf(logged(2, weekOf(1, 1, 0, 0, 0)), weekOf(2, 2, 0, 0, 0))
	if f.comparable(7) || !f.comparable(3) || !f.comparable(1) || f.comparable(0) {
		t.Fatal("comparable is wrong about 2 nights logged")
	}
}
