package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// oscQuery is the background-colour question termenv and cramps ask a terminal.
const oscQuery = "\x1b]11;?"

// TestNoStallInSilentTerminals runs cramps in a pseudo-terminal that answers
// no query (as `script` gives, like TERM=linux consoles and many others):
// commands that print no styled output must not ask the terminal anything,
// nor must the screens under NO_COLOR, and the screens otherwise ask once and
// show their first frame within a second (issue 11.2: it took 5.2 s). CI is
// taken out of the environment, since termenv asks nothing when it is set.
func TestNoStallInSilentTerminals(t *testing.T) {
	dir, bin := scriptSetup(t)
	db := filepath.Join(dir, "diary.db")
	if out, err := exec.Command(bin, "--db", db, "log", "--no-cramps").CombinedOutput(); err != nil {
		t.Fatalf("cramps log: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		name    string
		args    string
		noColor bool
		queries int
		screen  bool // the TUI: wait for its first frame, then quit
	}{
		{"version", "--version", false, 0, false},
		{"version NO_COLOR", "--version", true, 0, false},
		{"week", "--db " + db + " week", false, 0, false},
		{"show NO_COLOR", "--db " + db + " show", true, 0, false},
		{"screens NO_COLOR", "--db " + db, true, 0, true},
		{"screens", "--db " + db, false, 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := slices.DeleteFunc(os.Environ(), func(kv string) bool {
				return strings.HasPrefix(kv, "CI=") || strings.HasPrefix(kv, "NO_COLOR=") || strings.HasPrefix(kv, "TERM=")
			})
			env = append(env, "TERM=xterm-256color")
			if tc.noColor {
				env = append(env, "NO_COLOR=1")
			}
			cmd := exec.Command("script", "-qfc", bin+" "+tc.args, "/dev/null")
			cmd.Env = env
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			out := &lockedBuffer{}
			cmd.Stdout, cmd.Stderr = out, out
			start := time.Now()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			firstFrame := time.Duration(0)
			if tc.screen {
				for firstFrame == 0 && time.Since(start) < 8*time.Second {
					if strings.Contains(out.String(), "\x1b[?1049h") { // the alternate screen: the first frame
						firstFrame = time.Since(start)
					}
					time.Sleep(10 * time.Millisecond)
				}
				time.Sleep(200 * time.Millisecond)
				_, _ = io.WriteString(stdin, "\x03") // ctrl+c
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				_ = cmd.Process.Kill()
				t.Fatalf("cramps %s did not finish in 10 s", tc.args)
			}
			took := time.Since(start)
			if tc.screen {
				took = firstFrame
			}
			if took == 0 || took > 1500*time.Millisecond {
				t.Errorf("cramps %s: first output after %v, want well under a second (no 5 s wait for a terminal that does not answer)", tc.args, took)
			}
			if n := strings.Count(out.String(), oscQuery); n != tc.queries {
				t.Errorf("cramps %s asked the terminal for its background %d times, want %d", tc.args, n, tc.queries)
			}
		})
	}
}

// lockedBuffer is a bytes.Buffer that a process may write while the test reads.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
