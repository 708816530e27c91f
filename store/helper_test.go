package store

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// Some tests need a second process on the diary: they run this test binary
// again with helperEnv set, and TestMain hands it to runHelper instead of the
// tests.
const (
	helperEnv     = "CRAMPS_STORE_HELPER" // what the child does
	helperDBEnv   = "CRAMPS_STORE_DB"     // the diary it opens
	helperFromEnv = "CRAMPS_STORE_FROM"   // writer: the first date it writes
	helperSeedEnv = "CRAMPS_STORE_SEED"   // writer: the seed of its nights
)

// crashNightsPerRound bounds the nights a writer child saves in one round.
const crashNightsPerRound = 4000

func TestMain(m *testing.M) {
	if mode := os.Getenv(helperEnv); mode != "" {
		os.Exit(runHelper(mode))
	}
	os.Exit(m.Run())
}

// runHelper is the child's life: "hold" and "hold-ro" open the diary, say
// "ready" and keep it open until stdin closes; "write" saves one night after
// another, printing each date once PutNight has returned.
func runHelper(mode string) int {
	path := os.Getenv(helperDBEnv)
	if mode == "snapshot" {
		return runSnapshotter(path)
	}
	opts := Options{NoSnapshot: true, ReadOnly: mode == "hold-ro"}
	s, err := Open(path, opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer s.Close()
	switch mode {
	case "hold", "hold-ro":
		fmt.Println("ready")
		_, _ = io.Copy(io.Discard, os.Stdin)
	case "write":
		from, err := diary.ParseDate(os.Getenv(helperFromEnv))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 2
		}
		seed, _ := strconv.ParseUint(os.Getenv(helperSeedEnv), 10, 64)
		for i := range crashNightsPerRound {
			n := realisticNight(seed, from.AddDays(i))
			if err := s.PutNight(n); err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 2
			}
			fmt.Println(n.Date) // one write to the pipe: all of the line or none of it
		}
	default:
		fmt.Fprintln(os.Stderr, "unknown helper mode", mode)
		return 2
	}
	return 0
}

// holder is a child process holding the diary open.
type holder struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
}

// startHolder starts a child that holds path open ("hold" or "hold-ro") and
// waits until it says it is ready.
func startHolder(t *testing.T, mode, path string) *holder {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode, helperDBEnv+"="+path)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	h := &holder{cmd: cmd, stdin: stdin}
	t.Cleanup(h.stop)
	ready := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		ready <- line
	}()
	select {
	case line := <-ready:
		if line != "ready\n" {
			t.Fatalf("helper said %q, want ready", line)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("helper did not get ready")
	}
	return h
}

// stop lets the child close the diary and waits for it.
func (h *holder) stop() {
	if h.stdin != nil {
		_ = h.stdin.Close()
		h.stdin = nil
		_ = h.cmd.Wait()
	}
}

// runSnapshotter opens the diary for writing on one day after another from
// helperFromEnv on, so that each open takes that day's snapshot, printing
// each day once its open has returned.
// snapshotterStarted is the snapshotter's first line, said as it begins
// its first day.
const snapshotterStarted = "started"

func runSnapshotter(path string) int {
	from, err := diary.ParseDate(os.Getenv(helperFromEnv))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	fmt.Println(snapshotterStarted)
	for day := from; ; day = day.AddDays(1) {
		now := func() time.Time { return morningOf(day) }
		s, err := Open(path, Options{Now: now})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 2
		}
		if w := s.Warnings(); len(w) > 0 {
			fmt.Fprintln(os.Stderr, w)
			return 2
		}
		s.Close()
		fmt.Println(day)
	}
}

// morningOf is 08:00 local time on day d.
func morningOf(d diary.Date) time.Time {
	y, m, day := d.YMD()
	return time.Date(y, m, day, 8, 0, 0, 0, time.Local)
}
