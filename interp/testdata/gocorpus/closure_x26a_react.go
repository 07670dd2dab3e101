package main

import "fmt"

type Cell interface{ Value() int }

type Canceler interface{ Cancel() }

type reactor struct{ computes []*computeCell }

type inputCell struct {
	r   *reactor
	val int
}

func (c *inputCell) Value() int { return c.val }
func (c *inputCell) SetValue(v int) {
	if v == c.val {
		return
	}
	c.val = v
	for _, cc := range c.r.computes {
		cc.recompute()
	}
	for _, cc := range c.r.computes {
		cc.fire()
	}
}

type computeCell struct {
	fn        func() int
	val, last int
	nextID    int
	callbacks map[int]func(int)
}

func (c *computeCell) Value() int { return c.val }
func (c *computeCell) recompute() { c.val = c.fn() }
func (c *computeCell) fire() {
	if c.val == c.last {
		return
	}
	c.last = c.val
	for id := 0; id < c.nextID; id++ {
		if cb, ok := c.callbacks[id]; ok {
			cb(c.val)
		}
	}
}

type canceler func()

func (f canceler) Cancel() { f() }

func (c *computeCell) AddCallback(cb func(int)) Canceler {
	id := c.nextID
	c.nextID++
	c.callbacks[id] = cb
	return canceler(func() { delete(c.callbacks, id) })
}

func (r *reactor) Input(v int) *inputCell { return &inputCell{r: r, val: v} }

func (r *reactor) compute(fn func() int) *computeCell {
	c := &computeCell{fn: fn, callbacks: map[int]func(int){}}
	c.recompute()
	c.last = c.val
	r.computes = append(r.computes, c)
	return c
}

func (r *reactor) Compute1(a Cell, f func(int) int) *computeCell {
	return r.compute(func() int { return f(a.Value()) })
}

func (r *reactor) Compute2(a, b Cell, f func(int, int) int) *computeCell {
	return r.compute(func() int { return f(a.Value(), b.Value()) })
}

func main() {
	r := &reactor{}
	in := r.Input(1)
	plus1 := r.Compute1(in, func(v int) int { return v + 1 })
	times2 := r.Compute1(in, func(v int) int { return v * 2 })
	sum := r.Compute2(plus1, times2, func(a, b int) int { return a + b })
	var log []string
	c1 := sum.AddCallback(func(v int) { log = append(log, fmt.Sprintf("cb1:%d", v)) })
	sum.AddCallback(func(v int) { log = append(log, fmt.Sprintf("cb2:%d", v)) })
	parity := r.Compute1(in, func(v int) int { return v % 2 })
	parity.AddCallback(func(v int) { log = append(log, fmt.Sprintf("parity:%d", v)) })
	fmt.Println(plus1.Value(), times2.Value(), sum.Value())
	for _, v := range []int{3, 3, 4, 6} {
		in.SetValue(v)
		fmt.Println("set", v, "->", sum.Value(), log)
		log = log[:0]
		if v == 4 {
			c1.Cancel()
		}
	}
	var cells []Cell = []Cell{in, plus1, times2, sum, parity}
	for i, c := range cells {
		fmt.Printf("%d:%d ", i, c.Value())
	}
	fmt.Println()
}
