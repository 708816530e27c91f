package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// TestTUIEndToEnd builds cramps, runs it in tmux at 80×24 on a new diary as
// a person would, logs last night with one calf cramp of 3 minutes at pain
// 6 through the keyboard, quits, and reads the night back with
// `cramps export`. In CI (CI set) a missing tmux fails the test; elsewhere
// it skips it.
func TestTUIEndToEnd(t *testing.T) {
	bin, db, tm := e2eSetup(t)
	before := diary.LastNight(time.Now())
	tm.start(80, 24, "CRAMPS_DB="+db, bin)
	tm.waitFor("not logged yet", "[1 Log]")

	tm.keys("a", "Tab", "Tab", "3", "Tab", "6")
	tm.waitFor("Duration         3", "Pain             6")
	tm.keys("C-s")
	tm.waitFor("✓ logged", "1. calf · 3m · pain 6/10")
	tm.quit()

	var doc struct {
		Nights []diary.Night `json:"nights"`
	}
	out := exportJSON(t, bin, db, &doc)
	if len(doc.Nights) != 1 {
		t.Fatalf("%d nights exported, want 1:\n%s", len(doc.Nights), out)
	}
	n := doc.Nights[0]
	if n.Date != before && n.Date != diary.LastNight(time.Now()) {
		t.Fatalf("night of %s, want last night %s", n.Date, before)
	}
	if len(n.Episodes) != 1 {
		t.Fatalf("episodes %#v", n.Episodes)
	}
	e := n.Episodes[0]
	if e.Muscle != diary.MuscleCalf || e.DurationS != diary.Some(180) || e.Intensity != diary.Some(6) {
		t.Fatalf("episode %#v, want a calf cramp of 180 s at pain 6", e)
	}
}

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
	tm.quit()

	var doc struct {
		Trials []diary.Trial `json:"trials"`
	}
	exportJSON(t, bin, db, &doc)
	today := diary.DateOf(time.Now())
	if len(doc.Trials) != 1 || doc.Trials[0].Habit != diary.HabitStretched || len(doc.Trials[0].Order) != 42 ||
		(doc.Trials[0].Start != today && doc.Trials[0].Start != today.AddDays(-1)) {
		t.Fatalf("exported trials %+v", doc.Trials)
	}
	out, err := exec.Command(bin, "trial", "tonight", "--json", "--db", db).Output()
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
	tm.quit()
}

// exportJSON runs the binary's 'cramps export --format json' on db and
// decodes what it prints into doc; it returns the printed text.
func exportJSON(t *testing.T, bin, db string, doc any) []byte {
	t.Helper()
	out, err := exec.Command(bin, "export", "--format", "json", "--db", db).Output()
	if err != nil {
		t.Fatalf("cramps export: %v", err)
	}
	if err := json.Unmarshal(out, doc); err != nil {
		t.Fatalf("export is not JSON: %v\n%s", err, out)
	}
	return out
}

// buildForE2E compiles the cramps command from the module root into bin.
func buildForE2E(t testing.TB, bin string) {
	t.Helper()
	gomod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/cramps")
	cmd.Dir = filepath.Dir(strings.TrimSpace(string(gomod)))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
}

// scriptSetup needs script (util-linux), for a pseudo-terminal that
// answers nothing, and builds cramps into a temporary folder: it returns
// the folder and the binary in it.
func scriptSetup(t *testing.T) (dir, bin string) {
	t.Helper()
	if _, err := exec.LookPath("script"); err != nil {
		t.Skip("script (util-linux) is not installed")
	}
	dir = t.TempDir()
	bin = filepath.Join(dir, "cramps")
	buildForE2E(t, bin)
	return dir, bin
}

// e2eTmux is a private tmux server holding one session, so the test never
// touches the user's own sessions.
type e2eTmux struct {
	t      *testing.T
	socket string
}

// e2eSetup needs tmux (in CI, with CI set, a missing tmux fails the test;
// elsewhere it skips it), builds cramps into a temporary folder and returns
// the binary, a diary path beside it and a private tmux server.
func e2eSetup(t *testing.T) (bin, db string, tm *e2eTmux) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is needed for the end-to-end test of the diary screens; .ci/run installs it")
		}
		t.Skip("tmux is not installed")
	}
	dir := t.TempDir()
	bin = filepath.Join(dir, "cramps")
	db = filepath.Join(dir, "diary.db")
	buildForE2E(t, bin)
	return bin, db, newE2ETmux(t)
}

func newE2ETmux(t *testing.T) *e2eTmux {
	tm := &e2eTmux{t: t, socket: fmt.Sprintf("cramps-e2e-%d", os.Getpid())}
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", tm.socket, "kill-server").Run() })
	return tm
}

func (tm *e2eTmux) run(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", tm.socket}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (tm *e2eTmux) start(w, h int, envAndCmd ...string) {
	tm.t.Helper()
	tm.run("new-session", "-d", "-s", "e2e", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h),
		"env "+strings.Join(envAndCmd, " "))
}

func (tm *e2eTmux) keys(keys ...string) {
	tm.t.Helper()
	for _, k := range keys {
		tm.run("send-keys", "-t", "e2e", k)
	}
}

func (tm *e2eTmux) screen() string { return tm.run("capture-pane", "-p", "-t", "e2e") }

// waitFor waits up to 10 s until the screen shows every text.
func (tm *e2eTmux) waitFor(texts ...string) {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := tm.screen()
		missing := ""
		for _, text := range texts {
			if !strings.Contains(s, text) {
				missing = text
				break
			}
		}
		if missing == "" {
			return
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("the screen never showed %q:\n%s", missing, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// quit presses q and waits up to 10 s for cramps to quit, which ends the session.
func (tm *e2eTmux) quit() {
	tm.t.Helper()
	tm.keys("q")
	deadline := time.Now().Add(10 * time.Second)
	for exec.Command("tmux", "-L", tm.socket, "has-session", "-t", "e2e").Run() == nil {
		if time.Now().After(deadline) {
			tm.t.Fatalf("cramps did not quit:\n%s", tm.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}
