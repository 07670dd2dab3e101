// Exercises: closures over struct fields and pointers, counter generators, closure in struct field
package main

import "fmt"

type Widget struct {
	Name    string
	Clicks  int
	OnClick func() string
}

func NewWidget(name string) *Widget {
	w := &Widget{Name: name}
	w.OnClick = func() string {
		w.Clicks++
		return fmt.Sprintf("%s clicked %d", w.Name, w.Clicks)
	}
	return w
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func main() {
	w := NewWidget("ok")
	fmt.Println(w.OnClick())
	w.Name = "OK"
	fmt.Println(w.OnClick())
	copyW := *w
	copyW.Name = "copy"
	fmt.Println(copyW.OnClick(), w.Clicks, copyW.Clicks)
	next, reset := counter()
	next()
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())
	s := struct{ x int }{1}
	get := func() int { return s.x }
	s.x = 9
	fmt.Println(get())
}
