package main

import (
	"fmt"
	"slices"
	"strings"
)

const steps = `Step C must be finished before step A can begin.
Step C must be finished before step F can begin.
Step A must be finished before step B can begin.
Step A must be finished before step D can begin.
Step B must be finished before step E can begin.
Step D must be finished before step E can begin.
Step F must be finished before step E can begin.`

type graph struct {
	succ  map[byte][]byte
	indeg map[byte]int
}

func load() graph {
	g := graph{map[byte][]byte{}, map[byte]int{}}
	for _, line := range strings.Split(steps, "\n") {
		var a, b byte
		if _, err := fmt.Sscanf(line, "Step %c must be finished before step %c can begin.", &a, &b); err != nil {
			panic(err)
		}
		g.succ[a] = append(g.succ[a], b)
		g.indeg[b]++
		if _, ok := g.indeg[a]; !ok {
			g.indeg[a] = 0
		}
	}
	return g
}

func (g graph) ready() []byte {
	var r []byte
	for k, v := range g.indeg {
		if v == 0 {
			r = append(r, k)
		}
	}
	slices.Sort(r)
	return r
}

func order() string {
	g := load()
	var out []byte
	avail := g.ready()
	for len(avail) > 0 {
		cur := avail[0]
		avail = avail[1:]
		out = append(out, cur)
		for _, n := range g.succ[cur] {
			g.indeg[n]--
			if g.indeg[n] == 0 {
				avail = append(avail, n)
			}
		}
		slices.Sort(avail)
	}
	return string(out)
}

func parallel(workers, base int) int {
	g := load()
	type job struct {
		step byte
		done int
	}
	var running []job
	avail := g.ready()
	t := 0
	for len(avail) > 0 || len(running) > 0 {
		for len(running) < workers && len(avail) > 0 {
			running = append(running, job{avail[0], t + base + int(avail[0]-'A'+1)})
			avail = avail[1:]
		}
		slices.SortFunc(running, func(a, b job) int { return a.done - b.done })
		j := running[0]
		running = running[1:]
		t = j.done
		for _, n := range g.succ[j.step] {
			if g.indeg[n]--; g.indeg[n] == 0 {
				avail = append(avail, n)
			}
		}
		slices.Sort(avail)
	}
	return t
}

func main() {
	fmt.Println("order:", order())
	fmt.Println("time:", parallel(2, 0))
	fmt.Println("time5:", parallel(5, 60))
}
