package plotting

import (
	"fmt"
	"testing"

	"github.com/gobackprop/gobackprop/autodiff"
)

// neuronGraph returns a graph of n nodes (n = 5k or 5k+1): a running sum of
// products of inputs, squashed by tanh after each term but the last, like
// the scalar forward pass of a small neuron, after Backward.
func neuronGraph(n int) *autodiff.Value {
	s := autodiff.Var("x0", 0.5)
	for i, count := 1, 1; count < n; i++ {
		w := autodiff.Var(fmt.Sprintf("w%d", i), float64(i)/10)
		s = s.Add(w.Mul(autodiff.Var(fmt.Sprintf("x%d", i), -float64(i))))
		if count += 4; count < n {
			s = s.Tanh()
			count++
		}
	}
	s.Backward()
	return s
}

func graphOf(b *testing.B, n int) *Figure {
	v := neuronGraph(n)
	if nodes, _ := v.Graph(); len(nodes) != n {
		b.Fatalf("graph: got %d nodes, want %d", len(nodes), n)
	}
	return Graph(v)
}

func benchmarkPNG(b *testing.B, f *Figure) {
	b.ResetTimer()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := f.PNG(); err != nil {
			b.Fatal(err)
		}
	}
}

func benchmarkSVG(b *testing.B, f *Figure) {
	b.ResetTimer()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := f.SVGString(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGraph20PNG(b *testing.B)        { benchmarkPNG(b, graphOf(b, 20)) }
func BenchmarkGraph20SVG(b *testing.B)        { benchmarkSVG(b, graphOf(b, 20)) }
func BenchmarkGraph40PNG(b *testing.B)        { benchmarkPNG(b, graphOf(b, 40)) }
func BenchmarkLossCurve10000PNG(b *testing.B) { benchmarkPNG(b, LossCurve(noisyLoss(10000, 1))) }
func BenchmarkLossCurve10000SVG(b *testing.B) { benchmarkSVG(b, LossCurve(noisyLoss(10000, 1))) }
