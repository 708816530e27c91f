package store

// The layout of a diary file. A bbolt file is a cramps diary when its meta
// bucket holds formatMarker under keyFormat; keyed by date, the nights sort
// in calendar order, so a date range is one Cursor.Seek and a walk.

// SchemaVersion is the layout this code writes. Schema 1 stored nights and the
// profile as JSON; schema 2 stored them in the binary form of codec.go;
// schema 3 seals each value with a checksum (sealed.go).
const SchemaVersion = 3

// formatMarker tells a cramps diary from any other bbolt file.
const formatMarker = "cramps-diary"

// Bucket names and the keys inside them. The names never change between
// schema versions: migrations rewrite values, not the buckets that hold them.
var (
	bucketMeta    = []byte("meta")
	bucketNights  = []byte("nights")
	bucketProfile = []byte("profile")

	keyFormat  = []byte("format")  // in bucketMeta: formatMarker
	keySchema  = []byte("schema")  // in bucketMeta: the schema version in decimal ASCII
	keyProfile = []byte("profile") // in bucketProfile: the one profile
)
