// Package rand holds what the session's math/rand/v2 adds to the compiled
// one: Go's generic N, interpreted by yaegi. It draws from math/rand's
// global source, which is randomly seeded like math/rand/v2's: the file
// cannot use the compiled package's members - to the type checker it is
// the same package.
package rand

import v1 "math/rand"

// N returns a pseudo-random number in the half-open interval [0,n) from
// the default source. It panics if n <= 0.
func N[Int ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	u := uint64(n)
	if u <= 1<<63-1 {
		return Int(v1.Int63n(int64(u)))
	}
	// n is beyond int64: draw 64 bits until one falls below it.
	for {
		if r := v1.Uint64(); r < u {
			return Int(r)
		}
	}
}
