package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i
		}
		close(done)
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-ch:
			if v == 3 {
				continue loop
			}
			sum += v
		case <-done:
			break loop
		}
	}
	fmt.Println(sum)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			switch {
			case j == 2:
				continue outer
			case i == 2:
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}
