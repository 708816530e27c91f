package diary

import "sort"

// NightsBetween returns the nights of a date-ordered list dated from..to,
// both included, as a sub-slice found by binary search; empty when to is
// before from.
func NightsBetween(nights []Night, from, to Date) []Night {
	lo := sort.Search(len(nights), func(i int) bool { return nights[i].Date >= from })
	hi := sort.Search(len(nights), func(i int) bool { return nights[i].Date > to })
	if hi < lo {
		return nil
	}
	return nights[lo:hi]
}
