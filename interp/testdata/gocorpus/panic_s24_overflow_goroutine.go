package main

import "fmt"

type down struct{}

func (d down) Down(n int) int { return d.Down(n+1) + 1 }

func main() {
	fmt.Println("before")
	done := make(chan bool)
	go func() {
		defer func() { recover() }()
		down{}.Down(0)
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}
