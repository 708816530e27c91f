package layout

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
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

func TestPad(t *testing.T) {
	tests := []struct {
		s     string
		width int
		right bool
		want  string
	}{
		{"ab", 4, false, "ab  "},
		{"ab", 4, true, "  ab"},
		{"abcdef", 4, false, "abc…"},
		{"abcdef", 4, true, "abc…"},
		{"ab", 2, true, "ab"},
	}
	for _, tt := range tests {
		if got := Pad(tt.s, tt.width, tt.right); got != tt.want {
			t.Errorf("Pad(%q, %d, %v) = %q, want %q", tt.s, tt.width, tt.right, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	cases := []struct {
		s    string
		w    int
		want string
	}{
		{"If a doctor has not seen this yet", 40, "If a doctor has not seen this yet"},
		{"If a doctor has not seen this yet", 23, "If a doctor has not…"},      // not "If a doctor has not se…"
		{"If a doctor has not seen this yet", 25, "If a doctor has not seen…"}, // the cut falls after a whole word
		{"Saved Sat 21 Nov: no cramps, usual day", 31, "Saved Sat 21 Nov: no cramps…"},
		{"Hydrochlorothiazide", 8, "Hydroch…"},
		{"a b", 0, ""},
	}
	for _, c := range cases {
		if got := Words(c.s, c.w); got != c.want {
			t.Errorf("Words(%q, %d) = %q, want %q", c.s, c.w, got, c.want)
		}
		if got := Words(c.s, c.w); lipgloss.Width(got) > max(c.w, 0) {
			t.Errorf("Words(%q, %d) is %d wide", c.s, c.w, lipgloss.Width(got))
		}
	}
}

func TestItems(t *testing.T) {
	cases := []struct {
		s    string
		w    int
		want string
	}{
		{"little water, 1 drink, sat 9.5h", 40, "little water, 1 drink, sat 9.5h"},
		{"little water, 1 drink, sat 9.5h", 28, "little water, 1 drink…"}, // not "little water, 1 drink, sat…"
		{"little water, 1 drink, sat 9.5h", 22, "little water, 1 drink…"},
		{"little water, 1 drink, sat 9.5h", 21, "little water…"},
		{"“calf would not let go; walked it off”, 1 drink", 20, "“calf would not let…"},
	}
	for _, c := range cases {
		if got := Items(c.s, c.w); got != c.want || lipgloss.Width(got) > c.w {
			t.Errorf("Items(%q, %d) = %q, want %q", c.s, c.w, got, c.want)
		}
	}
}
