package autodiff

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
	"gonum.org/v1/gonum/mat"
)

// TestMulAddNarrow checks the narrow products - mulAddNarrow, and mulAdd
// with this build's BLAS - against gonum's gemm (the oracle) for each
// transposition, at sizes that run in one piece and that are split over
// goroutines, with odd sizes that leave partial blocks.
func TestMulAddNarrow(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, s := range []struct{ m, n, k int }{{40, 3, 7}, {500, 10, 3073}, {3073, 10, 500}, {777, 31, 129}} {
		for _, aT := range []bool{false, true} {
			for _, bT := range []bool{false, true} {
				for name, mul := range map[string]func(dst, a *mat.Dense, aT bool, b *mat.Dense, bT bool){"mulAddNarrow": mulAddNarrow, "mulAdd": mulAdd} {
					t.Run(fmt.Sprintf("%s/%dx%d,k=%d,aT=%v,bT=%v", name, s.m, s.n, s.k, aT, bT), func(t *testing.T) {
						a := randDense(rng, s.m, s.k, -2, 2)
						if aT {
							a = randDense(rng, s.k, s.m, -2, 2)
						}
						b := randDense(rng, s.k, s.n, -2, 2)
						if bT {
							b = randDense(rng, s.n, s.k, -2, 2)
						}
						got := randDense(rng, s.m, s.n, -1, 1) // accumulates into what is there
						want := mat.DenseCopyOf(got)
						mul(got, a, aT, b, bT)
						gonum.Implementation{}.Dgemm(transpose(aT), transpose(bT), s.m, s.n, s.k, 1,
							a.RawMatrix().Data, a.RawMatrix().Stride, b.RawMatrix().Data, b.RawMatrix().Stride,
							1, want.RawMatrix().Data, want.RawMatrix().Stride)
						for i := 0; i < s.m; i++ {
							for j := 0; j < s.n; j++ {
								if g, w := got.At(i, j), want.At(i, j); math.Abs(g-w) > 1e-12*math.Max(1, math.Abs(w))*float64(s.k) {
									t.Fatalf("dst[%d][%d]: got %v, want %v (gemm)", i, j, g, w)
								}
							}
						}
					})
				}
			}
		}
	}
}

// BenchmarkMulAddNarrow{Forward,Backward} are the two products of a
// linear classifier's step at CS231n's size in the pure-Go build: the
// scores X W and the gradient X^T dScores.
func BenchmarkMulAddNarrowForward(b *testing.B)  { benchmarkMulAdd(b, 500, 10, 3073, false) }
func BenchmarkMulAddNarrowBackward(b *testing.B) { benchmarkMulAdd(b, 3073, 10, 500, true) }

func benchmarkMulAdd(b *testing.B, m, n, k int, aT bool) {
	if _, ok := blas64.Implementation().(gonum.Implementation); !ok {
		b.Skip("measures the pure-Go build")
	}
	rng := rand.New(rand.NewPCG(1, 1))
	a := randDense(rng, m, k, -1, 1)
	if aT {
		a = randDense(rng, k, m, -1, 1)
	}
	x, dst := randDense(rng, k, n, -1, 1), mat.NewDense(m, n, nil)
	b.ReportAllocs()
	for b.Loop() {
		mulAdd(dst, a, aT, x, false)
	}
}
