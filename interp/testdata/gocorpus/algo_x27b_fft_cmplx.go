package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func fft(a []complex128, invert bool) []complex128 {
	n := len(a)
	if n == 1 {
		return []complex128{a[0]}
	}
	even := make([]complex128, n/2)
	odd := make([]complex128, n/2)
	for i := 0; i < n/2; i++ {
		even[i] = a[2*i]
		odd[i] = a[2*i+1]
	}
	e, o := fft(even, invert), fft(odd, invert)
	sign := -1.0
	if invert {
		sign = 1
	}
	out := make([]complex128, n)
	for k := 0; k < n/2; k++ {
		w := cmplx.Exp(complex(0, sign*2*math.Pi*float64(k)/float64(n)))
		out[k] = e[k] + w*o[k]
		out[k+n/2] = e[k] - w*o[k]
	}
	return out
}

func dft(a []complex128) []complex128 {
	n := len(a)
	out := make([]complex128, n)
	for k := range out {
		for j, x := range a {
			out[k] += x * cmplx.Rect(1, -2*math.Pi*float64(k*j)/float64(n))
		}
	}
	return out
}

func main() {
	n := 16
	sig := make([]complex128, n)
	for i := range sig {
		t := float64(i) / float64(n)
		sig[i] = complex(math.Sin(2*math.Pi*3*t)+0.5*math.Cos(2*math.Pi*5*t), 0)
	}
	F := fft(sig, false)
	D := dft(sig)
	maxdiff := 0.0
	for k := range F {
		maxdiff = math.Max(maxdiff, cmplx.Abs(F[k]-D[k]))
		if mag := cmplx.Abs(F[k]); mag > 1e-9 {
			fmt.Printf("bin %2d |X|=%7.4f phase=%+.4f\n", k, mag, cmplx.Phase(F[k]))
		}
	}
	fmt.Printf("fft vs dft max diff %.1e\n", maxdiff)
	back := fft(F, true)
	var errMax float64
	for i := range back {
		back[i] /= complex(float64(n), 0)
		errMax = math.Max(errMax, cmplx.Abs(back[i]-sig[i]))
	}
	fmt.Printf("roundtrip err %.1e\n", errMax)
	z := complex(3, 4)
	fmt.Printf("%v %.3f %.3f %v\n", z, cmplx.Abs(z), cmplx.Sqrt(z), real(z*cmplx.Conj(z)))
	roots := make([]complex64, 5)
	for k := range roots {
		roots[k] = complex64(cmplx.Rect(1, 2*math.Pi*float64(k)/5))
	}
	fmt.Printf("%.3f\n", roots)
}
