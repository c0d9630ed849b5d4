package render

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

// maxEpoch is the last second a PDF date can hold (the year 9999).
const maxEpoch = 253402300799

// ParseSourceDateEpoch reads a SOURCE_DATE_EPOCH value: whole seconds since
// 1970-01-01 UTC, from 0 to the end of the year 9999.
func ParseSourceDateEpoch(v string) (time.Time, error) {
	sec, err := strconv.ParseInt(v, 10, 64)
	if err != nil || sec < 0 || sec > maxEpoch {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a time: give whole seconds since 1970-01-01 UTC, from 0 to %d (or unset it)", v, int64(maxEpoch))
	}
	return time.Unix(sec, 0).UTC(), nil
}

// CheckSourceDateEpoch returns an error when SOURCE_DATE_EPOCH is set but
// not a valid time, so a command can refuse it instead of ignoring it.
func CheckSourceDateEpoch() error {
	v, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || v == "" {
		return nil
	}
	_, err := ParseSourceDateEpoch(v)
	return err
}
