package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

type Eigen2 struct {
	Matrix [2][2]float64
	Values [2]complex128
}

func eig2(m [2][2]float64) Eigen2 {
	tr := m[0][0] + m[1][1]
	det := m[0][0]*m[1][1] - m[0][1]*m[1][0]
	disc := cmplx.Sqrt(complex(tr*tr/4-det, 0))
	half := complex(tr/2, 0)
	return Eigen2{m, [2]complex128{half + disc, half - disc}}
}

func classify(e Eigen2) string {
	l1, l2 := e.Values[0], e.Values[1]
	switch {
	case imag(l1) != 0 && real(l1) == 0:
		return "center"
	case imag(l1) != 0 && real(l1) < 0:
		return "stable spiral"
	case imag(l1) != 0:
		return "unstable spiral"
	case real(l1)*real(l2) < 0:
		return "saddle"
	case real(l1) < 0:
		return "stable node"
	default:
		return "unstable node"
	}
}

func main() {
	ms := [][2][2]float64{
		{{0, 1}, {-1, 0}},
		{{-1, 2}, {-2, -1}},
		{{2, 1}, {1, 2}},
		{{1, 0}, {0, -3}},
		{{-2, 0}, {1, -3}},
	}
	for _, m := range ms {
		e := eig2(m)
		fmt.Printf("%v -> %.3f %-15s |λ1|=%.4f\n", m, e.Values, classify(e), cmplx.Abs(e.Values[0]))
	}
	e := eig2(ms[1])
	fmt.Printf("%+v\n", e)
	fmt.Printf("%#v\n", e.Matrix)
	z := cmplx.Exp(complex(0, math.Pi/3))
	fmt.Printf("%.4f %v %T\n", z, real(z*z*z) < -0.999, z)
	rot := e.Values[0] / complex(cmplx.Abs(e.Values[0]), 0)
	fmt.Printf("angle=%.4f deg\n", cmplx.Phase(rot)*180/math.Pi)
}
