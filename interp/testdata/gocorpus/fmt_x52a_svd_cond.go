package main

import (
	"fmt"
	"math"
)

type M2x3 [2][3]float64

type Singular struct {
	Sigma [2]float64
	Cond  float64
	Rank  int
}

func (s Singular) GoString() string {
	return fmt.Sprintf("Singular{σ=%.4g, κ=%.4g, rank=%d}", s.Sigma, s.Cond, s.Rank)
}

func svdValues(a M2x3) Singular {
	var g [2][2]float64
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 3; k++ {
				g[i][j] += a[i][k] * a[j][k]
			}
		}
	}
	tr := g[0][0] + g[1][1]
	det := g[0][0]*g[1][1] - g[0][1]*g[1][0]
	d := math.Sqrt(math.Max(tr*tr/4-det, 0))
	s1 := math.Sqrt(tr/2 + d)
	s2 := math.Sqrt(math.Max(tr/2-d, 0))
	res := Singular{Sigma: [2]float64{s1, s2}}
	tol := 1e-10 * s1
	for _, s := range res.Sigma {
		if s > tol {
			res.Rank++
		}
	}
	if res.Rank < 2 {
		res.Cond = math.Inf(1)
	} else {
		res.Cond = s1 / s2
	}
	return res
}

func main() {
	mats := map[string]M2x3{
		"A": {{3, 2, 2}, {2, 3, -2}},
		"B": {{1, 2, 3}, {2, 4, 6}},
		"C": {{1, 0, 0}, {0, 1e-3, 0}},
	}
	for _, k := range []string{"A", "B", "C"} {
		s := svdValues(mats[k])
		fmt.Printf("%s: %v\n", k, s)
		fmt.Printf("   %#v\n", s)
		fmt.Printf("   %+v\n", s)
	}
	fmt.Println(mats)
	fmt.Printf("%8.3f|%-8.3f|%08.3f|%+.2e\n", math.Pi, math.E, -math.Sqrt2, 12345.678)
	fmt.Printf("%v %v %v\n", math.Inf(-1), math.NaN(), -0.0)
	fmt.Printf("%x %X %o %b\n", 255, 3054, 8, 5)
	fmt.Printf("[%6.2f] [%-6.1f] [%6s]\n", []float64{1, -2.5}, 3.14159, "ok")
}
