package interp

import (
	"fmt"
	"math"
	"reflect"

	goruntime "github.com/gobackprop/gobackprop/interp/goruntime"
)

// indexError is Go's panic for an index out of range (lower.lowerBounds).
func indexError(i any, length int) error {
	if n, _ := asInt(i); n < 0 {
		return goruntime.Error(fmt.Sprintf("runtime error: index out of range [%d]", n))
	}
	return goruntime.Error(fmt.Sprintf("runtime error: index out of range [%v] with length %d", i, length))
}

// checkIndex returns i, an index into something of the length given, or
// panics as Go does when it is out of range (lower's a[f()]).
func checkIndex(i, length int) int {
	if i < 0 || i >= length {
		panic(indexError(i, length))
	}
	return i
}

// shiftCount is a signed shift count, checked as Go checks it when the
// shift runs (lower.lowerShiftCount).
func shiftCount(n int64) uint64 {
	if n < 0 {
		panic(goruntime.Error("runtime error: negative shift amount"))
	}
	return uint64(n)
}

// sliceError is Go's panic for slice bounds out of range: bound is the
// capacity of a slice (withCap) or the length of a string or array.
func sliceError(lo, hi any, bound int, hiGiven, withCap bool) error {
	l, _ := asInt(lo)
	h, _ := asInt(hi)
	what := "length"
	if withCap {
		what = "capacity"
	}
	var msg string
	switch {
	case hiGiven && h < 0:
		msg = fmt.Sprintf("[:%d]", h)
	case hiGiven && h > int64(bound):
		msg = fmt.Sprintf("[:%v] with %s %d", hi, what, bound)
	case l < 0:
		msg = fmt.Sprintf("[%d:]", l)
	default:
		msg = fmt.Sprintf("[%v:%v]", lo, hi)
	}
	return goruntime.Error("runtime error: slice bounds out of range " + msg)
}

// slice3Error is Go's panic for the bounds of s[lo:hi:max] out of range,
// checked in Go's order: max against bound (the capacity of a slice, the
// length of an array), hi against max, lo against hi. A negative bound
// is named alone, as Go names it.
func slice3Error(lo, hi, max any, bound int, withCap bool) error {
	l, _ := asInt(lo)
	h, _ := asInt(hi)
	m, _ := asInt(max)
	what := "length"
	if withCap {
		what = "capacity"
	}
	var msg string
	switch {
	case m < 0:
		msg = fmt.Sprintf("[::%d]", m)
	case m > int64(bound):
		msg = fmt.Sprintf("[::%v] with %s %d", max, what, bound)
	case h < 0:
		msg = fmt.Sprintf("[:%d:]", h)
	case h > m:
		msg = fmt.Sprintf("[:%v:%v]", hi, max)
	case l < 0:
		msg = fmt.Sprintf("[%d::]", l)
	default:
		msg = fmt.Sprintf("[%v:%v:]", lo, hi)
	}
	return goruntime.Error("runtime error: slice bounds out of range " + msg)
}

// asInt returns an integer of any integer type as an int64, saturated.
func asInt(v any) (int64, bool) {
	r := reflect.ValueOf(v)
	switch {
	case r.CanInt():
		return r.Int(), true
	case r.CanUint():
		if u := r.Uint(); u <= math.MaxInt64 {
			return int64(u), true
		}
		return math.MaxInt64, true
	}
	return 0, false
}
