package main

import (
	"fmt"
	"math"
	"math/rand"
)

type M = [][]float64

func newM(r, c int) M {
	m := make(M, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func matmul(a, b M) M {
	o := newM(len(a), len(b[0]))
	for i := range a {
		for k := range b {
			for j := range b[0] {
				o[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return o
}

func transpose(a M) M {
	o := newM(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			o[j][i] = a[i][j]
		}
	}
	return o
}

type Net struct{ W1, W2 M }

func (n *Net) loss(x M, y []int) (float64, M, M) {
	h := matmul(x, n.W1)
	a := newM(len(h), len(h[0]))
	for i := range h {
		for j := range h[i] {
			a[i][j] = max(0, h[i][j])
		}
	}
	z := matmul(a, n.W2)
	L := 0.0
	dz := newM(len(z), len(z[0]))
	for i, row := range z {
		m := row[0]
		for _, v := range row {
			m = max(m, v)
		}
		s := 0.0
		for _, v := range row {
			s += math.Exp(v - m)
		}
		for j, v := range row {
			p := math.Exp(v-m) / s
			dz[i][j] = p / float64(len(z))
			if j == y[i] {
				L -= math.Log(p) / float64(len(z))
				dz[i][j] -= 1 / float64(len(z))
			}
		}
	}
	dW2 := matmul(transpose(a), dz)
	da := matmul(dz, transpose(n.W2))
	for i := range da {
		for j := range da[i] {
			if h[i][j] <= 0 {
				da[i][j] = 0
			}
		}
	}
	dW1 := matmul(transpose(x), da)
	return L, dW1, dW2
}

func main() {
	r := rand.New(rand.NewSource(42))
	fill := func(m M) M {
		for i := range m {
			for j := range m[i] {
				m[i][j] = r.NormFloat64() * 0.5
			}
		}
		return m
	}
	net := &Net{fill(newM(4, 5)), fill(newM(5, 3))}
	x := fill(newM(6, 4))
	y := []int{0, 1, 2, 1, 0, 2}
	L, dW1, dW2 := net.loss(x, y)
	fmt.Printf("loss %.6f\n", L)
	fmt.Printf("dW1 %dx%d dW2 %dx%d\n", len(dW1), len(dW1[0]), len(dW2), len(dW2[0]))
	worst := map[string]float64{}
	for name, pair := range map[string][2]M{"W1": {net.W1, dW1}, "W2": {net.W2, dW2}} {
		P, G := pair[0], pair[1]
		for i := range P {
			for j := range P[i] {
				o := P[i][j]
				P[i][j] = o + 1e-5
				lp, _, _ := net.loss(x, y)
				P[i][j] = o - 1e-5
				lm, _, _ := net.loss(x, y)
				P[i][j] = o
				num := (lp - lm) / 2e-5
				worst[name] = max(worst[name], math.Abs(num-G[i][j]))
			}
		}
	}
	for _, k := range []string{"W1", "W2"} {
		fmt.Printf("%s max abs diff < 1e-7: %v\n", k, worst[k] < 1e-7)
	}
	fmt.Println(len(worst))
}
