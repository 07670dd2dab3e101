package slices

// Differential tests: each function against Go's own slices on the same
// inputs, comparing results, capacities and what is left in the backing
// array, since programs can see all three.

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	stdslices "slices"
	"strings"
	"testing"
)

func randInts(r *rand.Rand, n, max int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = r.IntN(max)
	}
	return s
}

// randFloats mixes in NaNs, both zeros and infinities.
func randFloats(r *rand.Rand, n int) []float64 {
	special := []float64{math.NaN(), 0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1)}
	s := make([]float64, n)
	for i := range s {
		if r.IntN(4) == 0 {
			s[i] = special[r.IntN(len(special))]
		} else {
			s[i] = float64(r.IntN(20)) - 10
		}
	}
	return s
}

// sameFloats compares bit patterns: -0 and 0, and NaNs, are told apart.
func sameFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			return false
		}
	}
	return true
}

// sameFloat tells -0 from 0; NaNs are all one (the builtin max makes
// its own, which printing does not show).
func sameFloat(a, b float64) bool {
	return a != a && b != b || math.Float64bits(a) == math.Float64bits(b)
}

type myInt int8

type rec struct{ key, id int }

func TestSortMatchesGo(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 5, 12, 13, 50, 200, 1000} {
		ints := randInts(r, n, n/3+1)
		got, want := stdslices.Clone(ints), stdslices.Clone(ints)
		Sort(got)
		stdslices.Sort(want)
		if !stdslices.Equal(got, want) {
			t.Errorf("Sort(%v) = %v, want %v", ints, got, want)
		}
		fl := randFloats(r, n)
		gotF, wantF := stdslices.Clone(fl), stdslices.Clone(fl)
		Sort(gotF)
		stdslices.Sort(wantF)
		if !sameFloats(gotF, wantF) {
			t.Errorf("Sort(%v) = %v, want %v", fl, gotF, wantF)
		}
		// A named element type takes the sort.Slice path.
		f32 := make([]float32, n)
		my := make([]myInt, n)
		for i := range fl {
			f32[i], my[i] = float32(fl[i]), myInt(ints[i])
		}
		gotN, wantN := stdslices.Clone(my), stdslices.Clone(my)
		Sort(gotN)
		stdslices.Sort(wantN)
		if !stdslices.Equal(gotN, wantN) {
			t.Errorf("Sort(%v) = %v, want %v", my, gotN, wantN)
		}
		got32, want32 := stdslices.Clone(f32), stdslices.Clone(f32)
		Sort(got32)
		stdslices.Sort(want32)
		for i := range got32 {
			if math.Float32bits(got32[i]) != math.Float32bits(want32[i]) {
				t.Errorf("Sort(%v) = %v, want %v", f32, got32, want32)
				break
			}
		}
		// Ties: an unstable sort must leave them as Go's does.
		recs := make([]rec, n)
		for i := range recs {
			recs[i] = rec{r.IntN(n/4 + 1), i}
		}
		byKey := func(a, b rec) int { return cmp.Compare(a.key, b.key) }
		gotR, wantR := stdslices.Clone(recs), stdslices.Clone(recs)
		SortFunc(gotR, byKey)
		stdslices.SortFunc(wantR, byKey)
		if !stdslices.Equal(gotR, wantR) {
			t.Errorf("SortFunc with ties, n=%d: got %v, want %v", n, gotR, wantR)
		}
		gotR, wantR = stdslices.Clone(recs), stdslices.Clone(recs)
		SortStableFunc(gotR, byKey)
		stdslices.SortStableFunc(wantR, byKey)
		if !stdslices.Equal(gotR, wantR) {
			t.Errorf("SortStableFunc n=%d: got %v, want %v", n, gotR, wantR)
		}
		if IsSorted(ints) != stdslices.IsSorted(ints) || IsSorted(want) != true {
			t.Errorf("IsSorted(%v) = %v", ints, IsSorted(ints))
		}
		if IsSortedFunc(recs, byKey) != stdslices.IsSortedFunc(recs, byKey) {
			t.Errorf("IsSortedFunc differs for %v", recs)
		}
		sorted := Sorted(Values(ints))
		if !stdslices.Equal(sorted, want) {
			t.Errorf("Sorted = %v, want %v", sorted, want)
		}
		for _, target := range []int{-1, 0, n / 6, n / 3, n} {
			gi, gf := BinarySearch(want, target)
			wi, wf := stdslices.BinarySearch(want, target)
			if gi != wi || gf != wf {
				t.Errorf("BinarySearch(%v, %d) = %d, %v, want %d, %v", want, target, gi, gf, wi, wf)
			}
			gi, gf = BinarySearchFunc(wantR, target, func(r rec, k int) int { return cmp.Compare(r.key, k) })
			wi, wf = stdslices.BinarySearchFunc(wantR, target, func(r rec, k int) int { return cmp.Compare(r.key, k) })
			if gi != wi || gf != wf {
				t.Errorf("BinarySearchFunc(%d) = %d, %v, want %d, %v", target, gi, gf, wi, wf)
			}
		}
		for _, target := range []float64{math.NaN(), 0, 3, math.Inf(1)} {
			gi, gf := BinarySearch(wantF, target)
			wi, wf := stdslices.BinarySearch(wantF, target)
			if gi != wi || gf != wf {
				t.Errorf("BinarySearch(%v, %v) = %d, %v, want %d, %v", wantF, target, gi, gf, wi, wf)
			}
		}
	}
}

func TestMaxMinMatchGo(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		fl := randFloats(r, 1+r.IntN(6))
		if g, w := Max(fl), stdslices.Max(fl); !sameFloat(g, w) {
			t.Errorf("Max(%v) = %v, want %v", fl, g, w)
		}
		if g, w := Min(fl), stdslices.Min(fl); !sameFloat(g, w) {
			t.Errorf("Min(%v) = %v, want %v", fl, g, w)
		}
		recs := []rec{{r.IntN(3), 0}, {r.IntN(3), 1}, {r.IntN(3), 2}, {r.IntN(3), 3}}
		byKey := func(a, b rec) int { return cmp.Compare(a.key, b.key) }
		if g, w := MaxFunc(recs, byKey), stdslices.MaxFunc(recs, byKey); g != w {
			t.Errorf("MaxFunc(%v) = %v, want %v", recs, g, w)
		}
		if g, w := MinFunc(recs, byKey), stdslices.MinFunc(recs, byKey); g != w {
			t.Errorf("MinFunc(%v) = %v, want %v", recs, g, w)
		}
	}
	if g, w := Max([]string{"b", "c", "a"}), "c"; g != w {
		t.Errorf("Max of strings = %q, want %q", g, w)
	}
}

// panicOf returns the value f panics with, as text.
func panicOf(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

func TestPanicsMatchGo(t *testing.T) {
	for _, tc := range []struct {
		name      string
		got, want func()
	}{
		{"Max empty", func() { _ = Max([]int{}) }, func() { _ = stdslices.Max([]int{}) }},
		{"Min empty", func() { _ = Min([]int{}) }, func() { _ = stdslices.Min([]int{}) }},
		{"MaxFunc empty", func() { _ = MaxFunc([]int{}, cmp.Compare[int]) }, func() { _ = stdslices.MaxFunc([]int{}, cmp.Compare[int]) }},
		{"MinFunc empty", func() { _ = MinFunc([]int{}, cmp.Compare[int]) }, func() { _ = stdslices.MinFunc([]int{}, cmp.Compare[int]) }},
		{"Repeat negative", func() { _ = Repeat([]int{1}, -1) }, func() { _ = stdslices.Repeat([]int{1}, -1) }},
		{"Chunk 0", func() { _ = Chunk([]int{1}, 0) }, func() { _ = stdslices.Chunk([]int{1}, 0) }},
		{"Grow negative", func() { _ = Grow([]int{1}, -1) }, func() { _ = stdslices.Grow([]int{1}, -1) }},
		{"Insert past end", func() { _ = Insert([]int{1}, 2, 5) }, func() { _ = stdslices.Insert([]int{1}, 2, 5) }},
		{"Delete bad range", func() { _ = Delete([]int{1, 2}, 1, 3) }, func() { _ = stdslices.Delete([]int{1, 2}, 1, 3) }},
		{"Replace bad range", func() { _ = Replace([]int{1, 2}, 2, 1) }, func() { _ = stdslices.Replace([]int{1, 2}, 2, 1) }},
	} {
		got, want := panicOf(tc.got), panicOf(tc.want)
		if want == "" || got != want {
			t.Errorf("%s: panics with %q, want %q", tc.name, got, want)
		}
	}
}

// whole returns s's backing array up to its capacity.
func whole[E any](s []E) []E { return s[:cap(s)] }

func TestEditsMatchGo(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		n := r.IntN(8)
		base := randInts(r, n, 4)
		extra := r.IntN(4)
		mk := func() []int { return append(make([]int, 0, n+extra), base...) }
		i := r.IntN(n + 1)
		j := i + r.IntN(n-i+1)
		v := randInts(r, r.IntN(4), 9)

		check := func(name string, got, want []int, gotS, wantS []int) {
			t.Helper()
			if !reflect.DeepEqual(got, want) || cap(got) != cap(want) || !stdslices.Equal(whole(gotS), whole(wantS)) {
				t.Errorf("%s(%v, i=%d, j=%d, v=%v): got %v cap %d (array %v), want %v cap %d (array %v)",
					name, base, i, j, v, got, cap(got), whole(gotS), want, cap(want), whole(wantS))
			}
		}
		gs, ws := mk(), mk()
		check("Insert", Insert(gs, i, v...), stdslices.Insert(ws, i, v...), gs, ws)
		gs, ws = mk(), mk()
		check("Delete", Delete(gs, i, j), stdslices.Delete(ws, i, j), gs, ws)
		gs, ws = mk(), mk()
		check("Replace", Replace(gs, i, j, v...), stdslices.Replace(ws, i, j, v...), gs, ws)
		gs, ws = mk(), mk()
		// v taken from the slice itself.
		check("Replace aliased", Replace(gs, i, j, gs[:j-i]...), stdslices.Replace(ws, i, j, ws[:j-i]...), gs, ws)
		gs, ws = mk(), mk()
		check("Insert aliased", Insert(gs, i, gs[i:]...), stdslices.Insert(ws, i, ws[i:]...), gs, ws)
		odd := func(x int) bool { return x%2 == 1 }
		gs, ws = mk(), mk()
		check("DeleteFunc", DeleteFunc(gs, odd), stdslices.DeleteFunc(ws, odd), gs, ws)
		gs, ws = mk(), mk()
		check("Compact", Compact(gs), stdslices.Compact(ws), gs, ws)
		near := func(a, b int) bool { return a-b <= 1 && b-a <= 1 }
		gs, ws = mk(), mk()
		check("CompactFunc", CompactFunc(gs, near), stdslices.CompactFunc(ws, near), gs, ws)
		gs, ws = mk(), mk()
		check("Grow", Grow(gs, extra+i), stdslices.Grow(ws, extra+i), gs, ws)
		gs, ws = mk(), mk()
		check("Clip", Clip(gs), stdslices.Clip(ws), gs, ws)
		gs, ws = mk(), mk()
		Reverse(gs)
		stdslices.Reverse(ws)
		check("Reverse", gs, ws, gs, ws)
		c, w := Clone(base), stdslices.Clone(base)
		if !reflect.DeepEqual(c, w) || cap(c) != cap(w) {
			t.Errorf("Clone(%#v) = %#v cap %d, want %#v cap %d", base, c, cap(c), w, cap(w))
		}
		cc, wc := Concat(base, v, nil, base), stdslices.Concat(base, v, nil, base)
		if !reflect.DeepEqual(cc, wc) || cap(cc) != cap(wc) {
			t.Errorf("Concat = %#v cap %d, want %#v cap %d", cc, cap(cc), wc, cap(wc))
		}
		rc, wr := Repeat(v, i), stdslices.Repeat(v, i)
		if !reflect.DeepEqual(rc, wr) || cap(rc) != cap(wr) {
			t.Errorf("Repeat(%v, %d) = %#v, want %#v", v, i, rc, wr)
		}
		if g, w := Index(base, 2), stdslices.Index(base, 2); g != w {
			t.Errorf("Index(%v, 2) = %d, want %d", base, g, w)
		}
		if g, w := IndexFunc(base, odd), stdslices.IndexFunc(base, odd); g != w {
			t.Errorf("IndexFunc = %d, want %d", g, w)
		}
		if g, w := Contains(base, 3), stdslices.Contains(base, 3); g != w {
			t.Errorf("Contains = %v, want %v", g, w)
		}
		if g, w := ContainsFunc(base, odd), stdslices.ContainsFunc(base, odd); g != w {
			t.Errorf("ContainsFunc = %v, want %v", g, w)
		}
		if g, w := Compare(base, v), stdslices.Compare(base, v); g != w {
			t.Errorf("Compare(%v, %v) = %d, want %d", base, v, g, w)
		}
		if g, w := Equal(base, v), stdslices.Equal(base, v); g != w {
			t.Errorf("Equal(%v, %v) = %v, want %v", base, v, g, w)
		}
		eq := func(a, b int) bool { return a%3 == b%3 }
		if g, w := EqualFunc(base, v, eq), stdslices.EqualFunc(base, v, eq); g != w {
			t.Errorf("EqualFunc = %v, want %v", g, w)
		}
		cf := func(a, b int) int { return cmp.Compare(a%3, b%3) }
		if g, w := CompareFunc(base, v, cf), stdslices.CompareFunc(base, v, cf); g != w {
			t.Errorf("CompareFunc = %v, want %v", g, w)
		}
	}
	if Clone([]int(nil)) != nil || Concat[int]() != nil || Collect(Values([]int{})) != nil {
		t.Error("Clone(nil), Concat() and Collect of nothing must be nil, as Go's are")
	}
	if fl := []float64{math.NaN()}; Equal(fl, fl) != stdslices.Equal(fl, fl) {
		t.Error("Equal on NaNs differs from Go's")
	}
}

func TestIteratorsMatchGo(t *testing.T) {
	s := []string{"a", "b", "c", "d", "e"}
	pairs := func(seq func(yield func(int, string) bool), stopAt int) string {
		var b strings.Builder
		seq(func(i int, v string) bool {
			fmt.Fprintf(&b, "%d=%s ", i, v)
			return i != stopAt
		})
		return b.String()
	}
	for _, stop := range []int{-1, 0, 2} {
		if g, w := pairs(All(s), stop), pairs(stdslices.All(s), stop); g != w {
			t.Errorf("All stopping at %d: %q, want %q", stop, g, w)
		}
		if g, w := pairs(Backward(s), stop), pairs(stdslices.Backward(s), stop); g != w {
			t.Errorf("Backward stopping at %d: %q, want %q", stop, g, w)
		}
	}
	if g, w := AppendSeq([]string{"x"}, Values(s)), stdslices.AppendSeq([]string{"x"}, stdslices.Values(s)); !stdslices.Equal(g, w) {
		t.Errorf("AppendSeq = %v, want %v", g, w)
	}
	for n := 1; n <= 6; n++ {
		g, w := Collect(Chunk(s, n)), stdslices.Collect(stdslices.Chunk(s, n))
		if !reflect.DeepEqual(g, w) {
			t.Errorf("Chunk(%d) = %v, want %v", n, g, w)
		}
		for k := range g {
			if cap(g[k]) != cap(w[k]) {
				t.Errorf("Chunk(%d)[%d] has capacity %d, want %d", n, k, cap(g[k]), cap(w[k]))
			}
		}
	}
	byLen := func(a, b string) int { return cmp.Compare(len(a), len(b)) }
	words := []string{"ccc", "a", "bb", "dd", "e"}
	if g, w := SortedFunc(Values(words), byLen), stdslices.SortedFunc(stdslices.Values(words), byLen); !stdslices.Equal(g, w) {
		t.Errorf("SortedFunc = %v, want %v", g, w)
	}
	if g, w := SortedStableFunc(Values(words), byLen), stdslices.SortedStableFunc(stdslices.Values(words), byLen); !stdslices.Equal(g, w) {
		t.Errorf("SortedStableFunc = %v, want %v", g, w)
	}
}
