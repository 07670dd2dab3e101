package main

import (
	"fmt"
	"math"
	"sort"
)

type key struct {
	op   string
	a, b float64
}

type Tape struct {
	memo   map[key]float64
	hits   int
	misses int
	ops    []key
}

func (t *Tape) do(op string, a, b float64, f func(a, b float64) float64) float64 {
	k := key{op, a, b}
	t.ops = append(t.ops, k)
	if v, ok := t.memo[k]; ok {
		t.hits++
		return v
	}
	t.misses++
	v := f(a, b)
	t.memo[k] = v
	return v
}

func (t *Tape) Add(a, b float64) float64 {
	return t.do("add", a, b, func(a, b float64) float64 { return a + b })
}
func (t *Tape) Mul(a, b float64) float64 {
	return t.do("mul", a, b, func(a, b float64) float64 { return a * b })
}
func (t *Tape) Exp(a float64) float64 {
	return t.do("exp", a, 0, func(a, _ float64) float64 { return math.Exp(a) })
}

func main() {
	t := &Tape{memo: map[key]float64{}}
	w := [3]float64{2, -3, -3}
	x := [2]float64{-1, -2}
	var outs []float64
	for rep := 0; rep < 3; rep++ {
		d := t.Add(t.Add(t.Mul(w[0], x[0]), t.Mul(w[1], x[1])), w[2])
		outs = append(outs, 1/(1+t.Exp(-d)))
	}
	fmt.Printf("outputs %.4f\n", outs)
	fmt.Println("hits", t.hits, "misses", t.misses, "memo size", len(t.memo))
	counts := map[string]int{}
	for _, k := range t.ops {
		counts[k.op]++
	}
	fmt.Println(counts)
	keys := make([]key, 0, len(t.memo))
	for k := range t.memo {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].op != keys[j].op {
			return keys[i].op < keys[j].op
		}
		if keys[i].a != keys[j].a {
			return keys[i].a < keys[j].a
		}
		return keys[i].b < keys[j].b
	})
	for _, k := range keys {
		fmt.Printf("%+v => %.4f\n", k, t.memo[k])
	}
	seen := map[[2]float64]bool{}
	seen[[2]float64{1, 2}] = true
	fmt.Println(seen[[2]float64{1, 2}], seen[[2]float64{2, 1}], key{"a", 1, 2} == key{"a", 1, 2})
}
