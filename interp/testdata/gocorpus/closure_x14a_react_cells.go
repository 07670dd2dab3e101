package main

import (
	"fmt"
	"sort"
)

type Reactor struct {
	cells []*Cell
}

type Cell struct {
	r       *Reactor
	value   int
	compute func() int
	deps    []*Cell
	cbs     map[int]func(int)
	nextCB  int
}

func (r *Reactor) Input(v int) *Cell {
	c := &Cell{r: r, value: v}
	r.cells = append(r.cells, c)
	return c
}

func (r *Reactor) Compute1(a *Cell, f func(int) int) *Cell {
	return r.computed(func() int { return f(a.value) }, a)
}

func (r *Reactor) Compute2(a, b *Cell, f func(int, int) int) *Cell {
	return r.computed(func() int { return f(a.value, b.value) }, a, b)
}

func (r *Reactor) computed(fn func() int, deps ...*Cell) *Cell {
	c := &Cell{r: r, compute: fn, deps: deps, cbs: map[int]func(int){}}
	c.value = fn()
	r.cells = append(r.cells, c)
	return c
}

func (c *Cell) Value() int { return c.value }

func (c *Cell) SetValue(v int) {
	if c.value == v {
		return
	}
	c.value = v
	for _, cell := range c.r.cells {
		if cell.compute == nil {
			continue
		}
		old := cell.value
		cell.value = cell.compute()
		if old != cell.value {
			keys := make([]int, 0, len(cell.cbs))
			for k := range cell.cbs {
				keys = append(keys, k)
			}
			sort.Ints(keys)
			for _, k := range keys {
				cell.cbs[k](cell.value)
			}
		}
	}
}

func (c *Cell) AddCallback(f func(int)) (cancel func()) {
	id := c.nextCB
	c.nextCB++
	c.cbs[id] = f
	return func() { delete(c.cbs, id) }
}

func main() {
	var r Reactor
	in := r.Input(1)
	plus1 := r.Compute1(in, func(v int) int { return v + 1 })
	times2 := r.Compute1(in, func(v int) int { return v * 2 })
	sum := r.Compute2(plus1, times2, func(a, b int) int { return a + b })
	var log []string
	cancel := sum.AddCallback(func(v int) { log = append(log, fmt.Sprint("sum=", v)) })
	plus1.AddCallback(func(v int) { log = append(log, fmt.Sprintf("plus1=%d", v)) })
	for _, v := range []int{3, 3, 4} {
		in.SetValue(v)
	}
	cancel()
	in.SetValue(10)
	fmt.Println(in.Value(), plus1.Value(), times2.Value(), sum.Value())
	for i, l := range log {
		fmt.Println(i, l)
	}
	parity := r.Compute1(in, func(v int) int { return v % 2 })
	calls := 0
	parity.AddCallback(func(int) { calls++ })
	for v := 11; v <= 20; v += 2 {
		in.SetValue(v)
	}
	fmt.Println("parity callbacks:", calls, parity.Value())
}
