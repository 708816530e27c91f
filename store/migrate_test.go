//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// schema1Nights are the nights every schema-1 test file holds: realistic
// ones and the edge cases of absent against empty.
func schema1Nights() []diary.Night {
	nights := realisticNights(21, date(2025, 6, 1), 150)
	return append(nights,
		diary.Night{Date: date(2025, 12, 1)},
		diary.Night{Date: date(2025, 12, 2), Episodes: []diary.Episode{}},
		diary.Night{Date: date(2025, 12, 3), Day: diary.Day{Supplements: []diary.Supplement{}, Medications: []string{}, WaterML: diary.Some(0)}},
		diary.Night{Date: date(2025, 12, 4), Episodes: []diary.Episode{{Relief: []diary.Relief{}, Intensity: diary.Some(0)}}},
	)
}

func schema1Profile() diary.Profile {
	return diary.Profile{
		BirthYear:   diary.Some(1958),
		Sex:         diary.SexMale,
		Conditions:  []diary.Condition{},
		Medications: []diary.Medication{{Name: "furosemide", Class: diary.ClassDiuretic, Started: diary.Some(date(2025, 9, 1))}},
		WaterGoalML: diary.Some(1800),
	}
}

// writeSchema1 builds, with bbolt directly, a diary as schema 1 stored it:
// the same buckets, schema "1", and each value the encoding/json of its type.
func writeSchema1(t *testing.T, path string, nights []diary.Night, p *diary.Profile) {
	t.Helper()
	writeSchema(t, path, "1", nights, p, json.Marshal)
}

// writeSchema builds, with bbolt directly, a diary of an older schema: its
// marker, the nights and the profile (none when p is nil), each value as
// enc stores it.
func writeSchema(t *testing.T, path, schema string, nights []diary.Night, p *diary.Profile, enc func(any) ([]byte, error)) {
	t.Helper()
	withBolt(t, path, nil, func(tx *bolt.Tx) error {
		if err := putMeta(formatMarker, schema)(tx); err != nil {
			return err
		}
		nb, err := tx.CreateBucket(bucketNights)
		if err != nil {
			return err
		}
		for _, n := range nights {
			v, err := enc(n)
			if err != nil {
				return err
			}
			if err := nb.Put([]byte(n.Date.String()), v); err != nil {
				return err
			}
		}
		pb, err := tx.CreateBucket(bucketProfile)
		if err != nil || p == nil {
			return err
		}
		v, err := enc(*p)
		if err != nil {
			return err
		}
		return pb.Put(keyProfile, v)
	})
}

func assertDiaryHolds(t *testing.T, s *Store, nights []diary.Night, p diary.Profile) {
	t.Helper()
	assertAllNights(t, s, nights)
	if gp, err := s.Profile(); err != nil || !reflect.DeepEqual(gp, p) {
		t.Fatalf("profile = %#v, %v; want %#v", gp, err, p)
	}
}

// migrated opens the schema-from diary at path read-only, which must read
// it as it is and leave it so, then for writing, which migrates it; it
// returns the migrated store, which must hold nights and profile.
func migrated(t *testing.T, path string, from int, nights []diary.Night, profile diary.Profile) *Store {
	t.Helper()
	u := recordUntouched(t, path)
	ro := mustOpen(t, path, Options{ReadOnly: true})
	assertDiaryHolds(t, ro, nights, profile)
	if r, err := ro.Check(); err != nil || r.SchemaVersion != from || r.Nights != len(nights) {
		t.Fatalf("Check of schema %d = %+v, %v", from, r, err)
	}
	ro.Close()
	u.check(t)

	s := mustOpen(t, path, Options{Now: fixedNow})
	assertDiaryHolds(t, s, nights, profile)
	return s
}

func TestMigrateFromSchema1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	nights, profile := schema1Nights(), schema1Profile()
	writeSchema1(t, path, nights, &profile)

	s := migrated(t, path, 1, nights, profile)
	r, err := s.Check()
	if err != nil || r.SchemaVersion != SchemaVersion || r.Nights != len(nights) ||
		r.First != nights[0].Date || r.Last != date(2025, 12, 4) {
		t.Fatalf("Check after migration = %+v, %v", r, err)
	}
	if err := s.PutNight(realisticNight(22, date(2026, 1, 1))); err != nil {
		t.Fatal(err)
	}
	s.Close()

	assertCurrentOnDisk(t, path)

	// The day's snapshot, taken before the migration, is the schema-1 file.
	snap := mustOpen(t, SnapshotPath(path, diary.DateOf(fixedNow())), Options{ReadOnly: true})
	defer snap.Close()
	if r, err := snap.Check(); err != nil || r.SchemaVersion != 1 {
		t.Fatalf("snapshot Check = %+v, %v; want schema 1", r, err)
	}
	assertDiaryHolds(t, snap, nights, profile)
}

func TestMigrateFromSchema1WithoutProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	writeSchema1(t, path, schema1Nights()[:3], nil)
	s := mustOpen(t, path, Options{NoSnapshot: true})
	defer s.Close()
	assertDiaryHolds(t, s, schema1Nights()[:3], diary.NewProfile())
}

// TestFailedMigrationChangesNothing: a schema-1 value that cannot be read
// stops the migration, whose one transaction then leaves the file as it was.
func TestFailedMigrationChangesNothing(t *testing.T) {
	for name, value := range map[string]string{
		"damaged JSON":   `{"date":"2025-06-03","sleep":{`,
		"an unknown key": `{"date":"2025-06-03","mood":"fine"}`,
		"the wrong date": `{"date":"2025-06-04"}`,
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "diary.db")
			nights := schema1Nights()[:10]
			writeSchema1(t, path, nights, nil)
			withBolt(t, path, nil, func(tx *bolt.Tx) error {
				return tx.Bucket(bucketNights).Put([]byte("2025-06-03"), []byte(value))
			})
			u := recordUntouched(t, path)
			_, err := Open(path, Options{NoSnapshot: true})
			if !errors.Is(err, ErrNotDiary) {
				t.Fatalf("Open = %v, want ErrNotDiary", err)
			}
			u.check(t)
		})
	}
}

// TestMigrationsCoverEveryOlderSchema: each schema from 1 up has a reader,
// and each older one a step to the next.
func TestMigrationsCoverEveryOlderSchema(t *testing.T) {
	var froms []int
	for _, m := range migrations() {
		froms = append(froms, m.from)
		if m.what == "" || m.run == nil {
			t.Errorf("migration from %d is incomplete", m.from)
		}
	}
	var want []int
	for v := 1; v < SchemaVersion; v++ {
		want = append(want, v)
	}
	if !slices.Equal(froms, want) {
		t.Fatalf("migrations from %v, want from each of %v", froms, want)
	}
	for v := 1; v <= SchemaVersion; v++ {
		if _, ok := codecFor(v); !ok {
			t.Errorf("no reader for schema %d", v)
		}
	}
	if _, ok := codecFor(SchemaVersion + 1); ok {
		t.Error("a reader for a schema that does not exist yet")
	}
}

// assertCurrentOnDisk reads the file with bbolt directly: the current schema,
// and every value binary and sealed with its checksum.
func assertCurrentOnDisk(t *testing.T, path string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		if got, want := string(tx.Bucket(bucketMeta).Get(keySchema)), strconv.Itoa(SchemaVersion); got != want {
			t.Errorf("schema after migration %q, want %q", got, want)
		}
		if v, err := unseal(keyProfile, tx.Bucket(bucketProfile).Get(keyProfile)); err != nil || v[0] != profileFormat {
			t.Errorf("profile not rewritten: %q, %v", v, err)
		}
		return tx.Bucket(bucketNights).ForEach(func(k, v []byte) error {
			if v, err := unseal(k, v); err != nil || v[0] != nightFormat {
				t.Errorf("night %s not rewritten: %q, %v", k, v, err)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}

// writeSchema2 builds, with bbolt directly, a diary as schema 2 stored it:
// binary values without a checksum.
func writeSchema2(t *testing.T, path string, nights []diary.Night, p *diary.Profile) {
	t.Helper()
	writeSchema(t, path, "2", nights, p, func(v any) ([]byte, error) {
		switch v := v.(type) {
		case diary.Night:
			return encodeNight(v), nil
		case diary.Profile:
			return encodeProfile(v), nil
		}
		return nil, fmt.Errorf("no schema-2 form for %T", v)
	})
}

func TestMigrateFromSchema2(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	nights, profile := schema1Nights(), schema1Profile()
	writeSchema2(t, path, nights, &profile)

	s := migrated(t, path, 2, nights, profile)
	if r, err := s.Check(); err != nil || r.SchemaVersion != SchemaVersion || r.Nights != len(nights) {
		t.Fatalf("Check after migration = %+v, %v", r, err)
	}
	s.Close()
	assertCurrentOnDisk(t, path)
}

// TestFailedSealChangesNothing: a schema-2 value that cannot be read is
// damage, never sealed in with a fresh checksum: the migration stops and
// the file is left as it was.
func TestFailedSealChangesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	nights := schema1Nights()[:10]
	writeSchema2(t, path, nights, nil)
	withBolt(t, path, nil, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketNights).Put([]byte(nights[3].Date.String()), []byte{nightFormat, 0xff})
	})
	u := recordUntouched(t, path)
	if _, err := Open(path, Options{NoSnapshot: true}); !errors.Is(err, ErrNotDiary) {
		t.Fatalf("Open = %v, want ErrNotDiary", err)
	}
	u.check(t)
}
