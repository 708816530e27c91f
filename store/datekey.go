package store

import "github.com/crampsdiary/cramps/diary"

// A night's key is its date as YYYY-MM-DD (diary.DateLayout), so that byte
// order is calendar order. dateKey writes it without the time package: loading
// thirty years of nights formats eleven thousand keys, and this does each in
// a few nanoseconds.

// dateKeyLen is the length of a key: YYYY-MM-DD.
const dateKeyLen = 10

// The dates a key can spell: 0000-01-01 to 9999-12-31, in days since 1970
// (datekey_test.go checks them against diary.NewDate).
const (
	minKeyDate diary.Date = -719528
	maxKeyDate diary.Date = 2932896
)

// dateKey returns the key of d, and false when d's year has no four-digit form.
func dateKey(d diary.Date) ([dateKeyLen]byte, bool) {
	var k [dateKeyLen]byte
	if d < minKeyDate || d > maxKeyDate {
		return k, false
	}
	y, m, day := civilFromDays(int64(d))
	k[0] = byte('0' + y/1000)
	k[1] = byte('0' + y/100%10)
	k[2] = byte('0' + y/10%10)
	k[3] = byte('0' + y%10)
	k[4] = '-'
	k[5] = byte('0' + m/10)
	k[6] = byte('0' + m%10)
	k[7] = '-'
	k[8] = byte('0' + day/10)
	k[9] = byte('0' + day%10)
	return k, true
}

// clampKey returns the key of d, moved into the dates a key can spell; range
// scans use it so that a range reaching past year 9999 still means "to the end".
func clampKey(d diary.Date) [dateKeyLen]byte {
	k, _ := dateKey(max(minKeyDate, min(d, maxKeyDate)))
	return k
}

// civilFromDays converts days since 1970-01-01 to a proleptic Gregorian
// year, month and day (Howard Hinnant's "civil_from_days").
func civilFromDays(z int64) (year int64, month, day int) {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097                                  // day of the 400-year era, [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // year of the era, [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // day of the year from 1 March, [0, 365]
	mp := (5*doy + 2) / 153                                // month from March, [0, 11]
	day = int(doy - (153*mp+2)/5 + 1)
	month = int(mp + 3)
	if month > 12 {
		month -= 12
	}
	year = yoe + era*400
	if month <= 2 {
		year++
	}
	return year, month, day
}
