package autodiff

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// checkStep is the finite-difference step of lecture section 1: small enough
// that the centered difference's O(h^2) error is negligible, large enough
// that float64 rounding in f(x+h) - f(x-h) stays below it.
const checkStep = 1e-5

// relErrorFloor keeps RelError finite when both gradients are 0, and keeps
// it from reporting noise between two gradients that are both negligible;
// CS231n's rel_error uses the same floor.
const relErrorFloor = 1e-8

// NumericalGradient returns the gradient of f with respect to every entry of
// x by centered differences (lecture section 1):
//
//	df/dx_ij ~ (f(x_ij + h) - f(x_ij - h)) / 2h
//
// f must recompute its result from x each time it is called (a graph built
// from NewTensor(label, x) reads x in place). Each entry of x is restored
// after it is nudged, so x is unchanged on return. It costs two calls of f
// per entry: slow and approximate, the check, not the method.
// NumericalGradient panics if x is nil or empty or h is not positive.
func NumericalGradient(f func() float64, x *mat.Dense, h float64) *mat.Dense {
	mustMatrix("NumericalGradient", x)
	if !(h > 0) {
		panic(fmt.Sprintf("autodiff: NumericalGradient: step h = %g, want h > 0 (the lecture uses 1e-5)", h))
	}
	r, c := x.Dims()
	grad := mat.NewDense(r, c, nil)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			grad.Set(i, j, centered(f, x, i, j, h))
		}
	}
	return grad
}

// centered is the centered difference of f along x_ij.
func centered(f func() float64, x *mat.Dense, i, j int, h float64) float64 {
	old := x.At(i, j)
	x.Set(i, j, old+h)
	plus := f()
	x.Set(i, j, old-h)
	minus := f()
	x.Set(i, j, old)
	return (plus - minus) / (2 * h)
}

// RelError returns the relative error |a-b| / max(|a|+|b|, 1e-8) between an
// analytic and a numerical gradient (lecture section 1). Read it by the
// lecture's bands: below 1e-7 the gradient is right; around 1e-4 it is right
// only if the function has kinks (max, ReLU, hinge) near the point; above
// 1e-2 it is wrong. The floor keeps two gradients that are both 0 at 0.
func RelError(a, b float64) float64 {
	return math.Abs(a-b) / math.Max(math.Abs(a)+math.Abs(b), relErrorFloor)
}

// GradCheck is one entry checked by CheckSparse: the position (Row, Col),
// the numerical and analytic gradients there and their RelError.
type GradCheck struct {
	Row, Col  int
	Numerical float64
	Analytic  float64
	RelError  float64
}

// SparseCheck is the result of CheckSparse, one GradCheck per sampled entry.
type SparseCheck []GradCheck

// String prints one line per entry, as CS231n's grad_check_sparse does.
func (s SparseCheck) String() string {
	var b strings.Builder
	for _, g := range s {
		fmt.Fprintf(&b, "(%d,%d) numerical: %f analytic: %f, relative error: %e\n",
			g.Row, g.Col, g.Numerical, g.Analytic, g.RelError)
	}
	return b.String()
}

// Max returns the largest RelError in s, or 0 if s is empty.
func (s SparseCheck) Max() float64 {
	var worst float64
	for _, g := range s {
		worst = math.Max(worst, g.RelError)
	}
	return worst
}

// CheckSparse compares analytic, a gradient of f with respect to x, with
// centered differences of step h at k entries drawn at random (with
// replacement) by rng, in the spirit of CS231n's grad_check_sparse: checking
// every entry of a 3073x10 W would take 61,460 calls of f. Pass a seeded rng
// (rand.New(rand.NewPCG(1, 2))) to check the same entries every run. As for
// NumericalGradient, f must recompute its result from x, and x is restored.
// CheckSparse panics if x or analytic is nil or empty, if their shapes
// differ, if h is not positive or if rng is nil.
func CheckSparse(f func() float64, x, analytic *mat.Dense, k int, h float64, rng *rand.Rand) SparseCheck {
	mustMatrix("CheckSparse", x)
	mustMatrix("CheckSparse", analytic)
	r, c := x.Dims()
	if ar, ac := analytic.Dims(); ar != r || ac != c {
		panic(fmt.Sprintf("autodiff: CheckSparse: x is %dx%d but analytic is %dx%d (want the same shape)", r, c, ar, ac))
	}
	if !(h > 0) {
		panic(fmt.Sprintf("autodiff: CheckSparse: step h = %g, want h > 0 (the lecture uses 1e-5)", h))
	}
	if rng == nil {
		panic("autodiff: CheckSparse: rng is nil (pass rand.New(rand.NewPCG(1, 2)))")
	}
	checks := make(SparseCheck, 0, k)
	for n := 0; n < k; n++ {
		i, j := rng.IntN(r), rng.IntN(c)
		num := centered(f, x, i, j, h)
		an := analytic.At(i, j)
		checks = append(checks, GradCheck{Row: i, Col: j, Numerical: num, Analytic: an, RelError: RelError(num, an)})
	}
	return checks
}

// CheckValue builds the graph f returns, runs Backward on it and compares
// every leaf's Grad with the centered difference of f's Data along that
// leaf, step 1e-5. It returns the largest RelError. f must build its graph
// anew from the leaves' Data each time it is called; the leaves keep the
// gradients of the first build and their Data is restored.
func CheckValue(f func() *Value, leaves ...*Value) float64 {
	f().Backward()
	analytic := make([]float64, len(leaves))
	for i, l := range leaves {
		analytic[i] = l.Grad
	}
	var worst float64
	for i, l := range leaves {
		old := l.Data
		l.Data = old + checkStep
		plus := f().Data
		l.Data = old - checkStep
		minus := f().Data
		l.Data = old
		worst = math.Max(worst, RelError(analytic[i], (plus-minus)/(2*checkStep)))
	}
	return worst
}

// CheckTensor builds the 1x1 graph f returns, runs Backward on it and
// compares every entry of every param's Grad with NumericalGradient, step
// 1e-5. It returns the largest RelError. f must build its graph anew from the
// params' Data each time it is called (two calls per entry, so keep the
// tensors small). CheckTensor panics if f's result is not 1x1 or a param
// takes no gradient (a ConstTensor).
func CheckTensor(f func() *Tensor, params ...*Tensor) float64 {
	f().Backward()
	analytic := make([]*mat.Dense, len(params))
	for i, p := range params {
		if p.Grad == nil {
			panic(fmt.Sprintf("autodiff: CheckTensor: param %d (%q) takes no gradient (make it with NewTensor)", i, p.Label))
		}
		analytic[i] = mat.DenseCopyOf(p.Grad)
	}
	var worst float64
	for i, p := range params {
		num := NumericalGradient(func() float64 { return f().Scalar() }, p.Data, checkStep)
		r, c := num.Dims()
		for a := 0; a < r; a++ {
			for b := 0; b < c; b++ {
				worst = math.Max(worst, RelError(analytic[i].At(a, b), num.At(a, b)))
			}
		}
	}
	return worst
}
