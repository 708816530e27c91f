package insightscreen

import (
	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights"
)

// trialHabitFor returns the habit a self-experiment (SPEC §11) can test for
// a factor of the catalog (insights.TrialHabitFor), as the diary names it.
func trialHabitFor(factorID string) (diary.TrialHabit, bool) {
	h, ok := insights.TrialHabitFor(factorID)
	return diary.TrialHabit(h), ok && diary.TrialHabit(h).Valid()
}

// testable returns the habit of the row under the cursor when a trial can
// test it and its page shows: opened, or beside the table.
func (m *Model) testable() (diary.TrialHabit, bool) {
	r, ok := m.selected()
	if !ok || r.med != nil || !(m.mode == modeDetail || (m.mode == modeTable && m.lay.split)) {
		return "", false
	}
	return trialHabitFor(r.factor.ID)
}

// trialOffer is the page's offer to test a habit: only a randomised trial
// can say whether changing it changes the cramps, above all when the habit
// is taken after bad nights.
func trialOffer(d *doc, h diary.TrialHabit) {
	d.section("Test it yourself")
	d.add(blockText, "Only a trial can say whether "+h.Name()+" changes your cramps: on nights drawn at random you "+
		h.AskedTo()+", on the others you don't, and your morning log shows what followed. "+
		"t plans one on the Trial screen.")
}
