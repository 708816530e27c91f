package store

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// FuzzDecodeNight: any bytes give a night or an error, never a panic, and a
// night that decodes survives encoding and decoding again unchanged.
func FuzzDecodeNight(f *testing.F) {
	a := arbitrary{rand.New(rand.NewPCG(61, 62))}
	for range 20 {
		f.Add(encodeNight(a.night()))
	}
	for _, n := range realisticNights(63, date(2026, 1, 1), 10) {
		f.Add(encodeNight(n))
	}
	f.Add([]byte{})
	f.Add([]byte{nightFormat, 0, tagEpisodes, 1, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		n, err := decodeNight(b)
		if err != nil {
			return
		}
		again, err := decodeNight(encodeNight(n))
		if err != nil {
			t.Fatalf("re-encoded night does not decode: %v", err)
		}
		if !again.Equal(n) && !hasNaN(n) {
			t.Fatalf("round trip changed the night:\n got %#v\nwant %#v", again, n)
		}
	})
}

// FuzzDecodeProfile does the same for the profile.
func FuzzDecodeProfile(f *testing.F) {
	a := arbitrary{rand.New(rand.NewPCG(64, 65))}
	for range 20 {
		f.Add(encodeProfile(a.profile()))
	}
	f.Add(encodeProfile(diary.NewProfile()))
	f.Fuzz(func(t *testing.T, b []byte) { roundTrips(t, "profile", b, decodeProfile, encodeProfile) })
}

// roundTrips: whatever decode reads from b, encode writes so that decode
// reads it back the same.
func roundTrips[T any](t *testing.T, what string, b []byte, decode func([]byte) (T, error), encode func(T) []byte) {
	t.Helper()
	v, err := decode(b)
	if err != nil {
		return
	}
	again, err := decode(encode(v))
	if err != nil || !reflect.DeepEqual(again, v) {
		t.Fatalf("round trip changed the %s: %v\n got %#v\nwant %#v", what, err, again, v)
	}
}

// hasNaN reports whether a night holds a NaN, which no value equals, not
// even itself; the fuzzer can spell one in a float's eight bytes.
func hasNaN(n diary.Night) bool {
	isNaN := func(o diary.Opt[float64]) bool { v, ok := o.Get(); return ok && v != v }
	if isNaN(n.Day.SittingH) || isNaN(n.Day.StandingH) {
		return true
	}
	for _, e := range n.Episodes {
		if isNaN(e.SorenessH) {
			return true
		}
	}
	return false
}
