// _, ok = <-ch (an assignment, the value dropped) and comma-ok
// assignments in a select's cases.
package main

import "fmt"

type S struct{ ok bool }

func selects() {
	ch := make(chan int, 1)
	done := make(chan bool)
	close(done)
	ok := true
	n := 0
	for i := 0; i < 2; i++ {
		select {
		case n, ok = <-ch:
			fmt.Println("v", n, ok)
		case _, ok = <-done:
			fmt.Println("done", ok)
		}
	}
}

func main() {
	selects()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	var ok bool
	_, ok = <-ch
	fmt.Println(ok)
	m := map[string]int{"a": 1}
	_, ok = m["a"]
	fmt.Println(ok)
	var x any = 3
	_, ok = x.(int)
	fmt.Println(ok)
	var s S
	_, s.ok = <-ch
	fmt.Println(s.ok)
	close(ch)
	_, ok = <-ch
	fmt.Println(ok)
	oks := []bool{false}
	ch2 := make(chan string, 1)
	ch2 <- "x"
	_, oks[0] = <-ch2
	fmt.Println(oks)
}
