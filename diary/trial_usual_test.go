package diary

import "testing"

// knownNight is a night on which every trial habit's value is recorded.
func knownNight(d Date) Night {
	var n Night
	n.Date = d
	n.Day.Stretched, n.Day.LegsElevated, n.Day.Massage = Some(true), Some(false), Some(true)
	n.Position.KneesSupported, n.Position.TightBlankets = Some(true), Some(false)
	n.Day.AlcoholDrinks, n.Day.CaffeineServings, n.Day.LastCaffeine = Some(0), Some(2), Some(NewClock(10, 0))
	n.Day.Supplements = []Supplement{SupplementMagnesium}
	n.Day.WaterML = Some(1800)
	n.Episodes = []Episode{}
	return n
}

func TestForgetLeavesOnlyItsHabitUnknown(t *testing.T) {
	p := NewProfile()
	for _, h := range TrialHabits {
		n := knownNight(NewDate(2026, 11, 21))
		h.Forget(&n)
		if _, known := h.FollowedA(n, p); known {
			t.Errorf("%s: still known after Forget", h)
		}
		for _, other := range TrialHabits {
			if other == h {
				continue
			}
			want, _ := other.FollowedA(knownNight(n.Date), p)
			if got, known := other.FollowedA(n, p); !known || got != want {
				t.Errorf("forgetting %s changed %s: %v (known %v), want %v", h, other, got, known, want)
			}
		}
		if n.Day.WaterML != Some(1800) || n.Episodes == nil {
			t.Errorf("forgetting %s changed a field of no habit: %+v", h, n)
		}
	}
}

func TestUsualNightDuringForgetsTheHabitOfTheTrialHoldingTheNight(t *testing.T) {
	var nights []Night
	for d := NewDate(2026, 11, 1); d <= NewDate(2026, 11, 20); d++ {
		nights = append(nights, knownNight(d))
	}
	trial := Trial{ID: "stretched-2026-11-21", Habit: HabitStretched, Start: NewDate(2026, 11, 21), PeriodNights: 1,
		Pairs: 5, Order: []string{"AB", "BA", "AB", "AB", "BA"}}
	in := UsualNightDuring(NewDate(2026, 11, 21), nights, []Trial{trial})
	if in.Day.Stretched.Known() || in.Day.Massage != Some(true) || in.Episodes == nil || len(in.Episodes) != 0 {
		t.Errorf("the usual night in the trial: %+v", in)
	}
	out := UsualNightDuring(NewDate(2026, 12, 1), nights, []Trial{trial}) // after its last night, the 30th
	if !out.Equal(UsualNight(NewDate(2026, 12, 1), nights)) {
		t.Errorf("the usual night after the trial differs from UsualNight: %+v", out)
	}
}
