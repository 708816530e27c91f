package layout

import (
	"strings"
	"testing"
)

func TestFit(t *testing.T) {
	cases := []struct {
		in   string
		w, h int
		want string
	}{
		{"ab\ncdef", 3, 3, "ab \ncd…\n   "},
		{"a\nb\nc", 2, 2, "a \nb "},
		{"wide ★", 6, 1, "wide ★"},
		{"x", 0, 2, ""},
	}
	for _, c := range cases {
		if got := Fit(c.in, c.w, c.h); got != c.want {
			t.Errorf("Fit(%q, %d, %d) = %q, want %q", c.in, c.w, c.h, got, c.want)
		}
	}
}

func TestColumns(t *testing.T) {
	got := Columns(2, "|", Box{"left\nmore", 3}, Box{"r", 2})
	want := strings.Join([]string{"le…|r ", "mo…|  "}, "\n")
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
