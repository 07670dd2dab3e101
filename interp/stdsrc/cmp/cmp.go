// Package cmp is the session's cmp: Go 1.26's API, interpreted by yaegi.
package cmp

// Ordered is a constraint that permits any ordered type: any type that
// supports the operators < <= >= >.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x is less than y. A NaN is less than any non-NaN,
// and -0.0 is not less than 0.0.
func Less[T Ordered](x, y T) bool {
	if x != x {
		return y == y
	}
	return x < y
}

// Compare returns -1 if x is less than y, 0 if they are equal and +1 if x
// is greater than y. A NaN equals a NaN and is less than any non-NaN, and
// -0.0 equals 0.0.
func Compare[T Ordered](x, y T) int {
	xNaN, yNaN := x != x, y != y
	switch {
	case xNaN && yNaN:
		return 0
	case xNaN:
		return -1
	case yNaN:
		return +1
	case x < y:
		return -1
	case x > y:
		return +1
	}
	return 0
}

// Or returns the first of its arguments that is not the zero value, or
// the zero value when all are.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
