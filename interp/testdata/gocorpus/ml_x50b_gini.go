package main

import (
	"fmt"
	"sort"
)

type Example struct {
	X     []float64
	Label int
}

type Split struct {
	Feature   int
	Threshold float64
	Gini      float64
}

func (s Split) String() string {
	return fmt.Sprintf("x[%d] <= %.2f (gini %.4f)", s.Feature, s.Threshold, s.Gini)
}

func gini(ex []Example) float64 {
	if len(ex) == 0 {
		return 0
	}
	c := map[int]int{}
	for _, e := range ex {
		c[e.Label]++
	}
	g := 1.0
	for _, n := range c {
		p := float64(n) / float64(len(ex))
		g -= p * p
	}
	return g
}

func bestSplit(ex []Example) (Split, bool) {
	best := Split{Gini: gini(ex)}
	found := false
	for f := range ex[0].X {
		vals := make([]float64, len(ex))
		for i, e := range ex {
			vals[i] = e.X[f]
		}
		sort.Float64s(vals)
		for i := 0; i+1 < len(vals); i++ {
			if vals[i] == vals[i+1] {
				continue
			}
			t := (vals[i] + vals[i+1]) / 2
			var l, r []Example
			for _, e := range ex {
				if e.X[f] <= t {
					l = append(l, e)
				} else {
					r = append(r, e)
				}
			}
			w := (float64(len(l))*gini(l) + float64(len(r))*gini(r)) / float64(len(ex))
			if w < best.Gini-1e-12 {
				best = Split{f, t, w}
				found = true
			}
		}
	}
	return best, found
}

func grow(ex []Example, depth int, prefix string) {
	s, ok := bestSplit(ex)
	if !ok || depth == 0 {
		c := map[int]int{}
		for _, e := range ex {
			c[e.Label]++
		}
		fmt.Printf("%sleaf %v\n", prefix, c)
		return
	}
	fmt.Printf("%s%v\n", prefix, s)
	var l, r []Example
	for _, e := range ex {
		if e.X[s.Feature] <= s.Threshold {
			l = append(l, e)
		} else {
			r = append(r, e)
		}
	}
	grow(l, depth-1, prefix+"  L ")
	grow(r, depth-1, prefix+"  R ")
}

func main() {
	ex := []Example{
		{[]float64{2.7, 2.5}, 0}, {[]float64{1.4, 2.3}, 0}, {[]float64{3.3, 4.4}, 0},
		{[]float64{1.3, 1.8}, 0}, {[]float64{3.0, 3.0}, 0}, {[]float64{7.6, 2.7}, 1},
		{[]float64{5.3, 2.0}, 1}, {[]float64{6.9, 1.7}, 1}, {[]float64{8.6, -0.2}, 1},
		{[]float64{7.6, 3.5}, 1}, {[]float64{4.0, 4.5}, 1}, {[]float64{2.0, 4.0}, 0},
	}
	fmt.Printf("root gini %.4f\n", gini(ex))
	grow(ex, 3, "")
}
