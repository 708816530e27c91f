package main

import (
	"encoding/json"
	"os/exec"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// TestTrialScreenEndToEnd builds cramps and, in tmux at 80×24 on a new
// diary, starts a trial of stretching from the Trial screen (6, enter,
// enter, y), quits, and checks from the outside that the trial is stored
// with an order for every pair and that `cramps trial tonight --json` names
// tonight's condition; reopened, the Log shows tonight's instruction.
func TestTrialScreenEndToEnd(t *testing.T) {
	bin, db, tm := e2eSetup(t)
	tm.start(80, 24, "CRAMPS_DB="+db, bin)
	tm.waitFor("not logged yet", "[1 Log]")
	tm.keys("6")
	tm.waitFor("Test a habit with a self-experiment", "▸ Stretching")
	tm.keys("Enter")
	tm.waitFor("Plan a trial of stretching", "Not possible to say yet")
	tm.keys("Enter")
	tm.waitFor("Start it tonight (84 nights, to")
	tm.keys("y")
	tm.waitFor("Trial of stretching · running", "Started the trial of stretching")
	tm.keys("q")
	tm.waitExit()

	out, err := exec.Command(bin, "export", "--format", "json", "--db", db).Output()
	if err != nil {
		t.Fatalf("cramps export: %v", err)
	}
	var doc struct {
		Trials []diary.Trial `json:"trials"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("export is not JSON: %v\n%s", err, out)
	}
	today := diary.DateOf(time.Now())
	if len(doc.Trials) != 1 || doc.Trials[0].Habit != diary.HabitStretched || len(doc.Trials[0].Order) != 42 ||
		(doc.Trials[0].Start != today && doc.Trials[0].Start != today.AddDays(-1)) {
		t.Fatalf("exported trials %+v", doc.Trials)
	}
	out, err = exec.Command(bin, "trial", "tonight", "--json", "--db", db).Output()
	if err != nil {
		t.Fatalf("cramps trial tonight: %v", err)
	}
	var tonight struct {
		Trial     string  `json:"trial"`
		Condition *string `json:"condition"`
	}
	if err := json.Unmarshal(out, &tonight); err != nil || tonight.Trial != doc.Trials[0].ID || tonight.Condition == nil ||
		(*tonight.Condition != "A" && *tonight.Condition != "B") {
		t.Fatalf("trial tonight: %v %s", err, out)
	}

	tm.start(80, 24, "CRAMPS_DB="+db, bin)
	tm.waitFor("Trial · Tonight, night 1 of 84 (condition " + *tonight.Condition + ")")
	tm.keys("q")
	tm.waitExit()
}
