package logscreen

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/form"
	"github.com/crampsdiary/cramps/tui/nightcard"
	"github.com/crampsdiary/cramps/tui/screen"
)

// During a self-experiment (SPEC §11.3) the Log screen shows tonight's
// instruction, names the condition of the night shown, and asks for the
// trial's habit explicitly: its field is never prefilled, from the usual
// nights or from the schedule, and saving a trial night whose habit is not
// answered asks for it first, one key (y, n, or u for not sure).

// afterAnswer is what the habit question was asked before.
type afterAnswer int

const (
	afterNothing  afterAnswer = iota // h: just answer
	afterNoCramps                    // n: then save "no cramps"
	afterSave                        // ctrl+s: then save the night
)

// trialOf returns the trial that holds the night shown, if one does.
func (m *Model) trialOf(date diary.Date) (diary.Trial, bool) {
	if m.data == nil {
		return diary.Trial{}, false
	}
	return m.data.TrialOn(date)
}

// forgetHabit leaves the fields of habit h of a prefilled night unknown:
// during a trial the user says each morning what they did.
func forgetHabit(n *diary.Night, h diary.TrialHabit) { h.Forget(n) }

// habitQuestion is the morning's question about habit h, with what its
// keys mean; typed is true for a habit answered by typing a number or a
// time, whose question opens a small form instead.
func habitQuestion(h diary.TrialHabit, p diary.Profile) (q string, typed bool) {
	switch h {
	case diary.HabitStretched:
		return "Did you stretch your calves and hamstrings before bed?", false
	case diary.HabitLegsElevated:
		return "Did you raise your legs for 10–15 minutes in the evening?", false
	case diary.HabitMassage:
		return "Did you massage your legs before bed?", false
	case diary.HabitKneesSupported:
		return "Did you sleep with a pillow under your knees or ankles?", false
	case diary.HabitTightBlankets:
		return "Were the covers loose, your feet free?", false
	case diary.HabitAlcohol:
		return "Any alcohol that day? (y, then type how many)", false
	case diary.HabitLateCaffeine:
		return "How much caffeine that day, and when was the last? (0 cups if none; after " + p.Cutoff().String() + " counts as late)", true
	case diary.HabitMagnesium:
		return "Did you take magnesium that day?", false
	}
	return "", false
}

// habitAnswered reports whether the draft says what the trial's habit was.
func (m *Model) habitAnswered(d *draft, h diary.TrialHabit) bool {
	n, _ := d.text.parse(d.date)
	_, known := h.FollowedA(n, m.data.Profile)
	return known
}

// askHabitFirst asks the trial's question before then, when the night
// shown is a trial night whose habit is not answered; ok is false when
// there is nothing to ask.
func (m *Model) askHabitFirst(then afterAnswer) (tea.Cmd, bool) {
	t, ok := m.trialOf(m.date)
	d := m.cur()
	if !ok || (then != afterNothing && m.habitAnswered(d, t.Habit)) {
		return nil, false
	}
	q, typed := habitQuestion(t.Habit, m.data.Profile)
	if typed && m.form != nil {
		return nil, false // its form is open: what it holds is the answer
	}
	if typed {
		return m.openHabitForm(t.Habit, q), true
	}
	m.habitQ, m.habitThen = true, then
	lead := ""
	switch then {
	case afterNoCramps:
		lead = "No cramps. "
	case afterSave:
		lead = "Before saving: "
	}
	return screen.Status(lead + "Trial: " + q), true
}

// answerHabit takes the key after the trial's question.
func (m *Model) answerHabit(msg tea.KeyMsg) tea.Cmd {
	then := m.habitThen
	m.habitQ, m.habitThen = false, afterNothing
	t, ok := m.trialOf(m.date)
	if !ok {
		return nil
	}
	d := m.cur()
	k := m.keys
	var yes bool
	switch {
	case key.Matches(msg, k.HabitYes):
		yes = true
	case key.Matches(msg, k.HabitNo):
	case key.Matches(msg, k.HabitUnsure):
		// Not sure: the habit stays unknown; the trial counts the night
		// without it.
		switch then {
		case afterNoCramps:
			m.habitSaid = "; trial answer: not sure, so not recorded"
			return m.saveNoCramps()
		case afterSave:
			return m.saveNow()
		}
		return screen.Status("Left unanswered.")
	default:
		return screen.Status("Not saved; nothing changed.")
	}
	if t.Habit == diary.HabitAlcohol && yes {
		return m.openHabitForm(t.Habit, "How many drinks that day?")
	}
	setHabit(d, t.Habit, yes, diary.Usual(m.data.Before(d.date)))
	d.check()
	switch then {
	case afterNoCramps:
		m.habitSaid = "; trial answer: no"
		if yes {
			m.habitSaid = "; trial answer: yes"
		}
		return m.saveNoCramps()
	case afterSave:
		return m.saveNow()
	}
	return screen.Status("Answered. ctrl+s saves the night.")
}

// usualBesidesHabit reports whether the draft, the answer to the trial's
// question aside, is its base and holds a usual day: whether "no cramps,
// usual day" is true of it.
func (m *Model) usualBesidesHabit(d *draft) bool {
	t, ok := m.trialOf(d.date)
	if !ok {
		return !d.unsaved()
	}
	n, ps := d.text.parse(d.date)
	base := d.base
	forgetHabit(&n, t.Habit)
	forgetHabit(&base, t.Habit)
	return len(ps) == 0 && n.Equal(base) && dayKnown(n.Day)
}

// setHabit writes a yes or no to the question of habit h into the draft.
// usual gives the other supplements beside magnesium.
func setHabit(d *draft, h diary.TrialHabit, yes bool, usual diary.Night) {
	yn := func(b bool) string { return form.TriText(diary.Some(b)) }
	t := &d.text
	switch h {
	case diary.HabitStretched:
		t.Day.Stretched = yn(yes)
	case diary.HabitLegsElevated:
		t.Day.LegsElevated = yn(yes)
	case diary.HabitMassage:
		t.Day.Massage = yn(yes)
	case diary.HabitKneesSupported:
		t.Position.KneesSupported = yn(yes)
	case diary.HabitTightBlankets:
		t.Position.TightBlankets = yn(!yes) // the question is whether they were loose
	case diary.HabitAlcohol:
		t.Day.Alcohol = "0" // yes opens the form instead
	case diary.HabitMagnesium:
		var list []string
		for _, s := range t.Day.Supplements {
			if s != none && s != string(diary.SupplementMagnesium) {
				list = append(list, s)
			}
		}
		if len(t.Day.Supplements) == 0 {
			// Nothing ticked: the usual others, with or without magnesium.
			for _, s := range usual.Day.Supplements {
				if s != diary.SupplementMagnesium {
					list = append(list, string(s))
				}
			}
		}
		if yes {
			list = append(list, string(diary.SupplementMagnesium))
		}
		if len(list) == 0 {
			list = []string{none}
		}
		slices.Sort(list)
		t.Day.Supplements = list
	}
}

// openHabitForm opens a small form of the habit's own fields, for a habit
// answered by typing.
func (m *Model) openHabitForm(h diary.TrialHabit, q string) tea.Cmd {
	b := builder{m.cur()}
	day := &b.d.text.Day
	var fields []huh.Field
	switch h {
	case diary.HabitAlcohol:
		fields = append(fields, b.text("Alcohol", "day.alcohol_drinks", &day.Alcohol).Placeholder("drinks").Hint("standard drinks").Unit("drinks"))
	case diary.HabitLateCaffeine:
		fields = append(fields,
			b.text("Caffeine", "day.caffeine_servings", &day.Caffeine).Placeholder("cups").Hint("coffee, tea, cola").Unit("cups"),
			b.text("Last caffeine", "day.last_caffeine", &day.LastCaffeine).Placeholder("HH:MM"))
	default:
		return nil
	}
	m.sec, m.ep = secDay, 0
	fw, fh := m.formSize()
	m.form = form.New(m.theme, fw, fh, huh.NewGroup(fields...).Title("Trial: "+h.Name()))
	m.cursor = m.rowOf(secDay, 0)
	return tea.Batch(m.form.Init(), screen.Status("Trial: "+q+" ctrl+s saves the night."))
}

// trialLines are the card's lines about a trial: tonight's instruction
// while one runs, and the condition of the night shown with its answer.
func (m *Model) trialLines(d *draft, width int) []string {
	if m.data == nil {
		return nil
	}
	var lines []string
	tonight := m.lastNight().AddDays(1)
	if t, ok := m.data.CurrentTrial(tonight); ok {
		say := t.Instruction(tonight, m.data.Profile)
		if t.Status(tonight) == diary.TrialPlanned {
			say = "Your trial of " + t.Habit.Name() + " starts on the night of " + nightcard.Date(t.Start) + "."
		}
		for _, l := range nightcard.Flow(strings.Fields("Trial · "+say), " ", width) {
			lines = append(lines, m.st.Accent.Render(l))
		}
	}
	t, ok := m.trialOf(d.date)
	if !ok {
		return lines
	}
	s, _ := t.Night(d.date)
	which := "This night"
	if d.date == m.lastNight() {
		which = "Last night"
	}
	// B's instruction may hold a colon of its own ("alcohol as usual: no
	// change to what you drink"): it goes in brackets.
	text := fmt.Sprintf("%s was B in your trial (%s).", which, t.Habit.Instruction(s.Arm, m.data.Profile))
	if s.Arm == diary.ArmA {
		text = fmt.Sprintf("%s was A in your trial: you were asked to %s.", which, t.Habit.AskedTo())
	}
	if !s.Scored {
		text += " (Settling in: not scored.)"
	}
	n, _ := d.text.parse(d.date)
	followed, known := t.Followed(n, m.data.Profile)
	q, _ := habitQuestion(t.Habit, m.data.Profile)
	style := m.st.Label
	switch {
	case !known:
		text += " " + q + " Not answered yet: h asks, and so do n (no cramps) and ctrl+s."
		style = m.st.Warn
	case followed:
		text += " ✓ Followed."
	default:
		text += " ✗ Not followed; log what you did, the trial allows for it."
	}
	for _, l := range nightcard.Flow(strings.Fields(text), " ", width) {
		lines = append(lines, style.Render(l))
	}
	return lines
}
