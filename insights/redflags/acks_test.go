package redflags

import (
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

func TestAcknowledge(t *testing.T) {
	long := func() diary.Episode {
		return rfWith(func(e *diary.Episode) { e.DurationS = diary.Some(14 * 60) })
	}
	flags := Check(rfQuiet(30).cramp(10, long()).nights(), rfProfile(nil), rfAsOf)
	if len(flags) != 1 || flags[0].ID != "long_episode" {
		t.Fatalf("got %q, want long_episode", rfIDs(flags))
	}
	ackOn := rfDay(8) // two days after the long cramp's night
	for _, tc := range []struct {
		name string
		acks []diary.FlagAck
		want diary.Opt[diary.Date]
	}{
		{"none", nil, diary.None[diary.Date]()},
		{"another flag", []diary.FlagAck{{ID: "severe", Date: ackOn}}, diary.None[diary.Date]()},
		{"after the night", []diary.FlagAck{{ID: "long_episode", Date: ackOn}}, diary.Some(ackOn)},
		// The night dated the 10th began on the evening of the 10th; an
		// acknowledgement that day came before it.
		{"on the night's date", []diary.FlagAck{{ID: "long_episode", Date: rfDay(10)}}, diary.None[diary.Date]()},
		{"before the night", []diary.FlagAck{{ID: "long_episode", Date: rfDay(12)}}, diary.None[diary.Date]()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Acknowledge(flags, tc.acks)
			if got[0].Acknowledged != tc.want {
				t.Fatalf("Acknowledged = %v, want %v", got[0].Acknowledged, tc.want)
			}
			if flags[0].Acknowledged.Known() {
				t.Fatal("Acknowledge changed its argument")
			}
			if banners := Banners(got); (len(banners) == 0) != tc.want.Known() {
				t.Fatalf("banners %q with Acknowledged %v", rfIDs(banners), tc.want)
			}
		})
	}

	// A night after the acknowledgement raises it again.
	again := Check(rfQuiet(30).cramp(10, long()).cramp(2, long()).nights(), rfProfile(nil), rfAsOf)
	got := Acknowledge(again, []diary.FlagAck{{ID: "long_episode", Date: ackOn}})
	if got[0].Acknowledged.Known() || len(Banners(got)) != 1 {
		t.Fatalf("a long cramp after the acknowledgement: %+v, want it back in the banners", got[0])
	}
}

func TestFlagIDsAreDiarys(t *testing.T) {
	// Every id a rule can raise can be acknowledged: diary.FlagIDs lists them
	// in the order of the table, which TestCheckWording raises in full.
	want := []string{"long_episode", "swelling", "weakness", "fluid_loss", "quinine", "numbness", "frequent",
		"severe", "walking_pain", "new_medicine", "heavy_drinking", "no_improvement", "worsening", "sweating", "atypical"}
	if len(diary.FlagIDs) != len(want) {
		t.Fatalf("diary.FlagIDs = %q, want %q", diary.FlagIDs, want)
	}
	for i := range want {
		if diary.FlagIDs[i] != want[i] {
			t.Fatalf("diary.FlagIDs = %q, want %q", diary.FlagIDs, want)
		}
	}
}
