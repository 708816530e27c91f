package insightscreen

import (
	"strings"
	"testing"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/internal/drive"
	"github.com/crampsdiary/cramps/tui/screen"
)

// A factor that a trial can test offers one on its page, and t asks the
// root for the Trial screen with that habit; a factor no trial can test
// (a medication, the water of the day) offers nothing.
func TestFactorPageOffersATrial(t *testing.T) {
	m := newScreen(t, 80, 24, demoData())
	seen := map[bool]bool{}
	for i, r := range m.res.rows {
		m.mode, m.cursor = modeTable, i
		m.syncKeys()
		press(m, "enter")
		h, testable := trialHabitFor(r.id)
		testable = testable && r.med == nil
		seen[testable] = true
		if m.keys.Test.Enabled() != testable {
			t.Fatalf("%s: t enabled %v", r.id, m.keys.Test.Enabled())
		}
		page := strings.Join(strings.Fields(strings.Join(m.pageLines, " ")), " ")
		if strings.Contains(page, "Test it yourself") != testable {
			t.Fatalf("%s: offer shown %v:\n%s", r.id, !testable, page)
		}
		asked := send(m, drive.Key("t"))
		switch {
		case testable && (len(asked) != 1 || asked[0] != screen.PlanTrialMsg{Habit: h}):
			t.Fatalf("%s: t asked %#v", r.id, asked)
		case !testable && len(asked) != 0:
			t.Fatalf("%s: t asked %#v", r.id, asked)
		}
	}
	if !seen[true] || !seen[false] {
		t.Fatalf("the demo has no row of one kind: %v", seen)
	}
	if h, ok := trialHabitFor("stretched"); !ok || h != diary.HabitStretched {
		t.Fatal("stretched is not a trial habit")
	}
	if _, ok := trialHabitFor("low_water"); ok {
		t.Fatal("low water is a trial habit")
	}
}
