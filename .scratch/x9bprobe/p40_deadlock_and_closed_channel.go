package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ch <- 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(ch)
	}()
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
	done := make(chan bool)
	fmt.Println("about to deadlock")
	<-done
}
