package store

import (
	"encoding/binary"
	"errors"
	"hash/crc32"

	bolt "go.etcd.io/bbolt"
)

// Schema 3 seals every value it stores (SPEC §9): the encoded value, then the
// CRC-32C of its key and of the encoded value, four bytes little-endian. A
// byte changed anywhere in a value, or a value that moved to another key,
// fails the checksum when it is read and when `cramps check` runs. The
// meta bucket's own small values (format marker, schema) are not sealed:
// they are checked by what they must say.
//
// Every bucket of values goes through putSealed to write and through the
// store's codec (valueCodec.open) to read: a new bucket needs nothing more.

// firstSealedSchema is the first schema whose values carry a checksum.
const firstSealedSchema = 3

// sealLen is the length of the checksum after each value.
const sealLen = 4

// castagnoli is CRC-32C's table; the hardware computes it on amd64 and arm64.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errChecksum is a sealed value whose checksum does not match its bytes.
var errChecksum = errors.New("its checksum does not match: the stored bytes were changed")

// valueSum is the checksum of value stored under key.
func valueSum(key, value []byte) uint32 {
	return crc32.Update(crc32.Update(0, castagnoli, key), castagnoli, value)
}

// seal returns value with the checksum of key and value appended. It may
// append in place: the caller hands value over.
func seal(key, value []byte) []byte {
	return binary.LittleEndian.AppendUint32(value, valueSum(key, value))
}

// unseal checks the checksum at the end of stored, the value under key, and
// returns the value before it, which aliases stored.
func unseal(key, stored []byte) ([]byte, error) {
	if len(stored) < sealLen {
		return nil, errChecksum
	}
	v, sum := stored[:len(stored)-sealLen], stored[len(stored)-sealLen:]
	if binary.LittleEndian.Uint32(sum) != valueSum(key, v) {
		return nil, errChecksum
	}
	return v, nil
}

// unsealed reads a value of a schema before 3, which has no checksum.
func unsealed(_, stored []byte) ([]byte, error) { return stored, nil }

// putSealed stores value, sealed, under key in b.
func putSealed(b *bolt.Bucket, key, value []byte) error {
	return b.Put(key, seal(key, value))
}
