package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

const table = `study,sleep,coffee,score
2,8,1,65
4,7,2,72
6,6,3,80
8,5,4,84
3,9,0,70
7,6,5,83
5,7,2,76
9,4,6,88
1,8,1,58
6,7,3,79`

func columns(s string) ([]string, [][]float64) {
	lines := strings.Split(s, "\n")
	names := strings.Split(lines[0], ",")
	cols := make([][]float64, len(names))
	for _, l := range lines[1:] {
		for j, f := range strings.Split(l, ",") {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				panic(err)
			}
			cols[j] = append(cols[j], v)
		}
	}
	return names, cols
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i] / n
		my += y[i] / n
	}
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	return sxy / math.Sqrt(sxx*syy)
}

// ranks assigns average ranks to ties.
func ranks(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return x[idx[a]] < x[idx[b]] })
	r := make([]float64, len(x))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && x[idx[j+1]] == x[idx[i]] {
			j++
		}
		avg := float64(i+j)/2 + 1
		for k := i; k <= j; k++ {
			r[idx[k]] = avg
		}
		i = j + 1
	}
	return r
}

func spearman(x, y []float64) float64 { return pearson(ranks(x), ranks(y)) }

func printMatrix(title string, names []string, cols [][]float64, f func(x, y []float64) float64) {
	fmt.Println(title)
	fmt.Printf("%8s", "")
	for _, n := range names {
		fmt.Printf("%8s", n)
	}
	fmt.Println()
	for i, a := range names {
		fmt.Printf("%8s", a)
		for j := range names {
			fmt.Printf("%8.3f", f(cols[i], cols[j]))
		}
		fmt.Println()
	}
}

func main() {
	names, cols := columns(table)
	printMatrix("pearson", names, cols, pearson)
	printMatrix("spearman", names, cols, spearman)
	fmt.Println("ranks(sleep):", ranks(cols[1]))
	type pair struct {
		a, b string
		r    float64
	}
	var pairs []pair
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			pairs = append(pairs, pair{names[i], names[j], pearson(cols[i], cols[j])})
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return math.Abs(pairs[i].r) > math.Abs(pairs[j].r) })
	for _, p := range pairs[:3] {
		fmt.Printf("%s~%s r=%+.3f\n", p.a, p.b, p.r)
	}
}
