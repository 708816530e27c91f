//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"bufio"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// TestCrashKeepsEveryCommittedNight kills a writing process with SIGKILL at
// seeded random moments. After each kill the diary must open, pass Check, and
// hold every night the child reported saved, unchanged; at most one more
// night (saved, but killed before it could say so) may be there.
func TestCrashKeepsEveryCommittedNight(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes; skipped in -short")
	}
	path := filepath.Join(t.TempDir(), "diary.db")
	rng := rand.New(rand.NewPCG(20261122, 1))
	const rounds = 6
	const seed = 77
	total := 0
	for round := range rounds {
		from := diary.NewDate(1990, 1, 1).AddDays(round * crashNightsPerRound)
		delay := time.Duration(150+rng.IntN(350)) * time.Millisecond
		reported := runWriterUntilKilled(t, path, from, seed, delay)

		s, err := Open(path, Options{NoSnapshot: true})
		if err != nil {
			t.Fatalf("round %d: the diary does not open after a kill: %v", round, err)
		}
		if r, err := s.Check(); err != nil {
			t.Fatalf("round %d: Check after a kill: %v\n%v", round, err, r.Problems)
		}
		got, err := s.Nights(from, from.AddDays(crashNightsPerRound-1))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != reported && len(got) != reported+1 {
			t.Fatalf("round %d: %d nights reported saved, %d in the diary", round, reported, len(got))
		}
		for i, n := range got {
			if want := from.AddDays(i); n.Date != want || !n.Equal(realisticNight(seed, want)) {
				t.Fatalf("round %d: night %d is %s and differs from the one saved", round, i, n.Date)
			}
		}
		total += len(got)
		if n, _ := s.Count(); n != total {
			t.Fatalf("round %d: diary holds %d nights, want %d", round, n, total)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		t.Logf("round %d: killed after %v with %d nights reported", round, delay, reported)
	}
	if total == 0 {
		t.Fatal("no child saved anything: the test proved nothing")
	}
}

// runWriterUntilKilled runs a writer child and kills it after delay; it
// returns how many nights the child reported saved, checking that they are
// the consecutive dates from from on.
func runWriterUntilKilled(t *testing.T, path string, from diary.Date, seed uint64, delay time.Duration) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"=write", helperDBEnv+"="+path,
		helperFromEnv+"="+from.String(), helperSeedEnv+"="+strconv.FormatUint(seed, 10))
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan []string, 1)
	go func() {
		var got []string
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			got = append(got, sc.Text())
		}
		lines <- got
	}()
	time.Sleep(delay)
	_ = cmd.Process.Kill() // SIGKILL: no deferred Close, no flush
	got := <-lines         // the pipe ends when the child is gone
	_ = cmd.Wait()
	for i, line := range got {
		if want := from.AddDays(i).String(); line != want {
			t.Fatalf("child reported %q as night %d, want %s", line, i, want)
		}
	}
	return len(got)
}
