package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Linear regression by gradient descent. Pitfalls: integer division when
// computing a mean (sum/n with ints), forgetting to scale features, and
// shadowing the parameters inside the loop so they never update.

type Model struct {
	W, B float64
}

func (m Model) Predict(x float64) float64 { return m.W*x + m.B }

func mse(m Model, xs, ys []float64) float64 {
	s := 0.0
	for i := range xs {
		d := m.Predict(xs[i]) - ys[i]
		s += d * d
	}
	return s / float64(len(xs))
}

func train(xs, ys []float64, lr float64, epochs int) (Model, []float64) {
	var m Model
	var losses []float64
	n := float64(len(xs))
	for e := range epochs {
		var gw, gb float64
		for i := range xs {
			d := m.Predict(xs[i]) - ys[i]
			gw += 2 * d * xs[i] / n
			gb += 2 * d / n
		}
		m.W -= lr * gw
		m.B -= lr * gb
		if e%100 == 0 {
			losses = append(losses, mse(m, xs, ys))
		}
	}
	return m, losses
}

func closedForm(xs, ys []float64) Model {
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= float64(len(xs))
	my /= float64(len(ys))
	var num, den float64
	for i := range xs {
		num += (xs[i] - mx) * (ys[i] - my)
		den += (xs[i] - mx) * (xs[i] - mx)
	}
	w := num / den
	return Model{W: w, B: my - w*mx}
}

func main() {
	// Integer mean pitfall.
	counts := []int{1, 2, 2}
	sum := 0
	for _, c := range counts {
		sum += c
	}
	fmt.Println("int mean:", sum/len(counts), "float mean:", float64(sum)/float64(len(counts)))

	rng := rand.New(rand.NewPCG(1, 2))
	var xs, ys []float64
	for i := range 40 {
		x := float64(i) / 4
		noise := rng.NormFloat64() * 0.5
		xs = append(xs, x)
		ys = append(ys, 3*x+2+noise)
	}

	m, losses := train(xs, ys, 0.01, 1000)
	fmt.Printf("gd:     w=%.3f b=%.3f mse=%.4f\n", m.W, m.B, mse(m, xs, ys))
	for i, l := range losses {
		if i%3 == 0 {
			fmt.Printf("  epoch %4d loss %.4f\n", i*100, l)
		}
	}
	cf := closedForm(xs, ys)
	fmt.Printf("closed: w=%.3f b=%.3f mse=%.4f\n", cf.W, cf.B, mse(cf, xs, ys))
	fmt.Println("agree:", math.Abs(cf.W-m.W) < 0.05)

	// Too-large learning rate diverges.
	bad, _ := train(xs, ys, 0.5, 50)
	fmt.Println("diverged:", math.IsInf(bad.W, 0) || math.IsNaN(bad.W) || math.Abs(bad.W) > 1e6)

	// Normalising features.
	mean, sd := 0.0, 0.0
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	sd = math.Sqrt(sd / float64(len(xs)))
	zs := make([]float64, len(xs))
	for i, x := range xs {
		zs[i] = (x - mean) / sd
	}
	mz, _ := train(zs, ys, 0.1, 300)
	fmt.Printf("scaled: w=%.3f b=%.3f -> original w=%.3f\n", mz.W, mz.B, mz.W/sd)
	for _, x := range []float64{0, 5, 10} {
		fmt.Printf("predict(%v) = %.2f\n", x, cf.Predict(x))
	}
}
