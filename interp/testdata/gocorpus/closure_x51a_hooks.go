package main

import (
	"fmt"
	"math"
	"strings"
)

type Hook func(layer string, grad [][]float64)

type Module struct {
	name  string
	hooks []Hook
	scale float64
}

func (m *Module) Register(h Hook) func() {
	m.hooks = append(m.hooks, h)
	idx := len(m.hooks) - 1
	return func() { m.hooks[idx] = nil }
}

func (m *Module) Backward(g [][]float64) [][]float64 {
	out := make([][]float64, len(g))
	for i := range g {
		out[i] = make([]float64, len(g[i]))
		for j := range g[i] {
			out[i][j] = g[i][j] * m.scale
		}
	}
	for _, h := range m.hooks {
		if h != nil {
			h(m.name, out)
		}
	}
	return out
}

func main() {
	var log []string
	norms := map[string]float64{}
	logger := func(layer string, g [][]float64) {
		log = append(log, fmt.Sprintf("%s:%v", layer, g))
	}
	normHook := func(layer string, g [][]float64) {
		s := 0.0
		for _, r := range g {
			for _, v := range r {
				s += v * v
			}
		}
		norms[layer] = math.Sqrt(s)
	}
	clip := func(maxNorm float64) Hook {
		return func(layer string, g [][]float64) {
			if n := norms[layer]; n > maxNorm {
				for _, r := range g {
					for j := range r {
						r[j] *= maxNorm / n
					}
				}
			}
		}
	}
	mods := []*Module{{name: "fc1", scale: 0.5}, {name: "fc2", scale: 4}}
	var removers []func()
	for _, m := range mods {
		removers = append(removers, m.Register(normHook), m.Register(clip(2)), m.Register(logger))
	}
	g := [][]float64{{1, 2}, {-1, 0.5}}
	for i := len(mods) - 1; i >= 0; i-- {
		g = mods[i].Backward(g)
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Printf("norms: fc1=%.4f fc2=%.4f\n", norms["fc1"], norms["fc2"])
	removers[2]()
	log = nil
	mods[0].Backward(g)
	fmt.Println("after remove:", len(log), "log lines")
}
