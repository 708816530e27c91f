//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// TestEveryFlippedBitIsFound: CRC-32C finds every change of one, two or
// three bits, and every burst of up to 32, in a value; this checks it for
// every single bit of real values and for random bursts.
func TestEveryFlippedBitIsFound(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range realisticNights(7, date(2026, 1, 1), 40) {
		k, _ := dateKey(n.Date)
		v := seal(k[:], encodeNight(n))
		for i := range len(v) * 8 {
			b := append([]byte(nil), v...)
			b[i/8] ^= 1 << (i % 8)
			if _, err := unseal(k[:], b); !errors.Is(err, errChecksum) {
				t.Fatalf("night %s: bit %d flipped went unseen", n.Date, i)
			}
		}
		for range 200 {
			b := append([]byte(nil), v...)
			at := rng.IntN(len(b) - 3)
			for j := range 4 {
				b[at+j] ^= byte(rng.UintN(256))
			}
			if string(b) == string(v) {
				continue
			}
			if _, err := unseal(k[:], b); !errors.Is(err, errChecksum) {
				t.Fatalf("night %s: a burst at byte %d went unseen", n.Date, at)
			}
		}
		other, _ := dateKey(n.Date.AddDays(1))
		if _, err := unseal(other[:], v); !errors.Is(err, errChecksum) {
			t.Fatalf("night %s read as if stored under another date", n.Date)
		}
	}
}

// FuzzDamagedFile writes bytes over a small real diary and opens it: never a
// crash; and when a write is allowed on a day its snapshot is due, the
// diary must have passed every check, values and pages.
func FuzzDamagedFile(f *testing.F) {
	f.Add(uint32(0), []byte{0xff})
	f.Add(uint32(4096+16), []byte{1, 2, 3, 4})
	f.Add(uint32(3*4096+100), []byte{0, 0, 0, 0, 0, 0, 0, 0})
	f.Add(uint32(5*4096+600), []byte("xyz"))
	// Two damages that gave a key millions of bytes long, which check
	// quoted whole in every problem: minutes for one check.
	f.Add(uint32(12362), []byte{0xa4, 0x00, 0xff, 0xbb, 0xff, 0x6d, 0x0b, 0x00, 0x9d, 0x71, 0x1f, 0xff})
	f.Add(uint32(8421), []byte{0x00, 0xff, 0x00, 0x00, 0x00, 0xff, 0x00, 0xd8, 0x00, 0x97})
	seed := readFile(f, eightyNightDiary(f))
	f.Fuzz(func(t *testing.T, at uint32, patch []byte) {
		b := append([]byte(nil), seed...)
		at %= uint32(len(b))
		copy(b[at:], patch)
		path := filepath.Join(t.TempDir(), "diary.db")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		if ro, err := Open(path, Options{ReadOnly: true}); err == nil {
			_, _ = ro.Check()
			_, _, _ = ro.SoundNights(date(1900, 1, 1), date(2100, 1, 1))
			ro.Close()
		}
		now := func() time.Time { return time.Date(2026, 12, 1, 8, 0, 0, 0, time.Local) }
		s, err := Open(path, Options{Now: now})
		if err != nil {
			return
		}
		r := s.Damage()
		s.Close()
		if !r.Sound() {
			t.Fatalf("a write was allowed on a diary with %v", r.Problems)
		}
		if _, err := os.Stat(SnapshotPath(path, diary.DateOf(now()))); err == nil {
			if err := verifyFile(SnapshotPath(path, diary.DateOf(now()))); err != nil {
				t.Fatalf("the day's snapshot is damaged: %v", err)
			}
		}
	})
}
