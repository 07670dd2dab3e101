package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event string

const (
	BeforeStep Event = "before_step"
	AfterStep  Event = "after_step"
	OnLog      Event = "log"
)

type Trainer struct {
	hooks map[Event][]func(map[string]float64)
	state map[string]float64
}

func NewTrainer() *Trainer {
	return &Trainer{hooks: map[Event][]func(map[string]float64){}, state: map[string]float64{}}
}

func (t *Trainer) On(e Event, f func(map[string]float64)) func() {
	t.hooks[e] = append(t.hooks[e], f)
	i := len(t.hooks[e]) - 1
	return func() { t.hooks[e][i] = nil }
}

func (t *Trainer) emit(e Event) {
	for _, f := range t.hooks[e] {
		if f != nil {
			f(t.state)
		}
	}
}

func (t *Trainer) Run(steps int, grad func(w float64) float64) {
	t.state["w"] = 5
	for s := 1; s <= steps; s++ {
		t.state["step"] = float64(s)
		t.emit(BeforeStep)
		g := grad(t.state["w"])
		t.state["grad"] = g
		t.state["w"] -= t.state["lr"] * g
		t.emit(AfterStep)
		if s%5 == 0 {
			t.emit(OnLog)
		}
	}
}

func main() {
	tr := NewTrainer()
	tr.state["lr"] = 0.3
	var gradNorms []float64
	tr.On(AfterStep, func(s map[string]float64) { gradNorms = append(gradNorms, s["grad"]) })
	clip := tr.On(BeforeStep, func(s map[string]float64) {
		if s["step"] > 10 {
			s["lr"] *= 0.9
		}
	})
	var log []string
	tr.On(OnLog, func(s map[string]float64) {
		keys := make([]string, 0, len(s))
		for k := range s {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s=%.4f", k, s[k])
		}
		log = append(log, strings.Join(parts, " "))
	})
	tr.Run(15, func(w float64) float64 { return 2 * (w - 1) })
	clip()
	tr.Run(5, func(w float64) float64 { return 2 * (w + 1) })
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println(len(gradNorms))
	fmt.Printf("%.4f %.4f\n", gradNorms[0], gradNorms[len(gradNorms)-1])
	fmt.Println(tr.state)
}
