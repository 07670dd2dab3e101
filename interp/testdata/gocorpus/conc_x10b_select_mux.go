// Exercises: select over several channels, nil channels disabling cases, select with default, break out of a labeled for-select, a countdown with a ticker replaced by a channel
package main

import "fmt"

func producer(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s%d", name, i)
		}
		close(ch)
	}()
	return ch
}
func main() {
	a, b := producer("a", 3), producer("b", 2)
	counts, total := map[byte]int{}, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			counts[v[0]]++
			total++
		case v, ok := <-b:
			if ok {
				counts[v[0]]++
				total++
			} else {
				b = nil
			}
		}
	}
	fmt.Println(counts, total)
	ch := make(chan int, 1)
	for i := 0; i < 6; i++ {
		select {
		case x := <-ch:
			fmt.Print("got", x, " ")
		case ch <- i:
			fmt.Print("put", i, " ")
		}
	}
	fmt.Println()
	select {
	case make(chan int) <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("would block")
	}
	tick := make(chan int)
	go func() {
		for i := 10; ; i-- {
			tick <- i
		}
	}()
loop:
	for {
		select {
		case n := <-tick:
			if fmt.Print(n, " "); n == 7 {
				break loop
			}
		}
	}
	fmt.Println("liftoff")
}
