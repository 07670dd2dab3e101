package main

import (
	"fmt"
	"sync"
)

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type C struct{ n int }

func (c C) Get() int { return c.n }

func show(wg *sync.WaitGroup, x int, c C, out *[3]int, i int) {
	defer wg.Done()
	out[i] = x*100 + c.n
}

func main() {
	var s Shape = Sq{1}
	f := s.Area
	s = Sq{2}
	fmt.Println(f(), s.Area())
	c := &C{1}
	g := c.Get
	c.n = 5
	fmt.Println(g())
	var wg sync.WaitGroup
	var out [3]int
	x := 1
	cc := C{1}
	gate := make(chan bool)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(x int, c C, i int) {
			<-gate
			show(&wg, x, c, &out, i)
		}(x, cc, i)
		x++
		cc.n++
	}
	wg.Add(1)
	go show(&wg, x, cc, &out, 0)
	x, cc.n = 99, 99
	close(gate)
	wg.Wait()
	fmt.Println(out)
	arr := [2]int{1, 2}
	h := func(a [2]int) int { return a[0] }
	defer func(a [2]int) { fmt.Println("deferred arr", a, h(a)) }(arr)
	arr[0] = 7
}
