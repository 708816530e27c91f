package logscreen

import (
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/internal/drive"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

// trialOf is a nightly trial of habit h from Sun 15 Nov, 6 pairs, in which
// last night (Sat 21 Nov, pair 4's first) is B and tonight (the 22nd) is A.
func trialOf(h diary.TrialHabit) diary.Trial {
	return diary.Trial{ID: string(h) + "-2026-11-15", Habit: h, Start: diary.NewDate(2026, 11, 15),
		PeriodNights: 1, Pairs: 6, Order: []string{"AB", "AB", "BA", "BA", "AB", "AB"}}
}

func newTrialLog(t *testing.T, trial diary.Trial, nights ...diary.Night) *Model {
	t.Helper()
	m := New(styles.New(false), drive.Now)
	m.SetSize(80, 20)
	m.Update(screen.DataMsg{Data: screen.NewData(nights, diary.NewProfile()).WithTrials([]diary.Trial{trial})})
	return m
}

// The habit of a trial is never prefilled from the usual nights, though
// every usual night stretched; the card names last night's condition,
// tonight's instruction, and asks.
func TestTrialHabitIsNeverPrefilled(t *testing.T) {
	m := newTrialLog(t, trialOf(diary.HabitStretched), usualNights()...)
	if got := m.cur().text.Day.Stretched; got != "" {
		t.Fatalf("stretched prefilled as %q", got)
	}
	if got := m.cur().text.Day.Water; got == "" {
		t.Fatal("the other usual values were not prefilled")
	}
	v := strings.Join(strings.Fields(view(m)), " ")
	for _, want := range []string{
		"Trial · Tonight, night 8 of 12 (condition A): stretch your calves and hamstrings before bed.",
		"Last night was B in your trial (no stretching before bed). Did you stretch your calves and hamstrings before bed? Not answered yet: h asks, and so do n (no cramps) and ctrl+s.",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("card lacks %q:\n%s", want, view(m))
		}
	}
	// Outside the trial the same diary prefills it.
	m.Update(screen.DataMsg{Data: screen.NewData(usualNights(), diary.NewProfile())})
	if got := m.cur().text.Day.Stretched; got != yes {
		t.Fatalf("outside a trial stretched is %q", got)
	}
}

// n then one key for the habit saves "no cramps, usual day" with the habit
// as answered: two keys.
func TestNoCrampsTakesOneMoreKeyInATrial(t *testing.T) {
	for _, c := range []struct {
		key  string
		want diary.Opt[bool]
		says string
	}{{"y", diary.Some(true), "trial answer: yes"}, {"n", diary.Some(false), "trial answer: no"}, {"u", diary.None[bool](), "no cramps, usual day; trial answer: not sure, so not recorded."}} {
		m := newTrialLog(t, trialOf(diary.HabitStretched), usualNights()...)
		asked := press(m, "n")
		if s, _ := status(asked); s != "No cramps. Trial: Did you stretch your calves and hamstrings before bed?" {
			t.Fatalf("n asked %q", s)
		}
		if !m.Capturing() {
			t.Fatal("the question does not take the next key")
		}
		s := saved(t, press(m, c.key))
		if s.Night.Day.Stretched != c.want || s.Night.Episodes == nil || len(s.Night.Episodes) != 0 {
			t.Fatalf("%s saved %#v", c.key, s.Night)
		}
		if s.Night.Day.WaterML != diary.Some(1500) {
			t.Fatalf("%s lost the usual day: %#v", c.key, s.Night.Day)
		}
		if !strings.Contains(s.Done, c.says) || !strings.Contains(s.Done, "u undoes it") {
			t.Fatalf("%s: done %q", c.key, s.Done)
		}
	}
}

// Once the habit is answered (h, then y), n saves at once; esc at the
// question saves nothing.
func TestAnsweredHabitSavesAtOnce(t *testing.T) {
	m := newTrialLog(t, trialOf(diary.HabitStretched), usualNights()...)
	if asked := press(m, "n", "esc"); slices.ContainsFunc(asked, isSave) {
		t.Fatal("esc saved")
	}
	press(m, "h", "y")
	if m.cur().text.Day.Stretched != yes {
		t.Fatalf("h y left %q", m.cur().text.Day.Stretched)
	}
	s := saved(t, press(m, "n"))
	if s.Night.Day.Stretched != diary.Some(true) {
		t.Fatalf("saved %#v", s.Night.Day)
	}
}

// ctrl+s on a trial night asks first, even from a form.
func TestSavingATrialNightAsksFirst(t *testing.T) {
	m := newTrialLog(t, trialOf(diary.HabitStretched), usualNights()...)
	asked := press(m, "a", "tab", "tab", "3", "ctrl+s")
	if slices.ContainsFunc(asked, isSave) {
		t.Fatal("saved without asking")
	}
	if s, _ := status(asked); !strings.HasPrefix(s, "Before saving: Trial: Did you stretch") {
		t.Fatalf("asked %q", s)
	}
	s := saved(t, press(m, "n"))
	if len(s.Night.Episodes) != 1 || s.Night.Day.Stretched != diary.Some(false) {
		t.Fatalf("saved %#v", s.Night)
	}
}

func isSave(msg tea.Msg) bool { _, ok := msg.(screen.SaveNightMsg); return ok }

// Each habit's answer is stored in its own field, the way its rule reads it.
func TestEachHabitsAnswer(t *testing.T) {
	usual := usualNights()
	for i := range usual {
		usual[i].Day.Supplements = []diary.Supplement{diary.SupplementPotassium, diary.SupplementMagnesium}
		usual[i].Day.AlcoholDrinks = diary.Some(2)
		usual[i].Position.TightBlankets = diary.Some(true)
		usual[i].Position.KneesSupported = diary.Some(true)
	}
	cases := []struct {
		habit diary.TrialHabit
		keys  []string
		check func(diary.Night) bool
	}{
		{diary.HabitTightBlankets, []string{"n", "y"}, func(n diary.Night) bool { return n.Position.TightBlankets == diary.Some(false) }},
		{diary.HabitKneesSupported, []string{"n", "n"}, func(n diary.Night) bool { return n.Position.KneesSupported == diary.Some(false) }},
		{diary.HabitMagnesium, []string{"n", "n"}, func(n diary.Night) bool {
			return slices.Equal(n.Day.Supplements, []diary.Supplement{diary.SupplementPotassium})
		}},
		{diary.HabitMagnesium, []string{"n", "y"}, func(n diary.Night) bool {
			return slices.Equal(n.Day.Supplements, []diary.Supplement{diary.SupplementMagnesium, diary.SupplementPotassium})
		}},
		{diary.HabitAlcohol, []string{"n", "n"}, func(n diary.Night) bool { return n.Day.AlcoholDrinks == diary.Some(0) }},
		{diary.HabitAlcohol, []string{"n", "y", "3", "ctrl+s"}, func(n diary.Night) bool { return n.Day.AlcoholDrinks == diary.Some(3) }},
		{diary.HabitLateCaffeine, []string{"n", "0", "ctrl+s"}, func(n diary.Night) bool {
			return n.Day.CaffeineServings == diary.Some(0) && !n.Day.LastCaffeine.Known()
		}},
		{diary.HabitLateCaffeine, []string{"n", "2", "tab", "1", "6", ":", "0", "0", "ctrl+s"}, func(n diary.Night) bool {
			return n.Day.CaffeineServings == diary.Some(2) && n.Day.LastCaffeine == diary.Some(diary.NewClock(16, 0))
		}},
	}
	for _, c := range cases {
		m := newTrialLog(t, trialOf(c.habit), usual...)
		s := saved(t, press(m, c.keys...))
		if !c.check(s.Night) {
			t.Errorf("%s %v saved %#v", c.habit, c.keys, s.Night.Day)
		}
		if _, known := c.habit.FollowedA(s.Night, diary.NewProfile()); !known {
			t.Errorf("%s %v: the trial cannot read the answer", c.habit, c.keys)
		}
	}
}

// Before a planned trial starts, the Log says when; it asks nothing.
func TestPlannedTrialOnTheLog(t *testing.T) {
	tr := trialOf(diary.HabitStretched)
	tr.Start = drive.LastNight().AddDays(3)
	m := newTrialLog(t, tr, usualNights()...)
	v := strings.Join(strings.Fields(view(m)), " ")
	if !strings.Contains(v, "Trial · Your trial of stretching starts on the night of Tue 24 Nov 2026.") || strings.Contains(v, "Did you stretch") {
		t.Fatalf("card:\n%s", view(m))
	}
	if m.cur().text.Day.Stretched != yes {
		t.Fatal("a night before the trial lost its usual value")
	}
}

// When the trial's habit was the only usual value, nothing is prefilled
// and the guide does not say it was.
func TestNothingPrefilledSaysSo(t *testing.T) {
	var nights []diary.Night
	for i := 2; i <= 8; i++ {
		nights = append(nights, diary.Night{Date: drive.LastNight().AddDays(-i), Day: diary.Day{Stretched: diary.Some(true)}, Episodes: []diary.Episode{}})
	}
	m := newTrialLog(t, trialOf(diary.HabitStretched), nights...)
	v := strings.Join(strings.Fields(view(m)), " ")
	if strings.Contains(v, "Prefilled from your usual nights") || !strings.Contains(v, "Nothing usual to prefill yet. n: no cramps. ctrl+s saves it.") || strings.Contains(v, "usual day") {
		t.Errorf("the guide:\n%s", view(m))
	}
	if got := m.keys.NoCramps.Help().Desc; got != "no cramps" {
		t.Errorf("n's help says %q", got)
	}
	// With usual values besides the habit it says they were prefilled.
	m = newTrialLog(t, trialOf(diary.HabitStretched), usualNights()...)
	if v := strings.Join(strings.Fields(view(m)), " "); !strings.Contains(v, "Prefilled from your usual nights.") {
		t.Errorf("the guide:\n%s", view(m))
	}
}

// A trial of alcohol: yes opens the drinks with a question that fits a
// line at 80 columns, and last night's B reads without two colons.
func TestAlcoholQuestionReadsWell(t *testing.T) {
	m := newTrialLog(t, trialOf(diary.HabitAlcohol), usualNights()...)
	v := strings.Join(strings.Fields(view(m)), " ")
	if !strings.Contains(v, "Last night was B in your trial (alcohol as usual: no change to what you drink).") {
		t.Errorf("the card:\n%s", view(m))
	}
	press(m, "n")
	if s, _ := status(press(m, "y")); s != "Trial: How many drinks that day? ctrl+s saves the night." {
		t.Errorf("y asked %q", s)
	}
}
