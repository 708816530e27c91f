package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestDemoCleansUpOnHangup runs `cramps demo` in a pseudo-terminal, closes
// the terminal (killing script, as closing a terminal window does, sends
// the demo SIGHUP) and checks that the throw-away diary is gone from the
// temporary folder (issue 11.16).
func TestDemoCleansUpOnHangup(t *testing.T) {
	dir, bin := scriptSetup(t)
	tmp := filepath.Join(dir, "tmp")
	if err := os.Mkdir(tmp, 0o700); err != nil {
		t.Fatal(err)
	}
	env := slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, "TMPDIR=") })
	cmd := exec.Command("script", "-qfc", bin+" demo", "/dev/null")
	cmd.Env = append(env, "TMPDIR="+tmp, "TERM=xterm-256color", "CI=1")
	out := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	demoDirs := func() []string {
		m, _ := filepath.Glob(filepath.Join(tmp, "cramps-demo-*"))
		return m
	}
	deadline := time.Now().Add(8 * time.Second)
	for len(demoDirs()) == 0 || !strings.Contains(out.String(), "\x1b[?1049h") {
		if time.Now().After(deadline) {
			_ = cmd.Process.Kill()
			t.Fatalf("the demo did not start: %q", out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	_ = cmd.Process.Signal(syscall.SIGKILL) // the terminal goes away: the demo gets SIGHUP
	_ = cmd.Wait()
	for time.Now().Before(deadline.Add(2*time.Second)) && len(demoDirs()) > 0 {
		time.Sleep(50 * time.Millisecond)
	}
	if left := demoDirs(); len(left) > 0 {
		t.Fatalf("the demo left its diary behind after a hangup: %v", left)
	}
}
