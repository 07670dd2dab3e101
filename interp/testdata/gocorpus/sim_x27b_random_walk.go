package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
)

type Walker struct {
	ID   int
	Pos  [2]int
	Path int
}

func (w *Walker) Step(r *rand.Rand) {
	switch r.Intn(4) {
	case 0:
		w.Pos[0]++
	case 1:
		w.Pos[0]--
	case 2:
		w.Pos[1]++
	default:
		w.Pos[1]--
	}
	w.Path++
}

func (w Walker) Dist() float64 {
	return math.Hypot(float64(w.Pos[0]), float64(w.Pos[1]))
}

func main() {
	r := rand.New(rand.NewSource(2024))
	walkers := make([]*Walker, 200)
	for i := range walkers {
		walkers[i] = &Walker{ID: i}
	}
	for step := 1; step <= 400; step++ {
		for _, w := range walkers {
			w.Step(r)
		}
		if step%100 == 0 {
			var msd float64
			for _, w := range walkers {
				d := w.Dist()
				msd += d * d
			}
			msd /= float64(len(walkers))
			fmt.Printf("step %3d  <r^2>=%8.2f  ratio=%.3f\n", step, msd, msd/float64(step))
		}
	}
	sort.Slice(walkers, func(i, j int) bool {
		if walkers[i].Dist() != walkers[j].Dist() {
			return walkers[i].Dist() > walkers[j].Dist()
		}
		return walkers[i].ID < walkers[j].ID
	})
	for _, w := range walkers[:3] {
		fmt.Printf("walker %3d at %v dist %.3f\n", w.ID, w.Pos, w.Dist())
	}
	counts := map[int]int{}
	for _, w := range walkers {
		counts[int(w.Dist())/10]++
	}
	fmt.Println(counts)
	for b := 0; b <= 5; b++ {
		fmt.Printf("%2d-%2d %s\n", b*10, b*10+9, strings.Repeat("*", counts[b]/2))
	}
}
