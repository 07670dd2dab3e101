package main

import (
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
)

type M = [][]float64

func randM(r *rand.Rand, n, m int, scale float64) M {
	out := make(M, n)
	for i := range out {
		out[i] = make([]float64, m)
		for j := range out[i] {
			out[i][j] = scale * r.NormFloat64()
		}
	}
	return out
}

func dot(a, b M) M {
	out := make(M, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for k, av := range a[i] {
			for j, bv := range b[k] {
				out[i][j] += av * bv
			}
		}
	}
	return out
}

func T(a M) M {
	out := make(M, len(a[0]))
	for j := range out {
		out[j] = make([]float64, len(a))
		for i := range a {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func main() {
	r := rand.New(rand.NewPCG(10, 20))
	X := M{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	y := []int{0, 1, 1, 0}
	params := map[string]M{
		"W1": randM(r, 2, 8, 1.0),
		"W2": randM(r, 8, 2, 1.0),
	}
	N := float64(len(X))
	for it := 0; it <= 300; it++ {
		h := dot(X, params["W1"])
		for i := range h {
			for j := range h[i] {
				h[i][j] = max(0, h[i][j])
			}
		}
		scores := dot(h, params["W2"])
		loss := 0.0
		dscores := make(M, len(scores))
		correct := 0
		for i, row := range scores {
			mx := slices.Max(row)
			sum := 0.0
			p := make([]float64, len(row))
			for j, s := range row {
				p[j] = math.Exp(s - mx)
				sum += p[j]
			}
			for j := range p {
				p[j] /= sum
			}
			if slices.Index(p, slices.Max(p)) == y[i] {
				correct++
			}
			loss -= math.Log(p[y[i]])
			p[y[i]] -= 1
			for j := range p {
				p[j] /= N
			}
			dscores[i] = p
		}
		loss /= N
		grads := map[string]M{}
		grads["W2"] = dot(T(h), dscores)
		dh := dot(dscores, T(params["W2"]))
		for i := range dh {
			for j := range dh[i] {
				if h[i][j] <= 0 {
					dh[i][j] = 0
				}
			}
		}
		grads["W1"] = dot(T(X), dh)
		for _, k := range slices.Sorted(maps.Keys(params)) {
			for i := range params[k] {
				for j := range params[k][i] {
					params[k][i][j] -= 0.5 * grads[k][i][j]
				}
			}
		}
		if it%60 == 0 {
			fmt.Printf("iter %3d loss %.5f acc %d/4\n", it, loss, correct)
		}
	}
	fmt.Println(slices.Sorted(maps.Keys(params)))
}
