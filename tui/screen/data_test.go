package screen

import (
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

func dates(d *Data) []diary.Date {
	out := make([]diary.Date, len(d.Nights))
	for i, n := range d.Nights {
		out[i] = n.Date
	}
	return out
}

func TestDataIsCopiedOnChange(t *testing.T) {
	a, b, c := diary.NewDate(2026, 11, 19), diary.NewDate(2026, 11, 20), diary.NewDate(2026, 11, 21)
	d := NewData([]diary.Night{{Date: c}, {Date: a}}, diary.NewProfile())
	if got := dates(d); len(got) != 2 || got[0] != a || got[1] != c {
		t.Fatalf("not sorted: %v", got)
	}
	d2 := d.WithNight(diary.Night{Date: b, Notes: "new"})
	if got := dates(d2); len(got) != 3 || got[1] != b {
		t.Fatalf("insert: %v", got)
	}
	if len(d.Nights) != 2 {
		t.Fatal("WithNight changed the old data")
	}
	d3 := d2.WithNight(diary.Night{Date: b, Notes: "again"})
	if n, _ := d3.Night(b); n.Notes != "again" || len(d3.Nights) != 3 {
		t.Fatalf("replace: %v", dates(d3))
	}
	if n, _ := d2.Night(b); n.Notes != "new" {
		t.Fatal("replace changed the old data")
	}
	if got := d3.Before(c); len(got) != 2 || got[1].Date != b {
		t.Fatalf("before: %v", got)
	}
	if got := d3.Before(a); len(got) != 0 {
		t.Fatalf("before the first: %v", got)
	}
	d4 := d3.WithoutNight(b)
	if d4.Logged(b) || !d3.Logged(b) || len(d4.Nights) != 2 {
		t.Fatal("delete")
	}
	if d4.WithoutNight(b) != d4 {
		t.Fatal("deleting a missing night made a copy")
	}
}
