package main

import (
	"fmt"
	"math"
	"math/rand"
)

const (
	D = 2
	H = 8
	K = 3
)

func main() {
	rng := rand.New(rand.NewSource(7))
	// three clusters
	var X []float64
	var y []int
	centers := [K][D]float64{{0, 2}, {-2, -1}, {2, -1}}
	for k := 0; k < K; k++ {
		for i := 0; i < 10; i++ {
			X = append(X, centers[k][0]+rng.NormFloat64()*0.5, centers[k][1]+rng.NormFloat64()*0.5)
			y = append(y, k)
		}
	}
	N := len(y)
	W1 := make([]float64, D*H)
	b1 := make([]float64, H)
	W2 := make([]float64, H*K)
	b2 := make([]float64, K)
	for i := range W1 {
		W1[i] = rng.NormFloat64() * 0.1
	}
	for i := range W2 {
		W2[i] = rng.NormFloat64() * 0.1
	}
	hid := make([]float64, N*H)
	probs := make([]float64, N*K)
	for it := 0; it <= 400; it++ {
		loss := 0.0
		correct := 0
		for n := 0; n < N; n++ {
			for h := 0; h < H; h++ {
				s := b1[h]
				for d := 0; d < D; d++ {
					s += X[n*D+d] * W1[d*H+h]
				}
				hid[n*H+h] = math.Max(0, s)
			}
			mx := math.Inf(-1)
			for k := 0; k < K; k++ {
				s := b2[k]
				for h := 0; h < H; h++ {
					s += hid[n*H+h] * W2[h*K+k]
				}
				probs[n*K+k] = s
				mx = math.Max(mx, s)
			}
			sum, best := 0.0, 0
			for k := 0; k < K; k++ {
				probs[n*K+k] = math.Exp(probs[n*K+k] - mx)
				sum += probs[n*K+k]
			}
			for k := 0; k < K; k++ {
				probs[n*K+k] /= sum
				if probs[n*K+k] > probs[n*K+best] {
					best = k
				}
			}
			if best == y[n] {
				correct++
			}
			loss -= math.Log(probs[n*K+y[n]])
		}
		if it%100 == 0 {
			fmt.Printf("iter %3d loss %.5f acc %.3f\n", it, loss/float64(N), float64(correct)/float64(N))
		}
		dW1, db1 := make([]float64, D*H), make([]float64, H)
		dW2, db2 := make([]float64, H*K), make([]float64, K)
		for n := 0; n < N; n++ {
			dh := make([]float64, H)
			for k := 0; k < K; k++ {
				ds := probs[n*K+k]
				if k == y[n] {
					ds--
				}
				ds /= float64(N)
				db2[k] += ds
				for h := 0; h < H; h++ {
					dW2[h*K+k] += hid[n*H+h] * ds
					dh[h] += W2[h*K+k] * ds
				}
			}
			for h := 0; h < H; h++ {
				if hid[n*H+h] <= 0 {
					continue
				}
				db1[h] += dh[h]
				for d := 0; d < D; d++ {
					dW1[d*H+h] += X[n*D+d] * dh[h]
				}
			}
		}
		for _, pair := range [][2][]float64{{W1, dW1}, {b1, db1}, {W2, dW2}, {b2, db2}} {
			for i := range pair[0] {
				pair[0][i] -= 0.5 * pair[1][i]
			}
		}
	}
	fmt.Printf("b2=%.4f\n", b2)
}
