package main

import (
	"fmt"
	"math"
)

const H = 3

type RNN struct {
	Wx, Wh [H]float64
	Whh    [H][H]float64
	Wy     [H]float64
}

type step struct {
	x  float64
	h  [H]float64
	hp [H]float64
	y  float64
}

func (r *RNN) forward(xs []float64) ([]step, float64) {
	var h [H]float64
	steps := make([]step, 0, len(xs))
	for _, x := range xs {
		var nh [H]float64
		for i := 0; i < H; i++ {
			a := r.Wx[i] * x
			for j := 0; j < H; j++ {
				a += r.Whh[i][j] * h[j]
			}
			nh[i] = math.Tanh(a)
		}
		y := 0.0
		for i := range nh {
			y += r.Wy[i] * nh[i]
		}
		steps = append(steps, step{x: x, h: nh, hp: h, y: y})
		h = nh
	}
	return steps, steps[len(steps)-1].y
}

func (r *RNN) backward(steps []step, dy float64) (g RNN) {
	last := steps[len(steps)-1]
	var dh [H]float64
	for i := range dh {
		g.Wy[i] = dy * last.h[i]
		dh[i] = dy * r.Wy[i]
	}
	for t := len(steps) - 1; t >= 0; t-- {
		s := steps[t]
		var da, dhPrev [H]float64
		for i := 0; i < H; i++ {
			da[i] = dh[i] * (1 - s.h[i]*s.h[i])
			g.Wx[i] += da[i] * s.x
			for j := 0; j < H; j++ {
				g.Whh[i][j] += da[i] * s.hp[j]
				dhPrev[j] += r.Whh[i][j] * da[i]
			}
		}
		dh = dhPrev
	}
	return
}

func main() {
	r := RNN{
		Wx:  [H]float64{0.5, -0.3, 0.8},
		Whh: [H][H]float64{{0.1, 0.2, 0}, {-0.2, 0.1, 0.3}, {0, -0.1, 0.2}},
		Wy:  [H]float64{1, -1, 0.5},
	}
	xs := []float64{1, 0.5, -1, 0.25}
	target := 0.3
	for epoch := 0; epoch < 40; epoch++ {
		steps, y := r.forward(xs)
		loss := 0.5 * (y - target) * (y - target)
		g := r.backward(steps, y-target)
		if epoch == 0 {
			old := r.Whh[1][2]
			r.Whh[1][2] = old + 1e-6
			_, yp := r.forward(xs)
			r.Whh[1][2] = old - 1e-6
			_, ym := r.forward(xs)
			r.Whh[1][2] = old
			num := (0.5*(yp-target)*(yp-target) - 0.5*(ym-target)*(ym-target)) / 2e-6
			fmt.Printf("grad check Whh[1][2]: analytic %.8f numeric %.8f\n", g.Whh[1][2], num)
		}
		for i := 0; i < H; i++ {
			r.Wx[i] -= 0.2 * g.Wx[i]
			r.Wy[i] -= 0.2 * g.Wy[i]
			for j := 0; j < H; j++ {
				r.Whh[i][j] -= 0.2 * g.Whh[i][j]
			}
		}
		if epoch%10 == 0 {
			fmt.Printf("epoch %2d y=%.5f loss=%.7f\n", epoch, y, loss)
		}
	}
	_, y := r.forward(xs)
	fmt.Printf("final y=%.4f\nWy=%.3f\n", y, r.Wy)
	fmt.Println(r.Whh == RNN{}.Whh)
}
