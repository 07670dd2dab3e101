package main

import (
	"fmt"
	"math/big"
	"strings"
)

type RatMatrix [][]*big.Rat

func parse(rows ...string) RatMatrix {
	m := make(RatMatrix, len(rows))
	for i, r := range rows {
		for _, f := range strings.Fields(r) {
			v, ok := new(big.Rat).SetString(f)
			if !ok {
				panic("bad number " + f)
			}
			m[i] = append(m[i], v)
		}
	}
	return m
}

func (m RatMatrix) RREF() (rank int) {
	rows, cols := len(m), len(m[0])
	lead := 0
	for r := 0; r < rows && lead < cols; r++ {
		i := r
		for m[i][lead].Sign() == 0 {
			i++
			if i == rows {
				i = r
				lead++
				if lead == cols {
					return rank
				}
			}
		}
		m[i], m[r] = m[r], m[i]
		piv := new(big.Rat).Set(m[r][lead])
		for j := range m[r] {
			m[r][j].Quo(m[r][j], piv)
		}
		for k := 0; k < rows; k++ {
			if k == r {
				continue
			}
			f := new(big.Rat).Set(m[k][lead])
			for j := range m[k] {
				t := new(big.Rat).Mul(f, m[r][j])
				m[k][j].Sub(m[k][j], t)
			}
		}
		lead++
		rank++
	}
	return rank
}

func (m RatMatrix) String() string {
	width := 0
	for _, row := range m {
		for _, v := range row {
			width = max(width, len(v.RatString()))
		}
	}
	var sb strings.Builder
	for _, row := range m {
		for _, v := range row {
			fmt.Fprintf(&sb, " %*s", width, v.RatString())
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	m := parse("1 2 -1 -4", "2 3 -1 -11", "-2 0 -3 22")
	fmt.Print(m)
	fmt.Println("rank:", m.RREF())
	fmt.Print(m)
	h := parse("1 1/2 1/3 1 0 0", "1/2 1/3 1/4 0 1 0", "1/3 1/4 1/5 0 0 1")
	h.RREF()
	fmt.Println("Hilbert(3) inverse:")
	inv := make(RatMatrix, 3)
	for i := range h {
		inv[i] = h[i][3:]
	}
	fmt.Print(inv)
	s := parse("1 2 3", "2 4 6", "1 0 1")
	fmt.Println("singular rank:", s.RREF())
	fmt.Println(s[2][2].FloatString(3), s[0][2])
}
