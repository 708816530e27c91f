package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/demo"
)

// trialFixture is the demo diary with a finished trial of 5 weekly pairs
// (a night of washout each period) and a nightly one still under way, plus
// a stopped and a planned one that the report leaves out.
func trialFixture(t *testing.T) (diary.Profile, []diary.Night, []diary.Trial) {
	t.Helper()
	p, nights := demo.Default(lastNight)
	mk := func(h diary.TrialHabit, start diary.Date, d diary.TrialDesign, coins ...byte) diary.Trial {
		tr, err := diary.NewTrial(h, start, d, bytes.NewReader(append(coins, make([]byte, d.Pairs)...)))
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	done := mk(diary.HabitStretched, lastNight.AddDays(-104), diary.TrialDesign{PeriodNights: 7, WashoutNights: 1, Pairs: 5}, 1, 0, 1, 1, 0)
	stopped := mk(diary.HabitMassage, lastNight.AddDays(-30), diary.TrialDesign{PeriodNights: 1, Pairs: 5})
	stopped.Stopped = diary.Some(lastNight.AddDays(-27))
	running := mk(diary.HabitAlcohol, lastNight.AddDays(-13), diary.TrialDesign{PeriodNights: 1, Pairs: 42})
	planned := mk(diary.HabitMagnesium, lastNight.AddDays(90), diary.TrialDesign{PeriodNights: 14, WashoutNights: 7, Pairs: 8})
	return p, nights, []diary.Trial{done, stopped, running, planned}
}

func TestReportTrialsGolden(t *testing.T) {
	p, nights, ts := trialFixture(t)
	r := Build(nights, p, LastWeeks(lastNight, DefaultWeeks, p.WeekStart), generated).WithTrials(ts, nights, p, lastNight.AddDays(1))
	if len(r.Trials) != 2 || r.Trials[0].Trial.Habit != diary.HabitStretched || r.Trials[1].Trial.Habit != diary.HabitAlcohol {
		t.Fatalf("trials in the report: %+v", r.Trials)
	}
	md, page := render(t, r)
	golden(t, "trials.md.golden", md)
	golden(t, "trials.html.golden", page)
	for _, want := range []string{
		"## Self-experiments",
		"**Stretching** · complete ·",
		"On the nights the patient was asked to stretch, they had",
		"cramps a week (",
		"A difference this large would arise by chance in",
		"**No alcohol** · under way ·",
		"Its figures are kept back until then",
		"not medical advice",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}
	for _, banned := range []string{"you ", "You ", "your ", "cure", "prove"} {
		sec := md[strings.Index(md, "## Self-experiments"):]
		sec = sec[:strings.Index(sec, "## Sources")]
		if strings.Contains(sec, banned) {
			t.Errorf("the trials section says %q:\n%s", banned, sec)
		}
	}
	if !strings.Contains(page, "<h2>Self-experiments</h2>") || !strings.Contains(page, "<strong>Stretching</strong> · complete") {
		t.Error("the HTML lacks the trials section")
	}
	// Without trials there is no section at all.
	plain, _ := render(t, Build(nights, p, LastWeeks(lastNight, DefaultWeeks, p.WeekStart), generated))
	if strings.Contains(plain, "Self-experiments") {
		t.Error("a report without trials has the section")
	}
}
