package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// Schemas and migrations. Open upgrades an older diary in one read-write
// transaction, running each registered step from its schema to the next, so
// the file is either wholly upgraded or left as it was. A read-only store
// does not migrate: it reads the older values with that schema's decoders.

// valueCodec reads the stored values of one schema. night decodes into a
// zero Night, leaving it zero on error.
type valueCodec struct {
	// open checks a stored value against its key and returns the encoded
	// value within it (sealed.go): schema 3 on carry a checksum.
	open    func(key, stored []byte) ([]byte, error)
	night   func([]byte, *diary.Night, *slab) error
	profile func([]byte) (diary.Profile, error)
}

// codecFor returns the decoders of schema v, false for a schema this code does not know.
func codecFor(v int) (valueCodec, bool) {
	switch v {
	case 1:
		return valueCodec{open: unsealed, night: decodeNightJSON, profile: decodeProfileJSON}, true
	case 2:
		return valueCodec{open: unsealed, night: decodeNightInto, profile: decodeProfile}, true
	case 3:
		return valueCodec{open: unseal, night: decodeNightInto, profile: decodeProfile}, true
	}
	return valueCodec{}, false
}

// migration upgrades a diary from schema from to from+1 inside tx.
type migration struct {
	from int
	what string
	run  func(tx *bolt.Tx) error
}

// migrations lists every step, one per older schema, oldest first.
func migrations() []migration {
	return []migration{
		{from: 1, what: "store values in the binary codec instead of JSON", run: migrateJSONToBinary},
		{from: 2, what: "seal every value with its checksum", run: migrateSeal},
	}
}

// migrate brings the diary in tx from schema from up to SchemaVersion.
func migrate(tx *bolt.Tx, from int) error {
	steps := migrations()
	for v := from; v < SchemaVersion; v++ {
		i := v - steps[0].from
		if i < 0 || i >= len(steps) || steps[i].from != v {
			return fmt.Errorf("no migration from schema %d", v)
		}
		if err := steps[i].run(tx); err != nil {
			return fmt.Errorf("migrate schema %d to %d (%s): %w", v, v+1, steps[i].what, err)
		}
		if err := putSchema(tx, v+1); err != nil {
			return err
		}
	}
	return nil
}

// migrateJSONToBinary rewrites every night and the profile from schema 1's
// encoding/json to codec.go's binary form. The values are read before any is
// written, since a cursor is not to be trusted across writes to its bucket.
func migrateJSONToBinary(tx *bolt.Tx) error {
	if b := tx.Bucket(bucketNights); b != nil {
		var keys [][]byte
		var vals [][]byte
		err := b.ForEach(func(k, v []byte) error {
			var n diary.Night
			if err := decodeNightJSON(v, &n, nil); err != nil {
				return fmt.Errorf("%w: the night stored under %s: %w", ErrNotDiary, keyWords(k), err)
			}
			if err := checkKey(k, n.Date); err != nil {
				return err
			}
			keys = append(keys, bytes.Clone(k))
			vals = append(vals, encodeNight(n))
			return nil
		})
		if err != nil {
			return err
		}
		for i, k := range keys {
			if err := b.Put(k, vals[i]); err != nil { // schema 2's form: migrateSeal seals it next
				return fmt.Errorf("rewrite night %s: %w", k, err)
			}
		}
	}
	if b := tx.Bucket(bucketProfile); b != nil {
		if v := b.Get(keyProfile); v != nil {
			p, err := decodeProfileJSON(v)
			if err != nil {
				return fmt.Errorf("%w: the stored profile: %w", ErrNotDiary, err)
			}
			if err := b.Put(keyProfile, encodeProfile(p)); err != nil {
				return fmt.Errorf("rewrite profile: %w", err)
			}
		}
	}
	return nil
}

// decodeNightJSON reads a schema-1 night: the encoding/json form of
// diary.Night (with lists of its own: no slab).
func decodeNightJSON(b []byte, n *diary.Night, _ *slab) error {
	if err := strictJSON(b, n); err != nil {
		*n = diary.Night{}
		return err
	}
	return nil
}

// decodeProfileJSON reads a schema-1 profile: the encoding/json form of diary.Profile.
func decodeProfileJSON(b []byte) (diary.Profile, error) {
	var p diary.Profile
	if err := strictJSON(b, &p); err != nil {
		return diary.Profile{}, err
	}
	return p, nil
}

// strictJSON decodes one JSON value into v, refusing keys v does not have and
// anything after the value: a migration must not drop what it cannot read.
func strictJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", errCorrupt, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: stray data after the JSON value", errCorrupt)
	}
	return nil
}

// migrateSeal appends to every value in the nights and profile buckets the
// checksum of schema 3 (sealed.go). A value schema 2 cannot decode is
// damage found before it is sealed in: the migration stops and writes
// nothing.
func migrateSeal(tx *bolt.Tx) error {
	old, _ := codecFor(2)
	for _, name := range [][]byte{bucketNights, bucketProfile} {
		b := tx.Bucket(name)
		if b == nil {
			continue
		}
		var keys, vals [][]byte
		err := b.ForEach(func(k, v []byte) error {
			if v == nil {
				return fmt.Errorf("%w: the %s bucket holds a bucket %s", ErrNotDiary, name, keyWords(k))
			}
			var err error
			if bytes.Equal(name, bucketNights) {
				var n diary.Night
				if err = old.night(v, &n, nil); err == nil {
					err = checkKey(k, n.Date)
				}
			} else {
				_, err = old.profile(v)
			}
			if err != nil {
				return fmt.Errorf("%w: the value stored under %s: %w", ErrNotDiary, keyWords(k), err)
			}
			keys = append(keys, bytes.Clone(k))
			vals = append(vals, seal(k, bytes.Clone(v)))
			return nil
		})
		if err != nil {
			return err
		}
		for i, k := range keys {
			if err := b.Put(k, vals[i]); err != nil {
				return fmt.Errorf("seal %s: %w", k, err)
			}
		}
	}
	return nil
}
