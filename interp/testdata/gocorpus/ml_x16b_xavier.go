package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"text/tabwriter"
)

type Init func(r *rand.Rand, fanIn, fanOut int) float64

func stats(xs []float64) (mean, std float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		std += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(std / float64(len(xs)))
}

func main() {
	inits := []struct {
		name string
		f    Init
	}{
		{"small", func(r *rand.Rand, _, _ int) float64 { return 0.01 * r.NormFloat64() }},
		{"xavier", func(r *rand.Rand, in, out int) float64 { return r.NormFloat64() * math.Sqrt(2/float64(in+out)) }},
		{"he", func(r *rand.Rand, in, _ int) float64 { return r.NormFloat64() * math.Sqrt(2/float64(in)) }},
		{"uniform", func(r *rand.Rand, in, out int) float64 {
			lim := math.Sqrt(6 / float64(in+out))
			return (2*r.Float64() - 1) * lim
		}},
	}
	const width, depth, batch = 64, 6, 16
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "init")
	for l := 1; l <= depth; l++ {
		fmt.Fprintf(tw, "\tL%d std", l)
	}
	fmt.Fprintln(tw)
	for _, in := range inits {
		r := rand.New(rand.NewSource(11))
		h := make([][]float64, batch)
		for b := range h {
			h[b] = make([]float64, width)
			for j := range h[b] {
				h[b][j] = r.NormFloat64()
			}
		}
		fmt.Fprint(tw, in.name)
		for range depth {
			W := make([][]float64, width)
			for i := range W {
				W[i] = make([]float64, width)
				for j := range W[i] {
					W[i][j] = in.f(r, width, width)
				}
			}
			var all []float64
			next := make([][]float64, batch)
			for b := range h {
				next[b] = make([]float64, width)
				for i := range W {
					z := 0.0
					for j, w := range W[i] {
						z += w * h[b][j]
					}
					next[b][i] = math.Tanh(z)
					all = append(all, next[b][i])
				}
			}
			h = next
			_, s := stats(all)
			fmt.Fprintf(tw, "\t%.4f", s)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}
