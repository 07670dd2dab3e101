package main

import "fmt"

func a() { fmt.Println("a") }
func b() { fmt.Println("b") }

type T struct{ name string }

func (t T) Hello(s string) { fmt.Println("hello", t.name, s) }

func main() {
	f := a
	defer f()
	f = b
	m := map[string]int{"k": 1, "j": 2}
	k := "k"
	defer func() { fmt.Println(m) }()
	defer delete(m, k)
	k = "j"
	t := T{"first"}
	s := "one"
	defer t.Hello(s)
	t.name, s = "second", "two"
	var g func(int)
	g = func(n int) { fmt.Println("g", n) }
	n := 1
	defer g(n)
	g = nil
	n = 2
	ch := make(chan int, 1)
	defer close(ch)
	xs := []any{1, 2}
	defer fmt.Println(xs...)
	xs[0] = 100
}
