package store

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// TestSlabDecodesAsAlone: nights decoded one after another from one slab,
// as a load decodes them, are exactly the nights decoded each on its own
// (nil lists against empty ones included), and each is the night encoded.
func TestSlabDecodesAsAlone(t *testing.T) {
	a := arbitrary{rand.New(rand.NewPCG(7, 8))}
	var sl slab
	for i := range 20000 {
		n := a.night()
		b := encodeNight(n)
		alone, err := decodeNight(b)
		if err != nil {
			t.Fatalf("night %d: decode: %v", i, err)
		}
		var got diary.Night
		if err := decodeNightInto(b, &got, &sl); err != nil {
			t.Fatalf("night %d: decode from the slab: %v", i, err)
		}
		if !reflect.DeepEqual(got, alone) {
			t.Fatalf("night %d differs from the slab:\n got %#v\nwant %#v", i, got, alone)
		}
		if !got.Equal(n) {
			t.Fatalf("night %d changed in the round trip through the slab:\n got %#v\nwant %#v", i, got, n)
		}
	}
	if sl.blocks == 0 {
		t.Fatal("no list came from the slab")
	}
}

// TestSlabListsAreTheirOwn: a list from a slab has no room past its end, so
// appending to one night's list, as the Log screen does when a cramp is
// added, never writes into the next night's.
func TestSlabListsAreTheirOwn(t *testing.T) {
	night := func(d int, muscle diary.Muscle, med string) diary.Night {
		return diary.Night{
			Date:     diary.NewDate(2026, 11, d),
			Day:      diary.Day{Medications: []string{med}, Supplements: []diary.Supplement{diary.SupplementMagnesium}},
			Episodes: []diary.Episode{{Muscle: muscle, Relief: []diary.Relief{diary.ReliefStretch}}},
		}
	}
	var sl slab
	var first, second diary.Night
	if err := decodeNightInto(encodeNight(night(1, diary.MuscleCalf, "a")), &first, &sl); err != nil {
		t.Fatal(err)
	}
	if err := decodeNightInto(encodeNight(night(2, diary.MuscleFoot, "b")), &second, &sl); err != nil {
		t.Fatal(err)
	}
	first.Episodes = append(first.Episodes, diary.Episode{Muscle: diary.MuscleShin})
	first.Episodes[0].Relief = append(first.Episodes[0].Relief, diary.ReliefWalk)
	first.Day.Medications = append(first.Day.Medications, "c")
	first.Day.Supplements = append(first.Day.Supplements, diary.SupplementCalcium)
	if want := night(2, diary.MuscleFoot, "b"); !reflect.DeepEqual(second, want) {
		t.Fatalf("appending to the first night changed the second:\n got %#v\nwant %#v", second, want)
	}
}
