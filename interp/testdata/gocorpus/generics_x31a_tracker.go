package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Tracker[K cmp.Ordered, V cmp.Ordered] struct {
	name    string
	history map[K][]V
	better  func(a, b V) bool
}

func NewTracker[K cmp.Ordered, V cmp.Ordered](name string, higherIsBetter bool) *Tracker[K, V] {
	t := &Tracker[K, V]{name: name, history: make(map[K][]V)}
	if higherIsBetter {
		t.better = func(a, b V) bool { return a > b }
	} else {
		t.better = func(a, b V) bool { return a < b }
	}
	return t
}

func (t *Tracker[K, V]) Log(key K, v V) { t.history[key] = append(t.history[key], v) }

func (t *Tracker[K, V]) Best() (K, V) {
	var bk K
	var bv V
	first := true
	for _, k := range slices.Sorted(mapsKeys(t.history)) {
		for _, v := range t.history[k] {
			if first || t.better(v, bv) {
				bk, bv, first = k, v, false
			}
		}
	}
	return bk, bv
}

func mapsKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v, %v>", p.First, p.Second) }

func ZipWith[A, B any](as []A, bs []B) []Pair[A, B] {
	out := make([]Pair[A, B], 0, min(len(as), len(bs)))
	for i := range min(len(as), len(bs)) {
		out = append(out, Pair[A, B]{as[i], bs[i]})
	}
	return out
}

func MaxBy[T any, V cmp.Ordered](xs []T, key func(T) V) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return
}

func main() {
	acc := NewTracker[string, float64]("val_acc", true)
	loss := NewTracker[int, float64]("loss", false)
	runs := map[string][]float64{
		"lr=1e-3": {0.31, 0.42, 0.47},
		"lr=1e-2": {0.38, 0.51, 0.49},
		"lr=1e-1": {0.10, 0.10, 0.10},
	}
	for _, name := range slices.Sorted(mapsKeys(runs)) {
		for ep, a := range runs[name] {
			acc.Log(name, a)
			loss.Log(ep, 1-a)
		}
	}
	k, v := acc.Best()
	fmt.Printf("%s best: %s %.2f\n", acc.name, k, v)
	e, l := loss.Best()
	fmt.Printf("%s best: epoch %d %.2f\n", loss.name, e, l)
	words := NewTracker[string, string]("words", false)
	for _, w := range strings.Fields("relu tanh sigmoid elu") {
		words.Log(string(w[0]), w)
	}
	fmt.Println(words.Best())
	pairs := ZipWith([]string{"W1", "b1", "W2"}, []int{3072 * 100, 100, 100 * 10})
	fmt.Println(pairs)
	fmt.Printf("%v %T\n", MaxBy(pairs, func(p Pair[string, int]) int { return p.Second }), pairs[0])
	fmt.Println(slices.MaxFunc(pairs, func(a, b Pair[string, int]) int { return cmp.Compare(a.First, b.First) }))
}
