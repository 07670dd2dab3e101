// Exercises: container/heap as an event scheduler (ties broken by sequence number), heap.Interface on a struct holding a slice, events scheduling follow-ups, heap.Fix after changing a key
package main

import (
	"container/heap"
	"fmt"
)

type event struct {
	at   int
	seq  int
	name string
}

type agenda struct {
	evs  []event
	next int
}

func (a *agenda) Len() int { return len(a.evs) }
func (a *agenda) Less(i, j int) bool {
	x, y := a.evs[i], a.evs[j]
	return x.at < y.at || (x.at == y.at && x.seq < y.seq)
}
func (a *agenda) Swap(i, j int) { a.evs[i], a.evs[j] = a.evs[j], a.evs[i] }
func (a *agenda) Push(x any)    { a.evs = append(a.evs, x.(event)) }
func (a *agenda) Pop() any {
	last := a.evs[len(a.evs)-1]
	a.evs = a.evs[:len(a.evs)-1]
	return last
}

func (a *agenda) schedule(at int, name string) {
	a.next++
	heap.Push(a, event{at, a.next, name})
}

func main() {
	a := &agenda{}
	for i, n := range []string{"boil", "chop", "serve", "plate"} {
		a.schedule(10-2*i, n)
	}
	a.schedule(6, "taste")
	a.evs[0].at = 7
	heap.Fix(a, 0)
	clock := 0
	for a.Len() > 0 {
		e := heap.Pop(a).(event)
		clock = e.at
		fmt.Printf("t=%d %s#%d ", e.at, e.name, e.seq)
		if e.name == "chop" {
			a.schedule(clock+1, "fry")
		}
	}
	fmt.Println("| end", clock, a.next)
}
