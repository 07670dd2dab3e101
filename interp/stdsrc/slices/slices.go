// Package slices is the session's slices: Go 1.26's API, interpreted by
// yaegi.
//
// The functions take []E where Go's take a type parameter S ~[]E, and
// function types where Go's take iter.Seq[E]: yaegi infers a type argument
// only from a parameter written with it directly. A named slice type is
// still accepted; a function returning a slice returns []E rather than
// the named type.
//
// The sorting functions call the compiled sort package, whose algorithm
// is the one Go's slices uses: a sort leaves equal elements in the order
// compiled Go would.
package slices

import (
	"cmp"
	"iter"
	"math"
	"reflect"
	"sort"
)

// Equal reports whether s1 and s2 have the same length and equal
// elements, compared in increasing index order with ==. NaNs are not
// equal.
func Equal[E comparable](s1, s2 []E) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc reports whether s1 and s2 have the same length and eq holds
// for each pair of elements, in increasing index order.
func EqualFunc[E1, E2 any](s1 []E1, s2 []E2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares s1 and s2 element by element with cmp.Compare: the
// first unequal pair decides, and a shorter slice that is a prefix of the
// other is less.
func Compare[E cmp.Ordered](s1, s2 []E) int {
	for i, v := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := compare(v, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// compare is cmp.Compare: yaegi takes a call of cmp.Compare inside
// slices.Compare for a call of slices.Compare itself.
func compare[E cmp.Ordered](x, y E) int {
	xNaN, yNaN := x != x, y != y
	switch {
	case xNaN && yNaN:
		return 0
	case xNaN || x < y:
		return -1
	case yNaN || x > y:
		return +1
	}
	return 0
}

// CompareFunc is Compare with the comparison function cmp.
func CompareFunc[E1, E2 any](s1 []E1, s2 []E2, cmp func(E1, E2) int) int {
	for i, v := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(v, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Index returns the index of the first occurrence of v in s, or -1.
func Index[E comparable](s []E, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first element satisfying f, or -1.
func IndexFunc[E any](s []E, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[E comparable](s []E, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether an element of s satisfies f.
func ContainsFunc[E any](s []E, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert inserts v before s[i] and returns the result: s itself, shifted
// in place, when its capacity suffices, else a new slice. It panics if i
// is out of range.
func Insert[E any](s []E, i int, v ...E) []E {
	_ = s[i:] // bounds check
	m, n := len(v), len(s)
	if m == 0 {
		return s
	}
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		s2 := append(s[:i], make([]E, n+m-i)...)
		copy(s2[i:], v)
		copy(s2[i+m:], s[i:])
		return s2
	}
	tmp := append([]E(nil), v...) // v may be part of s
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], tmp)
	return s
}

// Delete removes s[i:j] and returns the shortened slice, zeroing the
// elements past its new length. It panics if s[i:j] is not a valid slice
// of s.
func Delete[E any](s []E, i, j int) []E {
	_ = s[i:j:len(s)] // bounds check
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	zero(s[len(s):n])
	return s
}

// DeleteFunc removes the elements for which del returns true, zeroing
// the elements past the new length.
func DeleteFunc[E any](s []E, del func(E) bool) []E {
	i := IndexFunc(s, del)
	if i == -1 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	zero(s[i:])
	return s[:i]
}

// Replace replaces s[i:j] by v and returns the result, zeroing the
// elements past its length when it is shorter. It panics if s[i:j] is not
// a valid slice of s.
func Replace[E any](s []E, i, j int, v ...E) []E {
	_ = s[i:j] // bounds check
	tot := i + len(v) + len(s) - j
	if tot > cap(s) {
		s2 := append(s[:i], make([]E, tot-i)...)
		copy(s2[i:], v)
		copy(s2[i+len(v):], s[j:])
		return s2
	}
	tmp := append([]E(nil), v...) // v may be part of s
	r := s[:tot]
	copy(r[i+len(tmp):], s[j:])
	copy(r[i:], tmp)
	if tot < len(s) {
		zero(s[tot:])
	}
	return r
}

// Clone returns a shallow copy of s; nil for nil.
func Clone[E any](s []E) []E {
	return append(s[:0:0], s...)
}

// Compact replaces each run of equal elements by its first element and
// returns the shortened slice, zeroing the elements past its length.
func Compact[E comparable](s []E) []E {
	if len(s) < 2 {
		return s
	}
	w, prev := 1, s[0]
	for r := 1; r < len(s); r++ {
		v := s[r]
		if v != prev {
			s[w] = v
			w++
		}
		prev = v
	}
	zero(s[w:])
	return s[:w]
}

// CompactFunc is Compact with eq telling equal neighbours; of a run it
// keeps the first element.
func CompactFunc[E any](s []E, eq func(E, E) bool) []E {
	if len(s) < 2 {
		return s
	}
	w, prev := 1, s[0]
	for r := 1; r < len(s); r++ {
		v := s[r]
		if !eq(prev, v) {
			s[w] = v
			w++
		}
		prev = v
	}
	zero(s[w:])
	return s[:w]
}

// Grow makes room for n more elements without another allocation. It
// panics if n is negative.
func Grow[E any](s []E, n int) []E {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip removes the unused capacity of s.
func Clip[E any](s []E) []E {
	return s[:len(s):len(s)]
}

// Reverse reverses the elements of s in place.
func Reverse[E any](s []E) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice of the elements of all the slices, nil when
// there are none.
func Concat[E any](slices ...[]E) []E {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	out := Grow([]E(nil), size)
	for _, s := range slices {
		out = append(out, s...)
	}
	return out
}

// Repeat returns a new slice repeating x count times. It panics if count
// is negative or the length overflows.
func Repeat[E any](x []E, count int) []E {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if count > 0 && len(x) > maxInt/count {
		panic("the result of (len(x) * count) overflows")
	}
	out := make([]E, len(x)*count)
	n := copy(out, x)
	for n < len(out) {
		n += copy(out[n:], out[:n])
	}
	return out
}

// Max returns the maximal element of x; a NaN if x holds one. It panics if
// x is empty.
func Max[E cmp.Ordered](x []E) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		m = maxOf(m, v)
	}
	return m
}

// Min returns the minimal element of x; a NaN if x holds one. It panics if
// x is empty.
func Min[E cmp.Ordered](x []E) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		m = minOf(m, v)
	}
	return m
}

// MaxFunc returns the first maximal element of x by cmp. It panics if x
// is empty.
func MaxFunc[E any](x []E, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if cmp(v, m) > 0 {
			m = v
		}
	}
	return m
}

// MinFunc returns the first minimal element of x by cmp. It panics if x
// is empty.
func MinFunc[E any](x []E, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if cmp(v, m) < 0 {
			m = v
		}
	}
	return m
}

// maxOf and minOf are the builtins max and min of two values, which yaegi
// lacks: a NaN wins, and max prefers 0.0 to -0.0, min -0.0 to 0.0.
func maxOf[E cmp.Ordered](a, b E) E {
	switch {
	case a != a || b < a:
		return a
	case b != b || a < b:
		return b
	case negZero(a):
		return b
	}
	return a
}

func minOf[E cmp.Ordered](a, b E) E {
	switch {
	case a != a || a < b:
		return a
	case b != b || b < a:
		return b
	case negZero(b):
		return b
	}
	return a
}

// negZero reports whether x is a floating-point -0.0.
func negZero[E cmp.Ordered](x E) bool {
	var z E
	if x != z {
		return false
	}
	v := reflect.ValueOf(x)
	k := v.Kind()
	return (k == reflect.Float32 || k == reflect.Float64) && math.Signbit(v.Float())
}

// zero sets the elements of s to their zero value (clear, which yaegi
// lacks).
func zero[E any](s []E) {
	var z E
	for i := range s {
		s[i] = z
	}
}

// Sort sorts x in ascending order; NaNs come first.
func Sort[E cmp.Ordered](x []E) {
	switch v := any(x).(type) {
	case []int:
		sort.Ints(v)
	case []float64:
		sort.Float64s(v)
	case []string:
		sort.Strings(v)
	default:
		sort.Slice(x, func(i, j int) bool {
			a, b := x[i], x[j]
			return a < b || (a != a && b == b)
		})
	}
}

// SortFunc sorts x by cmp, which must be a strict weak ordering (see
// Go's documentation of slices.SortFunc). It is not stable.
func SortFunc[E any](x []E, cmp func(a, b E) int) {
	sort.Slice(x, func(i, j int) bool { return cmp(x[i], x[j]) < 0 })
}

// SortStableFunc sorts x by cmp, keeping equal elements in their order.
func SortStableFunc[E any](x []E, cmp func(a, b E) int) {
	sort.SliceStable(x, func(i, j int) bool { return cmp(x[i], x[j]) < 0 })
}

// IsSorted reports whether x is in ascending order.
func IsSorted[E cmp.Ordered](x []E) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted by cmp.
func IsSortedFunc[E any](x []E, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch searches sorted x for target and returns the position
// where it is or would be inserted, and whether it is there.
func BinarySearch[E cmp.Ordered](x []E, target E) (int, bool) {
	i, j := 0, len(x)
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp.Less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(x) && (x[i] == target || (x[i] != x[i] && target != target))
}

// BinarySearchFunc is BinarySearch with cmp comparing an element to the
// target.
func BinarySearchFunc[E, T any](x []E, target T, cmp func(E, T) int) (int, bool) {
	i, j := 0, len(x)
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(x) && cmp(x[i], target) == 0
}

// All returns an iterator over the indexes and values of s.
func All[E any](s []E) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

// Backward returns an iterator over the indexes and values of s, from
// the last to the first.
func Backward[E any](s []E) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// Values returns an iterator over the values of s.
func Values[E any](s []E) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

// AppendSeq appends the values of seq to s.
func AppendSeq[E any](s []E, seq func(yield func(E) bool)) []E {
	seq(func(v E) bool {
		s = append(s, v)
		return true
	})
	return s
}

// Collect returns a new slice of the values of seq; nil when it yields
// none.
func Collect[E any](seq func(yield func(E) bool)) []E {
	return AppendSeq([]E(nil), seq)
}

// Sorted collects the values of seq and sorts them.
func Sorted[E cmp.Ordered](seq func(yield func(E) bool)) []E {
	s := Collect(seq)
	Sort(s)
	return s
}

// SortedFunc collects the values of seq and sorts them by cmp.
func SortedFunc[E any](seq func(yield func(E) bool), cmp func(E, E) int) []E {
	s := Collect(seq)
	SortFunc(s, cmp)
	return s
}

// SortedStableFunc collects the values of seq and sorts them by cmp,
// keeping equal values in the order seq yields them.
func SortedStableFunc[E any](seq func(yield func(E) bool), cmp func(E, E) int) []E {
	s := Collect(seq)
	SortStableFunc(s, cmp)
	return s
}

// Chunk returns an iterator over consecutive subslices of s of n
// elements, the last one maybe shorter; each has no spare capacity. It
// panics if n is less than 1.
func Chunk[E any](s []E, n int) iter.Seq[[]E] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func([]E) bool) {
		for i := 0; i < len(s); i += n {
			end := i + n
			if end > len(s) {
				end = len(s)
			}
			if !yield(s[i:end:end]) {
				return
			}
		}
	}
}
