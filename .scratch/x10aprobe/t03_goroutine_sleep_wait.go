package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		for i := range 3 {
			fmt.Println("worker", i)
		}
		done <- true
	}()
	<-done
	go func() {
		fmt.Println("second goroutine")
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("done")
}
