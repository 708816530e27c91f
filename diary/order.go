package diary

import (
	"cmp"
	"slices"
)

// ByDate orders two nights by date, for slices.SortFunc and its kin.
func ByDate(a, b Night) int { return cmp.Compare(a.Date, b.Date) }

// InDateOrder returns nights in date order: nights itself when it already
// is, else a sorted copy (nights on one date keep their order).
func InDateOrder(nights []Night) []Night {
	if slices.IsSortedFunc(nights, ByDate) {
		return nights
	}
	sorted := slices.Clone(nights)
	slices.SortStableFunc(sorted, ByDate)
	return sorted
}
