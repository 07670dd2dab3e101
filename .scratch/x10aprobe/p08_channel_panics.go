package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	try("send closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("conversion", func() {
		var a any = "s"
		_ = a.(int)
	})
	try("slice bounds", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[1:i]
	})
	try("nil deref", func() {
		var p *struct{ X int }
		_ = p.X
	})
}
