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
	for _, l := range log {
		fmt.Println(l)
	}

	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)

	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}

	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		close(queue)
	}()
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		queue <- "three"
	}()
}
