// Exercises: calling pointer-receiver methods on addressable values (vars, slice elems, struct fields).
package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }

type Wallet struct {
	Main Acc
	Subs [2]Acc
}

func main() {
	var a Acc
	a.Add(5)
	accs := []Acc{{}, {}}
	accs[1].Add(7)
	w := Wallet{}
	w.Main.Add(1)
	w.Subs[0].Add(2)
	wp := &w
	wp.Subs[1].Add(3)
	fmt.Println(a.total, accs, w)
	m := map[string]*Acc{"x": {}}
	m["x"].Add(9)
	fmt.Println(m["x"].total)
}
