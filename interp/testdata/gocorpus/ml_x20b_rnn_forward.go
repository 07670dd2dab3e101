package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type RNN struct {
	Wxh, Whh, Why [][]float64
	bh, by        []float64
}

func randMat(r *rand.Rand, rows, cols int, scale float64) [][]float64 {
	m := make([][]float64, rows)
	for i := range m {
		m[i] = make([]float64, cols)
		for j := range m[i] {
			m[i][j] = (r.Float64()*2 - 1) * scale
		}
	}
	return m
}

func mv(m [][]float64, v []float64) []float64 {
	out := make([]float64, len(m))
	for i, row := range m {
		for j, w := range row {
			out[i] += w * v[j]
		}
	}
	return out
}

func (n *RNN) Step(x, h []float64) (hNew, y []float64) {
	a, b := mv(n.Wxh, x), mv(n.Whh, h)
	hNew = make([]float64, len(a))
	for i := range a {
		hNew[i] = math.Tanh(a[i] + b[i] + n.bh[i])
	}
	y = mv(n.Why, hNew)
	for i := range y {
		y[i] += n.by[i]
	}
	return
}

func softmax(z []float64) []float64 {
	mx := z[0]
	for _, v := range z {
		mx = math.Max(mx, v)
	}
	s := 0.0
	out := make([]float64, len(z))
	for i, v := range z {
		out[i] = math.Exp(v - mx)
		s += out[i]
	}
	for i := range out {
		out[i] /= s
	}
	return out
}

func main() {
	vocab := []rune("helo ")
	idx := map[rune]int{}
	for i, c := range vocab {
		idx[c] = i
	}
	r := rand.New(rand.NewPCG(1, 2))
	H, V := 6, len(vocab)
	net := &RNN{randMat(r, H, V, 0.5), randMat(r, H, H, 0.5), randMat(r, V, H, 0.5), make([]float64, H), make([]float64, V)}
	text := "hello hello"
	h := make([]float64, H)
	loss := 0.0
	for t := 0; t+1 < len(text); t++ {
		x := make([]float64, V)
		x[idx[rune(text[t])]] = 1
		var y []float64
		h, y = net.Step(x, h)
		p := softmax(y)
		loss -= math.Log(p[idx[rune(text[t+1])]])
	}
	fmt.Printf("seq loss=%.4f per-char=%.4f\n", loss, loss/float64(len(text)-1))
	fmt.Printf("final h=%.4f\n", h)
	var sb strings.Builder
	h = make([]float64, H)
	cur := 'h'
	for range 12 {
		sb.WriteRune(cur)
		x := make([]float64, V)
		x[idx[cur]] = 1
		var y []float64
		h, y = net.Step(x, h)
		p := softmax(y)
		best := 0
		for i := range p {
			if p[i] > p[best] {
				best = i
			}
		}
		cur = vocab[best]
	}
	fmt.Printf("greedy: %q\n", sb.String())
}
