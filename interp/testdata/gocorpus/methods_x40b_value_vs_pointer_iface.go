package main

import "fmt"

type Mover interface{ Move(dx int) }
type Positioner interface{ Pos() int }

type Robot struct {
	name string
	x    int
}

func (r *Robot) Move(dx int) { r.x += dx }
func (r Robot) Pos() int     { return r.x }

type Fleet []Robot

func (f Fleet) MoveAllWrong(dx int) {
	for _, r := range f {
		r.Move(dx)
	}
}

func (f Fleet) MoveAll(dx int) {
	for i := range f {
		f[i].Move(dx)
	}
}

type Counter int

func (c *Counter) Incr()   { *c++ }
func (c Counter) Get() int { return int(c) }

func apply(m Mover, times int) {
	for range times {
		m.Move(1)
	}
}

func main() {
	r := Robot{name: "r1"}
	r.Move(5) // auto &r
	fmt.Println(r.Pos())

	var m Mover = &r
	apply(m, 3)
	fmt.Println(r.x)

	var p Positioner = r // copy
	r.Move(100)
	fmt.Println(p.Pos(), r.Pos())

	var p2 Positioner = &r // pointer has value methods too
	r.Move(1)
	fmt.Println(p2.Pos())

	fl := Fleet{{"a", 0}, {"b", 10}}
	fl.MoveAllWrong(5)
	fmt.Println(fl)
	fl.MoveAll(5)
	fmt.Println(fl)

	var c Counter
	c.Incr()
	c.Incr()
	fmt.Println(c.Get(), c)

	cs := []Counter{1, 2}
	cs[0].Incr()
	fmt.Println(cs)

	pr := &Robot{name: "p"}
	pr.Move(2)
	fmt.Println(pr.Pos(), (*pr).Pos())

	// method sets checked through type assertion
	var anyR any = r
	_, isMover := anyR.(Mover)
	_, isPos := anyR.(Positioner)
	anyR = &r
	_, isMover2 := anyR.(Mover)
	fmt.Println(isMover, isPos, isMover2)

	// method values and expressions
	mv := r.Move
	mv(1000)
	fmt.Println(r.x)
	pos := Robot.Pos
	mov := (*Robot).Move
	mov(&r, -1000)
	fmt.Println(pos(r))

	// pointer receiver method on nil pointer works if it doesn't deref
	var nilC *Counter
	func() {
		defer func() { fmt.Println("nil deref:", recover() != nil) }()
		nilC.Incr()
	}()

	fmt.Printf("%v %+v %T %T\n", r, r, m, p)
}
