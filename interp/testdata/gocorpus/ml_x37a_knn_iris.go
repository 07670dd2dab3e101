package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

const samples = `5.1,3.5,1.4,0.2,setosa
4.9,3.0,1.4,0.2,setosa
4.7,3.2,1.3,0.2,setosa
5.0,3.6,1.4,0.2,setosa
7.0,3.2,4.7,1.4,versicolor
6.4,3.2,4.5,1.5,versicolor
6.9,3.1,4.9,1.5,versicolor
5.5,2.3,4.0,1.3,versicolor
6.3,3.3,6.0,2.5,virginica
5.8,2.7,5.1,1.9,virginica
7.1,3.0,5.9,2.1,virginica
6.5,3.0,5.8,2.2,virginica`

const queries = `5.0,3.4,1.5,0.2,setosa
6.7,3.1,4.4,1.4,versicolor
6.0,2.2,5.0,1.5,virginica
6.2,2.9,4.3,1.3,versicolor
7.7,3.8,6.7,2.2,virginica`

type Point struct {
	X     [4]float64
	Label string
}

func load(s string) ([]Point, error) {
	var pts []Point
	for i, line := range strings.Split(s, "\n") {
		f := strings.Split(line, ",")
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: %d fields", i+1, len(f))
		}
		var p Point
		for j := 0; j < 4; j++ {
			v, err := strconv.ParseFloat(f[j], 64)
			if err != nil {
				return nil, fmt.Errorf("line %d col %d: %w", i+1, j+1, err)
			}
			p.X[j] = v
		}
		p.Label = f[4]
		pts = append(pts, p)
	}
	return pts, nil
}

func dist(a, b [4]float64) float64 {
	s := 0.0
	for i := range a {
		d := a[i] - b[i]
		s += d * d
	}
	return math.Sqrt(s)
}

func classify(train []Point, q [4]float64, k int) (string, map[string]float64) {
	type nb struct {
		d float64
		l string
	}
	ns := make([]nb, len(train))
	for i, p := range train {
		ns[i] = nb{dist(p.X, q), p.Label}
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i].d < ns[j].d })
	votes := map[string]float64{}
	for _, n := range ns[:k] {
		votes[n.l] += 1 / (n.d + 1e-9)
	}
	best, bestV := "", -1.0
	for l, v := range votes {
		if v > bestV || (v == bestV && l < best) {
			best, bestV = l, v
		}
	}
	return best, votes
}

func main() {
	train, err := load(samples)
	if err != nil {
		panic(err)
	}
	test, _ := load(queries)
	for _, k := range []int{1, 3, 5} {
		correct := 0
		confusion := map[[2]string]int{}
		for _, q := range test {
			got, _ := classify(train, q.X, k)
			confusion[[2]string{q.Label, got}]++
			if got == q.Label {
				correct++
			}
		}
		fmt.Printf("k=%d accuracy=%.1f%% confusion=%v\n", k, 100*float64(correct)/float64(len(test)), confusion)
	}
	label, votes := classify(train, test[2].X, 3)
	fmt.Printf("query %v -> %s\n", test[2].X, label)
	for _, l := range []string{"setosa", "versicolor", "virginica"} {
		fmt.Printf("  %-10s %8.4f\n", l, votes[l])
	}
	_, err = load("1,2,x,4,bad")
	fmt.Println(err)
}
