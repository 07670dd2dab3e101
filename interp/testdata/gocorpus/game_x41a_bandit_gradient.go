package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// Gradient bandit: preferences H updated with the softmax policy gradient.
type Bandit struct {
	means []float64
	rng   *rand.Rand
}

func (b *Bandit) Pull(a int) float64 { return b.means[a] + b.rng.NormFloat64()*0.5 }

type Agent struct {
	H        []float64
	alpha    float64
	baseline float64
	t        int
}

func (ag *Agent) Policy() []float64 {
	p := make([]float64, len(ag.H))
	mx := math.Inf(-1)
	for _, h := range ag.H {
		mx = math.Max(mx, h)
	}
	z := 0.0
	for i, h := range ag.H {
		p[i] = math.Exp(h - mx)
		z += p[i]
	}
	for i := range p {
		p[i] /= z
	}
	return p
}

func sample(p []float64, u float64) int {
	acc := 0.0
	for i, v := range p {
		acc += v
		if u < acc {
			return i
		}
	}
	return len(p) - 1
}

func (ag *Agent) Update(a int, r float64, p []float64) {
	ag.t++
	ag.baseline += (r - ag.baseline) / float64(ag.t)
	for i := range ag.H {
		ind := 0.0
		if i == a {
			ind = 1
		}
		ag.H[i] += ag.alpha * (r - ag.baseline) * (ind - p[i])
	}
}

func main() {
	rng := rand.New(rand.NewPCG(3, 4))
	b := &Bandit{means: []float64{0.2, 1.0, 0.5, -0.3}, rng: rng}
	ag := &Agent{H: make([]float64, 4), alpha: 0.1}
	counts := make([]int, 4)
	total := 0.0
	for step := 1; step <= 500; step++ {
		p := ag.Policy()
		a := sample(p, rng.Float64())
		r := b.Pull(a)
		total += r
		counts[a]++
		ag.Update(a, r, p)
		if step%100 == 0 {
			var bars []string
			for _, pi := range p {
				bars = append(bars, fmt.Sprintf("%-10s", strings.Repeat("*", int(pi*10+0.5))))
			}
			fmt.Printf("step %3d avg reward %.3f |%s|\n", step, total/float64(step), strings.Join(bars, "|"))
		}
	}
	fmt.Println("pull counts:", counts)
	fmt.Printf("preferences: %.3f\n", ag.H)
}
