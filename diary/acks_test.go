package diary

import (
	"bytes"
	"strings"
	"testing"
)

func TestAcksRoundTrip(t *testing.T) {
	acks := []FlagAck{{ID: "severe", Date: NewDate(2026, 11, 25)}, {ID: "long_episode", Date: NewDate(2026, 11, 23)}}
	var first bytes.Buffer
	if err := EncodeDocument(&first, Document{Profile: &Profile{}, Nights: []Night{{Date: NewDate(2026, 11, 20), Episodes: []Episode{}}}, Acks: acks}); err != nil {
		t.Fatal(err)
	}
	want := `"acknowledged_flags": [
    {
      "id": "long_episode",
      "date": "2026-11-23"
    },
    {
      "id": "severe",
      "date": "2026-11-25"
    }
  ]`
	if !strings.Contains(first.String(), want) {
		t.Fatalf("export lacks the acknowledgements in SPEC §8's shape and FlagIDs order:\n%s", first.String())
	}
	doc, err := DecodeJSON(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := EncodeDocument(&again, doc); err != nil {
		t.Fatal(err)
	}
	if again.String() != first.String() {
		t.Fatalf("not lossless:\n%s\nagain:\n%s", first.String(), again.String())
	}

	var none bytes.Buffer
	if err := EncodeJSON(&none, Profile{}, nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(none.String(), "acknowledged_flags") {
		t.Errorf("a diary with no acknowledgement writes the key:\n%s", none.String())
	}
}

func TestAcksProblems(t *testing.T) {
	doc := func(acks string) string {
		return `{"format": "cramps-diary", "version": 1, "nights": [], "acknowledged_flags": ` + acks + `}`
	}
	for _, tc := range []struct {
		acks string
		want []string
	}{
		{`[{"id": "long_epsiode", "date": "2026-11-23"}]`, []string{"acknowledged_flags[0].id: unknown red flag (did you mean long_episode?)"}},
		{`[{"id": "severe", "date": "2026-13-01"}]`, []string{"acknowledged_flags[0].date:"}},
		{`[{"id": "severe"}]`, []string{"acknowledged_flags[0].date: missing"}},
		{`[{"id": "severe", "date": "2026-11-01", "by": "Dr B"}]`, []string{"acknowledged_flags[0].by: unknown key"}},
		{`[{"id": "severe", "date": "2026-11-01"}, {"id": "severe", "date": "2026-11-02"}]`,
			[]string{`acknowledged_flags[1].id: "severe" is also acknowledged in acknowledged_flags[0]; keep one`}},
		{`{"id": "severe"}`, []string{"acknowledged_flags: must be a list"}},
	} {
		_, err := DecodeJSON(strings.NewReader(doc(tc.acks)))
		if err == nil {
			t.Errorf("%s: no error", tc.acks)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tc.acks, err, w)
			}
		}
	}
}

func TestSetAck(t *testing.T) {
	d := NewDate(2026, 11, 23)
	acks := SetAck(nil, "severe", d)
	acks = SetAck(acks, "long_episode", d)
	acks = SetAck(acks, "severe", d.AddDays(2))
	want := []FlagAck{{ID: "long_episode", Date: d}, {ID: "severe", Date: d.AddDays(2)}}
	if len(acks) != 2 || acks[0] != want[0] || acks[1] != want[1] {
		t.Fatalf("acks = %v, want %v", acks, want)
	}
}
