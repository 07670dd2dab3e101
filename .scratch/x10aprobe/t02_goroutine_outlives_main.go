package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("late goroutine output")
	}()
	fmt.Println("main returns")
}
