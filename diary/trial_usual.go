package diary

// Forget leaves the fields that say whether night n followed habit h
// unknown: during a trial the user answers them each morning, so they are
// never prefilled from usual values or from the schedule (SPEC §11.3).
func (h TrialHabit) Forget(n *Night) {
	switch h {
	case HabitStretched:
		n.Day.Stretched = None[bool]()
	case HabitLegsElevated:
		n.Day.LegsElevated = None[bool]()
	case HabitMassage:
		n.Day.Massage = None[bool]()
	case HabitKneesSupported:
		n.Position.KneesSupported = None[bool]()
	case HabitTightBlankets:
		n.Position.TightBlankets = None[bool]()
	case HabitAlcohol:
		n.Day.AlcoholDrinks = None[int]()
	case HabitLateCaffeine:
		n.Day.CaffeineServings = None[int]()
		n.Day.LastCaffeine = None[Clock]()
	case HabitMagnesium:
		n.Day.Supplements = nil
	}
}

// UsualNightDuring is UsualNight for date with the habit of a trial holding
// that night forgotten: the night "no cramps, usual day" that the Log
// screen prefills and `cramps show --usual` prints.
func UsualNightDuring(date Date, nights []Night, trials []Trial) Night {
	n := UsualNight(date, nights)
	for _, t := range trials {
		if t.Holds(date) {
			t.Habit.Forget(&n)
		}
	}
	return n
}
