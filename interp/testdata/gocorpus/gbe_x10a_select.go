// Exercises: select - receiving from whichever channel is ready, sends in select, default case, nil channels disabling cases, deterministic order
package main

import "fmt"

func main() {
	orders := make(chan string)
	alerts := make(chan string)
	step := make(chan struct{})
	go func() {
		orders <- "order #1"
		<-step
		alerts <- "low stock"
	}()
	for i := 0; i < 2; i++ {
		select {
		case o := <-orders:
			fmt.Println("handle", o)
			close(step)
		case a := <-alerts:
			fmt.Println("alert:", a)
		}
	}
	mailbox := make(chan string, 1)
	for _, msg := range []string{"first", "second"} {
		select {
		case mailbox <- msg:
			fmt.Println("stored", msg)
		default:
			fmt.Println("mailbox full, dropped", msg)
		}
	}
	select {
	case m := <-mailbox:
		fmt.Println("read", m)
	default:
		fmt.Println("empty")
	}
	evens, odds := make(chan int, 5), make(chan int, 5)
	for n := 1; n <= 7; n++ {
		if n%2 == 0 {
			evens <- n
		} else {
			odds <- n
		}
	}
	close(evens)
	close(odds)
	var product, count int = 1, 0
	for evens != nil || odds != nil {
		select {
		case n, ok := <-evens:
			if !ok {
				evens = nil
				break
			}
			product *= n
			count++
		case n, ok := <-odds:
			if !ok {
				odds = nil
				break
			}
			product *= n
			count++
		}
	}
	fmt.Println("product:", product, "count:", count)
}
