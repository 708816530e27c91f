package diary

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The interchange readers take files from anywhere: they must never panic,
// and what they accept must survive being written and read again unchanged.

func FuzzDecodeJSON(f *testing.F) {
	for _, name := range []string{"example.json", "example.golden"} {
		if b, err := os.ReadFile(filepath.Join(goldenDir, name)); err == nil {
			f.Add(b)
		}
	}
	for _, c := range jsonProblemCases() {
		f.Add([]byte(c.src))
	}
	for seed := range uint64(4) {
		r := rand.New(rand.NewPCG(seed, 7))
		p, nights := randDiary(r, 3)
		f.Add(mustEncode(f, p, nights))
	}
	f.Add([]byte(wrapNights(`{"date":"2026-11-21","notes":"a\u0000\ud800b\\\/"}`)))
	for _, c := range trialProblemCases() {
		f.Add([]byte(c.src))
	}
	for seed := range uint64(3) {
		r := rand.New(rand.NewPCG(seed, 11))
		p, nights := randDiary(r, 2)
		f.Add(mustEncodeDoc(f, Document{Profile: &p, Nights: nights, Trials: randTrials(r, 3)}))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := DecodeJSON(bytes.NewReader(data))
		if err != nil {
			ps := checkProblems(t, err)
			notJSON := len(ps) == 1 && (strings.HasPrefix(ps[0].Path, "line ") || ps[0].Msg == "the file is empty; expected a cramps JSON export")
			if valid := json.Valid(bytes.TrimPrefix(data, []byte(utf8BOM))); notJSON == valid {
				t.Fatalf("json.Valid = %v, but DecodeJSON said %v", valid, ps)
			}
			return
		}
		p := Profile{}
		if doc.Profile != nil {
			p = *doc.Profile
		}
		first := mustEncodeDoc(t, Document{Profile: &p, Nights: doc.Nights, Trials: doc.Trials})
		again, err := DecodeJSON(bytes.NewReader(first))
		if err != nil {
			t.Fatalf("our export of an accepted file is refused: %v\n%s", err, first)
		}
		if !reflect.DeepEqual(*again.Profile, p) {
			t.Fatalf("profile changed: %+v, want %+v", *again.Profile, p)
		}
		checkSameNights(t, again.Nights, doc.Nights)
		if !reflect.DeepEqual(again.Trials, doc.Trials) {
			t.Fatalf("trials changed: %+v, want %+v", again.Trials, doc.Trials)
		}
		if ps := ValidateTrials(doc.Trials); len(ps) > 0 {
			t.Fatalf("accepted trials that ValidateTrials refuses: %v", ps)
		}
		if second := mustEncodeDoc(t, again); !bytes.Equal(first, second) {
			t.Fatalf("export is not stable:\n%s\n---\n%s", first, second)
		}
		// Nights the JSON reader accepts go through the nights table too,
		// when it can hold them (at most one cramp each).
		for _, n := range doc.Nights {
			if len(n.Episodes) > 1 {
				return
			}
		}
		var table bytes.Buffer
		if err := EncodeNightsCSV(&table, doc.Nights); err != nil {
			t.Fatalf("EncodeNightsCSV: %v", err)
		}
		back, err := DecodeNightsCSV(bytes.NewReader(table.Bytes()))
		if err != nil {
			t.Fatalf("our nights table of an accepted file is refused: %v\n%s", err, table.Bytes())
		}
		want := make([]Night, len(doc.Nights))
		for i, n := range doc.Nights {
			want[i] = csvExpected(n)
		}
		checkSameNights(t, back, want)
	})
}

func FuzzDecodeNightsCSV(f *testing.F) {
	for _, c := range csvProblemCases() {
		f.Add([]byte(c.src))
	}
	for seed := range uint64(4) {
		r := rand.New(rand.NewPCG(seed, 8))
		_, nights := randDiary(r, 3)
		for i := range nights {
			nights[i].Episodes = nights[i].Episodes[:min(1, len(nights[i].Episodes))]
		}
		var b bytes.Buffer
		if err := EncodeNightsCSV(&b, nights); err != nil {
			f.Fatal(err)
		}
		f.Add(b.Bytes())
	}
	f.Add([]byte("\ufeffdate,episodes,muscles,medications\r\n2026-11-21,1,calf,\"a\\;b;\\-\"\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		nights, err := DecodeNightsCSV(bytes.NewReader(data))
		if err != nil {
			checkProblems(t, err)
			return
		}
		var first bytes.Buffer
		if err := EncodeNightsCSV(&first, nights); err != nil {
			t.Fatalf("EncodeNightsCSV of accepted nights: %v", err)
		}
		again, err := DecodeNightsCSV(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("our nights table of an accepted file is refused: %v\n%s", err, first.Bytes())
		}
		checkSameNights(t, again, nights)
		var second bytes.Buffer
		if err := EncodeNightsCSV(&second, again); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("nights table is not stable:\n%s\n---\n%s", first.Bytes(), second.Bytes())
		}
		// What the table accepts, the JSON format carries exactly.
		doc, err := DecodeJSON(bytes.NewReader(mustEncode(t, Profile{}, nights)))
		if err != nil {
			t.Fatalf("the JSON export of accepted CSV nights is refused: %v", err)
		}
		checkSameNights(t, doc.Nights, nights)
	})
}

// checkProblems checks that a refusal is a non-empty Problems, each with a message.
func checkProblems(t *testing.T, err error) Problems {
	t.Helper()
	var ps Problems
	if !errors.As(err, &ps) || len(ps) == 0 {
		t.Fatalf("refused with %T %v, want Problems", err, err)
	}
	for _, p := range ps {
		if p.Msg == "" {
			t.Fatalf("a problem without a message at %q", p.Path)
		}
	}
	return ps
}

func checkSameNights(t *testing.T, got, want []Night) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d nights, want %d", len(got), len(want))
	}
	for i := range want {
		if !got[i].Equal(want[i]) {
			t.Fatalf("night %d =\n%#v\nwant\n%#v", i, got[i], want[i])
		}
	}
}
