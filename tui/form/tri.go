package form

import (
	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// The words of the tri-state and list fields, on the Log's and the
// Profile's forms alike. An empty string is "not recorded"; a list with
// nothing ticked is "not recorded" too, and None ticked is the recorded
// empty list.
const (
	Yes  = "yes"
	No   = "no"
	None = "none"
)

// TriOptions are the options of a yes, no or not recorded field.
func TriOptions() []Option { return []Option{Opt(Yes), Opt(No), {Value: "", Label: "—"}} }

// Tri reads a tri-state field: Yes, No, or not recorded.
func Tri(s string) diary.Opt[bool] {
	switch s {
	case Yes:
		return diary.Some(true)
	case No:
		return diary.Some(false)
	}
	return diary.None[bool]()
}

// TriText writes a value known or not as a tri-state field holds it.
func TriText(o diary.Opt[bool]) string {
	switch v, ok := o.Get(); {
	case !ok:
		return ""
	case v:
		return Yes
	}
	return No
}

// Enum are the options of a choice among the values all, in the diary's
// words (nightcard.Label), with "—" for not recorded.
func Enum[T ~string](all []T) []Option {
	out := make([]Option, 0, len(all)+1)
	for _, v := range all {
		out = append(out, Option{Value: string(v), Label: nightcard.Label(v)})
	}
	return append(out, Option{Value: "", Label: "—"})
}

// List are the options of a list field of the values all: None first, the
// recorded empty list, then each value in the diary's words.
func List[T ~string](all []T) []Option {
	out := []Option{Opt(None)}
	for _, v := range all {
		out = append(out, Option{Value: string(v), Label: nightcard.Label(v)})
	}
	return out
}
