package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
)

type Move int

const (
	Rock Move = iota
	Paper
	Scissors
)

func (m Move) String() string    { return [...]string{"rock", "paper", "scissors"}[m] }
func (m Move) Beats(o Move) bool { return (m+3-o)%3 == 1 }

type Strategy interface {
	Next(history []Move) Move
}

type Always Move

func (a Always) Next([]Move) Move { return Move(a) }

type Cycler struct{ i int }

func (c *Cycler) Next([]Move) Move {
	c.i++
	return Move(c.i % 3)
}

type Copycat struct{}

func (Copycat) Next(h []Move) Move {
	if len(h) == 0 {
		return Paper
	}
	return h[len(h)-1]
}

type Random struct{ r *rand.Rand }

func (r Random) Next([]Move) Move { return Move(r.r.IntN(3)) }

type Entry struct {
	Name string
	New  func() Strategy
}

func match(a, b Strategy, rounds int) (wa, wb int) {
	var ha, hb []Move
	for i := 0; i < rounds; i++ {
		ma, mb := a.Next(hb), b.Next(ha)
		switch {
		case ma.Beats(mb):
			wa++
		case mb.Beats(ma):
			wb++
		}
		ha, hb = append(ha, ma), append(hb, mb)
	}
	return
}

func main() {
	entries := []Entry{
		{"rocky", func() Strategy { return Always(Rock) }},
		{"cycler", func() Strategy { return &Cycler{} }},
		{"copycat", func() Strategy { return Copycat{} }},
		{"random", func() Strategy { return Random{rand.New(rand.NewPCG(9, 9))} }},
	}
	points := make(map[string]int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range entries {
		for j := i + 1; j < len(entries); j++ {
			wg.Add(1)
			go func(a, b Entry) {
				defer wg.Done()
				wa, wb := match(a.New(), b.New(), 30)
				mu.Lock()
				defer mu.Unlock()
				points[a.Name] += wa
				points[b.Name] += wb
			}(entries[i], entries[j])
		}
	}
	wg.Wait()
	names := make([]string, 0, len(points))
	for n := range points {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if points[a] != points[b] {
			return points[b] - points[a]
		}
		if a < b {
			return -1
		}
		return 1
	})
	for i, n := range names {
		fmt.Printf("%d. %-8s %d\n", i+1, n, points[n])
	}
	fmt.Println(Rock.Beats(Scissors), Scissors.Beats(Rock), Paper)
	fmt.Printf("%v %d %T\n", Always(Scissors), Always(Scissors), Copycat{})
}
