// Exercises: method sets - pointer receiver methods only satisfy interfaces through pointers.
package main

import "fmt"

type Resetter interface{ Reset() }
type Namer interface{ Name() string }

type Box struct{ n int }

func (b *Box) Reset()      { b.n = 0 }
func (b Box) Name() string { return fmt.Sprintf("box(%d)", b.n) }

func main() {
	b := Box{n: 5}
	var n1 Namer = b
	var n2 Namer = &b
	var r Resetter = &b
	fmt.Println(n1.Name(), n2.Name())
	r.Reset()
	fmt.Println(n1.Name(), n2.Name(), b.n)
	_, ok := any(b).(Resetter)
	_, okp := any(&b).(Resetter)
	fmt.Println(ok, okp)
}
