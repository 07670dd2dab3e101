package main

import (
	"fmt"
	"strings"
)

type IntMat [][]int

func Kron(a, b IntMat) IntMat {
	ra, ca := len(a), len(a[0])
	rb, cb := len(b), len(b[0])
	out := make(IntMat, ra*rb)
	for i := range out {
		out[i] = make([]int, ca*cb)
	}
	for i := 0; i < ra; i++ {
		for j := 0; j < ca; j++ {
			for k := 0; k < rb; k++ {
				for l := 0; l < cb; l++ {
					out[i*rb+k][j*cb+l] = a[i][j] * b[k][l]
				}
			}
		}
	}
	return out
}

func (m IntMat) String() string {
	var sb strings.Builder
	for _, r := range m {
		for j, v := range r {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%3d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func hadamard(n int) IntMat {
	h := IntMat{{1}}
	base := IntMat{{1, 1}, {1, -1}}
	for len(h) < n {
		h = Kron(base, h)
	}
	return h
}

func isOrthogonalRows(m IntMat) bool {
	for i := range m {
		for j := i + 1; j < len(m); j++ {
			dot := 0
			for k := range m[i] {
				dot += m[i][k] * m[j][k]
			}
			if dot != 0 {
				return false
			}
		}
	}
	return true
}

func main() {
	a := IntMat{{1, 2}, {3, 4}}
	b := IntMat{{0, 5}, {6, 7}}
	fmt.Print(Kron(a, b))
	fmt.Println()
	h := hadamard(8)
	fmt.Print(h)
	fmt.Println("orthogonal rows:", isOrthogonalRows(h))
	signs := make([]string, len(h))
	for i, r := range h {
		var sb strings.Builder
		for _, v := range r {
			if v > 0 {
				sb.WriteRune('+')
			} else {
				sb.WriteRune('-')
			}
		}
		signs[i] = sb.String()
	}
	fmt.Printf("%q\n", signs[:4])
	id := Kron(IntMat{{1, 0}, {0, 1}}, IntMat{{1, 0}, {0, 1}})
	fmt.Println(len(id), id[3], fmt.Sprint(id[0]))
}
