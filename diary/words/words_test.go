package words

import "testing"

func TestWords(t *testing.T) {
	cases := []struct{ got, want string }{
		{Count(0), "0"}, {Count(999), "999"}, {Count(1000), "1,000"}, {Count(10399), "10,399"},
		{Count(-1234567), "-1,234,567"},
		{Plural(1, "night", "nights"), "1 night"}, {Plural(0, "night", "nights"), "0 nights"},
		{Plural(3650, "night", "nights"), "3,650 nights"}, {Nouns(2, "cramp"), "2 cramps"},
		{Choose(1, "stops", "stop"), "stops"}, {Choose(2, "stops", "stop"), "stop"},
		{Decimal(3.25), "3.3"}, {Decimal(3), "3"}, {Decimal(-0.04), "0"}, {Decimal(0.25), "0.3"},
		{DecimalNouns(1, "night"), "1 night"}, {DecimalNouns(3.46, "night"), "3.5 nights"},
		{Percent(0.864), "86%"}, {Percent(0.005), "1%"},
		{Share(8, 12), "8 of 12 nights (67%)"}, {Share(1, 1), "1 of 1 night (100%)"}, {Share(0, 0), "0 of 0 nights"},
		{ShortShare(7, 28), "7 of 28 (25%)"},
		{Duration(90), "1m30s"}, {Duration(240), "4m"}, {Duration(3725), "1h2m5s"}, {Duration(0), "0s"},
		{DurationOf(3725), "1h2m"}, {DurationOf(49.6), "50s"}, {Minutes(16.5), "16m30s"}, {Minutes(50.0 / 60), "50s"},
		{SleepTime(45), "45m"}, {SleepTime(442), "7h22"}, {SleepTime(423), "7h03"},
		{List(nil), ""}, {List([]string{"a"}), "a"}, {List([]string{"a", "b"}), "a and b"}, {List([]string{"a", "b", "c"}), "a, b and c"},
		{Signed(2), "+2"}, {Signed(-0.26), "−0.3"}, {Signed(0.01), "0"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}
