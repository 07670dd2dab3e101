package main

import (
	"fmt"
	"math/rand/v2"
)

type Arm struct {
	p     float64
	pulls int
	total float64
}

func (a *Arm) Mean() float64 {
	if a.pulls == 0 {
		return 0
	}
	return a.total / float64(a.pulls)
}

type Policy interface {
	Choose(arms []*Arm, r *rand.Rand) int
}

type EpsGreedy struct{ Eps float64 }

func (e EpsGreedy) Choose(arms []*Arm, r *rand.Rand) int {
	if r.Float64() < e.Eps {
		return r.IntN(len(arms))
	}
	best := 0
	for i, a := range arms {
		if a.Mean() > arms[best].Mean() {
			best = i
		}
	}
	return best
}

type RoundRobin struct{ next *int }

func (rr RoundRobin) Choose(arms []*Arm, _ *rand.Rand) int {
	i := *rr.next % len(arms)
	*rr.next++
	return i
}

func run(p Policy, probs []float64, steps int, seed uint64) (float64, []int) {
	r := rand.New(rand.NewPCG(seed, 7))
	arms := make([]*Arm, len(probs))
	for i, pr := range probs {
		arms[i] = &Arm{p: pr}
	}
	reward := 0.0
	for s := 0; s < steps; s++ {
		i := p.Choose(arms, r)
		v := 0.0
		if r.Float64() < arms[i].p {
			v = 1
		}
		arms[i].pulls++
		arms[i].total += v
		reward += v
	}
	pulls := make([]int, len(arms))
	for i, a := range arms {
		pulls[i] = a.pulls
	}
	return reward, pulls
}

func main() {
	probs := []float64{0.2, 0.5, 0.75, 0.4}
	n := 0
	policies := map[string]Policy{
		"eps=0.01": EpsGreedy{0.01},
		"eps=0.1":  EpsGreedy{0.1},
		"eps=0.3":  EpsGreedy{0.3},
		"rr":       RoundRobin{&n},
	}
	names := []string{"eps=0.01", "eps=0.1", "eps=0.3", "rr"}
	fmt.Printf("%-9s %7s %s\n", "policy", "reward", "pulls")
	for _, name := range names {
		rw, pulls := run(policies[name], probs, 2000, 3)
		fmt.Printf("%-9s %7.0f %v\n", name, rw, pulls)
	}
	fmt.Printf("%T %+v\n", policies["eps=0.1"], policies["eps=0.1"])
}
