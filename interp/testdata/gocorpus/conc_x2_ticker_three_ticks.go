// Exercises: time.Ticker delivering a fixed number of ticks, stopped via a done channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	done := make(chan bool)
	count := 0
	go func() {
		time.Sleep(5 * time.Millisecond)
		for range ticker.C {
			count++
			fmt.Println("tick", count)
			if count == 3 {
				done <- true
				return
			}
		}
	}()
	<-done
	ticker.Stop()
	fmt.Println("stopped after", count, "ticks")

	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped timer before fire:", timer.Stop())
	t2 := time.NewTimer(5 * time.Millisecond)
	<-t2.C
	fmt.Println("timer fired; stop now:", t2.Stop())
	fired := make(chan string, 1)
	time.AfterFunc(5*time.Millisecond, func() { fired <- "afterfunc ran" })
	fmt.Println(<-fired)
}
