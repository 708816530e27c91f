package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestScreensWithoutATerminalSayWhy: started with no terminal at all (no
// controlling terminal, stdin not one), the screens and the demo exit 1 with
// a sentence, not Bubble Tea's "could not open a new TTY" (new-user trial).
func TestScreensWithoutATerminalSayWhy(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "cramps")
	buildForE2E(t, bin)
	for _, args := range [][]string{{"--db", filepath.Join(dir, "diary.db")}, {"demo"}} {
		cmd := exec.Command(bin, args...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true} // no controlling terminal
		out, err := cmd.CombinedOutput()
		code := -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != 1 || !strings.Contains(string(out), "the diary screens need a terminal, and none is attached here") ||
			strings.Contains(string(out), "TTY") {
			t.Errorf("cramps %s: exit %d (%v)\n%s", strings.Join(args, " "), code, err, out)
		}
	}
}

// TestDemoWeeksOutOfRange: demo --weeks outside 1 to thirty years is
// refused with the range, before any sample diary is made or any terminal
// asked for.
func TestDemoWeeksOutOfRange(t *testing.T) {
	db := tempDB(t)
	for _, w := range []string{"0", "-3", "1566"} {
		r := cramps(t, db, "demo", "--weeks", w)
		if r.code != exitUser || !strings.Contains(r.stderr, "--weeks must be from 1 to 1,565 (thirty years), not "+w) {
			t.Errorf("demo --weeks %s: exit %d, stderr %q", w, r.code, r.stderr)
		}
	}
}
