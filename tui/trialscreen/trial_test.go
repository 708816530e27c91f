package trialscreen

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/trial"
	"github.com/crampsdiary/cramps/tui/internal/drive"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

func TestMain(m *testing.M) { drive.Main(m) }

// now is the fixed clock: the evening of Saturday 5 December 2026, so
// tonight is the 5th and last night the 4th.
func now() time.Time { return drive.At(tonight, 19, 0) }

var tonight = diary.NewDate(2026, 12, 5)

// stretching is a trial of stretching from Tue 1 Dec, one night a period,
// 6 pairs: A B | B A | A B | ...
func stretching() diary.Trial {
	return diary.Trial{ID: "stretched-2026-12-01", Habit: diary.HabitStretched, Start: diary.NewDate(2026, 12, 1),
		PeriodNights: 1, Pairs: 6, Order: []string{"AB", "BA", "AB", "BA", "BA", "AB"}}
}

// night is a logged night with cramps cramps and the stretched field.
func night(d diary.Date, cramps int, stretched diary.Opt[bool]) diary.Night {
	n := diary.Night{Date: d, Episodes: []diary.Episode{}, Day: diary.Day{Stretched: stretched}}
	for range cramps {
		n.Episodes = append(n.Episodes, diary.Episode{Muscle: diary.MuscleCalf})
	}
	return n
}

func newTrial(t *testing.T, w, h int, trials []diary.Trial, nights ...diary.Night) *Model {
	t.Helper()
	m := New(styles.New(false), now)
	m.SetSize(w, h)
	send(m, screen.DataMsg{Data: screen.NewData(nights, diary.NewProfile()).WithTrials(trials)})
	return m
}

// send hands msg to the screen and feeds back what its commands send,
// except what they ask of the root, which it returns.
func send(m *Model, msg tea.Msg) []tea.Msg { return drive.Send(m, msg, own) }

// own tells the screen's own messages, fed back to it, from what it asks of
// the root.
func own(msg tea.Msg) bool {
	switch msg.(type) {
	case screen.SaveTrialMsg, screen.StatusMsg:
		return false
	}
	return true
}

func press(m *Model, keys ...string) []tea.Msg { return drive.Press(m, own, keys...) }

func view(m *Model) string { return drive.View(m) }

func saveAsked(t *testing.T, asked []tea.Msg) screen.SaveTrialMsg {
	t.Helper()
	return drive.Asked[screen.SaveTrialMsg](t, asked)
}

func statusOf(asked []tea.Msg) string {
	for _, a := range asked {
		if s, ok := a.(screen.StatusMsg); ok {
			return s.Text
		}
	}
	return ""
}

// A trial is planned and started in four keys from the screen: the habit,
// enter, enter, and y to the question; the order is drawn in a command.
func TestStartATrial(t *testing.T) {
	m := newTrial(t, 80, 20, nil)
	if !strings.Contains(view(m), "▸ Stretching") {
		t.Fatalf("no habits:\n%s", view(m))
	}
	press(m, "down", "enter")
	if !strings.Contains(view(m), "Plan a trial of raising the legs") {
		t.Fatalf("no plan:\n%s", view(m))
	}
	asked := press(m, "enter")
	if q := statusOf(asked); q != "Start it tonight (84 nights, to Fri 26 Feb 2027)? y starts it, n does not." {
		t.Fatalf("asked %q", q)
	}
	// y returns the command that draws; Update itself draws nothing.
	_, cmd := m.Update(drive.Key("y"))
	if cmd == nil {
		t.Fatal("y returned no command")
	}
	s := saveAsked(t, drive.Msgs(cmd))
	tr := s.Trial
	if tr.Habit != diary.HabitLegsElevated || tr.Start != tonight || tr.Pairs != 42 || tr.PeriodNights != 1 || len(tr.Order) != 42 {
		t.Fatalf("drew %#v", tr)
	}
	if err := tr.Validate().Err(); err != nil {
		t.Fatal(err)
	}
	if s.Done != "Started the trial of raising the legs; tonight's instruction is above." {
		t.Fatalf("done %q", s.Done)
	}
}

// n to the question starts nothing.
func TestStartIsAskedFirst(t *testing.T) {
	m := newTrial(t, 80, 20, nil)
	asked := press(m, "enter", "enter", "n")
	for _, a := range asked {
		if _, ok := a.(screen.SaveTrialMsg); ok {
			t.Fatal("n started a trial")
		}
	}
	if !strings.Contains(view(m), "Plan a trial of stretching") {
		t.Fatal("n left the plan")
	}
}

// Over many trials drawn as the screen draws them, each pair's first
// period is A about half the time: crypto/rand, one fair coin per pair.
func TestTheScreensDrawIsFair(t *testing.T) {
	const trials = 2000
	firstA := 0
	var perPair [5]int
	for range trials {
		msg := startTrial(diary.HabitStretched, tonight, diary.TrialDesign{PeriodNights: 1, Pairs: 5})()
		tr := msg.(screen.SaveTrialMsg).Trial
		if tr.Order[0] == diary.OrderAB {
			firstA++
		}
		for i, o := range tr.Order {
			if o == diary.OrderAB {
				perPair[i]++
			}
		}
	}
	// Binomial(2000, 1/2): sd 22.4; 900…1100 is ±4.5 sd, false alarm < 1e-5.
	if firstA < 900 || firstA > 1100 {
		t.Fatalf("first period A in %d of %d trials", firstA, trials)
	}
	for i, n := range perPair {
		if n < 900 || n > 1100 {
			t.Fatalf("pair %d: A first in %d of %d", i+1, n, trials)
		}
	}
}

// The plan keeps to the limits of SPEC §11.2 and says why at each.
func TestPlanLimits(t *testing.T) {
	m := newTrial(t, 80, 20, nil)
	press(m, "enter")
	var last string
	for range 10 {
		last = statusOf(press(m, "left"))
	}
	if m.plan.design.Pairs != diary.MinTrialPairs || last != "5 pairs is the fewest: with fewer, an exact test can never reach p ≤ 0.05." {
		t.Fatalf("pairs %d, said %q", m.plan.design.Pairs, last)
	}
	for range 40 {
		last = statusOf(press(m, "right"))
	}
	if m.plan.design.Pairs != 183 || last != "366 nights is the most a trial holds." {
		t.Fatalf("pairs %d, said %q", m.plan.design.Pairs, last)
	}
	press(m, "down", "right")
	if d := m.plan.design; d.PeriodNights != 2 || d.Pairs != 91 {
		t.Fatalf("period 2: %#v", d)
	}
	press(m, "down")
	if s := statusOf(press(m, "right", "right")); s != "The washout is 0 to 1 nights: fewer than the period's 2." || m.plan.design.WashoutNights != 1 {
		t.Fatalf("washout %d, said %q", m.plan.design.WashoutNights, s)
	}
	press(m, "up", "left")
	if d := m.plan.design; d.PeriodNights != 1 || d.WashoutNights != 0 {
		t.Fatalf("back to 1 night: %#v", d)
	}
}

// Magnesium's plan has its own defaults and the advice to ask first.
func TestMagnesiumPlan(t *testing.T) {
	m := newTrial(t, 80, 40, nil)
	send(m, screen.PlanTrialMsg{Habit: diary.HabitMagnesium})
	v := strings.Join(strings.Fields(view(m)), " ")
	for _, want := range []string{"Plan a trial of magnesium", "‹ 8 ›", "‹ 14 ›", "‹ 7 ›",
		"its last night is Fri 16 Jul 2027: 224 nights (32 weeks)", "⚠ " + diary.SupplementAdvice} {
		if !strings.Contains(v, want) {
			t.Errorf("plan lacks %q:\n%s", want, view(m))
		}
	}
}

// A running trial stops after a question; tonight is its first night out.
func TestStopATrial(t *testing.T) {
	m := newTrial(t, 80, 20, []diary.Trial{stretching()})
	if s := statusOf(press(m, "x")); s != "Stop the trial now? It cannot be resumed. y stops it, n keeps it going." {
		t.Fatalf("x asked %q", s)
	}
	for _, a := range press(m, "n") {
		if _, ok := a.(screen.SaveTrialMsg); ok {
			t.Fatal("n stopped it")
		}
	}
	s := saveAsked(t, press(m, "x", "y"))
	if s.Trial.Stopped != diary.Some(tonight) || s.Trial.ID != stretching().ID {
		t.Fatalf("stopped %#v", s.Trial)
	}
}

// While a trial runs no other can be planned, from here or from Insights.
func TestOneTrialAtATime(t *testing.T) {
	m := newTrial(t, 80, 20, []diary.Trial{stretching()})
	if m.keys.New.Enabled() {
		t.Fatal("n plans a trial while one runs")
	}
	if s := statusOf(send(m, screen.PlanTrialMsg{Habit: diary.HabitMassage})); s != "Your trial of stretching is under way; one trial at a time. x stops it." {
		t.Fatalf("said %q", s)
	}
	if m.mode == modePlan {
		t.Fatal("planned a second trial")
	}
}

// Every state draws exactly the size it is given, at every size, and
// never panics.
func TestEverySizeFits(t *testing.T) {
	stopped := stretching()
	stopped.Stopped = diary.Some(diary.NewDate(2026, 12, 4))
	done := stretching()
	done.Start = diary.NewDate(2026, 11, 1)
	mag := diary.Trial{ID: "magnesium-2026-11-20", Habit: diary.HabitMagnesium, Start: diary.NewDate(2026, 11, 20),
		PeriodNights: 14, WashoutNights: 7, Pairs: 8, Order: []string{"AB", "BA", "AB", "BA", "AB", "BA", "AB", "BA"}}
	nights := []diary.Night{night(diary.NewDate(2026, 12, 1), 1, diary.Some(true))}
	cases := []struct {
		trials []diary.Trial
		keys   []string
	}{
		{nil, nil}, {nil, []string{"enter"}}, {nil, []string{"end", "enter", "right"}},
		{[]diary.Trial{stretching()}, nil}, {[]diary.Trial{stretching()}, []string{"p"}},
		{[]diary.Trial{stopped}, nil}, {[]diary.Trial{done}, nil}, {[]diary.Trial{done}, []string{"n"}},
		{[]diary.Trial{mag}, []string{"pgdown"}},
	}
	for _, c := range cases {
		m := newTrial(t, 80, 20, c.trials, nights...)
		press(m, c.keys...)
		for _, size := range [][2]int{{1, 1}, {20, 5}, {60, 12}, {80, 20}, {81, 21}, {100, 26}, {119, 40}, {120, 40}, {160, 44}, {220, 60}} {
			m.SetSize(size[0], size[1])
			lines := strings.Split(m.View(), "\n")
			if len(lines) != size[1] {
				t.Fatalf("%v %v at %v: %d lines", c.trials, c.keys, size, len(lines))
			}
			for i, l := range lines {
				if w := lipgloss.Width(l); w > size[0] {
					t.Fatalf("%v at %v: line %d is %d wide: %q", c.keys, size, i, w, ansi.Strip(l))
				}
			}
		}
	}
}

// Peeking scrolls to the interim figures, marked as such; a wider window
// then shows the page from its top again, not a blank page below its end.
func TestPeekScrollsAndAWiderWindowComesBack(t *testing.T) {
	nights := []diary.Night{night(diary.NewDate(2026, 12, 1), 1, diary.Some(true)), night(diary.NewDate(2026, 12, 2), 0, diary.Some(false))}
	m := newTrial(t, 80, 20, []diary.Trial{stretching()}, nights...)
	if strings.Contains(view(m), "Interim") {
		t.Fatal("interim figures before a peek")
	}
	press(m, "p")
	if !strings.Contains(view(m), "Interim figures: do not stop on these") || strings.Contains(view(m), "Trial of stretching · running") {
		t.Fatalf("the peek did not scroll to the figures:\n%s", view(m))
	}
	m.SetSize(160, 44)
	if first := strings.TrimSpace(strings.Split(view(m), "\n")[0]); first != "Trial of stretching · running" {
		t.Fatalf("wide shows %q first:\n%s", first, view(m))
	}
	press(m, "p")
	if strings.Contains(view(m), "Interim") {
		t.Fatal("p did not hide the interim figures")
	}
}

// The words of a result never say more than its figures: a difference the
// exact test cannot tell from chance is not called one, even when the
// interval leans one way, and a probability never rounds to a certainty.
func TestResultWords(t *testing.T) {
	p := 0.0625
	for _, c := range []struct {
		lo, hi float64
		want   string
	}{
		{-8.2, 1.8, "This does not show that stretching makes no difference: from the spread of the pairs, the true difference could be anywhere from 8.2 fewer to 1.8 more cramps a week."},
		{-8.2, -1.8, "The pairs lean towards fewer cramps (from their spread, 1.8 to 8.2 fewer cramps a week), but the exact test of the schedule, which decides, finds a difference this large in 6% of schedules by chance alone; it takes 5% or less. A longer trial could tell."},
		{0.5, 2, "The pairs lean towards more cramps (from their spread, 0.5 to 2 more cramps a week), but the exact test of the schedule, which decides, finds a difference this large in 6% of schedules by chance alone; it takes 5% or less. A longer trial could tell."},
	} {
		if got := noClearWords(diary.HabitStretched, c.lo, c.hi, &p); got != c.want {
			t.Errorf("%v…%v: %q", c.lo, c.hi, got)
		}
	}
	for x, want := range map[float64]string{0.996: "over 99%", 0.004: "under 1%", 0.5: "50%"} {
		if got := shareWords(x); got != want {
			t.Errorf("shareWords(%v) = %q", x, got)
		}
	}
	for x, want := range map[float64]string{1: "+1 cramp", -0.3: "−0.3 cramps", 0.04: "0 cramps"} {
		if got := signedCramps(x); got != want {
			t.Errorf("signedCramps(%v) = %q", x, got)
		}
	}
	for x, want := range map[float64]string{0.0004: "fewer than 1 in 1,000", 0.004: "fewer than 1%", 0.031: "3%"} {
		if got := chanceWords(x); got != want {
			t.Errorf("chanceWords(%v) = %q", x, got)
		}
	}
	// The figures' p rounds as the words' share does: 0.125 is 13% and 0.13, not 0.12.
	for x, want := range map[float64]string{0.125: "0.13", 0.0625: "0.063", 1: "1", 0.5: "0.5", 0.03125: "0.031", 0.0009: "< 0.001"} {
		if got := pWords(x); got != want {
			t.Errorf("pWords(%v) = %q, want %q", x, got, want)
		}
	}
}

// A clear result says what was done and what followed, in cramps a night
// and a week, and how often chance gives as much; nothing more.
func TestFewerWithWords(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	r := trial.Result{Verdict: trial.VerdictFewerWith, Status: diary.TrialComplete, PairsUsed: 40,
		RateA: f(0.4), RateB: f(0.9), RelativeChange: f(0.4/0.9 - 1), PValue: f(0.03),
		CILow: f(-0.8), CIHigh: f(-0.2), Adherence: f(0.95), NightsA: 40, NightsB: 40}
	got := strings.Join(resultSentences(r, diary.HabitStretched), " ")
	want := "On the nights you were asked to stretch you had 0.4 cramps a night (2.8 a week), against 0.9 (6.3 a week) on the others: 56% fewer. " +
		"A difference this large would arise by chance alone in 3% of the schedules the draw could have made. " +
		"From the spread of the pairs, the true difference likely lies in the range 1.4 to 5.6 fewer cramps a week. " +
		"You followed the schedule on 95% of the counted nights whose habit you logged. Nights are counted as drawn, whatever was done. " +
		trial.Caveat
	if got != want {
		t.Fatalf("words\n got %q\nwant %q", got, want)
	}
	for _, never := range []string{"cure", "prove", "causes"} {
		if strings.Contains(got, never) {
			t.Errorf("the words say %q", never)
		}
	}
}

// A trial planned for a later night is cancelled, not stopped, and the
// screen says so.
func TestCancelAPlannedTrial(t *testing.T) {
	planned := stretching()
	planned.Start = tonight.AddDays(2)
	m := newTrial(t, 80, 20, []diary.Trial{planned})
	if !strings.Contains(view(m), "It starts on the night of Mon 7 Dec 2026; nothing to do tonight.") {
		t.Fatalf("planned:\n%s", view(m))
	}
	if s := statusOf(press(m, "x")); s != "Cancel the planned trial? It will not start. y cancels it, n keeps it." {
		t.Fatalf("x asked %q", s)
	}
	s := saveAsked(t, press(m, "y"))
	if s.Trial.Stopped != diary.Some(planned.Start) || s.Done != "Cancelled the trial of stretching; it will not start." {
		t.Fatalf("saved %#v, %q", s.Trial.Stopped, s.Done)
	}
	if err := s.Trial.Validate().Err(); err != nil {
		t.Fatal(err)
	}
}

// [ and ] step through the diary's trials; only the running one can be
// stopped or peeked at.
func TestStepThroughTrials(t *testing.T) {
	old := stretching()
	old.ID, old.Habit, old.Start = "massage-2026-11-01", diary.HabitMassage, diary.NewDate(2026, 11, 1)
	m := newTrial(t, 80, 40, []diary.Trial{old, stretching()})
	if !strings.Contains(view(m), "Trial of stretching · running · trial 2 of 2 ([ ] the others)") || m.keys.NextTrial.Enabled() {
		t.Fatalf("first:\n%s", view(m))
	}
	press(m, "[")
	if !strings.Contains(view(m), "Trial of leg massage · complete · trial 1 of 2") || m.keys.Stop.Enabled() || m.keys.Peek.Enabled() {
		t.Fatalf("after [:\n%s", view(m))
	}
	if !strings.Contains(view(m), "The result: too little data") {
		t.Fatalf("the earlier trial's result:\n%s", view(m))
	}
	press(m, "]")
	if !strings.Contains(view(m), "Trial of stretching · running") || !m.keys.Stop.Enabled() {
		t.Fatalf("after ]:\n%s", view(m))
	}
}

// A trial stopped before any pair was complete says so in words.
func TestTooLittleDataWords(t *testing.T) {
	for used, want := range map[int]string{0: "No pair had", 1: "Only 1 pair had", 3: "Only 3 pairs had"} {
		got := resultSentences(trial.Result{Verdict: trial.VerdictTooLittleData, PairsUsed: used}, diary.HabitStretched)
		if len(got) == 0 || !strings.HasPrefix(got[0], want+" a counted night in both periods; a verdict needs at least 5.") {
			t.Errorf("%d pairs: %q", used, got)
		}
	}
}

// One settling night and one unused pair are said in the singular, and a
// night not logged is marked apart from the legend's separator.
func TestSingularWordsOfAFinishedTrial(t *testing.T) {
	tr := diary.Trial{ID: "massage-2026-11-01", Habit: diary.HabitMassage, Start: diary.NewDate(2026, 11, 1),
		PeriodNights: 2, WashoutNights: 1, Pairs: 5, Order: []string{"AB", "BA", "AB", "BA", "AB"}}
	var nights []diary.Night
	for j := range 16 { // pair 5 (nights 17 to 20) not logged
		nights = append(nights, night(tr.Start.AddDays(j), j%3, diary.None[bool]()))
	}
	m := newTrial(t, 80, 200, []diary.Trial{tr}, nights...)
	folded := strings.Join(strings.Fields(view(m)), " ")
	for _, want := range []string{
		"the first night of each period not scored.",
		"4 of 5 pairs; the other lacks a counted night in one of its periods.",
		"○ night not logged",
	} {
		if !strings.Contains(folded, want) {
			t.Errorf("the screen lacks %q:\n%s", want, view(m))
		}
	}
	if got := designWords(tr.Design()); !strings.HasSuffix(got, " The first night of each period lets the one before wear off and is not scored.") {
		t.Errorf("design words: %q", got)
	}
}

// The plan's chances are simulations: a diary of many cramps gives ">99%",
// never "100%".
func TestPlanChanceNeverSaysCertain(t *testing.T) {
	var nights []diary.Night
	for j := 1; j <= 28; j++ {
		nights = append(nights, night(tonight.AddDays(-j), 5, diary.Some(false)))
	}
	m := newTrial(t, 80, 40, nil, nights...)
	press(m, "enter")
	// The estimate, worked out here rather than in the screen's command,
	// which drive drops when a loaded machine takes longer than drive.Wait.
	send(m, chanceMsg{m.plan.habit, m.plan.design, trial.EstimateChance(nights, tonight, m.plan.design)})
	v := view(m)
	if !strings.Contains(v, ">99%  this plan") || strings.Contains(v, "100%") {
		t.Errorf("the plan's chances:\n%s", v)
	}
}

// A trial stopped on its first night holds no nights: the page says so,
// without a result of "too little data" or a calendar of dashes.
func TestStoppedBeforeItsFirstNight(t *testing.T) {
	tr := stretching()
	tr.Start, tr.Stopped = tonight, diary.Some(tonight)
	m := newTrial(t, 80, 40, []diary.Trial{tr})
	v := strings.Join(strings.Fields(view(m)), " ")
	if !strings.Contains(v, "Trial of stretching · stopped before its first night") ||
		!strings.Contains(v, "It was stopped before its first night, so it holds no nights and has no result.") ||
		strings.Contains(v, "too little data") || strings.Contains(v, "–") {
		t.Errorf("the page:\n%s", view(m))
	}
}

// On a trial's page the scroll keys show only when the page scrolls that
// way: not on a page that fits, ↓ only at the top of one that does not.
func TestScrollKeysOnlyWhenThePageScrolls(t *testing.T) {
	m := newTrial(t, 160, 48, []diary.Trial{stretching()}, night(diary.NewDate(2026, 12, 1), 1, diary.Some(true)))
	if k := m.keys; k.Up.Enabled() || k.Down.Enabled() || k.PageUp.Enabled() || k.PageDown.Enabled() {
		t.Errorf("a page that fits offers to scroll:\n%s", view(m))
	}
	m.SetSize(80, 12)
	if k := m.keys; k.Up.Enabled() || !k.Down.Enabled() || k.PageUp.Enabled() || !k.PageDown.Enabled() {
		t.Errorf("at the top of a long page: up %v, down %v", k.Up.Enabled(), k.Down.Enabled())
	}
	press(m, "pgdown", "pgdown", "pgdown", "pgdown")
	if k := m.keys; !k.Up.Enabled() || k.Down.Enabled() {
		t.Errorf("at the bottom: up %v, down %v", k.Up.Enabled(), k.Down.Enabled())
	}
}

// The habits' page and the plan speak as the command line does: B is "as
// usual", and a trial tests what follows a change; it claims no cause.
func TestHabitWordsMatchTheCommandLine(t *testing.T) {
	m := newTrial(t, 80, 40, nil)
	v := strings.Join(strings.Fields(view(m)), " ")
	if !strings.Contains(v, "a trial tests what follows when you change a habit") || !strings.Contains(v, "B, as usual: no stretching before bed.") {
		t.Errorf("the habits:\n%s", view(m))
	}
	press(m, "enter")
	if v := strings.Join(strings.Fields(view(m)), " "); !strings.Contains(v, "B, as usual: no stretching before bed.") || strings.Contains(v, "otherwise") {
		t.Errorf("the plan:\n%s", view(m))
	}
}

// A clear difference in a trial stopped early carries the caveat that the
// stop may have made it; the verdict says "went with".
func TestStoppedClearDifferenceWords(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	r := trial.Result{Verdict: trial.VerdictMoreWith, Status: diary.TrialStopped, PairsUsed: 19,
		RateA: f(1.2), RateB: f(0.7), RelativeChange: f(1.2/0.7 - 1), PValue: f(0.02), CILow: f(0.1), CIHigh: f(1.2), NightsA: 33, NightsB: 30}
	got := resultSentences(r, diary.HabitStretched)
	if len(got) < 2 || got[len(got)-2] != trial.StoppedCaveat || verdictWords(r, diary.HabitStretched) != "more cramps went with stretching" {
		t.Errorf("stopped, more: %q, %q", got, verdictWords(r, diary.HabitStretched))
	}
}

// TestArrowsOnOfferOnlyWhereTheyMove: "↓/j down" stayed in help on the last
// habit and the plan's last row, where ↓ does nothing; ↑ never showed.
func TestArrowsOnOfferOnlyWhereTheyMove(t *testing.T) {
	m := newTrial(t, 80, 20, nil)
	has := func(want string) bool {
		for _, b := range m.ShortHelp() {
			if b.Enabled() && b.Help().Key+" "+b.Help().Desc == want {
				return true
			}
		}
		return false
	}
	if !has("↓/j down") || has("↑/k up") {
		t.Errorf("first habit: %v", m.ShortHelp())
	}
	for range diary.TrialHabits {
		press(m, "down")
	}
	if has("↓/j down") || !has("↑/k up") {
		t.Errorf("last habit: ↓ %v, ↑ %v", has("↓/j down"), has("↑/k up"))
	}
	press(m, "enter") // the plan
	for range planRows {
		press(m, "down")
	}
	if m.keys.Down.Enabled() || !m.keys.Up.Enabled() {
		t.Errorf("the plan's last row: ↓ %v, ↑ %v", m.keys.Down.Enabled(), m.keys.Up.Enabled())
	}
}

// TestPageArrowsSayScroll: on a trial's page ↓ scrolls the page, as on
// Insights' pages; help said "↓/j down", the word of a list.
func TestPageArrowsSayScroll(t *testing.T) {
	m := newTrial(t, 80, 12, []diary.Trial{stretching()})
	if !m.keys.Down.Enabled() || m.keys.Down.Help().Desc != "scroll" {
		t.Errorf("on the page: ↓ %v %q", m.keys.Down.Enabled(), m.keys.Down.Help().Desc)
	}
	m = newTrial(t, 80, 12, nil) // no trial: the list of habits
	if !m.keys.Down.Enabled() || m.keys.Down.Help().Desc != "down" {
		t.Errorf("on the habits: ↓ %v %q", m.keys.Down.Enabled(), m.keys.Down.Help().Desc)
	}
}
