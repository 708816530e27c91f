package store

import "github.com/crampsdiary/cramps/diary"

// A slab hands out the lists of many nights decoded together from a few
// large blocks, one block for each kind of element, instead of one small
// allocation for each list: thirty years of nights hold some 27,000 lists,
// most of one or two elements, and a load spent a tenth of its time
// allocating them. Texts that repeat from night to night, such as the
// names of medicines, are kept once. A slab serves one goroutine.
type slab struct {
	episode    []diary.Episode
	relief     []diary.Relief
	supplement []diary.Supplement
	str        []string
	texts      map[string]string
	blocks     int // made so far, of every kind
}

// A slab's blocks grow from 32 elements to at most maxSlabBlock, doubling
// with each block it makes: a week's read takes a few small ones, thirty
// years a few dozen large ones.
const maxSlabBlock = 512

// cut returns a list of n zero elements from *block, a block of s, which it
// refills when short; with no slab, a list of its own. The list's capacity
// is n, so an append to it copies it rather than writing over the next
// list; a list of none is empty, not nil, as the decoded field was present.
func cut[T any](s *slab, block *[]T, n int) []T {
	if s == nil {
		return make([]T, n)
	}
	if n > len(*block) || *block == nil {
		s.blocks++
		*block = make([]T, max(n, min(16<<s.blocks, maxSlabBlock)))
	}
	l := (*block)[:n:n]
	*block = (*block)[n:]
	return l
}

// The blocks of s, or nil when there is no slab (each list then its own).

func (s *slab) episodes() *[]diary.Episode {
	if s == nil {
		return nil
	}
	return &s.episode
}

func (s *slab) reliefs() *[]diary.Relief {
	if s == nil {
		return nil
	}
	return &s.relief
}

func (s *slab) supplements() *[]diary.Supplement {
	if s == nil {
		return nil
	}
	return &s.supplement
}

func (s *slab) strings() *[]string {
	if s == nil {
		return nil
	}
	return &s.str
}

// intern returns b as a string, the same string for the same bytes.
func (s *slab) intern(b []byte) string {
	if t, ok := s.texts[string(b)]; ok {
		return t
	}
	if s.texts == nil {
		s.texts = map[string]string{}
	}
	t := string(b)
	s.texts[t] = t
	return t
}
