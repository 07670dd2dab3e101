// Exercises: closing channels: signalling completion to a worker, receiving from a closed channel (zero value, ok false), range stopping at close, panics on double close recovered.
package main

import "fmt"

func main() {
	jobs := make(chan int, 5)
	done := make(chan bool)
	var log []string
	go func() {
		for {
			j, more := <-jobs
			if more {
				log = append(log, fmt.Sprint("received job ", j))
			} else {
				log = append(log, "received all jobs")
				done <- true
				return
			}
		}
	}()
	for j := 1; j <= 3; j++ {
		jobs <- j
		fmt.Println("sent job", j)
	}
	close(jobs)
	fmt.Println("sent all jobs")
	<-done
	fmt.Println(log)
	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)
	v, ok := <-jobs
	fmt.Println(v, ok)
	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	close(queue)
}
