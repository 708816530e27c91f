package diary

import (
	"encoding/json"
)

// Opt is a value that may be absent. The zero Opt is absent, which is how the
// diary tells "not recorded" apart from a recorded zero, false or empty value.
// Opt is a plain value: copying a Night copies its Opts, so a draft never
// aliases the night it was made from.
type Opt[T any] struct {
	v  T
	ok bool
}

// Some returns a known value.
func Some[T any](v T) Opt[T] { return Opt[T]{v: v, ok: true} }

// None returns an absent value.
func None[T any]() Opt[T] { return Opt[T]{} }

// Get returns the value and whether it is known.
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }

// Known reports whether the value was recorded.
func (o Opt[T]) Known() bool { return o.ok }

// Or returns the value, or def when it is absent.
func (o Opt[T]) Or(def T) T {
	if o.ok {
		return o.v
	}
	return def
}

// IsZero reports whether the value is absent; encoding/json's omitzero uses it.
func (o Opt[T]) IsZero() bool { return !o.ok }

// MarshalJSON writes the value, or null when absent.
func (o Opt[T]) MarshalJSON() ([]byte, error) {
	if !o.ok {
		return []byte("null"), nil
	}
	return json.Marshal(o.v)
}

// UnmarshalJSON reads a value; null leaves it absent.
func (o *Opt[T]) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = Opt[T]{}
		return nil
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*o = Some(v)
	return nil
}
