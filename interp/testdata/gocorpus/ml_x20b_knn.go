package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

const raw = `1.0 1.1 A
1.2 0.9 A
0.8 1.0 A
3.0 3.2 B
3.1 2.9 B
2.8 3.0 B
5.0 1.0 C
5.2 1.1 C
4.9 0.8 C`

type Point struct {
	X     []float64
	Class string
}

type neighbor struct {
	dist  float64
	class string
	idx   int
}

func euclid(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += (a[i] - b[i]) * (a[i] - b[i])
	}
	return math.Sqrt(s)
}

func classify(train []Point, q []float64, k int) (string, []neighbor) {
	ns := make([]neighbor, len(train))
	for i, p := range train {
		ns[i] = neighbor{euclid(p.X, q), p.Class, i}
	}
	slices.SortStableFunc(ns, func(a, b neighbor) int { return cmp.Compare(a.dist, b.dist) })
	votes := map[string]int{}
	for _, n := range ns[:k] {
		votes[n.class]++
	}
	best := ""
	for c, v := range votes {
		if v > votes[best] || (v == votes[best] && c < best) {
			best = c
		}
	}
	return best, ns[:k]
}

func main() {
	var train []Point
	for _, line := range strings.Split(raw, "\n") {
		f := strings.Fields(line)
		x, _ := strconv.ParseFloat(f[0], 64)
		y, _ := strconv.ParseFloat(f[1], 64)
		train = append(train, Point{[]float64{x, y}, f[2]})
	}
	queries := [][]float64{{1, 1}, {2, 2}, {4.5, 1.5}, {3, 1}}
	for _, q := range queries {
		for _, k := range []int{1, 3, 5} {
			c, ns := classify(train, q, k)
			idx := make([]string, len(ns))
			for i, n := range ns {
				idx[i] = strconv.Itoa(n.idx)
			}
			fmt.Printf("q=%v k=%d -> %s nearest=[%s] d0=%.4f\n", q, k, c, strings.Join(idx, ","), ns[0].dist)
		}
	}
	correct := 0
	for i, p := range train {
		rest := slices.Delete(slices.Clone(train), i, i+1)
		if c, _ := classify(rest, p.X, 3); c == p.Class {
			correct++
		}
	}
	fmt.Printf("LOO accuracy=%.4f\n", float64(correct)/float64(len(train)))
}
