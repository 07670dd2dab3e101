package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

const steps = `Step C must be finished before step A can begin.
Step C must be finished before step F can begin.
Step A must be finished before step B can begin.
Step A must be finished before step D can begin.
Step B must be finished before step E can begin.
Step D must be finished before step E can begin.
Step F must be finished before step E can begin.`

type ByteHeap []byte

func (h ByteHeap) Len() int           { return len(h) }
func (h ByteHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h ByteHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ByteHeap) Push(x any)        { *h = append(*h, x.(byte)) }
func (h *ByteHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	succ := map[byte][]byte{}
	indeg := map[byte]int{}
	for _, l := range strings.Split(steps, "\n") {
		var a, b byte
		if _, err := fmt.Sscanf(l, "Step %c must be finished before step %c can begin.", &a, &b); err != nil {
			panic(err)
		}
		succ[a] = append(succ[a], b)
		indeg[b]++
		if _, ok := indeg[a]; !ok {
			indeg[a] = 0
		}
	}
	h := &ByteHeap{}
	for k, v := range indeg {
		if v == 0 {
			heap.Push(h, k)
		}
	}
	var order []byte
	deg := map[byte]int{}
	for k, v := range indeg {
		deg[k] = v
	}
	for h.Len() > 0 {
		x := heap.Pop(h).(byte)
		order = append(order, x)
		for _, s := range succ[x] {
			deg[s]--
			if deg[s] == 0 {
				heap.Push(h, s)
			}
		}
	}
	fmt.Println("order:", string(order))

	// part 2: 2 workers, time = 1 + letter index
	type job struct {
		step byte
		done int
	}
	deg = map[byte]int{}
	for k, v := range indeg {
		deg[k] = v
	}
	ready := []byte{}
	for k, v := range deg {
		if v == 0 {
			ready = append(ready, k)
		}
	}
	var working []job
	t := 0
	for len(ready) > 0 || len(working) > 0 {
		sort.Slice(ready, func(i, j int) bool { return ready[i] < ready[j] })
		for len(working) < 2 && len(ready) > 0 {
			working = append(working, job{ready[0], t + int(ready[0]-'A') + 1})
			ready = ready[1:]
		}
		sort.Slice(working, func(i, j int) bool { return working[i].done < working[j].done })
		j := working[0]
		working = working[1:]
		t = j.done
		fmt.Printf("t=%2d finish %c\n", t, j.step)
		for _, s := range succ[j.step] {
			if deg[s]--; deg[s] == 0 {
				ready = append(ready, s)
			}
		}
	}
	fmt.Println("total time", t)
	fmt.Println(succ)
}
