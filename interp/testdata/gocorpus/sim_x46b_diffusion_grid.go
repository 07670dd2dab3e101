package main

import (
	"fmt"
	"strings"
)

type Field [][]float64

func newField(n int) Field {
	f := make(Field, n)
	for i := range f {
		f[i] = make([]float64, n)
	}
	return f
}

func (f Field) total() float64 {
	s := 0.0
	for _, row := range f {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func (f Field) step(d float64) Field {
	n := len(f)
	g := newField(n)
	at := func(i, j int) float64 {
		// reflecting boundary
		i = max(0, min(n-1, i))
		j = max(0, min(n-1, j))
		return f[i][j]
	}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			lap := at(i-1, j) + at(i+1, j) + at(i, j-1) + at(i, j+1) - 4*f[i][j]
			g[i][j] = f[i][j] + d*lap
		}
	}
	return g
}

func (f Field) render() string {
	const ramp = " .:oO@"
	var sb strings.Builder
	peak := 0.0
	for _, row := range f {
		for _, v := range row {
			peak = max(peak, v)
		}
	}
	for _, row := range f {
		for _, v := range row {
			k := int(v / peak * float64(len(ramp)-1))
			sb.WriteByte(ramp[k])
			sb.WriteByte(ramp[k])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	f := newField(12)
	f[3][3] = 100
	f[8][9] = 50
	fmt.Printf("initial total %.3f\n", f.total())
	for it := 1; it <= 60; it++ {
		f = f.step(0.2)
		if it == 5 || it == 60 {
			fmt.Printf("after %d steps (total %.3f, center %.4f):\n%s", it, f.total(), f[6][6], f.render())
		}
	}
}
