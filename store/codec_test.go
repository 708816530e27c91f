package store

import (
	"encoding/hex"
	"errors"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// TestNightCodecRoundTrip is the property test: any night, valid or not,
// comes back Equal, and encoding is deterministic.
func TestNightCodecRoundTrip(t *testing.T) {
	a := arbitrary{rand.New(rand.NewPCG(1, 2))}
	for i := range 20000 {
		n := a.night()
		b := encodeNight(n)
		got, err := decodeNight(b)
		if err != nil {
			t.Fatalf("night %d: decode: %v\nnight: %#v", i, err, n)
		}
		if !got.Equal(n) {
			t.Fatalf("night %d changed in the round trip:\n got %#v\nwant %#v", i, got, n)
		}
		if again := encodeNight(got); string(again) != string(b) {
			t.Fatalf("night %d: encoding is not deterministic", i)
		}
	}
}

func TestProfileCodecRoundTrip(t *testing.T) {
	a := arbitrary{rand.New(rand.NewPCG(3, 4))}
	for i := range 20000 {
		p := a.profile()
		got, err := decodeProfile(encodeProfile(p))
		if err != nil {
			t.Fatalf("profile %d: decode: %v", i, err)
		}
		if !reflect.DeepEqual(got, p) {
			t.Fatalf("profile %d changed in the round trip:\n got %#v\nwant %#v", i, got, p)
		}
	}
}

// TestGeneratorsReachEveryField makes the round-trip tests fail when the
// diary gains a field: the generators must then set it, and the codec
// must then carry it. Every leaf field must be non-zero in some value.
func TestGeneratorsReachEveryField(t *testing.T) {
	a := arbitrary{rand.New(rand.NewPCG(5, 6))}
	nights := make([]reflect.Value, 200)
	profiles := make([]reflect.Value, 200)
	for i := range nights {
		nights[i] = reflect.ValueOf(a.night())
		profiles[i] = reflect.ValueOf(a.profile())
	}
	for _, vs := range [][]reflect.Value{nights, profiles} {
		for _, path := range unreachedFields(vs, "") {
			t.Errorf("no generated value sets %s: teach gen_test.go (and the codec) about it", path)
		}
	}
}

// unreachedFields lists the paths of leaf fields that are zero in every value
// of vs, looking into structs and into the elements of slices of structs.
func unreachedFields(vs []reflect.Value, at string) []string {
	typ := vs[0].Type()
	if typ.Kind() == reflect.Slice && typ.Elem().Kind() == reflect.Struct && !isOpt(typ.Elem()) {
		var elems []reflect.Value
		for _, v := range vs {
			for i := range v.Len() {
				elems = append(elems, v.Index(i))
			}
		}
		if len(elems) == 0 {
			return []string{at + "[]"}
		}
		return unreachedFields(elems, at+"[]")
	}
	if typ.Kind() != reflect.Struct || isOpt(typ) {
		for _, v := range vs {
			if !v.IsZero() {
				return nil
			}
		}
		return []string{at}
	}
	var out []string
	for i := range typ.NumField() {
		fields := make([]reflect.Value, len(vs))
		for j, v := range vs {
			fields[j] = v.Field(i)
		}
		out = append(out, unreachedFields(fields, at+"."+typ.Field(i).Name)...)
	}
	return out
}

func isOpt(t reflect.Type) bool { return strings.HasPrefix(t.Name(), "Opt[") }

// TestCodecKeepsAbsentZeroAndEmptyApart spells out the distinctions the
// diary rests on.
func TestCodecKeepsAbsentZeroAndEmptyApart(t *testing.T) {
	d := diary.NewDate(2026, 11, 21)
	cases := []struct {
		name string
		n    diary.Night
	}{
		{"nothing recorded", diary.Night{Date: d}},
		{"no cramps", diary.Night{Date: d, Episodes: []diary.Episode{}}},
		{"zero water, no supplements", diary.Night{Date: d, Day: diary.Day{WaterML: diary.Some(0), Supplements: []diary.Supplement{}, Medications: []string{}}}},
		{"false and zero", diary.Night{Date: d, Day: diary.Day{Stretched: diary.Some(false), SittingH: diary.Some(0.0)}, Position: diary.Position{ToesPointed: diary.Some(false)}}},
		{"midnight", diary.Night{Date: d, Sleep: diary.Sleep{FinalWake: diary.Some(diary.Clock(0))}}},
		{"an empty episode", diary.Night{Date: d, Episodes: []diary.Episode{{}}}},
		{"episode with empty relief", diary.Night{Date: d, Episodes: []diary.Episode{{Relief: []diary.Relief{}, WokeMe: diary.Some(false), Intensity: diary.Some(0)}}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := decodeNight(encodeNight(c.n))
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(c.n) {
				t.Fatalf("got %#v\nwant %#v", got, c.n)
			}
		})
	}
}

// TestNightEncodingIsStable pins the stored form: a change here is a change
// of file format and needs a new nightFormat and a migration.
func TestNightEncodingIsStable(t *testing.T) {
	n := diary.Night{
		Date:     diary.NewDate(2026, 11, 21),
		Sleep:    diary.Sleep{Bedtime: diary.Some(diary.NewClock(22, 40)), Quality: diary.Some(3)},
		Day:      diary.Day{WaterML: diary.Some(1250), SittingH: diary.Some(1.5), Stretched: diary.Some(false), Supplements: []diary.Supplement{}, Medications: []string{"furosemide"}},
		Position: diary.Position{SleepPosition: diary.PositionSide},
		Episodes: []diary.Episode{{Muscle: diary.MuscleCalf, Side: diary.SideLeft, DurationS: diary.Some(240), Relief: []diary.Relief{diary.ReliefStretch, "hum"}}},
		Notes:    "long flight",
	}
	const want = "01" + "d4c402" + // format 1, date 20778 (days since 1970) as a zig-zag varint
		"01a015" + "0806" + // bedtime 1360 (22:40), quality 3
		"10c413" + "16000000000000f83f" + "1c00" + // water 1250, sitting 1.5, stretched false
		"1f00" + "20010a" + "6675726f73656d696465" + // supplements [], medications ["furosemide"]
		"2802" + // sleep position: side
		"3001" + "0201" + "0301" + "04e003" + "0702" + "01" + "00" + "03" + "68756d" + "00" + // one episode
		"380b" + "6c6f6e6720666c69676874" + "00" // notes, end
	if got := hex.EncodeToString(encodeNight(n)); got != want {
		t.Fatalf("stored form changed:\n got %s\nwant %s", got, want)
	}
}

func TestDecodeNightRefusesDamage(t *testing.T) {
	good := encodeNight(diary.Night{Date: 5, Notes: "x", Episodes: []diary.Episode{}})
	cases := []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "value ends early"},
		{"unknown format", []byte{9, 0, 0}, "unknown format 9"},
		{"cut short", good[:len(good)-1], "value ends early"},
		{"no end tag", good[: len(good)-1 : len(good)-1], "value ends early"},
		{"stray bytes", append(append([]byte{}, good...), 0), "stray bytes"},
		{"tag out of order", []byte{1, 0, 56, 0, 48, 0, 0}, "field 48 after field 56"},
		{"tag repeated", []byte{1, 0, 8, 2, 8, 2, 0}, "field 8 after field 8"},
		{"unknown tag", []byte{1, 0, 99, 0}, "unknown night field 99"},
		{"bad bool", []byte{1, 0, 24, 2, 0}, "bad truth value 2"},
		{"clock out of range", []byte{1, 0, 1, 0x80, 0x80, 0x04, 0}, "clock 32768 out of range"},
		{"date out of range", []byte{1, 0x80, 0x80, 0x80, 0x80, 0x10, 0}, "date 2147483648 out of range"},
		{"huge list", []byte{1, 0, 48, 0xff, 0xff, 0xff, 0xff, 0x0f, 0}, "cannot fit"},
		{"huge text", []byte{1, 0, 56, 0xff, 0xff, 0x03, 'a'}, "cannot fit"},
		{"unknown word", []byte{1, 0, 21, 9, 0}, "unknown word 9"},
		{"bad varint", []byte{1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, "bad number"},
		{"unknown episode field", []byte{1, 0, 48, 1, 77, 0, 0}, "unknown episode field 77"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n, err := decodeNight(c.b)
			if !errors.Is(err, errCorrupt) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want errCorrupt with %q", err, c.want)
			}
			if !n.Equal(diary.Night{}) {
				t.Fatalf("a failed decode returned %#v, want the zero night", n)
			}
		})
	}
}

// TestCodeTablesHoldEveryWord keeps the code tables complete (a word missing
// from one would be stored spelled out: correct, but not compact) and free of
// repeats (which would make two codes for one word).
func TestCodeTablesHoldEveryWord(t *testing.T) {
	check := func(name string, table, all []string) {
		seen := map[string]bool{}
		for _, w := range table {
			if seen[w] {
				t.Errorf("%s codes: %q twice", name, w)
			}
			seen[w] = true
		}
		for _, w := range all {
			if !seen[w] {
				t.Errorf("%s codes lack %q: append it", name, w)
			}
		}
	}
	check("muscle", words(muscleCodes), words(diary.Muscles))
	check("side", words(sideCodes), words(diary.Sides))
	check("relief", words(reliefCodes), words(diary.Reliefs))
	check("intensity", words(intensityCodes), words(diary.Intensities))
	check("supplement", words(supplementCodes), words(diary.Supplements))
	check("position", words(positionCodes), words(diary.SleepPositions))
	check("sex", words(sexCodes), words(diary.Sexes))
	check("condition", words(conditionCodes), words(diary.Conditions))
	check("class", words(medClassCodes), words(diary.MedClasses))
	check("week start", words(weekStartCodes), words(diary.WeekStarts))
}

func words[T ~string](l []T) []string {
	out := make([]string, len(l))
	for i, w := range l {
		out[i] = string(w)
	}
	return out
}
