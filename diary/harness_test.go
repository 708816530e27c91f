package diary

import (
	"fmt"
	"reflect"
	"testing"
)

// must reads s, which the test knows to be valid, with parse (named name).
func must[T any](t *testing.T, name string, parse func(string) (T, error), s string) T {
	t.Helper()
	v, err := parse(s)
	if err != nil {
		t.Fatalf("%s(%q): %v", name, s, err)
	}
	return v
}

// clockMust parses a clock time the test knows to be valid.
func clockMust(t *testing.T, s string) Clock {
	t.Helper()
	return must(t, "ParseClock", ParseClock, s)
}

// dateMust parses a YYYY-MM-DD date the test knows to be valid.
func dateMust(t *testing.T, s string) Date {
	t.Helper()
	return must(t, "ParseDate", ParseDate, s)
}

// rejects checks that parse (named name) refuses every one of ins, each
// with the message why says (why quotes the input with %q).
func rejects[T any](t *testing.T, name string, parse func(string) (T, error), why string, ins []string) {
	t.Helper()
	for _, in := range ins {
		got, err := parse(in)
		want := fmt.Sprintf(why, in)
		if err == nil {
			t.Errorf("%s(%q) = %v, want an error", name, in, got)
		} else if err.Error() != want {
			t.Errorf("%s(%q) error = %q, want %q", name, in, err, want)
		}
	}
}

// sameProblems checks that got is want, order included; none and an empty
// list are the same.
func sameProblems(t *testing.T, what string, got, want Problems) {
	t.Helper()
	if (len(got) != 0 || len(want) != 0) && !reflect.DeepEqual(got, want) {
		t.Errorf("%s =\n%v\nwant\n%v", what, got, want)
	}
}
