package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		select {
		case v := <-a:
			fmt.Println(v)
		case b <- 1:
		}
	}()
	fmt.Println("waiting")
	select {
	case <-a:
	case v := <-b:
		fmt.Println("got", v)
	}
	select {
	case <-a:
	case <-b:
	}
}
