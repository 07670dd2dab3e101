// Exercises: decision stump search over features and thresholds, Gini impurity, struct returned by value, %#v
package main

import (
	"fmt"
	"sort"
)

type Stump struct {
	Feature   int
	Threshold float64
	Left      int
	Right     int
}

func gini(labels []int) float64 {
	if len(labels) == 0 {
		return 0
	}
	ones := 0
	for _, l := range labels {
		ones += l
	}
	p := float64(ones) / float64(len(labels))
	return 1 - p*p - (1-p)*(1-p)
}

func majority(labels []int) int {
	ones := 0
	for _, l := range labels {
		ones += l
	}
	return map[bool]int{true: 1}[2*ones > len(labels)]
}

func fitStump(x [][]float64, y []int) (Stump, float64) {
	best, bestImp := Stump{}, 2.0
	for f := range x[0] {
		var th []float64
		for _, r := range x {
			th = append(th, r[f])
		}
		sort.Float64s(th)
		for _, t := range th {
			var l, r []int
			for i, row := range x {
				if row[f] <= t {
					l = append(l, y[i])
				} else {
					r = append(r, y[i])
				}
			}
			imp := (float64(len(l))*gini(l) + float64(len(r))*gini(r)) / float64(len(y))
			if imp < bestImp {
				best, bestImp = Stump{f, t, majority(l), majority(r)}, imp
			}
		}
	}
	return best, bestImp
}

func main() {
	x := [][]float64{{2.7, 1.0}, {1.3, 3.1}, {3.6, 0.5}, {1.0, 2.2}, {3.1, 1.8}, {0.4, 2.9}}
	y := []int{1, 0, 1, 0, 1, 0}
	s, imp := fitStump(x, y)
	fmt.Printf("%#v impurity=%.3f\n", s, imp)
	fmt.Printf("%+v\n", s)
}
