package main

import (
	"fmt"
	"strings"
)

type PoolParam struct{ H, W, Stride int }

type MaxPool struct {
	PoolParam
	argmax [][][2]int
	inH    int
	inW    int
}

func (m *MaxPool) Forward(x [][]float64) [][]float64 {
	m.inH, m.inW = len(x), len(x[0])
	ho := (m.inH-m.H)/m.Stride + 1
	wo := (m.inW-m.W)/m.Stride + 1
	out := make([][]float64, ho)
	m.argmax = make([][][2]int, ho)
	for i := range out {
		out[i] = make([]float64, wo)
		m.argmax[i] = make([][2]int, wo)
		for j := range out[i] {
			bi, bj := i*m.Stride, j*m.Stride
			for di := 0; di < m.H; di++ {
				for dj := 0; dj < m.W; dj++ {
					r, c := i*m.Stride+di, j*m.Stride+dj
					if x[r][c] > x[bi][bj] {
						bi, bj = r, c
					}
				}
			}
			out[i][j] = x[bi][bj]
			m.argmax[i][j] = [2]int{bi, bj}
		}
	}
	return out
}

func (m *MaxPool) Backward(dout [][]float64) [][]float64 {
	dx := make([][]float64, m.inH)
	for i := range dx {
		dx[i] = make([]float64, m.inW)
	}
	for i, row := range dout {
		for j, g := range row {
			a := m.argmax[i][j]
			dx[a[0]][a[1]] += g
		}
	}
	return dx
}

func show(name string, m [][]float64) {
	var sb strings.Builder
	sb.WriteString(name + ":\n")
	for _, r := range m {
		for j, v := range r {
			if j > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(fmt.Sprintf("%5.1f", v))
		}
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
}

func main() {
	x := [][]float64{
		{1, 3, 2, 4, 0},
		{5, 6, 1, 2, 9},
		{7, 2, 8, 1, 3},
		{0, 4, 3, 9, 1},
		{2, 2, 6, 5, 4},
	}
	for _, p := range []PoolParam{{2, 2, 2}, {3, 3, 1}, {2, 2, 1}} {
		mp := &MaxPool{PoolParam: p}
		out := mp.Forward(x)
		show(fmt.Sprintf("pool %+v", p), out)
		ones := make([][]float64, len(out))
		for i := range ones {
			ones[i] = make([]float64, len(out[0]))
			for j := range ones[i] {
				ones[i][j] = 1
			}
		}
		show("dx", mp.Backward(ones))
		fmt.Println("stride via promoted field:", mp.Stride, mp.PoolParam.H)
	}
}
